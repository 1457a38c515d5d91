"""A live switch to English reaches what is already on screen: a notice in the status bar
is said again in English, not left in Chinese."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt


def test_a_status_notice_follows_a_live_language_switch(qtbot: Any, make_window: Any) -> None:
    window = make_window("张三")
    window.table.clearSelection()
    qtbot.keyClick(window.table, Qt.Key.Key_F2)  # nothing selected: a notice
    assert window.status.notice_label.text() == "请先选择一笔挂单"
    window.ctx.set_language("en")
    qtbot.waitUntil(
        lambda: window.status.notice_label.text() == "Select a suspended order first.",
        timeout=3000,
    )
    window.ctx.set_language("zh_CN")
    qtbot.waitUntil(lambda: window.status.notice_label.text() == "请先选择一笔挂单", timeout=3000)


def test_in_english_status_and_cause_fit_their_columns(qtbot: Any, make_window: Any) -> None:
    """English showed "In …", "Await…", "Operator …": every status and cause the list can
    show fits its column at 1024×768 (the full words are in the tooltip)."""
    from app.models import Cause, OrderStatus
    from ui import labels
    from ui.orders_model import COL_CAUSE, COL_STATUS, COL_TIME

    window = make_window("张三")
    for language in ("en", "zh_CN"):
        window.ctx.set_language(language)
        qtbot.wait(10)
        metrics = window.table.fontMetrics()
        header = window.table.horizontalHeader()
        time_room = header.sectionSize(COL_TIME) - 10
        assert metrics.horizontalAdvance("12-31 23:59") <= time_room, language
        for col, kind, codes in (
            (COL_STATUS, "status_short", OrderStatus),
            (COL_CAUSE, "cause_short", Cause),
        ):
            room = header.sectionSize(col) - 10  # the cell's own margins
            for code in codes:
                text = labels.label(kind, code)
                assert metrics.horizontalAdvance(text) <= room, (language, text, room)
    window.ctx.set_language("en")
    assert window.model.data(window.model.index(0, COL_STATUS), Qt.ItemDataRole.ToolTipRole)
    window.ctx.set_language("zh_CN")


def test_in_english_the_detail_pane_needs_no_sideways_scrolling(
    qtbot: Any, make_window: Any
) -> None:
    """English names ("Till's order no. at the provider") pushed the values out of the pane."""
    window = make_window("张三")
    window.ctx.set_language("en")
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: window.detail.title.text().startswith("Order"), timeout=3000)
    qtbot.wait(50)
    assert not window.detail.scroll.horizontalScrollBar().isVisible()
    window.ctx.set_language("zh_CN")
