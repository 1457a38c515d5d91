"""Writing the audit trail: append-only events, one chain per counter, each event hashing the
one before it on the same counter and signed with the store's key (HMAC, key outside the DB).

One PC is one counter is one chain (DECISIONS in COORDINATION.md): an event names its counter
and its place in that counter's chain, so the shared store's outbox can replicate events by
(counter_id, counter_seq) without re-chaining, and two counters never wait on one lock.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import sequences, store_keys
from app.audit.state import Tracked, state_of
from app.cards import redact_pans
from app.clock import utcnow
from app.models import AuditEvent, User

GENESIS = "0" * 64
LEGACY = ""  # counter_id of the events written before chains were per counter
LEGACY_HEAD = "audit_events"  # the old head counter, still bumped by nothing, read by verify
COUNTER_INFO = "counter_id"  # session.info key that overrides this PC's counter (tests, outbox)
# Events the chain writes about itself; they may have no user behind them.
SYSTEM_KINDS = frozenset({"audit.chain_opened", "audit.baseline"})


def current_counter(session: Session) -> str:
    given = session.info.get(COUNTER_INFO)
    if given:
        return str(given)
    from app.counter import counter_id

    return counter_id()


def _head_name(counter: str) -> str:
    return "audit:" + counter.replace("-", "")[:34]


def content_v1(event: AuditEvent) -> str:
    """The canonical text a legacy (pre per-counter) event's hash covers."""
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


def content_v2(event: AuditEvent) -> str:
    """Everything an event says, its place in its counter's chain and the row states included."""
    return json.dumps(
        {
            "v": 2,
            "id": str(event.id),
            "counter_id": event.counter_id,
            "counter_seq": event.counter_seq,
            "at": event.at.astimezone(dt.UTC).isoformat(),
            "kind": event.kind,
            "actor_id": str(event.actor_id) if event.actor_id else None,
            "actor_name": event.actor_name,
            "case_id": str(event.case_id) if event.case_id else None,
            "order_id": str(event.order_id) if event.order_id else None,
            "subject": event.subject,
            "payload": event.payload,
            "state": event.state,
        },
        sort_keys=True,
        ensure_ascii=False,
    )


def event_hash(prev_hash: str, event: AuditEvent) -> str:
    text = content_v1(event) if event.counter_id == LEGACY else content_v2(event)
    return hashlib.sha256((prev_hash + "\n" + text).encode()).hexdigest()


def mac_of(key: bytes, hash_hex: str) -> str:
    return hmac.new(key, f"guadan-audit-v2:{hash_hex}".encode(), hashlib.sha256).hexdigest()


def event_mac_ok(session: Session, event: AuditEvent) -> bool:
    """A legacy event has no MAC (it is vouched for by the seal at the start of a chain)."""
    if event.counter_id == LEGACY:
        return True
    key = store_keys.known_audit_key(session)
    return key is not None and hmac.compare_digest(mac_of(key, event.hash), event.mac)


def _lock_head(session: Session, counter: str) -> None:
    """Take the counter's head row lock (PostgreSQL) or the write lock (SQLite) before its last
    event is read, so two windows on one PC never chain onto the same event."""
    sequences.draw(session, _head_name(counter))


def _append(
    session: Session,
    counter: str,
    prev: tuple[int, str],
    kind: str,
    actor: User | None,
    *,
    case_id: uuid.UUID | None,
    order_id: uuid.UUID | None,
    subject: str | None,
    state: dict[str, str],
    payload: dict[str, Any],
) -> AuditEvent:
    text = redact_pans(json.dumps(payload, sort_keys=True, ensure_ascii=False, default=str))
    event = AuditEvent(
        id=uuid.uuid4(),
        counter_id=counter,
        counter_seq=prev[0] + 1,
        at=utcnow(),
        kind=kind,
        actor_id=actor.id if actor else None,
        actor_name=actor.name if actor else "",
        case_id=case_id,
        order_id=order_id,
        subject=subject,
        payload=text,
        state=json.dumps(state, sort_keys=True),
        prev_hash=prev[1],
    )
    event.hash = event_hash(prev[1], event)
    event.mac = mac_of(store_keys.audit_key(session), event.hash)
    session.add(event)
    session.flush()
    return event


