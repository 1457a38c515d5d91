"""Case numbers: counters opening the first cases of the day at the same moment each draw their
own number, and nobody sees the database refuse a duplicate (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import threading
import uuid

import pytest
from sqlalchemy import select

from app import workflow
from app.db import Store
from app.models import CancellationCase
from tests.core.helpers import make_order, seed_staff
from tests.store.pg import needs_pg, pg_store  # noqa: F401  (the fixture)

COUNTERS = 4
ROUNDS = 6


def race_first_cases_of_the_day(store: Store, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """ROUNDS days; each day COUNTERS counters (threads, each its own connection and chain)
    open the day's first cases together. Returns every case number drawn."""
    with store.transaction() as s:
        staff = seed_staff(s)
        orders = [[make_order(s).id for _ in range(COUNTERS)] for _ in range(ROUNDS)]
        cashier_id = staff.cashier.id
    day = [dt.date(2026, 1, 1)]
    monkeypatch.setattr("app.workflow.common.today", lambda zone="": day[0])
    errors: list[BaseException] = []

    def counter(n: int, order_id: uuid.UUID, start: threading.Barrier) -> None:
        try:
            start.wait()
            with store.transaction() as s:
                s.info["counter_id"] = f"counter-{n}"
                workflow.open_case(s, order_id, s.get(type(staff.cashier), cashier_id))
        except BaseException as exc:  # noqa: BLE001 - the test reports what a user would see
            errors.append(exc)

    for round_no, day_orders in enumerate(orders):
        day[0] = dt.date(2026, 1, 1) + dt.timedelta(days=round_no)
        start = threading.Barrier(COUNTERS)
        threads = [
            threading.Thread(target=counter, args=(n, oid, start))
            for n, oid in enumerate(day_orders)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert errors == []
    with store.transaction() as s:
        return list(s.scalars(select(CancellationCase.case_no)))


def expected_numbers() -> list[str]:
    return sorted(
        f"CX{(dt.date(2026, 1, 1) + dt.timedelta(days=r)):%Y%m%d}-{n:04d}"
        for r in range(ROUNDS)
        for n in range(1, COUNTERS + 1)
    )


def test_counters_opening_the_first_cases_of_the_day_on_sqlite(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert sorted(race_first_cases_of_the_day(store, monkeypatch)) == expected_numbers()


@needs_pg
def test_counters_opening_the_first_cases_of_the_day_on_postgresql(
    pg_store: Store,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert sorted(race_first_cases_of_the_day(pg_store, monkeypatch)) == expected_numbers()
