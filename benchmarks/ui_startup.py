"""UI budgets on the path a person takes (issue 17), each run as whole processes on 100,000 orders
under Xvfb + openbox (display :94 unless --display):

    .venv/bin/python benchmarks/ui_startup.py [--orders 100000] [--runs 2]

The child (benchmarks/ui_probe.py) starts the real entry point, `app.cli.main` — what the
`guadan` console script runs: command line, splash, the store opened, sign-in typed into the
dialog, the main window and its list — and a bare PySide6 window is started in the same run as
the floor. Printed: first paint (splash) vs the bare window; sign-in shown; the list's first
page painted (the table's own paint event) from process start; the day's first keystroke (the
daily backup due); every key of searches typed at 80 ms per key (old and new order-number
prefixes, a last-4, amounts), key → the repaint that shows it, median/p90/max; the longest
event-loop gap idle, while scrolling the whole queue and after, against the gaps of a bare
PySide6 window idle in the same run (the machine's own noise); RSS after the scroll and with
the wizard open; the reports tab from the click to its paint. No asserts: figures only.
The process's CPU seconds are printed beside the wall times: a busy machine inflates them less.
`--only-scroll`: start, scroll the whole queue, stop (for working on the scroll alone).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PROBE = ROOT / "benchmarks" / "ui_probe.py"
PIN = "135790"


# --- seeding (parent) ------------------------------------------------------------------------


def seed(db_path: Path | str, orders: int, bulk: Any = None) -> None:
    """A set-up store (admin, lead, cashier) and `orders` suspended orders by bulk insert, the
    newest first (P20260000000 is the newest order: a prefix of a high number is an old one).
    `db_path`: a SQLite file or a database URL; `bulk`: another engine for the orders' bulk
    insert (PostgreSQL: one without the app's 3 s link deadline, which a busy server's slow
    bulk write outlives)."""
    sys.path.insert(0, str(ROOT))
    import datetime as dt
    import random
    import uuid

    from sqlalchemy import insert

    from app.clock import utcnow
    from app.db import open_store
    from app.models import Cause, Funding, OrderStatus, Role, SuspendedOrder, TxnType
    from app.setup import StoreSetup, set_up_store
    from app.users import create_user, find_user

    store = open_store(db_path if isinstance(db_path, str) else f"sqlite:///{db_path}")
    with store.transaction() as s:
        set_up_store(
            s,
            StoreSetup(
                merchant_name="基准测试便利店",
                merchant_no="898310048161234",
                terminal_no="12345678",
                admin_name="管理员",
                admin_pin=PIN,
                lead_name="主管",
                lead_pin=PIN,
            ),
        )
        create_user(s, "收银员", Role.CASHIER, PIN, find_user(s, "管理员"))
    rng = random.Random(7)
    now = utcnow()
    statuses = list(OrderStatus)
    causes = list(Cause)
    batch: list[dict[str, object]] = []
    with (bulk or store.engine).begin() as conn:
        for i in range(orders):
            funding = rng.choice((Funding.CREDIT, Funding.DEBIT, Funding.QR))
            last4 = f"{rng.randrange(10000):04d}"
            card = None if funding is Funding.QR else f"622848******{last4}"
            batch.append(
                {
                    "id": uuid.uuid4(),
                    "order_no": f"P{20260000000 + i}",
                    "merchant_no": "898310048161234",
                    "terminal_no": "12345678",
                    "occurred_at": now - dt.timedelta(minutes=3 * i),
                    "location": "基准测试便利店 1号收银台",
                    "amount_fen": rng.randrange(100, 500_000),
                    "txn_type": TxnType.QR if funding is Funding.QR else TxnType.SALE,
                    "funding": funding,
                    "card_masked": card,
                    "card_last4": card[-4:] if card else None,
                    "cause": rng.choice(causes),
                    "status": rng.choice(statuses),
                    "cashier": "收银员",
                    "created_at": now,
                    "version": 1,
                    "trace_no": "",
                    "rrn": "",
                    "batch_no": "",
                    "auth_code": "",
                    "operation_no": "",
                    "settled": False,
                    "success_notified": False,
                    "refunded_fen": 0,
                    "source": "IMPORT",
                }
            )
            if len(batch) == 2_000:  # a shared server's link has a 3 s deadline per write
                conn.execute(insert(SuspendedOrder), batch)
                batch.clear()
        if batch:
            conn.execute(insert(SuspendedOrder), batch)
    store.dispose()


# --- parent ------------------------------------------------------------------------------------


def ensure_display(display: str) -> list[subprocess.Popen[bytes]]:
    """Xvfb and openbox on `display` unless something already serves it."""
    started: list[subprocess.Popen[bytes]] = []
    if not Path(f"/tmp/.X11-unix/X{display.lstrip(':')}").exists():
        started.append(
            subprocess.Popen(
                ["Xvfb", display, "-screen", "0", "1024x768x24", "-nolisten", "tcp"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        time.sleep(1.0)
        started.append(
            subprocess.Popen(
                ["openbox"],
                env=dict(os.environ, DISPLAY=display),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        time.sleep(0.5)
    return started


def run_child(env: dict[str, str], *args: str) -> dict[str, Any]:
    t0 = time.time()
    out = subprocess.run(
        [sys.executable, str(PROBE), args[0], repr(t0), *args[1:]],
        env=env,
        capture_output=True,
        text=True,
        timeout=400,
    )
    if out.returncode != 0 or not out.stdout.strip():
        raise SystemExit(f"{args[0]} child failed ({out.returncode}):\n{out.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def spread(values: list[float]) -> str:
    values = sorted(v for v in values if v is not None)
    if not values:
        return "n/a"
    p90 = values[min(len(values) - 1, int(len(values) * 0.9))]
    return f"median {statistics.median(values):.1f}, p90 {p90:.1f}, max {values[-1]:.1f}"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--orders", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--display", default=":94")
    parser.add_argument("--user", default="主管", help="主管 sees the reports tab too")
    parser.add_argument(
        "--code", type=Path, default=ROOT, help="run this checkout's app/ and ui/ (before/after)"
    )
    parser.add_argument(
        "--seeded", type=Path, help="a folder keeping the seeded store (and its home) for reuse"
    )
    parser.add_argument(
        "--only-scroll", action="store_true", help="start, then scroll the whole queue; no more"
    )
    args = parser.parse_args()

    servers = ensure_display(args.display)
    try:
        with tempfile.TemporaryDirectory(prefix="guadan-bench-") as tmp:
            home = Path(tmp) / "home"
            code = str(args.code.resolve())
            env = dict(os.environ, GUADAN_HOME=str(home), PYTHONPATH=code, DISPLAY=args.display)
            env["GUADAN_BENCH_CODE"] = code
            env["QT_QPA_PLATFORM"] = "xcb"
            if args.only_scroll:
                env["GUADAN_PROBE_ONLY"] = "scroll"
            os.environ["GUADAN_HOME"] = str(home)
            db = Path(tmp) / "bench.sqlite3"
            started = time.perf_counter()
            if args.seeded and (args.seeded / db.name).exists():
                shutil.copy(args.seeded / db.name, db)
                shutil.copytree(args.seeded / "home", home)
            else:
                seed(db, args.orders)
                if args.seeded:
                    args.seeded.mkdir(parents=True, exist_ok=True)
                    shutil.copy(db, args.seeded / db.name)
                    shutil.copytree(home, args.seeded / "home")
            print(
                f"seeded {args.orders:,} orders in {time.perf_counter() - started:.1f} s "
                f"({db.stat().st_size / 1e6:.0f} MB); display {args.display} (Xvfb + openbox)"
            )
            runs: list[tuple[dict[str, Any], dict[str, Any]]] = []
            for run in range(args.runs):
                shutil.rmtree(home / "backups", ignore_errors=True)  # each run: a new day
                b = run_child(env, "bare")
                a = run_child(env, "app", f"sqlite:///{db}", args.user, PIN)
                a["gap_floor"] = run_child(env, "gapfloor")
                a["scroll_floor"] = run_child(env, "scrollfloor")
                runs.append((b, a))
                m = a["marks"]
                print(
                    f"run {run + 1}: bare paint {b['paint']:.3f} s (CPU {b['cpu']:.3f} s) · "
                    f"guadan first paint "
                    f"{m['first_paint']:.3f} s ({a['first_paint_window']}; heavy then: "
                    f"{a['heavy_at_first_paint'] or 'none'}) · sign-in shown {m['signin_shown']:.3f} s"
                    f" · list painted {m['list_painted']:.3f} s (CPU {a['cpu']['list_painted']:.3f} s), "
                    f"{m['list_painted'] - m['signin_submitted']:.3f} s after sign-in · "
                    f"{a['rows_first_page']} of {a['total']:,} rows"
                )
        report(runs)
    finally:
        for proc in reversed(servers):
            proc.terminate()
    return 0


def report(runs: list[tuple[dict[str, Any], dict[str, Any]]]) -> None:
    med = statistics.median
    bare = [b["paint"] for b, _ in runs]
    first = [a["marks"]["first_paint"] for _, a in runs]
    listed = [a["marks"]["list_painted"] for _, a in runs]
    after = [a["marks"]["list_painted"] - a["marks"]["signin_submitted"] for _, a in runs]
    signin = [a["marks"]["signin_shown"] for _, a in runs]
    keys = [k["ms"] for _, a in runs for k in a["keys"]]
    print()
    print(
        f"first paint (splash): bare window {med(bare):.3f} s, guadan {med(first):.3f} s "
        f"→ {med(first) / med(bare):.2f}× (goal ≤ 1.5×)"
    )
    print(f"sign-in dialog shown: {med(signin):.3f} s from process start")
    cpu = [a["cpu"]["list_painted"] for _, a in runs]
    bare_cpu = [b["cpu"] for b, _ in runs]
    print(
        f"list painted: {med(listed):.3f} s from process start with the sign-in answered at once "
        f"(goal ≤ 0.8 s); {med(after):.3f} s from the PIN's Enter; the process's CPU by then "
        f"{med(cpu):.3f} s, {med(cpu) / med(bare_cpu):.1f}× the bare window's {med(bare_cpu):.3f} s "
        "(CPU: what a busy machine inflates less than the wall time)"
    )
    print(
        "first keystroke of the day (backup due): "
        + spread([a.get("first_key_ms") for _, a in runs])
        + " ms"
    )
    print(f"keystroke → repaint at {80} ms/key, every key: {spread(keys)} ms (goal p90 ≤ 30 ms)")
    over = sum(1 for k in keys if k is None or k > 30)
    print(f"  keys over 30 ms: {over} of {len(keys)}")
    labels = dict.fromkeys(k["label"] for _, a in runs for k in a["keys"])
    for label in labels:
        mine = [k["ms"] for _, a in runs for k in a["keys"] if k["label"] == label]
        last = [s["last_key_ms"] for _, a in runs for s in a["searches"] if s["label"] == label]
        print(f"  {label:<11} every key {spread(mine)} · last key {spread(last)} ms")
    for name, key in (
        ("FLOOR: a bare PySide6 window idle for 6 s, same run", "gap_floor"),
        ("FLOOR: a bare QTableView over a C++ model scrolled the same way", "scroll_floor"),
        ("idle (6 s, a poll inside)", "idle_gap"),
        ("scrolling to the end", "scroll_gap"),
        ("idle after the scroll (3 s)", "idle_gap_after_scroll"),
    ):
        gaps = [a[key]["max"] for _, a in runs if key in a]
        p99 = [a[key]["p99"] for _, a in runs if key in a]
        worst = [a[key].get("worst") for _, a in runs if key in a]
        print(
            f"longest event-loop gap, {name}: {spread(gaps)} ms (goal ≤ 50 ms); "
            f"the gaps' p99 {spread(p99)} ms; worst (ms, s in): {worst}"
        )
    print(
        "scroll: " + ", ".join(f"{a['rows_held']:,} rows in {a['scroll_s']:.1f} s" for _, a in runs)
    )
    for name, key in (
        ("RSS idle", "rss_idle_mb"),
        ("RSS after the full scroll", "rss_scrolled_mb"),
        ("RSS with the wizard open", "rss_wizard_mb"),
    ):
        print(f"{name}: {spread([a.get(key) for _, a in runs])} MB (goal ≤ 250 MB)")
    print(f"wizard shown: {[a.get('wizard_shown') for _, a in runs]}")
    for name, key in (
        ("reports tab opened", "reports_open_ms"),
        ("reports refreshed", "reports_refresh_ms"),
    ):
        print(
            f"{name} (click → painted): {spread([a.get(key) for _, a in runs])} ms (goal ≤ 300 ms)"
        )


if __name__ == "__main__":
    sys.exit(main())