def _open_chain(session: Session, counter: str, actor: User | None) -> tuple[int, str]:
    """A counter's first event: it seals the legacy chain's head (events from before chains were
    per counter) and, for the store's first chain, the state of every row a later step checks."""
    legacy = session.execute(
        select(func.count(), func.max(AuditEvent.counter_seq)).where(
            AuditEvent.counter_id == LEGACY
        )
    ).one()
    legacy_head = ""
    if legacy[0]:
        legacy_head = session.execute(
            select(AuditEvent.hash).where(
                AuditEvent.counter_id == LEGACY, AuditEvent.counter_seq == legacy[1]
            )
        ).scalar_one()
    opened = _append(
        session, counter, (0, GENESIS), "audit.chain_opened", actor,
        case_id=None, order_id=None, subject=None, state={},
        payload={"legacy_events": int(legacy[0]), "legacy_head": legacy_head},
    )  # fmt: skip
    head = (opened.counter_seq, opened.hash)
    first_chain = not session.execute(
        select(AuditEvent.seq)
        .where(AuditEvent.counter_id != LEGACY, AuditEvent.counter_id != counter)
        .limit(1)
    ).first()
    if first_chain:
        baseline = _baseline_rows(session)
        if baseline:
            sealed = _append(
                session, counter, head, "audit.baseline", actor,
                case_id=None, order_id=None, subject=None, state=state_of(baseline),
                payload={"rows": len(baseline)},
            )  # fmt: skip
            head = (sealed.counter_seq, sealed.hash)
    return head


def _baseline_rows(session: Session) -> list[Tracked]:
    """Rows made before the state was chained: the users, the settings, and every case still
    in progress with its order and decisions (a finished case is never acted on again)."""
    from app.models import ApprovalDecision, CancellationCase, Setting, Stage

    rows: list[Tracked] = list(session.execute(select(User)).scalars())
    rows += list(session.execute(select(Setting).where(Setting.key == "store")).scalars())
    active = list(
        session.execute(
            select(CancellationCase).where(
                CancellationCase.stage.not_in([Stage.DONE, Stage.CLOSED])
            )
        ).scalars()
    )
    for case in active:
        rows += [case, case.order]
    if active:
        rows += list(
            session.execute(
                select(ApprovalDecision).where(ApprovalDecision.case_id.in_([c.id for c in active]))
            ).scalars()
        )
    return rows


def record(
    session: Session,
    kind: str,
    actor: User | None,
    *,
    case_id: uuid.UUID | None = None,
    order_id: uuid.UUID | None = None,
    subject: str | None = None,
    state: Iterable[Tracked | None] = (),
    **payload: Any,
) -> AuditEvent:
    """Append one event to this counter's chain, inside the caller's transaction (the event
    lands with the change or not at all). `state`: the rows this step left behind, whose
    digests the event carries; `subject`: the row key of a user or setting the step changed."""
    counter = current_counter(session)
    _lock_head(session, counter)
    last = session.execute(
        select(AuditEvent.counter_seq, AuditEvent.hash)
        .where(AuditEvent.counter_id == counter)
        .order_by(AuditEvent.counter_seq.desc())
        .limit(1)
    ).first()
    if last is None and session.info.get("offline"):
        # A local copy that never saw this counter's chain head cannot continue the chain:
        # opening a new one here would fork it from the server's.
        from app.errors import ServerUnreachable

        raise ServerUnreachable("store.offline")
    prev = (int(last[0]), str(last[1])) if last else _open_chain(session, counter, actor)
    return _append(
        session, counter, prev, kind, actor, case_id=case_id, order_id=order_id,
        subject=subject, state=state_of(state), payload=payload,
    )  # fmt: skip
