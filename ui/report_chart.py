"""A bar chart drawn with QPainter: one series, labelled bars, horizontal or vertical.

Lighter than QtCharts for what the reports need (a few dozen bars), and it draws with the
application font, so Chinese labels render wherever the rest of the window does.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR = QColor("#3b6ea5")
AXIS = QColor("#8a93a0")


class BarChart(QWidget):
    """`set_data(labels, values)`; `horizontal=True` puts the labels on the left (causes,
    cashiers), else under the bars (days, thinned out when there are many)."""

    def __init__(
        self, title: str = "", *, horizontal: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.title = title
        self.horizontal = horizontal
        self.color = BAR
        self.labels: list[str] = []
        self.values: list[float] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(120)

    def set_data(self, labels: Sequence[str], values: Sequence[float]) -> None:
        self.labels, self.values = list(labels), [float(v) for v in values]
        self.update()

    def set_title(self, title: str) -> None:
        self.title = title
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(320, 180)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        area = QRectF(self.rect()).adjusted(6, 4, -8, -4)
        painter.setPen(self.palette().windowText().color())
        painter.drawText(area.adjusted(0, 0, 0, -(area.height() - line)), self.title)
        plot = area.adjusted(0, line + 6, 0, 0)
        if not self.values:
            painter.setPen(AXIS)
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, "—")
            return
        top = max(self.values) or 1.0
        if self.horizontal:
            self._paint_horizontal(painter, plot, metrics, top)
        else:
            self._paint_vertical(painter, plot, metrics, top)

    def _paint_horizontal(
        self, painter: QPainter, plot: QRectF, metrics: QFontMetrics, top: float
    ) -> None:
        label_w = min(
            plot.width() * 0.4, max(metrics.horizontalAdvance(x) for x in self.labels) + 8
        )
        number_w = metrics.horizontalAdvance(f"{int(top)}") + 8
        slot = plot.height() / len(self.values)
        bar_h = max(2.0, min(slot * 0.7, 22.0))
        span = plot.width() - label_w - number_w
        for i, (name, value) in enumerate(zip(self.labels, self.values, strict=True)):
            y = plot.top() + i * slot + (slot - bar_h) / 2
            painter.setPen(self.palette().windowText().color())
            text_rect = QRectF(plot.left(), plot.top() + i * slot, label_w - 6, slot)
            align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(
                text_rect,
                align,
                metrics.elidedText(name, Qt.TextElideMode.ElideRight, int(label_w - 6)),
            )
            width = span * value / top
            painter.fillRect(QRectF(plot.left() + label_w, y, max(width, 1.0), bar_h), self.color)
            number = QRectF(
                plot.left() + label_w + width + 4, plot.top() + i * slot, number_w, slot
            )
            painter.drawText(number, Qt.AlignmentFlag.AlignVCenter, f"{value:g}")
        painter.setPen(AXIS)
        x = plot.left() + label_w
        painter.drawLine(int(x), int(plot.top()), int(x), int(plot.bottom()))

    def _paint_vertical(
        self, painter: QPainter, plot: QRectF, metrics: QFontMetrics, top: float
    ) -> None:
        line = metrics.height()
        bars = QRectF(plot.left(), plot.top() + line, plot.width(), plot.height() - 2 * line - 2)
        slot = bars.width() / len(self.values)
        bar_w = max(1.0, slot * 0.7)
        widest = max(metrics.horizontalAdvance(x) for x in self.labels) + 6
        every = max(1, int(widest // slot) + 1)  # show every nth label so none overlap
        show_numbers = slot >= metrics.horizontalAdvance(f"{int(top)}")
        for i, (name, value) in enumerate(zip(self.labels, self.values, strict=True)):
            height = bars.height() * value / top
            x = bars.left() + i * slot + (slot - bar_w) / 2
            painter.fillRect(QRectF(x, bars.bottom() - height, bar_w, height), self.color)
            painter.setPen(self.palette().windowText().color())
            if show_numbers and value:
                number = QRectF(x - slot, bars.bottom() - height - line, bar_w + 2 * slot, line)
                painter.drawText(number, Qt.AlignmentFlag.AlignCenter, f"{value:g}")
            if i % every == 0:
                label = QRectF(x - widest / 2 + bar_w / 2, bars.bottom() + 2, widest, line)
                painter.drawText(label, Qt.AlignmentFlag.AlignCenter, name)
        painter.setPen(AXIS)
        painter.drawLine(
            int(bars.left()), int(bars.bottom()), int(bars.right()), int(bars.bottom())
        )
