"""Approval seen at the other counter: counter A's wizard waits for a lead's decision while
counter B approves. A hears the server's NOTIFY (app/link.py, LISTEN guadan_case) and re-reads
the case; the figure is from B's commit to A having read APPROVED — in one process, one clock,
both through their own connections to the server. The floor, measured in the same run: one
SELECT 1 round trip. Prints figures; judges nothing. Budget: ≤ 1 s (DESIGN §9a, issue 15).

    GUADAN_TEST_PG_URL=postgresql+psycopg://… GUADAN_TEST_PG_OWNER_URL=… \\
        .venv/bin/python benchmarks/approval_notify.py [--rounds 30]

It drops and re-creates the public schema of that database: give it a throwaway one.
"""

from __future__ import annotations

import argparse
import os
import queue
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()
    if not os.environ.get("GUADAN_TEST_PG_URL"):
        print("set GUADAN_TEST_PG_URL (and GUADAN_TEST_PG_OWNER_URL) to a throwaway database")
        return 2
    os.environ.setdefault("GUADAN_HOME", tempfile.mkdtemp(prefix="guadan-bench-"))
    from sqlalchemy import text

    from app import workflow
    from app.db import open_store
    from app.link import LinkMonitor, Notice
    from app.models import Stage
    from app.server_roles import CASE_CHANNEL
    from tests.core.helpers import CONTACT, PINS, all_checked, make_order, seed_staff
    from tests.keyring_file import install
    from tests.store.pg import URL, fresh_schema, keyring_url

    install(Path(os.environ["GUADAN_HOME"]) / "keyring.json")
    fresh_schema()
    counter_a, counter_b = open_store(keyring_url(URL)), open_store(keyring_url(URL))
    heard: queue.Queue[tuple[float, Notice]] = queue.Queue()
    monitor = LinkMonitor(keyring_url(URL), channels=(CASE_CHANNEL,))
    monitor.on_notice(lambda n: heard.put((time.perf_counter(), n)))
    assert monitor.check().online
    monitor.start()
    with counter_a.transaction() as s:
        staff = seed_staff(s)
    floor, seen = [], []
    try:
        for _ in range(50):
            with counter_a.engine.connect() as c:
                t0 = time.perf_counter()
                c.execute(text("SELECT 1"))
                floor.append(time.perf_counter() - t0)
        for _ in range(args.rounds):
            with counter_a.transaction() as s:
                cashier = s.merge(staff.cashier)
                case = workflow.open_case(s, make_order(s).id, cashier)
                workflow.verify(s, case, cashier, all_checked())
                workflow.record_contact(s, case, cashier, CONTACT)
                workflow.fill_form(s, case, cashier, workflow.form_defaults(s, case, cashier))
                workflow.submit(s, case, cashier)
                case_id = str(case.id)
            while heard.get(timeout=10)[1].payload != case_id:
                pass  # the submission's own notice
            with counter_b.transaction() as s:
                workflow.approve(s, workflow.get_case(s, case.id), "李四", PINS["lead"], "同意")
            committed = time.perf_counter()
            while True:
                _at, notice = heard.get(timeout=10)
                if notice.payload == case_id:
                    break
            with counter_a.transaction() as s:  # what the waiting wizard does on the notice
                assert workflow.get_case(s, case.id).stage is Stage.APPROVED
            seen.append(time.perf_counter() - committed)
    finally:
        monitor.stop()
        counter_a.dispose()
        counter_b.dispose()
    ms = sorted(x * 1000 for x in seen)
    print(f"floor: SELECT 1 round trip p50 {statistics.median(floor) * 1000:.2f} ms")
    print(
        f"approval seen at the other counter (commit → NOTIFY → re-read): p50 {ms[len(ms) // 2]:.1f} ms, "
        f"p90 {ms[int(len(ms) * 0.9)]:.1f} ms, max {ms[-1]:.1f} ms over {len(ms)} (budget 1000 ms)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
