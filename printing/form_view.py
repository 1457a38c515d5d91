"""What the paper shows, as already-formatted strings: the application form and the slip.

A value of None means "not known yet": the form prints a blank line for a hand to fill.
Nothing here masks further: the order stores only `card_masked` and the case only the
masked customer phone (the encrypted phone is never read for printing).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.clock import format_local
from app.money import capital_yuan, format_fen

if TYPE_CHECKING:  # SQLAlchemy costs ~100 ms to import; rendering a view must not pay it
    from app.models import CancellationCase, Merchant

# Keyed by the enums' string values (app.models' StrEnums compare and hash as these strings).
TXN_TYPE_LABELS = {"SALE": "消费", "PREAUTH_COMPLETE": "预授权完成", "QR": "扫码"}
FUNDING_LABELS = {"CREDIT": "信用卡", "DEBIT": "借记卡", "QR": "扫码"}
ROUTE_LABELS = {"VOID": "撤销", "REFUND": "退货"}
CHANNEL_LABELS = {"IN_PERSON": "当面", "PHONE": "电话", "WECHAT": "微信"}
CONTACT_REASON_LABELS = {
    "WRONG_PIN": "密码错误",
    "INSUFFICIENT_BALANCE": "余额不足",
    "NETWORK": "网络问题",
    "DUPLICATE": "重复扣款",
    "CUSTOMER_CANCEL": "客户取消",
    "OPERATOR_ERROR": "操作失误",
    "OTHER": "其他",
}
DECISION_LABELS = {"APPROVE": "同意", "REJECT": "不同意"}
NOT_APPLICABLE_QR_CARD = "不适用（扫码支付）"


@dataclass(frozen=True)
class AttachmentLine:
    filename: str
    sha256_12: str  # first 12 hex digits: enough to match the stored file by eye
    intact: bool = True  # False: the stored file is missing or no longer matches its hash


@dataclass(frozen=True)
class ApplicationFormView:
    case_no: str | None = None
    # merchant
    merchant_name: str | None = None
    merchant_no: str | None = None
    terminal_no: str | None = None
    # original transaction
    order_no: str | None = None
    txn_time: str | None = None
    txn_location: str | None = None
    txn_amount: str | None = None
    txn_amount_capital: str | None = None
    txn_type: str | None = None  # one of TXN_TYPE_LABELS' values
    funding: str | None = None  # one of FUNDING_LABELS' values
    card_masked: str | None = None
    rrn: str | None = None
    trace_no: str | None = None
    batch_no: str | None = None
    auth_code: str | None = None
    provider_answer: str | None = None  # a QR order: what the provider's query said (查单)
    # what is applied for
    route: str | None = None  # 撤销 / 退货
    applied_amount: str | None = None
    applied_amount_capital: str | None = None
    reason: str | None = None
    # buyer contact
    contact_channel: str | None = None  # one of CHANNEL_LABELS' values
    contact_time: str | None = None
    customer_name: str | None = None
    customer_phone: str | None = None  # masked
    contact_reason: str | None = None
    bank_contact: str | None = None
    customer_agreed: str | None = None  # 是 / 否
    consent_statement: str | None = None  # what the buyer agreed to, per route (app.templates)
    # applicant
    applicant_name: str | None = None
    applicant_phone: str | None = None
    application_date: str | None = None
    attachments: tuple[AttachmentLine, ...] | None = None  # None: blank rows to fill by hand
    # approval (the latest decision)
    approver: str | None = None
    approval_opinion: str | None = None
    approval_date: str | None = None


@dataclass(frozen=True)
class SlipView:
    """The void/refund slip (撤销/退货凭条) handed to the customer after step 5."""

    store_name: str | None = None
    merchant_name: str | None = None
    merchant_no: str | None = None
    terminal_no: str | None = None
    case_no: str | None = None
    route: str | None = None  # 撤销 / 退货
    original_amount: str | None = None
    result_amount: str | None = None
    card_masked: str | None = None
    original_rrn: str | None = None
    original_trace: str | None = None
    response_code: str | None = None
    auth_code: str | None = None
    operation_no: str | None = None
    executed_at: str | None = None
    cashier: str | None = None
    manual: bool = False  # executed by hand at the terminal, numbers copied from its slip


def blank_form_view() -> ApplicationFormView:
    """A form with every value blank, to fill in by hand (no case number, no QR)."""
    return ApplicationFormView()


def _text(value: str | None) -> str | None:
    """Empty database strings are 'not known yet' on paper."""
    value = (value or "").strip()
    return value or None


def _money(fen: int | None) -> tuple[str | None, str | None]:
    if fen is None:
        return None, None
    return format_fen(fen), "人民币" + capital_yuan(fen)


def _when(moment: dt.datetime | None, zone: str, fmt: str = "%Y-%m-%d %H:%M") -> str | None:
    return format_local(moment, zone, fmt) if moment else None


def _user_name(case: CancellationCase, user_id: uuid.UUID | None) -> str | None:
    from sqlalchemy.orm import object_session

    from app.models import User

    session = object_session(case)
    if user_id is None or session is None:
        return None
    user = session.get(User, user_id)
    return user.name if user else None


def _merchant_name(case: CancellationCase, given: str | None) -> str | None:
    """The form's own field first (the applicant typed it), then the caller's, then the database."""
    name = _text(case.form_merchant_name) or _text(given)
    if name:
        return name
    merchant = _merchant(case)
    return _text(merchant.name) if merchant else None


def _merchant(case: CancellationCase) -> Merchant | None:
    from sqlalchemy import select
    from sqlalchemy.orm import object_session

    from app.models import Merchant

    session = object_session(case)
    if session is None:
        return None
    return session.scalars(
        select(Merchant).where(Merchant.merchant_no == case.order.merchant_no)
    ).first()


def _contact_reason(case: CancellationCase) -> str | None:
    if case.contact_reason is None:
        return None
    label = CONTACT_REASON_LABELS[case.contact_reason]
    other = _text(case.contact_reason_other)
    if case.contact_reason == "OTHER" and other:
        return f"{label}：{other}"
    return label


def _consent(case: CancellationCase) -> str | None:
    """The buyer's agreement in the route's words: 撤销 (nothing charged) or 退货 (back to the
    card in N working days). Printed in Chinese whatever the screen's language."""
    from sqlalchemy.orm import object_session

    from app.settings import load_settings
    from app.templates import DEFAULT_WORKING_DAYS, consent_text

    if case.contacted_at is None or not case.customer_agreed or case.route is None:
        return None
    session = object_session(case)
    days = load_settings(session).refund_working_days if session else DEFAULT_WORKING_DAYS
    funding = case.order.funding
    return consent_text(case.route, "zh_CN", funding=funding, working_days=days) + "。"


