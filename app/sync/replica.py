"""A counter's local copy of what it works on: a SQLite file beside its settings, with the same
schema as the server, holding the store's reference rows (merchant, terminals, users,
settings), the orders this counter holds a lease on with their cases, decisions, evidence rows
and intents, the audit events that vouch for those rows, and this counter's own chain head.

Kept current three ways: every online transaction of this counter is copied in after it
commits (`absorb`); the held orders are re-read from the server (`refresh`) — periodically, on
a NOTIFY and after a reconnection, once the outbox is empty (before that the copy is ahead of
the server); and offline, the workflow writes here itself (app.sync.outbox)."""

from __future__ import annotations

import hashlib
import logging
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, delete, func, or_, select
from sqlalchemy.dialects import sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from app import paths
from app.models import (
    ApprovalDecision,
    Attachment,
    AuditEvent,
    CancellationCase,
    Merchant,
    OrderLease,
    OutboxEntry,
    Setting,
    SlipClaim,
    SuspendedOrder,
    Terminal,
    TerminalIntent,
    User,
)
from app.sync.outbox import MIRRORING
from app.sync.rows import EVENTS, decode, event_image, image_of

log = logging.getLogger(__name__)
REFERENCE = (Merchant, Terminal, User, Setting)
LEASES_INFO = "sync_lease_changes"  # session.info: {order_id: lease row values | None}


def replica_path(server_url: str) -> str:
    """One local copy per server (and login): named by a digest of the URL without password."""
    bare = make_url(server_url).set(password=None).render_as_string(hide_password=True)
    tag = hashlib.sha256(bare.encode()).hexdigest()[:12]
    return str(paths.data_dir() / f"counter-copy-{tag}.sqlite3")


def _table(model: Any) -> Table:
    return model.__table__  # type: ignore[no-any-return]


def upsert(session: Session, table: Table, rows: Iterable[dict[str, Any]]) -> int:
    """Insert each row, or overwrite the local one with the same key (SQLite)."""
    n = 0
    keys = [c.name for c in table.primary_key.columns]
    for values in rows:
        stmt = sqlite.insert(table).values(**values)
        rest = {k: stmt.excluded[k] for k in values if k not in keys}
        stmt = stmt.on_conflict_do_update(index_elements=keys, set_=rest) if rest else stmt
        session.execute(stmt.on_conflict_do_nothing() if not rest else stmt)
        n += 1
    return n


def add_events(session: Session, events: Iterable[dict[str, Any]]) -> None:
    """Audit events copied in as they are (an event already here is left alone)."""
    for values in events:
        values = {k: v for k, v in values.items() if k != "seq"}
        session.execute(sqlite.insert(EVENTS).values(**values).on_conflict_do_nothing())


def pending(session: Session) -> int:
    return int(
        session.execute(
            select(func.count()).select_from(OutboxEntry).where(OutboxEntry.sent_at.is_(None))
        ).scalar_one()
    )


def _rows(session: Session, model: Any, *where: Any) -> list[dict[str, Any]]:
    table = _table(model)
    return [dict(r._mapping) for r in session.execute(select(table).where(*where))]


@dataclass(frozen=True)
class Refreshed:
    orders: int
    events: int
    dropped: int  # leases this counter no longer holds on the server


def refresh(server: Session, local: Session, counter: str) -> Refreshed:
    """Re-read from the server what this counter holds, into the local copy. The caller makes
    sure the outbox is empty first (the copy would otherwise lose work not yet sent)."""
    local.info[MIRRORING] = True
    for model in REFERENCE:
        upsert(local, _table(model), _rows(server, model))
    held = _rows(server, OrderLease, OrderLease.counter_id == counter)
    order_ids = [r["order_id"] for r in held]
    cases = _rows(server, CancellationCase, CancellationCase.order_id.in_(order_ids))
    case_ids = [r["id"] for r in cases]
    upsert(
        local,
        _table(SuspendedOrder),
        _rows(server, SuspendedOrder, SuspendedOrder.id.in_(order_ids)),
    )
    upsert(local, _table(CancellationCase), cases)
    children: tuple[Any, ...] = (ApprovalDecision, Attachment, TerminalIntent, SlipClaim)
    for child in children:
        upsert(local, _table(child), _rows(server, child, child.case_id.in_(case_ids)))
    dropped: Any = local.execute(
        delete(OrderLease).where(
            OrderLease.counter_id == counter, OrderLease.order_id.not_in(order_ids)
        )
    )
    gone = dropped.rowcount
    upsert(local, _table(OrderLease), held)
    e = AuditEvent
    head = server.execute(
        select(func.max(e.counter_seq)).where(e.counter_id == counter)
    ).scalar_one()
    vouching = or_(
        e.case_id.in_(case_ids),
        e.order_id.in_(order_ids),
        e.subject.is_not(None),
        e.kind == "audit.baseline",
        (e.counter_id == counter) & (e.counter_seq == (head or 0)),
    )
    found = _rows(server, AuditEvent, vouching)
    have: set[uuid.UUID] = set()
    ids = [r["id"] for r in found]
    for i in range(0, len(ids), 500):
        have.update(local.execute(select(e.id).where(e.id.in_(ids[i : i + 500]))).scalars())
    events = [r for r in found if r["id"] not in have]
    add_events(local, events)
    return Refreshed(len(order_ids), len(events), int(gone or 0))


def has_head(local: Session, counter: str) -> bool:
    """The local copy knows this counter's chain head: it can go on writing events offline."""
    return (
        local.execute(
            select(AuditEvent.seq).where(AuditEvent.counter_id == counter).limit(1)
        ).first()
        is not None
    )


def absorb(server_session: Session, local: Session) -> None:
    """What an online transaction of this counter wrote, copied into the local copy after the
    server committed it (the rows it left behind, its events, its lease changes)."""
    from app.sync.outbox import tracked_events, tracked_rows

    local.info[MIRRORING] = True
    rows = tracked_rows(server_session)
    for obj in sorted(rows, key=lambda o: _ORDER.get(o.__tablename__, 99)):
        table = _table(type(obj))
        upsert(local, table, [decode(table, image_of(obj))])
    add_events(local, [decode(EVENTS, event_image(e)) for e in tracked_events(server_session)])
    for order_id, lease in server_session.info.get(LEASES_INFO, {}).items():
        if lease is None:
            local.execute(delete(OrderLease).where(OrderLease.order_id == order_id))
        elif local.get(SuspendedOrder, order_id) is not None:
            upsert(local, _table(OrderLease), [lease])


_ORDER = {
    m.__tablename__: i
    for i, m in enumerate(
        (Merchant, Terminal, User, SuspendedOrder, CancellationCase, ApprovalDecision,
         Attachment, TerminalIntent, SlipClaim)
    )
}  # fmt: skip


def note_lease(session: Session, order_id: uuid.UUID, lease: dict[str, Any] | None) -> None:
    """app.leases tells the copy what it claimed or released (a lease is written by one
    statement the ORM does not see)."""
    session.info.setdefault(LEASES_INFO, {})[order_id] = lease
