"""Restoring a SQLite backup (issue 11): never an unrecorded rollback.

- An ADMIN's PIN is asked (on the database being replaced, with its lockout).
- Another merchant's or another store's backup, and a file that is not one of ours (an empty
  SQLite file wiped the store in the audit), are refused.
- A backup whose chains end before this PC's last external checkpoint would silently erase
  what happened after it (a void that really went through): refused unless the admin confirms
  with the gap shown, event numbers per counter.
- The restore is an event of the restored database (`store.restored`, by the admin) and a
  checkpoint in the external file that says which chains were rewound and to where, so that
  verification keeps holding the rest of the chain against the older checkpoints.
- The evidence files the backup's cases name are put back from the backups' evidence store.
- Then every step-5 command the restored database still shows open (a backup taken while a
  void or refund was on its way) is asked of its counterpart — the QR provider, this counter's
  card terminal — in the admin's name, as at start-up: never sent again.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app import audit
from app.db import Store, restore_sqlite, sqlite_file
from app.errors import DomainError, PermissionDenied
from app.models import Role, User


@dataclass(frozen=True)
class Gap:
    """A counter's chain ends at `backup_seq` in the backup, but a checkpoint saw `seen_seq`."""

    counter_id: str
    backup_seq: int
    seen_seq: int

    def line(self) -> str:
        return f"{self.counter_id[:8]}: {self.backup_seq} < {self.seen_seq}"


@dataclass(frozen=True)
class BackupFacts:
    store_uid: str
    merchant_nos: tuple[str, ...]
    heads: dict[str, int]
    evidence: tuple[str, ...]


@dataclass(frozen=True)
class RestoreReport:
    backup: Path
    gaps: tuple[Gap, ...]
    evidence_restored: int
    # app.workflow.reconcile.ReconcileReport of each open intent asked after the restore
    reconciled: tuple[Any, ...] = field(default=())


class RestoreGap(DomainError):
    """The backup would drop events a checkpoint saw; `gaps` says which."""

    def __init__(self, gaps: list[Gap]) -> None:
        lost = sum(g.seen_seq - g.backup_seq for g in gaps)
        super().__init__(
            "restore.gap", events=lost, gaps="; ".join(g.line() for g in gaps), count=len(gaps)
        )
        self.gaps = tuple(gaps)


def read_backup(path: Path) -> BackupFacts:
    """What a backup file says about itself, read without changing it."""
    if not path.is_file():
        raise DomainError("restore.not_found", name=path.name)
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise DomainError("restore.not_a_backup", name=path.name) from exc
    try:
        ident = conn.execute("SELECT value FROM settings WHERE key = 'store_identity'").fetchone()
        merchants = conn.execute("SELECT merchant_no FROM merchants").fetchall()
        heads = conn.execute(
            "SELECT counter_id, MAX(counter_seq) FROM audit_events WHERE counter_id != '' "
            "GROUP BY counter_id"
        ).fetchall()
        evidence = conn.execute("SELECT DISTINCT sha256 FROM attachments").fetchall()
    except sqlite3.Error as exc:
        raise DomainError("restore.not_a_backup", name=path.name) from exc
    finally:
        conn.close()
    import json

    uid = ""
    if ident is not None:
        with contextlib.suppress(ValueError, TypeError, AttributeError):
            uid = str(json.loads(ident[0]).get("uid", ""))
    if not merchants:
        raise DomainError("restore.empty_backup", name=path.name)
    return BackupFacts(
        store_uid=uid,
        merchant_nos=tuple(str(m[0]) for m in merchants),
        heads={str(c): int(n) for c, n in heads},
        evidence=tuple(str(e[0]) for e in evidence),
    )


def chain_gaps(scope: str, store_uid: str, heads: dict[str, int]) -> list[Gap]:
    """Per counter, how far this PC's external checkpoints saw its chain, beyond the backup's
    end (checkpoints a later restore made void are left out, as verification does)."""
    from app.audit import anchor

    seen: dict[str, int] = {}
    rewinds: list[tuple[object, str, int]] = []
    entries = [cp for cp in anchor.file_checkpoints(scope) if cp.store_uid == store_uid]
    for cp in entries:
        rewinds += [(cp.at, c, n) for c, n in cp.rewound.items()]
    for cp in entries:
        for head in cp.heads:
            void = any(
                at > cp.at and c == head.counter_id and head.seq > n  # type: ignore[operator]
                for at, c, n in rewinds
            )
            if not void:
                seen[head.counter_id] = max(seen.get(head.counter_id, 0), head.seq)
    return [
        Gap(counter, heads.get(counter, 0), seq)
        for counter, seq in sorted(seen.items())
        if heads.get(counter, 0) < seq
    ]


