"""Step 2's per-reason texts: what to tell the buyer, and how to pay next time. Editable in the wizard."""

from __future__ import annotations

from app.models import ContactReason

# reason: ((explanation zh, en), (guidance zh, en))
_TEXTS: dict[ContactReason, tuple[tuple[str, str], tuple[str, str]]] = {
    ContactReason.WRONG_PIN: (
        (
            "您输入的密码与银行记录不符，终端未能完成支付，此笔挂单将撤销，款项不会扣收。",
            "The PIN entered did not match the bank's record; the payment did not complete and this pending charge will be cancelled.",
        ),
        (
            "下次支付前请确认密码；连续输错可能导致卡片锁定，如忘记密码请联系发卡行重置。",
            "Check the PIN before paying next time; repeated wrong PINs can lock the card. If forgotten, ask the issuing bank to reset it.",
        ),
    ),
    ContactReason.INSUFFICIENT_BALANCE: (
        (
            "卡内余额不足，交易未成功，此笔挂单将撤销，不会重复扣款。",
            "The card's balance was insufficient; the sale did not go through and this pending charge will be cancelled.",
        ),
        (
            "请确认余额后再支付，或改用其他卡、扫码或现金支付。",
            "Check the balance before paying, or use another card, a QR payment or cash.",
        ),
    ),
    ContactReason.NETWORK: (
        (
            "支付时网络中断，收银系统未收到结果，为避免重复扣款，此笔交易将撤销。",
            "The network dropped during payment and the till never got the result; to avoid a double charge the sale will be cancelled.",
        ),
        (
            "如再次遇到网络问题，请等待收银员确认结果后再离开，必要时改用其他支付方式。",
            "If the network fails again, wait for the cashier to confirm the result before leaving, or pay another way.",
        ),
    ),
    ContactReason.DUPLICATE: (
        (
            "系统检测到同一笔消费被重复扣款，多扣的款项将通过撤销/退货退回原卡。",
            "The same purchase was charged twice; the extra charge will be returned to the card by a void or refund.",
        ),
        (
            "退款到账时间以发卡行为准（一般 1–7 个工作日），如有疑问可凭申请编号咨询本店。",
            "The refund reaches the card per the issuing bank (usually 1–7 working days); quote the case number with any question.",
        ),
    ),
    ContactReason.CUSTOMER_CANCEL: (
        (
            "您要求取消本次购买，本店将撤销该笔交易，款项退回原支付账户。",
            "You asked to cancel this purchase; the store will cancel the payment and return the money to the original account.",
        ),
        ("如需重新购买，请重新下单支付。", "To buy again, please place and pay a new order."),
    ),
    ContactReason.OPERATOR_ERROR: (
        (
            "收银员操作失误（如金额输错），本笔交易将撤销后重新收款，对此深表歉意。",
            "The cashier made a mistake (such as a wrong amount); the payment will be cancelled and taken again correctly. We apologise.",
        ),
        (
            "请核对新的收款金额后再确认支付。",
            "Please check the new amount before confirming the payment.",
        ),
    ),
    ContactReason.OTHER: (
        ("", ""),
        ("", ""),
    ),
}


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang.lower().startswith("en") else pair[0]


def explanation_template(reason: ContactReason, lang: str = "zh_CN") -> str:
    return _pick(_TEXTS[reason][0], lang)


def guidance_template(reason: ContactReason, lang: str = "zh_CN") -> str:
    return _pick(_TEXTS[reason][1], lang)