def _bank_contact(case: CancellationCase) -> str | None:
    if case.contacted_at is None:
        return None
    if not case.bank_contacted:
        return "未联系发卡行"
    parts = ["已联系发卡行"]
    if _text(case.bank_hotline):
        parts.append(f"热线 {case.bank_hotline.strip()}")
    if _text(case.bank_reference):
        parts.append(f"参考 {case.bank_reference.strip()}")
    return "，".join(parts)


def _attachment_lines(case: CancellationCase) -> tuple[AttachmentLine, ...]:
    """Each file is checked against its hash as the form is made: a damaged one is marked."""
    from app.workflow import damaged_attachments

    damaged = damaged_attachments(case)
    return tuple(
        AttachmentLine(a.filename, a.sha256[:12], a.id not in damaged) for a in case.attachments
    )


def _provider_answer(case: CancellationCase, zone: str) -> str | None:
    """What 支付宝 / 微信支付 said when step 1 asked (None for card orders)."""
    from sqlalchemy.orm import object_session

    from app.messages import tr
    from app.payments.qr.step1 import latest_verdict

    session = object_session(case)
    verdict = latest_verdict(session, case) if session is not None else None
    if verdict is None:
        return None
    parts = [
        f"{tr('qr.provider.' + verdict.provider)}："
        f"{tr('qr.state.' + verdict.state)}（{verdict.provider_state}）"
    ]
    if verdict.amount_fen is not None:
        parts.append(format_fen(int(verdict.amount_fen)))
    if verdict.trade_no:
        parts.append(f"交易号 {verdict.trade_no}")
    asked = dt.datetime.fromisoformat(verdict.asked_at)
    parts.append(f"查单 {_when(asked, zone)}，应答 SHA-256 {verdict.sha256[:12]}")
    text = "，".join(parts)
    if verdict.advice == "CLOSE_UNPAID":
        text += "。顾客未被扣款：撤销只关闭交易，不退款。"
    return text


