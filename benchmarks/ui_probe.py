"""The child of benchmarks/ui_startup.py: runs the real `guadan` entry point (`app.cli.main`, what
the console script calls) in this process and watches it from a QApplication-wide event filter.

The probe makes the QApplication itself (ui.main reuses the one that exists) so that its filter
sees the first paint; nothing else of the app is replaced or skipped. It signs in as a person
would (name and PIN typed into the dialog, Enter), then plays a session: the day's first
keystroke right after the list fills, a quiet spell, searches typed at 80 ms per key, a scroll to
the end of the queue, the wizard, the reports tab. Figures are printed as JSON on the last line.

    python benchmarks/ui_probe.py app T0 DB_URL USER PIN  (or: bare|gapfloor|scrollfloor T0)
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

# the tree whose app/ and ui/ run (ui_startup.py --code: an older checkout, for a before/after)
ROOT = Path(os.environ.get("GUADAN_BENCH_CODE") or Path(__file__).resolve().parents[1])
KEY_MS = 80  # a quick cashier's typing speed
ONLY_SCROLL = os.environ.get("GUADAN_PROBE_ONLY") == "scroll"  # ui_startup.py --only-scroll
SEARCHES = (
    ("old number", "P2026009912"),
    ("new number", "P2026000012"),
    ("last-4", "4321"),
    ("amount", "128"),
    ("amount", "128.00"),
)
HEAVY = ("sqlalchemy", "app.models", "reportlab", "keyring")


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def bare(t0: float) -> None:
    sys.path.insert(0, str(ROOT))
    from ui.qt_compat import protect_singletons

    protect_singletons()  # the same ground as the app
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(sys.argv[:1])
    result: dict[str, float] = {}

    class Watch(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and "paint" not in result:
                result["paint"] = time.time() - t0
                result["cpu"] = time.process_time()
                QTimer.singleShot(0, app.quit)
            return False

    window = QWidget()
    watch = Watch()
    window.installEventFilter(watch)
    window.resize(1024, 768)
    window.show()
    app.exec()
    print(json.dumps(result))


def gap_floor(t0: float, seconds: float = 6.0) -> None:
    """The floor for the event-loop gaps: a bare PySide6 window doing nothing, its 5 ms timer's
    late ticks for `seconds` (what the machine's other load alone costs a GUI thread)."""
    sys.path.insert(0, str(ROOT))
    from ui.qt_compat import protect_singletons

    protect_singletons()
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.resize(1024, 768)
    window.show()
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000)
        last[0] = now

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(5)
    timer.timeout.connect(tick)
    QTimer.singleShot(500, lambda: (last.__setitem__(0, time.perf_counter()), timer.start()))
    QTimer.singleShot(int(500 + seconds * 1000), app.quit)
    app.exec()
    gaps.sort()
    print(json.dumps({"max": gaps[-1], "p99": gaps[int(len(gaps) * 0.99)], "n": len(gaps)}))


def scroll_floor(t0: float, rows: int = 20_000) -> None:
    """The floor for the scroll's gaps: a bare QTableView of the main window's size over a C++
    model (QStandardItemModel, nothing called in Python per cell) with the list's columns,
    scrolled the way the app's scroll is (to the bottom every 16 ms, 100 more rows each time)."""
    sys.path.insert(0, str(ROOT))
    from ui.qt_compat import protect_singletons

    protect_singletons()
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    app = QApplication(sys.argv[:1])
    model = QStandardItemModel(0, 8)
    texts = (
        "12-03 14:02",
        "P20260000012",
        "¥1,280.00",
        "信用卡",
        "6228…1234",
        "网络问题",
        "挂单中",
        "收银员",
    )

    def add(n: int) -> None:
        for _ in range(n):
            model.appendRow([QStandardItem(t) for t in texts])

    add(100)
    view = QTableView()
    view.setModel(model)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(32)
    view.resize(760, 620)
    view.show()
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000)
        last[0] = now

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(5)
    timer.timeout.connect(tick)

    def step() -> None:
        view.scrollToBottom()
        if model.rowCount() >= rows:
            app.quit()
            return
        add(100)
        QTimer.singleShot(16, step)

    def start() -> None:
        last[0] = time.perf_counter()
        timer.start()
        step()

    QTimer.singleShot(500, start)
    app.exec()
    gaps.sort()
    print(json.dumps({"max": gaps[-1], "p99": gaps[int(len(gaps) * 0.99)], "n": len(gaps)}))


def _inside(widget: Any, name: str) -> bool:
    while widget is not None:
        if widget.objectName() == name:
            return True
        widget = widget.parentWidget()
    return False


