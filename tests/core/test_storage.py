"""Migrations from the first revision, backup before upgrade, SQLite durability settings, times."""

from __future__ import annotations

import datetime as dt

import pytest
from alembic import command
from sqlalchemy import create_engine, inspect, text

from app import db
from app.db import open_store
from app.migrations import HEAD


def test_older_database_is_backed_up_then_upgraded(tmp_path, guadan_home) -> None:  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path}/old.sqlite3"
    engine = create_engine(url)
    cfg = db._alembic_config(engine)
    command.upgrade(cfg, "0001")  # a database as the first release left it
    with engine.begin() as c:
        c.execute(text("INSERT INTO settings (key, value) VALUES ('probe', '1')"))
    engine.dispose()
    store = open_store(url)
    assert db.current_revision(store.engine) == db.head_revision(store.engine) == HEAD
    assert "ix_cases_submitted_at" in {
        i["name"] for i in inspect(store.engine).get_indexes("cancellation_cases")
    }
    backups = list((guadan_home / "data" / "backups").glob("old-pre-migration-*.sqlite3"))
    assert len(backups) == 1
    old = create_engine(f"sqlite:///{backups[0]}")
    with old.connect() as c:
        assert c.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == "0001"
        assert c.execute(text("SELECT value FROM settings WHERE key='probe'")).scalar_one() == 1
    with store.transaction() as s:
        assert s.execute(text("SELECT value FROM settings WHERE key='probe'")).scalar_one() == 1
    # Opening again at head migrates nothing and makes no new backup.
    open_store(url)
    assert len(list((guadan_home / "data" / "backups").glob("old-pre-migration-*"))) == 1


def test_sqlite_runs_in_wal_with_durable_commits(store) -> None:  # type: ignore[no-untyped-def]
    with store.engine.connect() as c:
        assert c.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
        assert c.execute(text("PRAGMA synchronous")).scalar_one() == 2  # FULL
        assert c.execute(text("PRAGMA foreign_keys")).scalar_one() == 1


def test_naive_times_are_refused_and_aware_utc_comes_back(store) -> None:  # type: ignore[no-untyped-def]
    from tests.core.helpers import make_order, seed_staff

    with store.transaction() as s:
        seed_staff(s)
    with pytest.raises(Exception, match="naive"), store.transaction() as s:
        make_order(s, occurred_at=dt.datetime(2026, 11, 20, 10, 0))
    with store.transaction() as s:
        shanghai = dt.timezone(dt.timedelta(hours=8))
        order = make_order(s, occurred_at=dt.datetime(2026, 11, 20, 10, 0, tzinfo=shanghai))
        order_id = order.id
    with store.transaction() as s:
        from app.models import SuspendedOrder

        back = s.get(SuspendedOrder, order_id)
        assert back is not None and back.occurred_at == dt.datetime(
            2026, 11, 20, 2, 0, tzinfo=dt.UTC
        )
        assert back.occurred_at.tzinfo is dt.UTC


def test_backup_and_restore_round_trip(tmp_path, guadan_home) -> None:  # type: ignore[no-untyped-def]
    from app.cli import main

    db_file = tmp_path / "live.sqlite3"
    assert main(["--db", str(db_file), "demo-data", "--orders", "20"]) == 0
    assert main(["--db", str(db_file), "backup"]) == 0
    backup = next((guadan_home / "data" / "backups").glob("live-manual-*.sqlite3"))
    store = open_store(str(db_file))
    with store.transaction() as s:
        s.execute(text("DELETE FROM terminals"))
    store.dispose()
    from tests.core.helpers import pin_on_stdin

    with pin_on_stdin("333333"):  # the demo's admin, 王芳
        assert main(["--db", str(db_file), "restore", str(backup), "--user", "王芳"]) == 0
    store = open_store(str(db_file))
    with store.transaction() as s:
        assert s.execute(text("SELECT count(*) FROM terminals")).scalar_one() == 1


def test_the_fast_start_check_knows_the_latest_revision(store) -> None:  # type: ignore[no-untyped-def]
    from app.migrations import HEAD

    assert db.head_revision(store.engine) == HEAD == db.current_revision(store.engine)
    assert db._stored_revision(store.engine) == HEAD


def test_migrations_build_exactly_the_models_schema(store) -> None:  # type: ignore[no-untyped-def]
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from app.models import Base

    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_daily_backup_once_a_day_keeping_the_last_n(store, guadan_home) -> None:  # type: ignore[no-untyped-def]
    first = db.daily_backup(store, keep=3)
    assert first is not None and first.exists()
    assert db.daily_backup(store, keep=3) is None  # already done today
    for n in range(5):  # older days' copies, as if made before
        (
            first.parent / f"{first.name.split('-daily-')[0]}-daily-2026010{n}T000000Z.sqlite3"
        ).write_bytes(b"")
    first.unlink()
    assert db.daily_backup(store, keep=3) is not None
    assert len(list(first.parent.glob("*-daily-*.sqlite3"))) == 3


def test_a_shared_servers_password_comes_from_the_keyring() -> None:
    import keyring

    keyring.set_password("guadan", "db:till@db.store.example", "s3cret")
    assert db.with_keyring_password("postgresql+psycopg://till@db.store.example/guadan") == (
        "postgresql+psycopg://till:s3cret@db.store.example/guadan"
    )
    given = "postgresql+psycopg://till:other@db.store.example/guadan"
    assert db.with_keyring_password(given) == given  # an explicit password wins
    assert db.with_keyring_password("sqlite:///x.sqlite3") == "sqlite:///x.sqlite3"
