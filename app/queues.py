"""Which orders each queue button of the main window shows, and which a search finds.

Plain strings (the values of `app.models.OrderStatus`), so that the window can ask before
SQLAlchemy is imported. Every order is reachable from the default view and from a search:
the queue buttons are filters over one list, never places an order can fall out of.
"""

from __future__ import annotations

OPEN = "OPEN"  # 挂单: every order not finished, whoever holds it now
PENDING_APPROVAL = "PENDING_APPROVAL"  # 待审批
ESCALATED = "ESCALATED"  # 已升级
DONE = "DONE"  # 已处理

FINISHED_STATUSES = frozenset({"CANCELLED", "REFUNDED", "CLOSED"})
UNFINISHED_STATUSES = frozenset(
    {"OPEN", "IN_PROGRESS", "ESCALATED", "PENDING_APPROVAL", "APPROVED", "REJECTED"}
)
ALL_STATUSES = FINISHED_STATUSES | UNFINISHED_STATUSES

QUEUE_STATUSES: dict[str, frozenset[str]] = {
    # A submitted (待审批) or escalated (已升级) order still waits for someone: the cashier
    # who submitted it finds it where they left it, with its status in the list.
    OPEN: UNFINISHED_STATUSES,
    PENDING_APPROVAL: frozenset({"PENDING_APPROVAL"}),
    ESCALATED: frozenset({"ESCALATED"}),
    DONE: FINISHED_STATUSES,
}


def list_statuses(queue: str | None, chosen: frozenset[str], text: str) -> frozenset[str]:
    """The statuses the list asks for. A status picked in the filter wins; a search looks
    through every order (an order number is typed to find that order, wherever it is);
    otherwise the queue's statuses. Empty means every status."""
    if chosen:
        return chosen
    if text.strip():
        return frozenset()
    return QUEUE_STATUSES.get(queue or "", frozenset())


def queue_of(status: str) -> str:
    """The narrowest queue that shows an order of this status (an anomaly opens it there)."""
    for queue in (PENDING_APPROVAL, ESCALATED, DONE):
        if status in QUEUE_STATUSES[queue]:
            return queue
    return OPEN


def is_finished(status: str, amount_fen: int, refunded_fen: int) -> bool:
    """Nothing more can be done for the order: voided, closed, or refunded in full. A partly
    refunded order can still get a further refund case, up to what remains."""
    if status == "REFUNDED":
        return refunded_fen >= amount_fen
    return status in FINISHED_STATUSES
