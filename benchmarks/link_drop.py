"""Time to notice a silent drop: the app's link monitor (app/link.py, its real settings: a
question every 1 s, 3 s deadline) watching a shared server through tests/link_proxy.py, which
black-holes the link. Per round: from the moment the link goes silent to the monitor's
"offline" report, and from the heal to "online" again. The floor, measured in the same run:
one question answered on the healthy link. Prints figures; judges nothing. Budget: ≤ 5 s.

    GUADAN_TEST_PG_URL=postgresql+psycopg://… .venv/bin/python benchmarks/link_drop.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy.engine import make_url  # noqa: E402

from app.link import LinkMonitor, LinkStatus  # noqa: E402
from tests.link_proxy import LinkProxy  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    url = os.environ.get("GUADAN_TEST_PG_URL", "")
    if not url:
        print("set GUADAN_TEST_PG_URL to a PostgreSQL server (.ci/run starts one)")
        return 2
    target = make_url(url)
    proxy = LinkProxy(target.host or "127.0.0.1", target.port or 5432)
    monitor = LinkMonitor(proxy.url_for(url))
    changed = threading.Condition()
    seen: list[tuple[float, LinkStatus]] = []

    def on_change(status: LinkStatus) -> None:
        with changed:
            seen.append((time.monotonic(), status))
            changed.notify_all()

    def until(online: bool) -> float:
        with changed:
            changed.wait_for(lambda: bool(seen) and seen[-1][1].online is online, timeout=60)
            return seen[-1][0]

    monitor.on_change(on_change)
    floor = []
    for _ in range(50):
        t0 = time.perf_counter()
        assert monitor.check().online
        floor.append(time.perf_counter() - t0)
    monitor.start()
    noticed, back = [], []
    try:
        for _ in range(args.rounds):
            until(online=True)
            time.sleep(0.37)  # land the drop anywhere between two questions
            t0 = time.monotonic()
            proxy.blackhole()
            noticed.append(until(online=False) - t0)
            t1 = time.monotonic()
            proxy.heal()
            back.append(until(online=True) - t1)
    finally:
        monitor.stop()
        proxy.close()
    print(f"floor: one question on the healthy link, p50 {statistics.median(floor) * 1000:.2f} ms")
    print(
        f"silent drop noticed after p50 {statistics.median(noticed):.2f} s, "
        f"max {max(noticed):.2f} s over {len(noticed)} rounds (budget 5 s)"
    )
    print(
        f"healed link seen online after p50 {statistics.median(back):.2f} s, max {max(back):.2f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
