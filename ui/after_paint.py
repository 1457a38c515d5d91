"""Run something once a widget has painted: start-up work that should not hold the interpreter
before the first page is on screen (the polls, the reconciliation, the QR retries)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterPaint(QObject):
    """Calls `then()` once, on the turn of the event loop after `widget`'s next paint, or after
    `fallback_ms` if it does not paint by then (a hidden or minimised window)."""

    def __init__(self, widget: QWidget, then: Callable[[], None], fallback_ms: int = 1000) -> None:
        super().__init__(widget)
        self._widget = widget
        self._then: Callable[[], None] | None = then
        widget.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint and self._then is not None:
            QTimer.singleShot(0, self, self._fire)  # after the paint itself has finished
        return False

    def _fire(self) -> None:
        then, self._then = self._then, None
        if then is None:
            return
        self._widget.removeEventFilter(self)
        self.deleteLater()
        then()
