"""The reports view with real widgets over a store with planted anomalies: tabs filled from
the background worker, an anomaly opening its cases, a double-click asking for the order,
CSV and PDF written."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

pytest.importorskip("ui.context", reason="the UI shell (ui/context.py) is not there yet")
pytest.importorskip("ui.tasks")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))

import report_data as rd  # noqa: E402


@pytest.fixture
def view(qtbot: Any, store: Any) -> Any:
    from ui.context import AppContext
    from ui.reports_view import ReportsView

    with store.transaction() as s:
        rd.plant_anomalies(s, rd.seed_clean(s))
    ctx = AppContext(store, language="zh_CN")
    widget = ReportsView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1024, 768)
    # The seeded week ends at rd.NOW; look at that week rather than today's.
    widget.set_range(rd.local_date(6), rd.local_date(0))
    yield widget
    ctx.tasks.shutdown(wait=True)


def _load(qtbot: Any, widget: Any) -> None:
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.show()  # the first show loads


def test_tabs_fill_and_fit_1024x768(qtbot: Any, view: Any) -> None:
    _load(qtbot, view)
    assert view.handover_model.rowCount() == view.data.handover.total > 0
    assert view.causes_model.rowCount() > 0
    assert [view.cashier_model.rows[0][0]] == ["张三"]  # most voids first
    assert view.anomaly_model.rowCount() == 5  # one per planted kind
    assert view.step_chart.values and view.day_chart.values and view.cashier_chart.values
    assert len(view.day_chart.values) == 7
    assert view.minimumSizeHint().width() <= 1024 and view.minimumSizeHint().height() <= 768


def test_anomaly_opens_its_cases_and_the_order(qtbot: Any, view: Any) -> None:
    _load(qtbot, view)
    view.tabs.setCurrentIndex(3)
    row = next(i for i, a in enumerate(view.data.anomalies) if a.kind.value == "card_repeat")
    view.anomaly_table.selectRow(row)
    qtbot.waitUntil(lambda: view.case_model.rowCount() == 3, timeout=5000)
    assert {r[3] for r in view.case_model.rows} == {"622848******9999"}
    index = view.case_model.index(0, 0)
    rect = view.case_table.visualRect(index)
    viewport = view.case_table.viewport()
    with qtbot.waitSignal(view.open_order, timeout=2000) as signal:
        # Qt reports a double-click on the index the first click pressed
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args[0] in view.data.anomalies[row].order_ids


def test_export_csv_and_print_pdf(qtbot: Any, view: Any, tmp_path: Path) -> None:
    from app.messages import label

    _load(qtbot, view)
    view.tabs.setCurrentIndex(1)
    target = tmp_path / "causes.csv"
    with qtbot.waitSignal(view.saved, timeout=2000):
        view.export_csv(target)
    text = target.read_text(encoding="utf-8-sig")
    assert text.startswith("日期,类别") and "网络故障" in text
    assert ",支付渠道,CARD_TERMINAL.orders," in text  # per channel, as the screen shows
    card = label("pay_channel", "CARD_TERMINAL", "zh_CN")
    assert f"{card}" in view.causes_summary.text().splitlines()[-1]
    assert f"{card}" in view.handover_summary.text().splitlines()[-1]
    view.tabs.setCurrentIndex(0)
    with qtbot.waitSignal(view.saved, timeout=2000):
        view.export_csv(tmp_path / "handover.csv")
    assert "\n\n支付渠道,挂单数,挂单金额\n" in (tmp_path / "handover.csv").read_text("utf-8-sig")
    pdf = tmp_path / "handover.pdf"
    with qtbot.waitSignal(view.saved, timeout=10_000):
        view.print_pdf(pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
    assert view.csv_button.isEnabled()


def test_refresh_follows_the_date_range(qtbot: Any, view: Any) -> None:
    _load(qtbot, view)
    view.set_range(rd.local_date(0), rd.local_date(0))
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.refresh_button.click()
    assert view.data.causes.days == [rd.local_date(0)]
    assert view.data.date_from == view.data.date_to == dt.date.fromisoformat(str(rd.local_date(0)))


def test_a_year_of_reports_watches_the_last_month_for_anomalies(qtbot: Any, view: Any) -> None:
    from ui import i18n

    before = i18n.installed_language()  # the other UI tests leave Chinese installed
    i18n.install("en")
    try:
        _a_year_watches_the_last_month(qtbot, view)
    finally:
        if before is not None:
            i18n.install(before)


def _a_year_watches_the_last_month(qtbot: Any, view: Any) -> None:
    _load(qtbot, view)
    view.set_range(rd.local_date(0) - dt.timedelta(days=364), rd.local_date(0))
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.refresh_button.click()
    assert len(view.data.causes.days) == 365
    assert view.data.anomaly_days == 31
    assert view.anomaly_model.rowCount() == 5  # the planted week is inside the month
    assert "last 31 days" in view.anomaly_summary.text()
