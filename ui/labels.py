"""Display names of the domain's codes (status, cause, funding, role, stage, events).

They come from app.messages (bilingual, shared with the CLI and the printed forms) in the
language currently installed. Kept free of app.models: nothing heavy before first paint;
the list of codes of each kind is read from app.messages, which names every one.
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
PAY_CHANNEL = "pay_channel"


def _codes(kind: str) -> tuple[str, ...]:
    """The codes of one kind, in the order app.messages names them (the enums' order).
    app.messages is light (no SQLAlchemy), so this costs nothing before first paint."""
    from app.messages import LABELS

    prefix = kind + "."
    return tuple(key.removeprefix(prefix) for key in LABELS if key.startswith(prefix))


CODES: dict[str, tuple[str, ...]] = {
    kind: _codes(kind)
    for kind in (FUNDING, TXN_TYPE, CAUSE, STATUS, ROLE, STAGE, FEE_CLASS, PAY_CHANNEL)
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
    from app.messages import event_text

    return event_text(kind, language())


def yes_no(value: bool) -> str:
    return (
        QCoreApplication.translate("Labels", "Yes")
        if value
        else QCoreApplication.translate("Labels", "No")
    )
