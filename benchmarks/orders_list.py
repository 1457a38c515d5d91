"""The order list's own queries at 100,000 orders (or more), SQLite and PostgreSQL, each against a
floor measured in the same run (one order read by its primary key):

    .venv/bin/python benchmarks/orders_list.py [--orders 100000] [--pg URL] [--runs 15]

What the list sends (app.queries via ui.orders_model, with the model's page size): the OPEN
queue's first page and its count; a seek page first, half-way and last; the old offset page
half-way (for comparison); every keystroke of searches (old and new order-number prefixes, a
last-4, amounts) as the model asks them; the 5-second poll. Median, p90 and max. `--pg` seeds
an EMPTY PostgreSQL database (its schema is dropped first). No asserts: figures only.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SEARCHES = ("P2026009912", "P2026000012", "4321", "128", "128.00")


def timed(fn: Callable[[], object], runs: int) -> list[float]:
    fn()  # the statement cache and the page cache warm, as after the first minutes of a day
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return sorted(times)


def line(name: str, times: list[float], floor: float, goal: float | None) -> str:
    med = statistics.median(times)
    p90 = times[min(len(times) - 1, int(len(times) * 0.9))]
    goal_text = f"goal ≤ {goal:g} ms" if goal else "no goal"
    return (
        f"{name:<44} median {med:7.2f} ms  p90 {p90:7.2f}  max {times[-1]:7.2f}  "
        f"({med / floor:6.1f}× floor; {goal_text})"
    )


def measure(url: str, runs: int) -> None:
    from sqlalchemy import func, select

    from app.db import open_store
    from app.models import SuspendedOrder
    from app.queries import (
        QUEUE_STATUSES,
        OrderFilter,
        Queue,
        SortKey,
        first_page,
        page_orders,
        queue_counts,
        recount_statuses,
        total_orders,
    )
    from ui.orders_model import PAGE_SIZE

    store = open_store(url)
    queue = OrderFilter(statuses=QUEUE_STATUSES[Queue.OPEN])
    with store.sessions() as s:
        if store.engine.dialect.name == "postgresql":
            s.execute(select(1))
            s.connection().exec_driver_sql("ANALYZE suspended_orders")
        some_id = s.execute(select(SuspendedOrder.id).limit(1)).scalar_one()
        total = first_page(s, queue, limit=PAGE_SIZE).total
        ordered = [
            r.id for r in s.execute(
                select(SuspendedOrder.id).where(SuspendedOrder.status.in_(queue.statuses))
            )
        ]  # fmt: skip
        middle = page_orders(s, queue, total // 2, 1)[0].key(SortKey.TIME)
        last = page_orders(s, queue, max(total - PAGE_SIZE - 1, 0), 1)[0].key(SortKey.TIME)
        floor = statistics.median(
            timed(lambda: s.get(SuspendedOrder, some_id, populate_existing=True), runs * 3)
        )
        rows: list[tuple[str, list[float], float | None]] = [
            ("OPEN queue: first page + count", timed(lambda: first_page(s, queue), runs), 20),
            (
                "seek page: first",
                timed(lambda: page_orders(s, queue, 0, PAGE_SIZE), runs),
                20,
            ),
            (
                "seek page: half-way down",
                timed(lambda: page_orders(s, queue, 0, PAGE_SIZE, after=middle), runs),
                20,
            ),
            (
                "seek page: the last",
                timed(lambda: page_orders(s, queue, 0, PAGE_SIZE, after=last), runs),
                20,
            ),
            (
                "offset page half-way (what paging was)",
                timed(lambda: page_orders(s, queue, total // 2, PAGE_SIZE), max(3, runs // 3)),
                None,
            ),
        ]
        keys: list[float] = []
        worst: tuple[float, str] = (0.0, "")
        for text in SEARCHES:
            for n in range(1, len(text) + 1):
                flt = OrderFilter(text=text[:n], statuses=queue.statuses)
                times = timed(lambda flt=flt: first_page(s, flt), max(3, runs // 3))  # type: ignore[misc]
                keys.extend(times)
                worst = max(worst, (times[-1], text[:n]))
        rows.append((f"search keystrokes ({len(SEARCHES)} texts, every prefix)", sorted(keys), 30))
        rows.append(
            (
                "poll: queue counts + total",
                timed(lambda: (queue_counts(s), total_orders(s)), runs),
                5,
            )
        )

        def poll_as_it_was() -> object:
            return recount_statuses(s), s.execute(select(func.count(SuspendedOrder.id))).scalar()

        rows.append(("poll as it was (GROUP BY + COUNT)", timed(poll_as_it_was, runs), None))
        del ordered
    store.dispose()
    print(f"{store.engine.dialect.name}: OPEN queue {total:,} orders; floor {floor:.3f} ms")
    for name, times, goal in rows:
        print(line(name, times, floor, goal))
    print(f"  slowest keystroke: {worst[1]!r} {worst[0]:.2f} ms")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--orders", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--pg", help="an empty PostgreSQL database's URL (its schema is dropped)")
    parser.add_argument("--seeded", type=Path, help="a SQLite file to reuse (seeded if missing)")
    args = parser.parse_args()
    from benchmarks.ui_startup import seed

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["GUADAN_HOME"] = tmp
        if args.pg:
            from sqlalchemy import create_engine, text

            engine = create_engine(args.pg)
            with engine.begin() as conn:
                conn.execute(text("DROP SCHEMA public CASCADE"))
                conn.execute(text("CREATE SCHEMA public"))
            started = time.perf_counter()
            seed(args.pg, args.orders, bulk=engine)
            with engine.begin() as conn:
                # the planner's statistics, as autovacuum keeps them in a store that grew day
                # by day: without them a 100,000-row bulk insert reads as an empty table, the
                # order-number range is estimated at 500 rows, and 'P' read all 100,000 matches
                # and sorted them (116 ms) instead of walking the time index (8 ms)
                conn.execute(text("ANALYZE"))
            engine.dispose()
            print(f"seeded {args.orders:,} orders in {time.perf_counter() - started:.1f} s")
            measure(args.pg, args.runs)
            return 0
        db = args.seeded or Path(tmp) / "bench.sqlite3"
        if not db.exists():
            started = time.perf_counter()
            seed(db, args.orders)
            print(f"seeded {args.orders:,} orders in {time.perf_counter() - started:.1f} s")
        measure(f"sqlite:///{db}", args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
