"""Shared store mode on a real PostgreSQL server: migrations, the demo, a whole case voided
on the simulator, the reports' SQL, the audit chain, and two counters racing for one case.
Runs when GUADAN_TEST_PG_URL names an empty database (`.ci/run` starts one); skipped otherwise."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from sqlalchemy import select, text

URL = os.environ.get("GUADAN_TEST_PG_URL", "")
# The role that owns the schema and runs the migrations; the app's login (URL) is a member of
# guadan_app only. Without it, one login does both (and the grants test is skipped).
OWNER_URL = os.environ.get("GUADAN_TEST_PG_OWNER_URL", "") or URL
pytestmark = pytest.mark.skipif(not URL, reason="no PostgreSQL server (set GUADAN_TEST_PG_URL)")


def _keyring_url(raw: str) -> str:
    """The URL without its password, which goes to the keyring as the store keeps it."""
    import keyring
    from sqlalchemy.engine import make_url

    parsed = make_url(raw)
    if not parsed.password:
        return raw
    keyring.set_password("guadan", f"db:{parsed.username}@{parsed.host}", parsed.password)
    return parsed.set(password=None).render_as_string(hide_password=False)


def owner_engine():  # type: ignore[no-untyped-def]
    from app.db import make_engine

    return make_engine(_keyring_url(OWNER_URL))


def _fresh_pg_store():  # type: ignore[no-untyped-def]
    """A fresh schema, migrated by the owner; the store the app opens with its own login."""
    from app.db import open_store

    engine = owner_engine()
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    open_store(_keyring_url(OWNER_URL)).dispose()  # migrations (and grants) as the owner
    return open_store(_keyring_url(URL))


@pytest.fixture
def pg_store():  # type: ignore[no-untyped-def]
    store = _fresh_pg_store()
    yield store
    store.dispose()


def test_the_whole_chain_on_postgresql(pg_store) -> None:  # type: ignore[no-untyped-def]
    from app import reports, workflow
    from app.audit import verify_chain
    from app.demo import DEMO_USERS, create_demo
    from app.errors import StaleData
    from app.models import OrderStatus, SuspendedOrder
    from app.payments.card.store_terminal import configured_driver
    from app.queries import OrderFilter, count_orders
    from app.settings import load_settings
    from app.workflow import execute
    from tests.core.helpers import CONTACT, all_checked

    assert pg_store.is_shared_server
    demo = create_demo(pg_store)
    assert demo is not None
    with pg_store.transaction() as s:
        order = s.scalars(
            select(SuspendedOrder).where(
                SuspendedOrder.status == OrderStatus.OPEN, SuspendedOrder.settled.is_(False),
                SuspendedOrder.success_notified.is_(False), SuspendedOrder.amount_fen < 500_000,
            )
        ).first()  # fmt: skip
        assert order is not None
        case = workflow.open_case(s, order.id, demo.cashier)
        workflow.verify(s, case, demo.cashier, all_checked())
        workflow.record_contact(s, case, demo.cashier, CONTACT)
        workflow.fill_form(s, case, demo.cashier, workflow.form_defaults(s, case, demo.cashier))
        workflow.submit(s, case, demo.cashier)
        case_id, settings = case.id, load_settings(s)

    # Two counters act on the same case at once: the version check lets exactly one through.
    with pytest.raises(StaleData), pg_store.transaction() as other:
        stale = workflow.get_case(other, case_id)
        with pg_store.transaction() as first:
            workflow.approve(
                first, workflow.get_case(first, case_id), "李四", DEMO_USERS["李四"][1]
            )
        workflow.reject(other, stale, "王芳", DEMO_USERS["王芳"][1], "second counter")

    outcome = execute(pg_store, case_id, demo.cashier.id, configured_driver(pg_store, settings))
    assert outcome.response_code == "00"
    today = dt.date.today()
    with pg_store.transaction() as s:
        assert workflow.get_case(s, case_id).order.status is OrderStatus.CANCELLED
        assert verify_chain(s).ok
        assert count_orders(s, OrderFilter()) == 200
        assert reports.handover(s).rows
        assert reports.causes(s, today - dt.timedelta(days=30), today, "Asia/Shanghai")
        assert reports.per_cashier(s, today - dt.timedelta(days=30), today, "Asia/Shanghai")
        reports.anomalies(s, days=7)


@pytest.mark.parametrize("name", ["edit_payload", "delete_middle", "swap_two", "rehash_one",
    "cut_tail", "cut_tail_and_lower_counter", "delete_everything", "forge_approver_rehashed",
    "forge_approver_with_key", "delete_and_renumber", "insert_forged_approval",
    "delete_case_with_events", "replace_with_empty_store", "wipe_table_checkpoints_and_cut",
    "forged_table_checkpoint"])  # fmt: skip
def test_every_tampering_is_caught_on_postgresql(pg_store, name) -> None:  # type: ignore[no-untyped-def]
    """The same attacks on the shared server, by a login that bypasses the app's grants and
    triggers (the database owner): verification still catches each one."""
    from app import audit, store_keys
    from tests.core import tamper
    from tests.core.test_audit import scene_in

    scene = scene_in(pg_store)
    with owner_engine().begin() as c:
        for table in ("audit_events", "audit_checkpoints"):
            c.execute(text(f"ALTER TABLE {table} DISABLE TRIGGER USER"))
        tamper.TAMPERINGS[name](c, scene)
        for table in ("audit_events", "audit_checkpoints"):
            c.execute(text(f"ALTER TABLE {table} ENABLE TRIGGER USER"))
    store_keys.forget_cached()
    assert not audit.verify_store(pg_store).ok, name
    assert not audit.startup_check(pg_store).ok


@pytest.mark.skipif(OWNER_URL == URL, reason="needs the owner and the app role apart")
def test_the_app_role_may_only_add_to_the_audit_trail(pg_store) -> None:  # type: ignore[no-untyped-def]
    """The counters' login cannot rewrite history: UPDATE, DELETE and TRUNCATE of the audit
    tables are refused by the grants; the owner is refused by the trigger; the app's login
    cannot run a migration either."""
    from sqlalchemy.exc import DBAPIError

    from app import audit
    from app.db import upgrade
    from app.errors import DomainError

    with pg_store.transaction() as s:
        audit.record(s, "test.event", None, n=1)
    audit.startup_check(pg_store)
    for table in ("audit_events", "audit_checkpoints"):
        for statement in (
            f"UPDATE {table} SET why = 'x'" if table == "audit_checkpoints" else
            f"UPDATE {table} SET payload = '{{}}'",
            f"DELETE FROM {table}",
            f"TRUNCATE {table}",
        ):  # fmt: skip
            with pytest.raises(DBAPIError, match="permission denied"), pg_store.engine.begin() as c:
                c.execute(text(statement))
            with pytest.raises(DBAPIError, match="append-only"), owner_engine().begin() as c:
                c.execute(text(statement))
    with pg_store.engine.begin() as c:  # reading and adding are what the app does
        assert c.execute(text("SELECT count(*) FROM audit_events")).scalar_one() >= 2
    with pytest.raises(DBAPIError, match="must be owner"), pg_store.engine.begin() as c:
        c.execute(text("DROP TABLE audit_events"))
    with owner_engine().begin() as c:
        c.execute(text("UPDATE alembic_version SET version_num = '0004'"))
    with pytest.raises(DomainError) as refused:
        upgrade(pg_store.engine)
    assert refused.value.key == "db.upgrade_needs_owner"
    assert audit.verify_store(pg_store).ok
