"""Restore is never an unrecorded rollback (issue 11): an ADMIN's PIN, our merchant's and our
store's backups only, the gap behind the last checkpoint shown and confirmed, a restore event
and a checkpoint that says what was rewound; backups carry the evidence files; manual backups
are never pushed out by automatic ones."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app import audit, workflow
from app.db import backup_sqlite, daily_backup, open_store, sqlite_file
from app.errors import AuthFailure, DomainError, PermissionDenied
from app.models import AuditEvent, OrderStatus, SuspendedOrder
from app.restore import RestoreGap, restore_backup
from tests.core.helpers import (
    PINS,
    FakeTerminal,
    drive_to_approved,
    make_order,
    photo,
    seed_staff,
)


def _file(store) -> Path:  # type: ignore[no-untyped-def]
    path = sqlite_file(store.url)
    assert path is not None
    return path


def _seeded(store):  # type: ignore[no-untyped-def]
    with store.transaction() as s:
        staff = seed_staff(s)
        order = make_order(s)
        case = drive_to_approved(s, staff, order)
        ids = case.id, order.operation_no
    assert audit.startup_check(store).ok
    return staff, ids


def test_restore_needs_an_admins_pin(store) -> None:  # type: ignore[no-untyped-def]
    _seeded(store)
    backup = backup_sqlite(_file(store), "manual")
    with pytest.raises(PermissionDenied) as err:
        restore_backup(store, backup, "李四", PINS["lead"])
    assert err.value.key == "perm.admin_only"
    with pytest.raises(AuthFailure):
        restore_backup(store, backup, "管理员", "999999")
    report = restore_backup(store, backup, "管理员", PINS["admin"])
    assert report.gaps == ()
    with store.transaction() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.kind == "store.restored")).one()
        assert event.actor_name == "管理员"
    assert audit.verify_store(store).ok


def test_another_merchants_backup_and_an_empty_file_are_refused(store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _seeded(store)
    other = open_store(f"sqlite:///{tmp_path}/other.sqlite3")
    with other.transaction() as s:
        seed_staff(s)
        from app.models import Merchant

        s.scalars(select(Merchant)).one().merchant_no = "898310048169999"
    other.dispose()
    with pytest.raises(DomainError) as err:
        restore_backup(store, tmp_path / "other.sqlite3", "管理员", PINS["admin"])
    assert err.value.key == "restore.other_merchant"
    empty = tmp_path / "empty.sqlite3"
    sqlite3.connect(empty).close()
    with pytest.raises(DomainError) as err:
        restore_backup(store, empty, "管理员", PINS["admin"])
    assert err.value.key in ("restore.not_a_backup", "restore.empty_backup")
    with store.transaction() as s:  # nothing was replaced
        assert s.scalar(select(func.count()).select_from(SuspendedOrder)) == 1


def test_a_backup_older_than_the_last_checkpoint_needs_the_gap_confirmed(store) -> None:  # type: ignore[no-untyped-def]
    """The audit's case: a void that really happened, then an older backup restored."""
    staff, (case_id, op) = _seeded(store)
    backup = backup_sqlite(_file(store), "manual")
    workflow.execute(store, case_id, staff.cashier.id, FakeTerminal(sales={op: False}))
    assert audit.startup_check(store).ok  # a checkpoint sees the void
    with pytest.raises(RestoreGap) as err:
        restore_backup(store, backup, "管理员", PINS["admin"])
    assert err.value.key == "restore.gap" and err.value.gaps
    gap = err.value.gaps[0]
    assert gap.seen_seq > gap.backup_seq
    assert str(gap.seen_seq - gap.backup_seq) in err.value.message("zh_CN")
    with store.transaction() as s:  # refused: the void is still there
        assert s.scalars(select(SuspendedOrder)).one().status is OrderStatus.CANCELLED
    report = restore_backup(store, backup, "管理员", PINS["admin"], accept_gap=True)
    assert report.gaps == err.value.gaps
    with store.transaction() as s:
        assert s.scalars(select(SuspendedOrder)).one().status is OrderStatus.APPROVED
        restored = s.scalars(select(AuditEvent).where(AuditEvent.kind == "store.restored")).one()
        assert restored.actor_name == "管理员" and "events_dropped" in restored.payload
    assert audit.verify_store(store).ok  # the restore's checkpoint says what was rewound


def test_backups_carry_the_evidence_files(store) -> None:  # type: ignore[no-untyped-def]
    with store.transaction() as s:
        staff = seed_staff(s)
        case = workflow.open_case(s, make_order(s).id, staff.cashier)
        attachment = workflow.add_attachment(
            s, store.attachments_dir, case, staff.cashier, "slip.png", photo(7)
        )
        digest = attachment.sha256
    from app import evidence_store

    stored = evidence_store.stored_path(store.attachments_dir, digest)
    backup = backup_sqlite(_file(store), "manual")
    stored.unlink()  # the data dir lost its evidence
    report = restore_backup(store, backup, "管理员", PINS["admin"])
    assert report.evidence_restored == 1 and stored.read_bytes() == photo(7)


def test_automatic_backups_never_push_a_manual_one_out(store) -> None:  # type: ignore[no-untyped-def]
    _seeded(store)
    db = _file(store)
    first = backup_sqlite(db, "manual", keep=3)
    for _ in range(12):
        backup_sqlite(db, "manual", keep=3)
        backup_sqlite(db, "pre-migration", keep=3)
    daily_backup(store, keep=3)
    assert first.exists()
    assert len(list(first.parent.glob(f"{db.stem}-manual-*.sqlite3"))) == 13
    assert len(list(first.parent.glob(f"{db.stem}-pre-migration-*.sqlite3"))) == 3


def test_an_intent_open_in_the_backup_is_asked_of_the_terminal_after_the_restore(store) -> None:  # type: ignore[no-untyped-def]
    """A backup taken while a void was on its way: after the restore the terminal is asked
    (never sent the void again), in the admin's name, as at start-up."""
    from app.models import IntentState, TerminalIntent
    from app.payments.card.base import LinkError
    from app.workflow import OutcomeUnknown

    class Unreachable(FakeTerminal):  # the link drops with the void's answer
        def sales_journal(self):  # type: ignore[no-untyped-def]
            if self.voids_sent:
                raise LinkError("terminal.link.no_ack")
            return super().sales_journal()

        def last_transaction(self):  # type: ignore[no-untyped-def]
            raise LinkError("terminal.link.no_ack")

    staff, (case_id, op) = _seeded(store)
    with pytest.raises(OutcomeUnknown):
        workflow.execute(
            store,
            case_id,
            staff.cashier.id,
            Unreachable(sales={op: False}, fail_next="answer_lost"),
        )
    backup = backup_sqlite(_file(store), "manual")  # the intent is open in it
    terminal = FakeTerminal(sales={op: True})  # the terminal did void it
    report = restore_backup(store, backup, "管理员", PINS["admin"], terminal=terminal)
    assert [r.moved for r in report.reconciled] == [True]
    assert terminal.voids_sent == 0
    with store.transaction() as s:
        assert s.scalars(select(TerminalIntent)).one().state is IntentState.DONE
        assert s.scalars(select(SuspendedOrder)).one().status is OrderStatus.CANCELLED
        void = s.scalars(select(AuditEvent).where(AuditEvent.kind == "terminal.void")).one()
        assert void.actor_name == "管理员"
