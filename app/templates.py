"""Step 2's texts: what to tell the buyer, how to pay next time, and what they agree to.

They follow the case: the reason (pre-chosen from the order's cause where one maps), the
route (撤销: nothing is charged; 退货: the money goes back in N working days) and the funding
(a card, or a QR payment account). The wizard pre-fills them; the cashier may edit them.
"""

from __future__ import annotations

from app.models import Cause, ContactReason, Funding, Route

DEFAULT_WORKING_DAYS = 7  # StoreSettings.refund_working_days' default
# What step 2's texts are pre-filled in, whatever the screen's language: they are printed as
# typed on the bank's 撤销POS机交易申请表, which is always Chinese.
FORM_LANGUAGE = "zh_CN"

# The reason a cashier most likely gives for an order suspended for `cause`. Causes that say
# nothing about what the buyer was told (a system error, a failed payment, a promotion, a
# sale the till has no record of) pre-choose nothing: the cashier picks.
CAUSE_REASON: dict[Cause, ContactReason] = {
    Cause.NETWORK: ContactReason.NETWORK,
    Cause.OPERATOR_ERROR: ContactReason.OPERATOR_ERROR,
    Cause.CUSTOMER_REQUEST: ContactReason.CUSTOMER_CANCEL,
}

# What happened, per reason (zh, en); the route's sentence follows it.
_WHAT_HAPPENED: dict[ContactReason, tuple[str, str]] = {
    ContactReason.WRONG_PIN: (
        "您输入的密码与银行记录不符，终端未能确认这笔支付。",
        "The PIN entered did not match the bank's record; the terminal could not confirm the payment.",
    ),
    ContactReason.INSUFFICIENT_BALANCE: (
        "支付时提示卡内余额不足，终端未能确认这笔支付。",
        "The card's balance was reported insufficient; the terminal could not confirm the payment.",
    ),
    ContactReason.NETWORK: (
        "支付时网络中断，收银系统没有收到支付结果。",
        "The network dropped during payment and the till never got the result.",
    ),
    ContactReason.DUPLICATE: (
        "系统发现同一笔消费被重复扣款。",
        "The same purchase was charged twice.",
    ),
    ContactReason.CUSTOMER_CANCEL: ("您要求取消本次购买。", "You asked to cancel this purchase."),
    ContactReason.OPERATOR_ERROR: (
        "收银员操作失误（如金额输错），对此深表歉意。",
        "The cashier made a mistake (such as a wrong amount); we apologise.",
    ),
    ContactReason.OTHER: ("", ""),
}

_GUIDANCE: dict[ContactReason, tuple[str, str]] = {
    ContactReason.WRONG_PIN: (
        "下次支付前请确认密码；连续输错可能导致卡片锁定，如忘记密码请联系发卡行重置。",
        "Check the PIN before paying next time; repeated wrong PINs can lock the card. If forgotten, ask the issuing bank to reset it.",
    ),
    ContactReason.INSUFFICIENT_BALANCE: (
        "请确认余额后再支付，或改用其他卡、扫码或现金支付。",
        "Check the balance before paying, or use another card, a QR payment or cash.",
    ),
    ContactReason.NETWORK: (
        "如再次遇到网络问题，请等待收银员确认结果后再离开，必要时改用其他支付方式。",
        "If the network fails again, wait for the cashier to confirm the result before leaving, or pay another way.",
    ),
    ContactReason.DUPLICATE: (
        "支付后请核对小票上的扣款笔数，如有疑问可凭申请编号咨询本店。",
        "After paying, check the number of charges on the receipt; quote the case number with any question.",
    ),
    ContactReason.CUSTOMER_CANCEL: (
        "如需重新购买，请重新下单支付。",
        "To buy again, please place and pay a new order.",
    ),
    ContactReason.OPERATOR_ERROR: (
        "请核对新的收款金额后再确认支付。",
        "Please check the new amount before confirming the payment.",
    ),
    ContactReason.OTHER: ("", ""),
}


def _lang(lang: str) -> int:
    return 1 if lang.lower().startswith("en") else 0


def _account(funding: Funding | str | None, lang: str) -> str:
    if funding == Funding.QR:
        return ("原支付账户", "the original payment account")[_lang(lang)]
    return ("原卡", "the original card")[_lang(lang)]


def default_reason(cause: Cause | str) -> ContactReason | None:
    """The reason pre-chosen in step 2 for an order suspended for `cause`, or None."""
    return CAUSE_REASON.get(Cause(cause))


def money_sentence(
    route: Route | str | None,
    lang: str = "zh_CN",
    *,
    funding: Funding | str | None = None,
    working_days: int = DEFAULT_WORKING_DAYS,
) -> str:
    """What happens to the buyer's money on this route, in one sentence."""
    account = _account(funding, lang)
    if route == Route.REFUND:
        if _lang(lang):
            return (
                "The sale is already settled, so the store refunds it: the money goes back to "
                f"{account} within {working_days} working days (the bank's posting time applies)."
            )
        return (
            f"该笔交易已结算，本店将做退货处理，款项将在 {working_days} 个工作日内退回{account}，"
            "到账时间以发卡机构为准。"
        )
    if _lang(lang):
        return (
            "The store voids this sale: nothing is charged, and any amount already held "
            f"on {account} is released."
        )
    return f"本店将撤销此笔交易，款项不会扣收；如{account}已显示此笔金额，将自动解除。"


def explanation_template(
    reason: ContactReason | str,
    lang: str = "zh_CN",
    *,
    route: Route | str | None = Route.VOID,
    funding: Funding | str | None = None,
    working_days: int = DEFAULT_WORKING_DAYS,
) -> str:
    """What to tell the buyer: what happened (the reason), then what happens to the money."""
    what = _WHAT_HAPPENED[ContactReason(reason)][_lang(lang)]
    money = money_sentence(route, lang, funding=funding, working_days=working_days)
    return f"{what} {money}" if what and _lang(lang) else what + money


def guidance_template(
    reason: ContactReason | str,
    lang: str = "zh_CN",
    *,
    route: Route | str | None = Route.VOID,
    funding: Funding | str | None = None,
    working_days: int = DEFAULT_WORKING_DAYS,
) -> str:
    """How to pay next time. A refund adds when the money arrives (the buyer will ask)."""
    text = _GUIDANCE[ContactReason(reason)][_lang(lang)]
    if route == Route.REFUND:
        account = _account(funding, lang)
        if _lang(lang):
            arrival = f"The refund reaches {account} within {working_days} working days."
            return f"{text} {arrival}".strip()
        return f"{text}退款预计 {working_days} 个工作日内到账{account}。"
    return text


def consent_text(
    route: Route | str | None,
    lang: str = "zh_CN",
    *,
    funding: Funding | str | None = None,
    working_days: int = DEFAULT_WORKING_DAYS,
) -> str:
    """What the buyer agrees to (the wizard's check box, and the printed form's 客户确认)."""
    account = _account(funding, lang)
    if route == Route.REFUND:
        if _lang(lang):
            return (
                f"The customer agrees to a refund of this sale; the money goes back to {account} "
                f"within {working_days} working days"
            )
        return f"顾客同意对此笔交易做退货处理，款项 {working_days} 个工作日内退回{account}"
    if _lang(lang):
        return "The customer agrees to void this sale; nothing will be charged"
    return "顾客同意撤销此笔交易，款项不会扣收"
