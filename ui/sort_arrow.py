"""The sort arrow as a Chinese (and a Windows or Excel) reader reads it: ▲ ascending, ▼
descending. Qt's header hands the style "SortDown" for an ascending column, so the newest-first
order list showed ▲; a proxy style on the header turns the arrow round."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOptionHeader,
)

_FLIP = {
    QStyleOptionHeader.SortIndicator.SortUp: QStyleOptionHeader.SortIndicator.SortDown,
    QStyleOptionHeader.SortIndicator.SortDown: QStyleOptionHeader.SortIndicator.SortUp,
}


class SortArrowStyle(QProxyStyle):
    def drawPrimitive(  # noqa: N802 (Qt's name)
        self, element: QStyle.PrimitiveElement, option: Any, painter: Any, widget: Any = None
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_IndicatorHeaderArrow and isinstance(
            option, QStyleOptionHeader
        ):
            flipped = QStyleOptionHeader(option)
            flipped.sortIndicator = _FLIP.get(option.sortIndicator, option.sortIndicator)
            option = flipped
        super().drawPrimitive(element, option, painter, widget)


def reader_arrows(header: QHeaderView) -> None:
    """Give `header` arrows that point the way its order runs (▲ ascending, ▼ descending)."""
    app = QApplication.instance()
    base = QStyleFactory.create(app.style().name()) if isinstance(app, QApplication) else None
    style = SortArrowStyle(base) if base is not None else SortArrowStyle()
    style.setParent(header)  # lives as long as the header
    header.setStyle(style)
