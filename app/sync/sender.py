"""The sender: replays a counter's outbox on the shared server, oldest first, in batches.

Each entry is applied once: its receipt (`sync_receipts`, keyed by the entry's event id,
UNIQUE(counter_id, seq)) is inserted with `ON CONFLICT DO NOTHING` in the transaction that
applies it, so an entry resent after a lost acknowledgement finds its receipt and changes
nothing; the local row is marked sent only after the server's COMMIT returned. Rows are
applied under their version (a case another counter changed meanwhile, or whose order another
counter now holds, is a conflict: its rows are not applied); the audit events always are —
they are what happened at this counter — and a conflict is followed by an event on the
counter's sync chain restating the server's rows, so the chain's last word on them is true."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session

from app.clock import utcnow
from app.models import CancellationCase, OrderLease, OutboxEntry, SuspendedOrder, SyncReceipt
from app.sync.outbox import MIRRORING
from app.sync.rows import EVENTS, ORDER, TABLES, decode, key_of

log = logging.getLogger(__name__)
BATCH = 500
RECEIPTS: Any = SyncReceipt.__table__
REREAD_EVERY = 30.0  # seconds: the copy re-read from the server when nothing woke the sender
APPLIED, DUPLICATE, CONFLICT = "applied", "duplicate", "conflict"


def sync_chain(counter: str) -> str:
    """The id of the chain on which the server side of a counter's sync writes (conflicts)."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"guadan-sync:{counter}"))


@dataclass
class SyncReport:
    sent: int = 0
    duplicates: int = 0
    conflicts: int = 0
    pending: int = 0
    conflicted: list[uuid.UUID] = field(default_factory=list)  # event ids


class _Conflict(Exception):
    pass


def _insert(session: Session, table: Any, values: dict[str, Any]) -> bool:
    stmt = postgresql.insert(table).values(**values).on_conflict_do_nothing()
    done: Any = session.execute(stmt)
    return bool(done.rowcount)


def _apply_row(session: Session, row: dict[str, Any], counter: str, now: dt.datetime) -> None:
    table = TABLES[row["table"]]
    values = decode(table, row["values"])
    key = key_of(table, values)
    order_id = values.get("order_id") if row["table"] == "cancellation_cases" else None
    if row["table"] == "suspended_orders":
        order_id = values["id"]
    if order_id is not None:
        lease = session.get(OrderLease, order_id, populate_existing=True)
        if lease is not None and lease.counter_id != counter and lease.claimed_until > now:
            raise _Conflict(f"order {order_id} held by {lease.counter_id}")
    if row["new"]:
        if not _insert(session, table, values):
            raise _Conflict(f"{row['table']} {key} exists")
        return
    where = [table.c[k] == v for k, v in key.items()]
    if row["base_version"] is not None and "version" in table.c:
        where.append(table.c.version == row["base_version"])
    rest = {k: v for k, v in values.items() if k not in key}
    done: Any = session.execute(update(table).where(*where).values(**rest))
    if not done.rowcount:
        raise _Conflict(f"{row['table']} {key} changed on the server")


def _restate(session: Session, counter: str, body: dict[str, Any]) -> None:
    """After a conflict: an event saying the server kept its own rows, with their state."""
    from app import audit
    from app.audit.chain import COUNTER_INFO

    rows: list[Any] = []
    for row in body["rows"]:
        model = {"suspended_orders": SuspendedOrder, "cancellation_cases": CancellationCase}.get(
            row["table"]
        )
        if model is not None:
            found = session.get(model, uuid.UUID(row["values"]["id"]), populate_existing=True)
            if found is not None and found not in rows:
                rows.append(found)
    events = body["events"]
    before = session.info.get(COUNTER_INFO)
    session.info[COUNTER_INFO] = sync_chain(counter)
    try:
        case_id = next((e["case_id"] for e in events if e.get("case_id")), None)
        audit.record(
            session, "sync.conflict", None, case_id=uuid.UUID(case_id) if case_id else None,
            state=rows, counter_id=counter,
            events=[e["counter_seq"] for e in events],
        )  # fmt: skip
    finally:
        if before is None:
            session.info.pop(COUNTER_INFO, None)
        else:
            session.info[COUNTER_INFO] = before


