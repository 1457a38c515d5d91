"""Each counter of a store as the shared database knows it: its last activity (its audit
chain's newest event), how many events it has written, and the orders it holds now. For
`guadan store status`; the chains are per counter (app/audit/chain.py), so this is one
grouped query, not a scan."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.audit.chain import LEGACY
from app.models import AuditEvent, OrderLease


@dataclass(frozen=True)
class CounterActivity:
    counter_id: str
    label: str  # "2号收银台" when one of its leases said so; "" otherwise
    events: int
    last_at: dt.datetime
    last_kind: str
    holding: int  # orders it holds a live lease on


def counters_activity(session: Session, now: dt.datetime) -> list[CounterActivity]:
    """Every counter that has written to the store, the most recently active first."""
    per_counter = (
        select(
            AuditEvent.counter_id,
            func.count().label("events"),
            func.max(AuditEvent.counter_seq).label("last_seq"),
        )
        .where(AuditEvent.counter_id != LEGACY)
        .group_by(AuditEvent.counter_id)
        .subquery()
    )
    rows = session.execute(
        select(per_counter.c.counter_id, per_counter.c.events, AuditEvent.at, AuditEvent.kind).join(
            AuditEvent,
            (AuditEvent.counter_id == per_counter.c.counter_id)
            & (AuditEvent.counter_seq == per_counter.c.last_seq),
        )
    ).all()
    leases: dict[str, tuple[str, int]] = {}
    for counter, label, until in session.execute(
        select(OrderLease.counter_id, OrderLease.counter_label, OrderLease.claimed_until)
    ):
        seen_label, held = leases.get(counter, ("", 0))
        leases[counter] = (seen_label or label, held + (1 if until > now else 0))
    found = [
        CounterActivity(
            counter_id=str(counter),
            label=leases.get(counter, ("", 0))[0],
            events=int(events),
            last_at=at,
            last_kind=str(kind),
            holding=leases.get(counter, ("", 0))[1],
        )
        for counter, events, at, kind in rows
    ]
    return sorted(found, key=lambda c: c.last_at, reverse=True)


@dataclass(frozen=True)
class CounterSync:
    """What the server has received from one counter's outbox (app.sync)."""

    entries: int
    conflicts: int
    last_at: dt.datetime


def counters_sync(session: Session) -> dict[str, CounterSync]:
    from app.models import SyncReceipt

    r = SyncReceipt
    rows = session.execute(
        select(
            r.counter_id,
            func.count(),
            func.count().filter(r.outcome == "conflict"),
            func.max(r.received_at),
        ).group_by(r.counter_id)
    ).all()
    return {str(c): CounterSync(int(n), int(k), at) for c, n, k, at in rows}


@dataclass(frozen=True)
class LocalOutbox:
    """This PC's outbox, read from its local copy of the shared store."""

    pending: int
    sent: int
    conflicts: int
    last_sent: dt.datetime | None
    oldest_pending: dt.datetime | None


def local_outbox(server_url: str) -> LocalOutbox | None:
    """None: this PC has no local copy of that server (it never ran the window on it)."""
    from pathlib import Path

    from app.db import open_store
    from app.models import OutboxEntry
    from app.sync.replica import replica_path

    path = replica_path(server_url)
    if not Path(path).exists():
        return None
    store = open_store(f"sqlite:///{path}", migrate=False)
    try:
        with store.sessions() as s:
            o = OutboxEntry
            pending, sent, conflicts, last, oldest = s.execute(
                select(
                    func.count().filter(o.sent_at.is_(None)),
                    func.count().filter(o.sent_at.is_not(None)),
                    func.count().filter(o.outcome == "conflict"),
                    func.max(o.sent_at),
                    func.min(o.created_at).filter(o.sent_at.is_(None)),
                )
            ).one()
    finally:
        store.dispose()
    return LocalOutbox(int(pending), int(sent), int(conflicts), last, oldest)