def _restore_evidence(store: Store, digests: tuple[str, ...]) -> int:
    from app import evidence_store, paths

    kept = paths.backups_dir() / "evidence"
    files_dir = store.attachments_dir
    restored = 0
    for digest in digests:
        target = evidence_store.stored_path(files_dir, digest)
        source = evidence_store.stored_path(kept, digest)
        if target.exists() or not source.is_file() or source.is_symlink():
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        restored += 1
    return restored


def reconcile_after_restore(store: Store, admin_id: Any, terminal: Any = None) -> list[Any]:
    """Ask about the open intents of the restored database: QR ones of their provider, card
    ones of this counter's terminal (`terminal`, else the configured one, opened only when a
    card intent is open). A counterpart that cannot be reached leaves its intents open and
    blocked, reported unknown — the restore itself stands."""
    from sqlalchemy import func, select

    from app.counter import counter_id
    from app.errors import DomainError
    from app.models import IntentState, TerminalIntent
    from app.payments.qr.recovery import reconcile_provider_intents
    from app.workflow.reconcile import reconcile_open_intents

    reports: list[Any] = list(reconcile_provider_intents(store, counter_id(), actor_id=admin_id))
    with store.transaction() as session:
        card_open = session.scalar(
            select(func.count())
            .select_from(TerminalIntent)
            .where(
                TerminalIntent.state == IntentState.OPEN,
                TerminalIntent.channel == "CARD_TERMINAL",
            )
        )
    if not card_open:
        return reports
    opened = None
    if terminal is None:
        from app.payments.card.store_terminal import configured_driver
        from app.settings import load_settings

        with store.transaction() as session:
            settings = load_settings(session)
        try:
            terminal = opened = configured_driver(store, settings)
        except DomainError:
            return reports  # no terminal here: the intents stay blocked, as after a crash
    try:
        reports += reconcile_open_intents(store, terminal, admin_id)
    finally:
        if opened is not None:
            opened.close()
    return reports


def restore_backup(
    store: Store,
    backup: Path,
    admin_name: str,
    pin: str,
    *,
    accept_gap: bool = False,
    terminal: Any = None,
) -> RestoreReport:
    """Put `backup` in place of this PC's SQLite store, as described above. Raises RestoreGap
    when the backup ends before a checkpoint and `accept_gap` is not given. `terminal`: this
    counter's card terminal for the reconciliation (else the configured one)."""
    from app.audit import anchor
    from app.setup import current_merchant
    from app.store_keys import store_uid
    from app.users import check_credentials

    db_file = sqlite_file(store.url)
    if db_file is None:
        raise DomainError("restore.sqlite_only")
    facts = read_backup(backup)
    with store.transaction() as session:
        admin = check_credentials(session, admin_name, pin, purpose="restore")
        if admin.role is not Role.ADMIN:
            raise PermissionDenied("perm.admin_only")
        merchant = current_merchant(session)
        uid = store_uid(session, create=False)
        scope = anchor.scope_of(session)
        admin_id, admin_label = admin.id, admin.name
    if merchant is not None and merchant.merchant_no not in facts.merchant_nos:
        raise DomainError("restore.other_merchant", merchant_no=facts.merchant_nos[0])
    if uid and facts.store_uid and facts.store_uid != uid:
        raise DomainError("restore.other_store")
    gaps = chain_gaps(scope, uid or facts.store_uid, facts.heads)
    if gaps and not accept_gap:
        raise RestoreGap(gaps)
    store.engine.dispose()  # no pooled connection keeps reading the file being replaced
    restore_sqlite(backup, db_file)
    evidence = _restore_evidence(store, facts.evidence)
    rewound = {g.counter_id: g.backup_seq for g in gaps}
    with store.transaction() as session:
        actor = session.get(User, admin_id)
        if actor is None:  # an admin added after the backup was made: named all the same
            actor = User(id=admin_id, name=admin_label, role=Role.ADMIN, pin_hash="")
        audit.record(
            session, "store.restored", actor, backup=backup.name[:120],
            gaps=[g.line() for g in gaps], events_dropped=sum(
                g.seen_seq - g.backup_seq for g in gaps
            ),
        )  # fmt: skip
        cp = anchor.write_checkpoint(session, "restore", admin_label, rewound=rewound)
    anchor.append_to_file(cp)
    reconciled = reconcile_after_restore(store, admin_id, terminal)
    return RestoreReport(backup, tuple(gaps), evidence, tuple(reconciled))
