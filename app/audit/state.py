"""The rows the chain vouches for: each event carries a digest of the rows it left behind (order
status and amounts, case stage and form amount, approval decision, user role and PIN hash, the
store's settings), and a privileged step re-checks a row against its latest event before acting,
so that a row changed behind the app's back (with sqlite3, or another SQL login) is refused."""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.errors import DomainError
from app.models import (
    ApprovalDecision,
    AuditEvent,
    CancellationCase,
    Setting,
    SuspendedOrder,
    User,
)

# A row a step relies on: the digest covers the fields that decide who may do what with money.
Tracked = SuspendedOrder | CancellationCase | ApprovalDecision | User | Setting
# How far back the latest event naming a row is looked for (events of a case without a state,
# such as prints, are skipped on the way).
_LOOK_BACK = 200


class StateMismatch(DomainError):
    """A row differs from what its latest audit event says it was left as."""


def _value(v: Any) -> Any:
    if isinstance(v, uuid.UUID):
        return str(v)
    if hasattr(v, "value") and not isinstance(v, int | str | bool):
        return v.value
    return v


def row_key(row: Tracked) -> str:
    if isinstance(row, Setting):
        return f"settings:{row.key}"
    kind = {
        SuspendedOrder: "order",
        CancellationCase: "case",
        ApprovalDecision: "decision",
        User: "user",
    }[type(row)]
    return f"{kind}:{row.id}"


def facts(row: Tracked) -> dict[str, Any]:
    """The fields a row's digest covers."""
    if isinstance(row, SuspendedOrder):
        names: tuple[str, ...] = (
            "status", "amount_fen", "refunded_fen", "operation_no", "rrn", "merchant_no",
            "terminal_no",
        )  # fmt: skip
    elif isinstance(row, CancellationCase):
        names = (
            "order_id", "stage", "route", "form_amount_fen", "opened_by_id", "verified_by_id",
            "submitted_by_id", "evidence_locked",
        )  # fmt: skip
    elif isinstance(row, ApprovalDecision):
        names = ("case_id", "decision", "approver_id")
    elif isinstance(row, User):
        names = ("name", "role", "pin_hash", "active")
    else:
        return {"key": row.key, "value": row.value}
    return {name: _value(getattr(row, name)) for name in names}


def digest(row: Tracked) -> str:
    text = json.dumps(facts(row), sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(f"{row_key(row)}\n{text}".encode()).hexdigest()


def state_of(rows: Iterable[Tracked | None]) -> dict[str, str]:
    return {row_key(r): digest(r) for r in rows if r is not None}


def _candidates(session: Session, row: Tracked) -> Any:
    e = AuditEvent
    if isinstance(row, User | Setting):
        # the store's first chain seals every user and the settings in its baseline
        where: Any = or_(e.subject == row_key(row), e.kind == "audit.baseline")
    elif isinstance(row, CancellationCase):
        where = e.case_id == row.id
    elif isinstance(row, SuspendedOrder):
        where = or_(e.order_id == row.id, e.subject == row_key(row))
    else:
        where = e.case_id == row.case_id
    return session.execute(
        select(e).where(where).order_by(e.at.desc(), e.seq.desc()).limit(_LOOK_BACK)
    ).scalars()


def latest_state(session: Session, row: Tracked) -> tuple[AuditEvent, str] | None:
    """The latest event that recorded this row's state, and the digest it recorded."""
    key = row_key(row)
    for event in _candidates(session, row):
        recorded = json.loads(event.state or "{}")
        if key in recorded:
            return event, str(recorded[key])
    return None


def require_state_matches(session: Session, row: Tracked) -> None:
    """Refuse (StateMismatch, key audit.state_mismatch) when `row` is not as its latest audit
    event left it, or when that event's MAC does not hold. A user, case or decision no event
    vouches for is refused too (audit.state_unknown); an order only entered by import or by the
    terminal journal, with no case yet, has no event of its own and is taken as it is."""
    from app.audit.chain import event_mac_ok

    found = latest_state(session, row)
    if found is None:
        if isinstance(row, SuspendedOrder):
            return
        raise StateMismatch("audit.state_unknown", what=row_key(row).split(":")[0])
    event, recorded = found
    if not event_mac_ok(session, event) or recorded != digest(row):
        raise StateMismatch(
            "audit.state_mismatch", what=row_key(row).split(":")[0], seq=event.counter_seq
        )
