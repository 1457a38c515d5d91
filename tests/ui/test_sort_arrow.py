"""The order list's sort arrow points the way the order runs: newest first is ▼ (Qt drew ▲,
its header handing the style "SortDown" for an ascending column)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QTableView


def _header_image(qtbot: Any, order: Qt.SortOrder, ours: bool) -> Any:
    from ui.sort_arrow import reader_arrows

    model = QStandardItemModel(0, 2)
    model.setHorizontalHeaderLabels(["时间", "单号"])
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.resize(300, 100)
    header = table.horizontalHeader()
    if ours:
        reader_arrows(header)
    header.setSortIndicatorShown(True)
    header.setSortIndicator(0, order)
    table.show()
    qtbot.waitExposed(table)
    return header.grab().toImage()


def test_newest_first_shows_a_downward_arrow(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    header = window.table.horizontalHeader()
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder  # newest first
    assert header.style().objectName() == "" and type(header.style()).__name__ == "SortArrowStyle"
    # our descending arrow is what Qt draws for its ascending one (▼), and not its own ▲
    ours = _header_image(qtbot, Qt.SortOrder.DescendingOrder, ours=True)
    qt_down = _header_image(qtbot, Qt.SortOrder.AscendingOrder, ours=False)
    qt_up = _header_image(qtbot, Qt.SortOrder.DescendingOrder, ours=False)
    assert qt_down != qt_up  # the arrow is drawn at all
    assert ours == qt_down and ours != qt_up


def test_only_the_amount_is_right_aligned(qtbot: Any, make_window: Any) -> None:
    """Every column took the amount's right alignment: the delegate hands multiData the same
    span from cell to cell, and a role left unset kept the previous cell's value."""
    from ui.orders_model import COL_AMOUNT, COL_CAUSE

    window = make_window()
    view = window.table
    image = view.viewport().grab().toImage()

    def ink(col: int) -> tuple[int, int]:
        rect = view.visualRect(window.model.index(0, col))
        xs = [
            x
            for x in range(rect.left() + 1, rect.right() - 1)
            for y in range(rect.top() + 2, rect.bottom() - 2)
            if image.pixelColor(x, y).lightness() < 110
        ]
        return min(xs) - rect.left(), rect.right() - max(xs)

    left_gap, _ = ink(COL_CAUSE)
    _, right_gap = ink(COL_AMOUNT)
    assert left_gap <= 12  # the cause starts at the left
    assert right_gap <= 12  # the amount ends at the right
