"""Shared store mode on a real PostgreSQL server: migrations, the demo, a whole case voided
on the simulator, the reports' SQL, the audit chain, and two counters racing for one case.
Runs when GUADAN_TEST_PG_URL names an empty database (`.ci/run` starts one); skipped otherwise."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from sqlalchemy import select, text

URL = os.environ.get("GUADAN_TEST_PG_URL", "")
pytestmark = pytest.mark.skipif(not URL, reason="no PostgreSQL server (set GUADAN_TEST_PG_URL)")


@pytest.fixture
def pg_store():  # type: ignore[no-untyped-def]
    import keyring
    from sqlalchemy.engine import make_url

    from app.db import make_engine, open_store

    parsed = make_url(URL)
    if parsed.password:  # the store keeps it in the keyring, not in the URL
        keyring.set_password("guadan", f"db:{parsed.username}@{parsed.host}", parsed.password)
        url = parsed.set(password=None).render_as_string(hide_password=False)
    else:
        url = URL
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    store = open_store(url)
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
