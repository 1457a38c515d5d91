"""Orders per status are kept by the database (migration 0010's triggers), so the poll and the
list's total read nine rows instead of counting every order — and the kept counts always equal
a recount, whoever writes and however (ORM, bulk insert, bulk update, delete)."""

from __future__ import annotations

import os
import random
from typing import Any

import pytest
from sqlalchemy import delete, event, insert, select, update

from app.models import OrderStatus, SuspendedOrder
from app.queries import (
    QUEUE_STATUSES,
    OrderFilter,
    Queue,
    count_orders,
    first_page,
    queue_counts,
    recount_statuses,
    status_counts,
    total_orders,
)
from tests.core.test_order_list import _rows

PG_URL = os.environ.get("GUADAN_TEST_PG_URL", "")


def _churn(store: Any, seed: int) -> None:
    """Random writes of every kind, checking the kept counts against a recount after each."""
    rng = random.Random(seed)
    with store.engine.begin() as conn:
        conn.execute(insert(SuspendedOrder), _rows(rng, 120))
    for step in range(12):
        with store.transaction() as s:
            kind = step % 4
            if kind == 0:  # ORM: a case moves an order along (version column and all)
                for order in s.scalars(select(SuspendedOrder).limit(15).offset(rng.randrange(90))):
                    order.status = rng.choice(list(OrderStatus))
            elif kind == 1:  # one statement changing many rows
                s.execute(
                    update(SuspendedOrder)
                    .where(SuspendedOrder.amount_fen == 500)
                    .values(status=rng.choice(list(OrderStatus)))
                )
            elif kind == 2:  # new orders, one by one and in bulk
                s.execute(insert(SuspendedOrder), _rows(rng, 7, start=1000 + 10 * step))
            else:  # an edit that leaves the status alone, and (archiving, one day) a delete
                s.execute(update(SuspendedOrder).values(cashier="王五"))
                victim = s.scalars(select(SuspendedOrder.id).limit(1)).first()
                s.execute(delete(SuspendedOrder).where(SuspendedOrder.id == victim))
        with store.sessions() as s:
            assert status_counts(s) == recount_statuses(s), f"after step {step}"


def test_the_kept_counts_equal_a_recount_whatever_writes(store: Any) -> None:
    _churn(store, 1)
    with store.sessions() as s:
        by_status = recount_statuses(s)
        assert total_orders(s) == sum(by_status.values())
        for queue, statuses in QUEUE_STATUSES.items():
            assert queue_counts(s)[queue] == sum(by_status.get(x, 0) for x in statuses)
            flt = OrderFilter(statuses=statuses)
            assert first_page(s, flt, limit=10).total == count_orders(s, flt)


@pytest.mark.skipif(not PG_URL, reason="no PostgreSQL server (set GUADAN_TEST_PG_URL)")
def test_the_kept_counts_equal_a_recount_on_postgresql() -> None:
    from tests.core.test_order_list import _fresh_pg_store

    store = _fresh_pg_store()
    try:
        _churn(store, 2)
    finally:
        store.dispose()


def test_the_poll_reads_no_order(store: Any) -> None:
    with store.engine.begin() as conn:
        conn.execute(insert(SuspendedOrder), _rows(random.Random(3), 50))
    sent: list[str] = []
    event.listen(store.engine, "before_cursor_execute", lambda *a: sent.append(a[2]))
    with store.sessions() as s:
        queue_counts(s), total_orders(s)
        first_page(s, OrderFilter(statuses=QUEUE_STATUSES[Queue.OPEN]), limit=10)
    counted = [sql for sql in sent if "count(" in sql.lower()]
    assert counted == []  # neither the poll nor the queue's total counts the orders
