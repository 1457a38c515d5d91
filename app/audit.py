"""The tamper-evident audit trail: append-only events, each hashing the one before it."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.cards import redact_pans
from app.clock import utcnow
from app.models import AuditEvent, Counter, User

GENESIS = "0" * 64
HEAD_COUNTER = "audit_events"


def _content(event: AuditEvent) -> str:
    """The canonical text an event's hash covers (everything but the hash itself)."""
    return json.dumps(
        {
            "id": str(event.id),
            "at": event.at.astimezone(dt.UTC).isoformat(),
            "kind": event.kind,
            "actor_id": str(event.actor_id) if event.actor_id else None,
            "actor_name": event.actor_name,
            "case_id": str(event.case_id) if event.case_id else None,
            "order_id": str(event.order_id) if event.order_id else None,
            "payload": event.payload,
        },
        sort_keys=True,
        ensure_ascii=False,
    )


def _digest(prev_hash: str, event: AuditEvent) -> str:
    return hashlib.sha256((prev_hash + "\n" + _content(event)).encode()).hexdigest()


def record(
    session: Session,
    kind: str,
    actor: User | None,
    *,
    case_id: uuid.UUID | None = None,
    order_id: uuid.UUID | None = None,
    **payload: Any,
) -> AuditEvent:
    """Append one event. Runs inside the caller's transaction, so the event lands with the change.

    The head counter is bumped first, with an UPDATE: that takes the row lock (PostgreSQL) or
    the database's write lock (SQLite) before the last hash is read, so two writers can never
    both chain onto the same event; the later one waits, or fails and rolls back whole.
    """
    bumped = session.execute(
        update(Counter).where(Counter.name == HEAD_COUNTER).values(value=Counter.value + 1)
    )
    if not bumped.rowcount:  # type: ignore[attr-defined]
        session.add(Counter(name=HEAD_COUNTER, value=1))
        session.flush()
    last = session.execute(
        select(AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
    ).scalar_one_or_none()
    prev = last or GENESIS
    text = redact_pans(json.dumps(payload, sort_keys=True, ensure_ascii=False, default=str))
    event = AuditEvent(
        id=uuid.uuid4(),
        at=utcnow(),
        kind=kind,
        actor_id=actor.id if actor else None,
        actor_name=actor.name if actor else "",
        case_id=case_id,
        order_id=order_id,
        payload=text,
        prev_hash=prev,
    )
    event.hash = _digest(prev, event)
    session.add(event)
    session.flush()
    return event


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    checked: int
    broken_seq: int | None = None
    reason: str = ""


def verify_chain(session: Session) -> ChainReport:
    """Walk the chain in order; report the first event whose link or content does not hold."""
    prev = GENESIS
    checked = 0
    expected_seq = None
    for event in session.execute(select(AuditEvent).order_by(AuditEvent.seq)).scalars():
        if expected_seq is not None and event.seq != expected_seq:
            return ChainReport(False, checked, event.seq, "gap")  # a row was deleted
        if event.prev_hash != prev:
            return ChainReport(False, checked, event.seq, "link")
        if _digest(prev, event) != event.hash:
            return ChainReport(False, checked, event.seq, "content")
        prev = event.hash
        expected_seq = event.seq + 1
        checked += 1
    head = session.get(Counter, HEAD_COUNTER)
    recorded = head.value if head else 0
    if recorded != checked:
        return ChainReport(False, checked, (expected_seq or 1), "truncated")
    return ChainReport(True, checked)