def _landed(session: Session, body: dict[str, Any]) -> bool:
    """The entry's events are on the server already: its transaction committed there."""
    from app.models import AuditEvent

    ids = [uuid.UUID(e["id"]) for e in body["events"]]
    return bool(ids) and (
        session.execute(select(AuditEvent.id).where(AuditEvent.id.in_(ids)).limit(1)).first()
        is not None
    )


def _apply_batch(
    session: Session, entries: list[OutboxEntry], now: dt.datetime
) -> dict[uuid.UUID, str]:
    """Apply a batch in the caller's transaction: the receipts in one statement (those that
    already existed are duplicates), each new entry's rows under a savepoint of their own, in
    order (an entry's conflict leaves the others alone), then every event in one statement."""
    new = set(
        session.execute(
            postgresql.insert(RECEIPTS)
            .on_conflict_do_nothing(index_elements=["event_id"])
            .returning(RECEIPTS.c.event_id),
            [
                {"event_id": e.event_id, "counter_id": e.counter_id, "seq": e.seq,
                 "received_at": now, "outcome": APPLIED}
                for e in entries
            ],
        ).scalars()
    )  # fmt: skip
    outcomes: dict[uuid.UUID, str] = {}
    events: list[dict[str, Any]] = []
    conflicted: list[tuple[OutboxEntry, dict[str, Any]]] = []
    for entry in entries:
        if entry.event_id not in new:
            outcomes[entry.event_id] = DUPLICATE
            continue
        body = json.loads(entry.body)
        outcomes[entry.event_id] = APPLIED
        events += [decode(EVENTS, values) for values in body["events"]]
        if not body["rows"]:
            continue
        if _landed(session, body):
            continue  # a COMMIT whose answer was lost, queued at the counter: the server has it
        nested = session.begin_nested()
        try:
            for row in sorted(body["rows"], key=lambda r: ORDER[r["table"]]):
                _apply_row(session, row, entry.counter_id, now)
        except _Conflict as exc:
            nested.rollback()
            outcomes[entry.event_id] = CONFLICT
            conflicted.append((entry, body))
            log.warning("outbox entry %s (%s) not applied: %s", entry.seq, entry.counter_id, exc)
        else:
            nested.commit()
    if events:
        session.execute(
            postgresql.insert(EVENTS).on_conflict_do_nothing(index_elements=["id"]), events
        )
    for entry, body in conflicted:
        session.execute(
            update(SyncReceipt)
            .where(SyncReceipt.event_id == entry.event_id)
            .values(outcome=CONFLICT)
        )
        _restate(session, entry.counter_id, body)
    return outcomes


def pending_entries(local: Any, limit: int) -> list[OutboxEntry]:
    with local.sessions() as ls:
        return list(
            ls.execute(
                select(OutboxEntry)
                .where(OutboxEntry.sent_at.is_(None))
                .order_by(OutboxEntry.counter_id, OutboxEntry.seq)
                .limit(limit)
            ).scalars()
        )


