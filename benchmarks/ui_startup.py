"""UI start-up budgets (DESIGN.md §10), each run as whole processes on 100,000 orders.

    .venv/bin/python benchmarks/ui_startup.py [--orders 100000] [--runs 3]

Prints, per run and as medians:
- first paint of a bare PySide6 window vs of the main window (goal ≤ 2×), both from
  process start (the parent's clock just before it starts the process);
- orders list filled (first page on screen) from process start (goal ≤ 0.8 s);
- a search keystroke, key press to the narrowed list (goal ≤ 30 ms);
- resident memory after the list filled and searched (goal ≤ 250 MB).

The main-window child follows the real start-up path minus the sign-in dialog: QApplication,
font, translator, window shown, then the store opened (and migrations checked) on the
database worker, the user read, the list filled. No asserts: figures only.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PIN = "135790"


# --- seeding (parent) ------------------------------------------------------------------------


def seed(db_path: Path, orders: int) -> None:
    """A set-up store (admin, lead, cashier) and `orders` suspended orders by bulk insert."""
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

    store = open_store(f"sqlite:///{db_path}")
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
    with store.engine.begin() as conn:
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
            if len(batch) == 10_000:
                conn.execute(insert(SuspendedOrder), batch)
                batch.clear()
        if batch:
            conn.execute(insert(SuspendedOrder), batch)
    store.dispose()


# --- children ------------------------------------------------------------------------------------


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def child_bare(t0: float) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from ui.qt_compat import protect_singletons

    protect_singletons()  # the same ground as the app (ui.main applies it on import)
    app = QApplication(sys.argv[:1])
    result: dict[str, float] = {}

    class Watch(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and "paint" not in result:
                result["paint"] = time.time() - t0
                QTimer.singleShot(0, app.quit)
            return False

    window = QWidget()
    watch = Watch()
    window.installEventFilter(watch)
    window.resize(1024, 768)
    window.show()
    app.exec()
    print(json.dumps(result))


def child_app(t0: float, db_url: str) -> None:
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtTest import QTest

    from ui import i18n
    from ui.context import AppContext, SignedInUser
    from ui.main import apply_opened, make_app, open_and_inspect
    from ui.main_window import MainWindow

    app = make_app(sys.argv[:1])
    i18n.install("zh_CN")
    ctx = AppContext(language="zh_CN")
    result: dict[str, object] = {}
    heavy_before_paint: list[str] = []

    class Watch(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and "paint" not in result:
                result["paint"] = time.time() - t0
                heavy_before_paint.extend(
                    m for m in ("sqlalchemy", "reportlab", "keyring") if m in sys.modules
                )
                # the heavy work starts once the window is on screen
                ctx.tasks.run_call(lambda: open_and_inspect(db_url), opened)
            return False

    window = MainWindow(ctx)
    watch = Watch()
    window.installEventFilter(watch)
    window.resize(1024, 768)
    window.show()

    def find_user(session: object) -> SignedInUser:
        from app.users import find_user as lookup

        user = lookup(session, "收银员")  # type: ignore[arg-type]
        assert user is not None
        return SignedInUser(user.id, user.name, user.role.value)

    def opened(o: object) -> None:
        apply_opened(ctx, o, language_forced=True)  # type: ignore[arg-type]
        ctx.tasks.run_db(find_user, signed_in)

    def signed_in(user: SignedInUser) -> None:
        ctx.sign_in(user)
        window.model.reloaded.connect(filled)
        window.start()

    def filled() -> None:
        window.model.reloaded.disconnect(filled)
        app.processEvents()  # the rows painted
        result["filled"] = time.time() - t0
        result["rows"] = window.model.rowCount()
        result["total"] = window.model.total
        QTimer.singleShot(50, search)

    keystrokes: list[float] = []

    def search() -> None:
        reloads = [0]
        window.model.reloaded.connect(lambda: reloads.__setitem__(0, reloads[0] + 1))
        window.search.setFocus()
        for text in ("P2026000123", "1234", "128", "128.00", "P20260"):
            window.search.clear()
            QTest.qWait(20)
            for ch in text:
                before = reloads[0]
                started = time.perf_counter()
                QTest.keyClick(window.search, ch)
                while reloads[0] == before:
                    app.processEvents()
                app.processEvents()  # the narrowed rows painted
                keystrokes.append((time.perf_counter() - started) * 1000)
        result["keystroke_ms"] = keystrokes
        result["rss_mb"] = _rss_mb()
        result["heavy_before_paint"] = heavy_before_paint
        app.quit()

    app.exec()
    ctx.tasks.shutdown(wait=True)
    print(json.dumps(result))


# --- parent ------------------------------------------------------------------------------------


def run_child(kind: str, env: dict[str, str], *extra: str) -> dict[str, object]:
    t0 = time.time()
    out = subprocess.run(
        [sys.executable, __file__, "--child", kind, "--t0", repr(t0), *extra],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    if out.returncode != 0:
        raise SystemExit(f"{kind} child failed ({out.returncode}):\n{out.stderr[:3000]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--orders", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child")
    parser.add_argument("--t0", type=float)
    parser.add_argument("--db")
    args = parser.parse_args()
    if args.child == "bare":
        child_bare(args.t0)
        return 0
    if args.child == "app":
        child_app(args.t0, args.db)
        return 0

    with tempfile.TemporaryDirectory(prefix="guadan-bench-") as tmp:
        env = dict(os.environ, GUADAN_HOME=tmp, PYTHONPATH=str(ROOT))
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        os.environ["GUADAN_HOME"] = tmp
        db = Path(tmp) / "bench.sqlite3"
        started = time.perf_counter()
        seed(db, args.orders)
        print(
            f"seeded {args.orders:,} orders in {time.perf_counter() - started:.1f} s ({db.stat().st_size / 1e6:.0f} MB)"
        )
        print(f"platform: {env['QT_QPA_PLATFORM']}, runs: {args.runs}")
        bare: list[float] = []
        paint: list[float] = []
        filled: list[float] = []
        keys: list[float] = []
        rss: list[float] = []
        for run in range(args.runs):
            b = run_child("bare", env)
            a = run_child("app", env, "--db", f"sqlite:///{db}")
            bare.append(float(b["paint"]))  # type: ignore[arg-type]
            paint.append(float(a["paint"]))  # type: ignore[arg-type]
            filled.append(float(a["filled"]))  # type: ignore[arg-type]
            keys.extend(a["keystroke_ms"])  # type: ignore[arg-type]
            rss.append(float(a["rss_mb"]))  # type: ignore[arg-type]
            print(
                f"run {run + 1}: bare paint {b['paint']:.3f} s · main window paint {a['paint']:.3f} s · "
                f"list filled {a['filled']:.3f} s ({a['rows']} of {a['total']:,} rows) · "
                f"heavy modules before paint: {a['heavy_before_paint'] or 'none'} · RSS {a['rss_mb']:.0f} MB"
            )
        med = statistics.median
        keys.sort()
        print()
        print(
            f"first paint: bare {med(bare):.3f} s, main window {med(paint):.3f} s → {med(paint) / med(bare):.2f}× (goal ≤ 2×)"
        )
        print(f"list filled from process start: {med(filled):.3f} s (goal ≤ 0.8 s)")
        print(
            f"search keystroke: median {med(keys):.1f} ms, p90 {keys[int(len(keys) * 0.9)]:.1f} ms, "
            f"max {keys[-1]:.1f} ms over {len(keys)} keys (goal ≤ 30 ms)"
        )
        print(f"resident memory: {med(rss):.0f} MB (goal ≤ 250 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
