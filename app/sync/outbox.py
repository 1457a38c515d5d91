"""The outbox, written on a counter's local copy: every transaction that changes a case's rows
or writes audit events leaves one outbox row in the same transaction (event UUID, this
counter's next sequence number), holding the rows as it left them, the version each was
changed from, and the events. The sender (app.sync.sender) replays it on the server.

Installed on the local store's session factory: the workflow's code is the same offline as
online, it only sees a SQLite session instead of the server's."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session, sessionmaker

from app.models import AuditEvent, Base, OutboxEntry
from app.sync.rows import REPLICATED, event_image, image_of

MIRRORING = "sync_mirroring"  # session.info: rows copied from the server, not this counter's work
_TRACKED = "sync_tracked"
_EVENTS = "sync_events"


def _version(obj: Base) -> int | None:
    value = getattr(obj, "version", None)
    return int(value) if isinstance(value, int) else None


def _before_flush(session: Session, _ctx: Any, _instances: Any) -> None:
    if session.info.get(MIRRORING):
        return
    tracked: dict[int, tuple[Base, int | None, bool]] = session.info.setdefault(_TRACKED, {})
    events: list[AuditEvent] = session.info.setdefault(_EVENTS, [])
    for obj in session.new:
        if isinstance(obj, AuditEvent):
            events.append(obj)
        elif isinstance(obj, REPLICATED) and id(obj) not in tracked:
            tracked[id(obj)] = (obj, None, True)
    for obj in session.dirty:
        if isinstance(obj, REPLICATED) and id(obj) not in tracked and session.is_modified(obj):
            tracked[id(obj)] = (obj, _version(obj), False)


def _forget(session: Session) -> None:
    session.info.pop(_TRACKED, None)
    session.info.pop(_EVENTS, None)


def entry_body(session: Session) -> dict[str, Any] | None:
    """What this transaction did, as the outbox carries it (None: nothing to replicate)."""
    tracked: dict[int, tuple[Base, int | None, bool]] = session.info.get(_TRACKED, {})
    events: list[AuditEvent] = session.info.get(_EVENTS, [])
    rows = []
    for obj, base, new in tracked.values():
        if not new and base is not None and _version(obj) == base:
            continue  # marked dirty, nothing written
        rows.append(
            {
                "table": obj.__tablename__,
                "new": new,
                "base_version": base,
                "values": image_of(obj),
            }
        )
    if not rows and not events:
        return None
    return {
        "rows": rows,
        "events": [event_image(e) for e in sorted(events, key=lambda e: e.counter_seq)],
    }


def _add_entry(session: Session, body: dict[str, Any]) -> None:
    from app.audit.chain import current_counter

    counter = current_counter(session)
    last = session.execute(
        select(func.max(OutboxEntry.seq)).where(OutboxEntry.counter_id == counter)
    ).scalar_one()
    mirroring = session.info.get(MIRRORING)
    session.info[MIRRORING] = True  # the entry itself is not tracked
    try:
        session.add(
            OutboxEntry(
                event_id=uuid.uuid4(),
                counter_id=counter,
                seq=int(last or 0) + 1,
                body=json.dumps(body, ensure_ascii=False, sort_keys=True),
            )
        )
        session.flush()
    finally:
        if not mirroring:
            session.info.pop(MIRRORING, None)
    session.info["sync_queued"] = True


def _before_commit(session: Session) -> None:
    if session.info.get(MIRRORING):
        return
    session.flush()
    body = entry_body(session)
    _forget(session)
    if body is not None:
        _add_entry(session, body)


def queue_body(local: Session, body: dict[str, Any]) -> None:
    """A server transaction whose COMMIT went unanswered, put on the local copy as it was and
    queued (app.db.Store): its rows, its events, one outbox entry."""
    from app.sync.replica import add_events, upsert
    from app.sync.rows import EVENTS, ORDER, TABLES, decode

    local.info[MIRRORING] = True
    for row in sorted(body["rows"], key=lambda r: ORDER[r["table"]]):
        table = TABLES[row["table"]]
        upsert(local, table, [decode(table, row["values"])])
    add_events(local, [decode(EVENTS, e) for e in body["events"]])
    _add_entry(local, body)


def tracked_rows(session: Session) -> list[Base]:
    return [obj for obj, _base, _new in session.info.get(_TRACKED, {}).values()]


def tracked_events(session: Session) -> list[AuditEvent]:
    return list(session.info.get(_EVENTS, []))


def track(factory: sessionmaker[Session]) -> None:
    """Note the replicated rows and events each transaction writes (the server's sessions:
    app.sync.replica.absorb copies them into the local copy after the commit)."""
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "after_rollback", _forget)


def install(factory: sessionmaker[Session], on_queued: Callable[[], None] | None = None) -> None:
    """Record an outbox entry for every local transaction that changed replicated rows."""

    def after_commit(session: Session) -> None:
        if session.info.pop("sync_queued", False) and on_queued is not None:
            on_queued()

    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "before_commit", _before_commit)
    event.listen(factory, "after_commit", after_commit)
    event.listen(factory, "after_rollback", _forget)
