"""Display names of the domain's codes (status, cause, funding, role, stage, events).

They come from app.messages (bilingual, shared with the CLI and the printed forms) in the
language currently installed. Kept free of app.models: nothing heavy before first paint.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

FUNDING = "funding"
TXN_TYPE = "txn_type"
CAUSE = "cause"
STATUS = "status"
ROLE = "role"
STAGE = "stage"
FEE_CLASS = "fee_class"

CODES: dict[str, tuple[str, ...]] = {
    FUNDING: ("CREDIT", "DEBIT", "QR"),
    TXN_TYPE: ("SALE", "PREAUTH_COMPLETE", "QR"),
    CAUSE: (
        "SYSTEM_ERROR",
        "OPERATOR_ERROR",
        "CUSTOMER_REQUEST",
        "PROMOTION",
        "PAYMENT_FAILED",
        "NETWORK",
        "TERMINAL_NO_RECORD",
    ),
    STATUS: (
        "OPEN",
        "IN_PROGRESS",
        "ESCALATED",
        "PENDING_APPROVAL",
        "APPROVED",
        "CANCELLED",
        "REFUNDED",
        "REJECTED",
        "CLOSED",
    ),
    ROLE: ("CASHIER", "LEAD", "ADMIN"),
    STAGE: (
        "VERIFY",
        "ESCALATED",
        "CONTACT",
        "FORM",
        "PENDING_APPROVAL",
        "APPROVED",
        "DONE",
        "CLOSED",
    ),
    FEE_CLASS: ("STANDARD", "DISCOUNT", "EXEMPT"),
}


def language() -> str:
    from ui.i18n import installed_language

    return installed_language() or "zh_CN"


def label(kind: str, code: object) -> str:
    """The name of `code` (an enum or its value) in the current language."""
    from app.messages import label as domain_label

    value = getattr(code, "value", code)
    if value is None:
        return ""
    return domain_label(kind, str(value), language())


def event_label(kind: str) -> str:
    """An audit event kind as a timeline line ('case.opened' → 开始撤销申请)."""
    from app.messages import tr

    return tr(kind, language())


def yes_no(value: bool) -> str:
    return (
        QCoreApplication.translate("Labels", "Yes")
        if value
        else QCoreApplication.translate("Labels", "No")
    )
