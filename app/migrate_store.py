"""A one-PC store moves to a shared server with its history (`guadan store migrate-to URL`):
every row of the SQLite file copied into an empty, migrated PostgreSQL schema in one server
transaction, the evidence files beside it, and the result proved by the audit chain — the file's
chains verified before, the server's after, and each counter's chain (events, head, hash) the
same on both sides. Nothing is changed in the SQLite file (it stays as the last one-PC backup)."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from app.errors import DomainError
from app.models import AuditEvent, Base, Merchant, SuspendedOrder

# Kept by triggers on the server as the rows arrive (order counts, the reports' summaries), set
# by its migrations (the reports' zone), local to one PC (outbox), or alive only while a wizard
# is open (leases): not copied.
SKIPPED = frozenset(
    {"order_counts", "report_summary", "case_resolution", "report_zone", "outbox", "order_leases"}
)
CHUNK = 1000


@dataclass(frozen=True)
class Moved:
    rows: dict[str, int]  # table -> rows copied
    events: int
    chains: int
    files: int


def chain_heads(session: Session) -> dict[str, tuple[int, int, str]]:
    """Each counter's chain: (events, last counter_seq, that event's hash)."""
    e = AuditEvent
    per = session.execute(
        select(e.counter_id, func.count(), func.max(e.counter_seq)).group_by(e.counter_id)
    ).all()
    heads = {}
    for counter, n, last in per:
        digest = session.execute(
            select(e.hash).where(e.counter_id == counter, e.counter_seq == last)
        ).scalar_one()
        heads[str(counter)] = (int(n), int(last), str(digest))
    return heads


def _copy(source: Session, target: Session, table: Table) -> int:
    order = [table.c.seq] if table.name == "audit_events" else list(table.primary_key.columns)
    columns = [c for c in table.columns if not (table.name == "audit_events" and c.name == "seq")]
    n = 0
    batch: list[dict[str, Any]] = []
    for row in source.execute(select(*columns).order_by(*order)):
        batch.append(dict(row._mapping))
        if len(batch) == CHUNK:
            target.execute(insert(table), batch)
            n, batch = n + len(batch), []
    if batch:
        target.execute(insert(table), batch)
        n += len(batch)
    return n


def migrate_to(source: Any, target: Any) -> Moved:
    """Copy `source` (a one-PC app.db.Store) into `target` (a shared server's Store, migrated
    and empty). Raises DomainError, with the target unchanged, when anything does not hold."""
    from app import store_messages  # noqa: F401 (the keys)
    from app.audit import verify_store

    if source.is_shared_server or not target.is_shared_server:
        raise DomainError("migrate.not_one_pc")
    before = verify_store(source)
    if not before.ok:
        raise DomainError("migrate.source_chain", reason=before.reason)
    with target.sessions() as t:
        if (
            t.execute(select(Merchant.id).limit(1)).first()
            or t.execute(select(AuditEvent.seq).limit(1)).first()
            or t.execute(select(SuspendedOrder.id).limit(1)).first()
        ):
            raise DomainError("migrate.target_not_empty")
    rows: dict[str, int] = {}
    with source.sessions() as s, target.sessions() as t:
        for table in Base.metadata.sorted_tables:
            if table.name not in SKIPPED:
                rows[table.name] = _copy(s, t, table)
        t.commit()
        heads = chain_heads(s)
    after = verify_store(target)
    with target.sessions() as t:
        moved_heads = chain_heads(t)
    if not after.ok or moved_heads != heads:
        raise DomainError("migrate.target_chain", reason=after.reason or "heads")
    files = 0
    src, dst = source.attachments_dir, target.attachments_dir
    for path in src.rglob("*"):
        if path.is_file() and not path.is_symlink():
            out = dst / path.relative_to(src)
            if not out.exists():
                out.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(path, out)
                files += 1
    return Moved(rows, rows.get("audit_events", 0), len(heads), files)
