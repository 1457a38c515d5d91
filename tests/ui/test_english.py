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