def sync_once(
    local: Any,
    server: Any,
    *,
    batch: int = BATCH,
    on_committed: Callable[[], None] | None = None,
) -> SyncReport:
    """Send up to `batch` pending entries in one server transaction; mark them sent after its
    COMMIT returned. Raises whatever the link raises (nothing is marked then)."""
    from app.sync.replica import pending

    entries = pending_entries(local, batch)
    report = SyncReport()
    if entries:
        outcomes: dict[uuid.UUID, str] = {}
        session = server.sessions()
        try:
            outcomes = _apply_batch(session, entries, utcnow())
            session.commit()
        except BaseException:
            with contextlib.suppress(Exception):
                session.rollback()
            raise
        finally:
            session.close()
        if on_committed is not None:
            on_committed()  # tests: the acknowledgement lost right here
        sent_at = utcnow()
        with local.sessions() as ls:
            ls.info[MIRRORING] = True
            for outcome in set(outcomes.values()):
                ids = [e for e, o in outcomes.items() if o == outcome]
                ls.execute(
                    update(OutboxEntry)
                    .where(OutboxEntry.event_id.in_(ids))
                    .values(sent_at=sent_at, outcome=outcome)
                )
            ls.commit()
        for event_id, outcome in outcomes.items():
            if outcome == DUPLICATE:
                report.duplicates += 1
            elif outcome == CONFLICT:
                report.conflicts += 1
                report.conflicted.append(event_id)
            report.sent += 1
    with local.sessions() as ls:
        report.pending = pending(ls)
    if report.pending == 0 and server.local is local:
        server.queued = False  # the server has it all: the store's work goes there again
        with local.sessions() as ls:
            if pending(ls):  # an entry committed meanwhile: keep working on the copy
                server.queued = True
    return report


def sync_all(local: Any, server: Any, *, batch: int = BATCH) -> SyncReport:
    """Send until the outbox is empty (or the link fails: then raises)."""
    total = SyncReport()
    while True:
        got = sync_once(local, server, batch=batch)
        total.sent += got.sent
        total.duplicates += got.duplicates
        total.conflicts += got.conflicts
        total.conflicted += got.conflicted
        total.pending = got.pending
        if got.sent == 0 or got.pending == 0:
            return total


@dataclass(frozen=True)
class SyncStatus:
    pending: int
    last_sync: dt.datetime | None  # aware UTC: the last time the outbox was found empty or sent
    conflicts: int = 0  # entries the server refused since this counter started
    error: str = ""


Listener = Callable[[SyncStatus], None]


class Sender:
    """One thread: sends whenever woken (a new entry, the link back) and every `every` seconds,
    while the link is up; then re-reads what this counter holds into its copy."""

    def __init__(self, store: Any, counter: str, *, every: float = 5.0) -> None:
        self.store = store  # app.db.Store of the server, with .local
        self.counter = counter
        self.every = every
        self.status = SyncStatus(pending=0, last_sync=None)
        self._listeners: list[Listener] = []
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._conflicts = 0

    def on_change(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def wake(self) -> None:
        self._wake.set()

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="outbox-sender", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(10)

    def run_once(self, *, reread: bool = True) -> SyncStatus:
        """Send what is pending and, with `reread`, re-read the copy (online only); the status
        it leaves."""
        from app.sync.replica import pending, refresh

        local = self.store.local
        error = ""
        last = self.status.last_sync
        try:
            if not self.store.link_down:
                report = sync_all(local, self.store)
                self._conflicts += report.conflicts
                last = utcnow() if report.pending == 0 else last
                if report.pending == 0 and (reread or report.sent):
                    with self.store.sessions() as server, local.sessions() as ls:
                        refresh(server, ls, self.counter)
                        ls.commit()
                    self.store.copy_behind = False
                    last = utcnow()
        except Exception as exc:  # the link dropped mid-way: the next round resends
            error = f"{type(exc).__name__}: {exc}"[:200]
            log.info("outbox not sent: %s", error)
        with local.sessions() as ls:
            left = pending(ls)
        self._report(SyncStatus(left, last, self._conflicts, error))
        return self.status

    def _run(self) -> None:
        reread_at = 0.0
        while not self._stop.is_set():
            woken = self._wake.wait(self.every)
            self._wake.clear()
            if self._stop.is_set():
                return
            # woken: a new entry, the link back, a case announced; else a re-read twice a minute
            due = woken or time.monotonic() >= reread_at
            self.run_once(reread=due)
            if due:
                reread_at = time.monotonic() + REREAD_EVERY

    def _report(self, status: SyncStatus) -> None:
        changed = status != self.status
        self.status = status
        if changed:
            for listener in list(self._listeners):
                try:
                    listener(status)
                except Exception:
                    log.exception("sync listener failed")
