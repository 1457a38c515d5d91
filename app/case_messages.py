"""Messages of the wizard's rules (issue 14): the reason, the phone, the refund's working days,
partly refunded orders and finished cases. Registered into app.messages on import."""

from __future__ import annotations

from app import messages

MESSAGES: dict[str, tuple[str, str]] = {
    "contact.reason_required": (
        "请选择沟通原因（顾客被告知的原因）。",
        "Choose the reason the customer was given.",
    ),
    "contact.phone_required": (
        "沟通方式为电话时，请填写顾客电话（手机或带区号的座机）。",
        "The customer was reached by phone: enter their phone number (mobile or landline).",
    ),
    "contact.reason_other_required": (
        "原因选择“其他”时，请用几句话写明发生了什么。",
        "With the reason 'Other', say in a few words what happened.",
    ),
    "settings.refund_working_days": (
        "退款到账工作日须在 1–30 天之间。",
        "The refund's working days are 1 to 30.",
    ),
    "route.refunded_before": (
        "此笔交易已部分退货：不能撤销，只能再退货，最多退剩余金额（须审批）。",
        "Part of this sale was refunded already: it cannot be voided; only the rest can be "
        "refunded (with approval).",
    ),
    "case.finished_summary": (
        "此挂单已处理完毕（{status}），以下为处理记录，只能查看。",
        "This order is finished ({status}); below is its record, read-only.",
    ),
    "case.finished_without_case": (
        "此挂单已处理完毕（{status}），本系统中没有它的撤销申请记录（例如导入时已处理）。",
        "This order is finished ({status}); this system holds no cancellation case for it "
        "(it may have been handled before import).",
    ),
}

messages.register(MESSAGES)