def app_session(t0: float, db_url: str, user: str, pin: str) -> None:
    sys.path.insert(0, str(ROOT))
    from ui.qt_compat import protect_singletons

    protect_singletons()
    from PySide6.QtCore import QEvent, QObject, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(sys.argv[:1])
    out: dict[str, Any] = {"keys": [], "searches": [], "marks": {}, "cpu": {}}
    marks: dict[str, float] = out["marks"]
    cpu: dict[str, float] = out["cpu"]  # the process's CPU seconds (every thread) at each mark
    state: dict[str, Any] = {"window": None, "paints": [], "want_paint": None}

    def mark(name: str) -> None:
        if name not in marks:
            marks[name] = time.time() - t0
            cpu[name] = time.process_time()

    def later(ms: int, fn: Callable[[], None]) -> None:
        QTimer.singleShot(ms, fn)

    class GapMeter:
        """The longest stretch the event loop did not turn (a 5 ms timer's late ticks)."""

        def __init__(self) -> None:
            self.timer = QTimer()
            self.timer.setTimerType(Qt.TimerType.PreciseTimer)
            self.timer.setInterval(5)
            self.timer.timeout.connect(self._tick)
            self.last = 0.0
            self.gaps: list[float] = []

        def start(self) -> None:
            self.gaps = []
            self.at: list[float] = []
            self.began = self.last = time.perf_counter()
            self.timer.start()

        def _tick(self) -> None:
            t = time.perf_counter()
            self.gaps.append((t - self.last) * 1000)
            self.at.append(self.last - self.began)
            self.last = t

        def stop(self) -> dict[str, Any]:
            self.timer.stop()
            gaps = sorted(self.gaps) or [0.0]
            worst = sorted(zip(self.gaps, self.at, strict=True), reverse=True)[:5]
            return {
                "max": gaps[-1],
                "p99": gaps[int(len(gaps) * 0.99)],
                "n": len(gaps),
                "worst": [[round(g, 1), round(a, 2)] for g, a in worst],  # (ms, s from start)
            }

    meter = GapMeter()

    def table_painted() -> None:
        window = state["window"]
        if window is None or (window.model.rowCount() == 0 and "list_painted" not in marks):
            return
        if "list_painted" not in marks:
            mark("list_painted")
            out["rows_first_page"] = window.model.rowCount()
            out["total"] = window.model.total
            later(250, (lambda: settle(scroll, 1000)) if ONLY_SCROLL else first_key_of_the_day)
        want = state["want_paint"]
        if want is not None:
            state["paints"].append((time.perf_counter(), want))
            state["want_paint"] = None

    class Watch(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
            kind = event.type()
            if kind == QEvent.Type.Paint and isinstance(obj, QWidget):
                if "first_paint" not in marks:
                    mark("first_paint")
                    out["first_paint_window"] = obj.window().objectName() or type(obj).__name__
                    out["heavy_at_first_paint"] = [m for m in HEAVY if m in sys.modules]
                parent = obj.parentWidget()
                if parent is not None and parent.objectName() == "orders":
                    table_painted()
                elif state["want_paint"] is not None and _inside(obj, "emptyResult"):
                    table_painted()  # a search with no match shows why, in the table's place
                if (
                    state.get("reports_loaded")
                    and state.get("reports_painted") is None
                    and _inside(obj, "reportsPage")
                ):
                    state["reports_painted"] = time.perf_counter()
            elif kind == QEvent.Type.Show and isinstance(obj, QWidget):
                name = obj.objectName()
                if name == "signInDialog" and "signin_shown" not in marks:
                    mark("signin_shown")
                    later(0, lambda: sign_in(obj))
                elif name == "mainWindow" and state["window"] is None:
                    mark("window_shown")
                    state["window"] = obj
                    obj.model.reloaded.connect(lambda: reloaded(obj))  # type: ignore[attr-defined]
            return False

    def reloaded(window: Any) -> None:
        state["want_paint"] = window.model.spec.text

    def sign_in(dialog: Any) -> None:
        if dialog.name_box.count() == 0:  # the names come from the database worker
            later(10, lambda: sign_in(dialog))
            return
        dialog.name_box.setEditText(user)
        QTest.keyClicks(dialog.pin, pin)
        mark("signin_submitted")
        QTest.keyClick(dialog.pin, Qt.Key.Key_Return)

    # --- typing --------------------------------------------------------------------------

    def settle(then: Callable[[], None], quiet_ms: int = 300) -> None:
        """Once the list is no longer loading, and `quiet_ms` later."""
        if state["window"].model.loading:
            later(20, lambda: settle(then, quiet_ms))
        else:
            later(quiet_ms, then)

    def type_text(text: str, label: str, then: Callable[[], None]) -> None:
        window = state["window"]
        window.search.setFocus()
        presses: list[tuple[float, str]] = []

        def press(i: int) -> None:
            QTest.keyClick(window.search, text[i])
            presses.append((time.perf_counter(), text[: i + 1]))
            if i + 1 < len(text):
                later(KEY_MS, lambda: press(i + 1))
            else:
                wait_final()

        def wait_final(waited: int = 0) -> None:
            done = [t for t, shown in state["paints"] if shown == text and t > presses[-1][0]]
            if not done and waited < 5000:
                later(2, lambda: wait_final(waited + 2))
                return
            for at, typed in presses:
                # the first repaint that includes this key (a newer text may stand for it)
                shown = [t for t, s in state["paints"] if t > at and s.startswith(typed)]
                ms = (min(shown) - at) * 1000 if shown else None
                out["keys"].append({"label": label, "text": typed, "ms": ms})
            last = (min(done) - presses[-1][0]) * 1000 if done else None
            out["searches"].append({"label": label, "text": text, "last_key_ms": last})
            window.search.clear()
            settle(then)

        state["paints"].clear()
        press(0)

    def first_key_of_the_day() -> None:
        window = state["window"]
        window.search.setFocus()
        state["paints"].clear()
        pressed = time.perf_counter()
        QTest.keyClick(window.search, "P")

        def wait(waited: int = 0) -> None:
            done = [t for t, s in state["paints"] if s == "P"]
            if not done and waited < 10_000:
                later(2, lambda: wait(waited + 2))
                return
            out["first_key_ms"] = (done[0] - pressed) * 1000 if done else None
            window.search.clear()
            settle(idle_spell, 500)

        wait()

    def idle_spell() -> None:
        meter.start()
        later(6_000, after_idle)  # the 5 s poll and the collector's ticks fall in here

    def after_idle() -> None:
        out["idle_gap"] = meter.stop()
        out["rss_idle_mb"] = rss_mb()
        searches(list(SEARCHES))

    def searches(todo: list[tuple[str, str]]) -> None:
        if not todo:
            settle(scroll)
            return
        label, text = todo.pop(0)
        type_text(text, label, lambda: searches(todo))

    # --- scrolling, the wizard, the reports ----------------------------------------------------

    def scroll() -> None:
        window = state["window"]
        started = time.perf_counter()
        meter.start()

        def step() -> None:
            model = window.model
            window.table.scrollToBottom()
            done = not model.canFetchMore() and not model._fetching
            if (done and model.rowCount() >= model.total) or time.perf_counter() - started > 150:
                out["scroll_gap"] = meter.stop()
                out["scroll_s"] = time.perf_counter() - started
                out["rows_held"] = model.rowCount()
                out["rss_scrolled_mb"] = rss_mb()
                meter.start()
                later(3_000, app.quit if ONLY_SCROLL else after_scroll)
                return
            later(16, step)  # a frame at 60 Hz

        step()

    def after_scroll() -> None:
        out["idle_gap_after_scroll"] = meter.stop()
        window = state["window"]
        window.table.selectRow(0)
        later(300, window.start_cancellation)
        later(2_300, wizard_open)

    def wizard_open() -> None:
        wizards = [w for w in QApplication.topLevelWidgets() if type(w).__name__ == "WizardDialog"]
        out["wizard_shown"] = any(w.isVisible() for w in wizards)
        out["rss_wizard_mb"] = rss_mb()
        for w in wizards:
            w.reject()
        later(300, reports)

    def reports() -> None:
        """From the click on the 报表 button to the reports painted with their data; then the
        same for the refresh button (every report of the tab in one job)."""
        window = state["window"]
        holder: list[Any] = []

        def timed(name: str, click: Callable[[], None], then: Callable[[], None]) -> None:
            state["reports_loaded"] = None
            state["reports_painted"] = None
            started = time.perf_counter()

            def loaded() -> None:
                state["reports_loaded"] = time.perf_counter()
                later(100, finish)

            def finish() -> None:
                end = state["reports_painted"] or state["reports_loaded"]
                out[name] = (end - started) * 1000
                then()

            click()  # the first click builds the page; its refresh starts when it shows
            if not holder:
                holder.append(window.reports_page)
            holder[0].loaded.connect(loaded, Qt.ConnectionType.SingleShotConnection)

        def refresh() -> None:
            timed("reports_refresh_ms", holder[0].refresh_button.click, app.quit)

        timed("reports_open_ms", window.queue_buttons[4].click, lambda: later(300, refresh))

    watch = Watch()
    app.installEventFilter(watch)
    from app.cli import main

    out["exit_code"] = main(["--db", db_url, "--lang", "zh_CN"])
    print(json.dumps(out))


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare(float(sys.argv[2]))
    elif sys.argv[1] == "gapfloor":
        gap_floor(float(sys.argv[2]))
    elif sys.argv[1] == "scrollfloor":
        scroll_floor(float(sys.argv[2]))
    else:
        app_session(float(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5])