def form_view_from_case(
    case: CancellationCase, *, merchant_name: str | None = None, zone: str = "Asia/Shanghai"
) -> ApplicationFormView:
    """Read a case (attached to a session), its order, attachments and latest decision."""
    order = case.order
    txn_amount, txn_capital = _money(order.amount_fen)
    applied_amount, applied_capital = _money(case.form_amount_fen)
    card = _text(order.card_masked)
    if card is None and order.funding == "QR":
        card = NOT_APPLICABLE_QR_CARD
    # Only a decision on the submission as it stands: a rejected-then-resubmitted form waiting
    # for its new decision must not show the old rejection as its approval.
    latest = case.decisions[-1] if case.decisions else None
    if (
        latest is not None
        and case.submitted_at is not None
        and latest.decided_at < case.submitted_at
    ):
        latest = None
    contacted = case.contacted_at is not None
    opinion = None
    if latest is not None:
        opinion = DECISION_LABELS[latest.decision]
        if _text(latest.comment):
            opinion += "：" + latest.comment.strip()
    return ApplicationFormView(
        case_no=case.case_no,
        merchant_name=_merchant_name(case, merchant_name),
        merchant_no=_text(case.form_merchant_no) or _text(order.merchant_no),
        terminal_no=_text(case.form_terminal_no) or _text(order.terminal_no),
        order_no=_text(order.order_no),
        txn_time=_when(order.occurred_at, zone),
        txn_location=_text(order.location),
        txn_amount=txn_amount,
        txn_amount_capital=txn_capital,
        txn_type=TXN_TYPE_LABELS[order.txn_type],
        funding=FUNDING_LABELS[order.funding],
        card_masked=card,
        rrn=_text(order.rrn),
        trace_no=_text(order.trace_no),
        batch_no=_text(order.batch_no),
        auth_code=_text(order.auth_code),
        provider_answer=_provider_answer(case, zone),
        route=ROUTE_LABELS[case.route] if case.route else None,
        applied_amount=applied_amount,
        applied_amount_capital=applied_capital,
        reason=_text(case.reason_summary),
        contact_channel=CHANNEL_LABELS[case.contact_channel] if case.contact_channel else None,
        contact_time=_when(case.contacted_at, zone),
        customer_name=_text(case.customer_name),
        customer_phone=_text(case.customer_phone_masked),
        contact_reason=_contact_reason(case),
        bank_contact=_bank_contact(case),
        customer_agreed=("是" if case.customer_agreed else "否") if contacted else None,
        consent_statement=_consent(case),
        applicant_name=_text(case.applicant_name),
        applicant_phone=_text(case.applicant_phone),
        application_date=(
            case.application_date.strftime("%Y-%m-%d") if case.application_date else None
        ),
        attachments=_attachment_lines(case),
        approver=latest.approver.name if latest is not None else None,
        approval_opinion=opinion,
        approval_date=_when(latest.decided_at, zone) if latest is not None else None,
    )


def slip_view_from_case(
    case: CancellationCase, *, merchant_name: str | None = None, zone: str = "Asia/Shanghai"
) -> SlipView:
    """The slip of an executed case; before step 5 the terminal's fields are blank."""
    order = case.order
    store_name = None
    merchant = _merchant(case)
    if merchant is not None:
        store_name = _text(merchant.store_name)
        merchant_name = merchant_name or _text(merchant.name)
    card = _text(order.card_masked)
    if card is None and order.funding == "QR":
        card = NOT_APPLICABLE_QR_CARD
    result = case.result_amount_fen
    return SlipView(
        store_name=store_name or _text(order.location),
        merchant_name=_text(case.form_merchant_name) or merchant_name,
        merchant_no=_text(order.merchant_no),
        terminal_no=_text(order.terminal_no),
        case_no=case.case_no,
        route=ROUTE_LABELS[case.route] if case.route else None,
        original_amount=format_fen(order.amount_fen),
        result_amount=format_fen(result) if result is not None else None,
        card_masked=card,
        original_rrn=_text(order.rrn),
        original_trace=_text(order.trace_no),
        response_code=_text(case.result_response_code),
        auth_code=_text(case.result_auth_code),
        operation_no=_text(case.result_operation_no),
        executed_at=_when(case.executed_at, zone, "%Y-%m-%d %H:%M:%S"),
        cashier=_user_name(case, case.executed_by_id),
        manual=case.result_manual,
    )
