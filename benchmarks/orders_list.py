"""The order list at 100,000 orders: seed time, the first page (50 newest), a search by order
number and by card last-4 — medians, against a floor (fetching one row by primary key) measured
in the same run. Goals (DESIGN.md §10 / issue 2): first page ≤ 20 ms, a search ≤ 20 ms.

    .venv/bin/python benchmarks/orders_list.py [ORDERS]
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def median_ms(fn: Callable[[], object], runs: int = 50) -> float:
    fn()  # warm the statement cache and the page cache
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["GUADAN_HOME"] = tmp
        from sqlalchemy import select

        from app.db import open_store
        from app.models import SuspendedOrder
        from app.queries import OrderFilter, page_orders
        from benchmarks.seeding import seed_orders

        started = time.perf_counter()
        url = seed_orders(Path(tmp) / "bench.sqlite3", count)
        seeded = time.perf_counter() - started
        store = open_store(url)
        with store.sessions() as session:
            some_id = session.execute(select(SuspendedOrder.id).limit(1)).scalar_one()
            target = session.execute(
                select(SuspendedOrder.order_no).offset(count // 2).limit(1)
            ).scalar_one()
            floor = median_ms(lambda: session.get(SuspendedOrder, some_id, populate_existing=True))
            first = median_ms(lambda: page_orders(session, OrderFilter(), 0, 50))
            by_no = median_ms(lambda: page_orders(session, OrderFilter(text=target), 0, 50))
            by_last4 = median_ms(lambda: page_orders(session, OrderFilter(text="4321"), 0, 50))
            deep = median_ms(lambda: page_orders(session, OrderFilter(), count // 2, 50), runs=10)
            hits = len(page_orders(session, OrderFilter(text="4321"), 0, 50))
        store.dispose()
    print(f"orders: {count:,}; seeded in {seeded:.1f} s")
    print(f"floor (one row by primary key): {floor:.2f} ms")
    for name, value, goal in (
        ("first page, 50 newest", first, 20),
        ("search by order number", by_no, 20),
        (f"search by card last-4 ({hits} rows)", by_last4, 20),
        ("a page half-way down (offset)", deep, None),
    ):
        goal_text = f"goal ≤ {goal} ms" if goal else "no goal"
        print(f"{name:<38} {value:7.2f} ms  ({value / floor:5.1f}× floor; {goal_text})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
