"""A date a cashier can type (2026-12-03, 2026/12/3, 20261203, 2026年12月3日) or pick from a
calendar that offers only the days the rule allows. A QDateEdit refuses typed keys silently
and its calendar offers days the form refuses later; here typing is free and app/ says what
is wrong, next to the field."""

from __future__ import annotations

import contextlib
import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from app.errors import DomainError
from app.validation import parse_date
from ui.i18n import RetranslateMixin


class DateField(RetranslateMixin, QWidget):
    changed = Signal()

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(objectName=f"{object_name}_text")
        self.edit.textChanged.connect(self.changed)
        row.addWidget(self.edit, 1)
        self.calendar = QCalendarWidget(objectName=f"{object_name}_calendar")
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.menu = QMenu(self)
        holder = QWidgetAction(self.menu)
        holder.setDefaultWidget(self.calendar)
        self.menu.addAction(holder)
        self.button = QToolButton(objectName=f"{object_name}_pick")
        self.button.setMinimumHeight(32)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setMenu(self.menu)
        self.menu.aboutToShow.connect(self._sync_calendar)
        row.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self.retranslate()

    def set_range(self, first: dt.date, last: dt.date) -> None:
        """The calendar offers only these days (typed text is still read, and refused in words)."""
        self.calendar.setDateRange(_q(first), _q(last))
        # Qt draws a day out of range like any other: grey the ones after `last` (the next
        # year's worth), so the calendar does not look as if it offered them.
        grey = QTextCharFormat()
        grey.setForeground(QColor("#b8bcc2"))
        for days in range(1, 370):
            self.calendar.setDateTextFormat(_q(last + dt.timedelta(days=days)), grey)

    def set_date(self, day: dt.date | QDate) -> None:
        if isinstance(day, QDate):
            day = dt.date(day.year(), day.month(), day.day())
        self.edit.setText(day.isoformat())

    setDate = set_date  # noqa: N815 (QDateEdit's name, for callers written against it)

    def text(self) -> str:
        return self.edit.text()

    def date(self) -> dt.date | None:
        """The typed date, or None while the text is no date."""
        with contextlib.suppress(DomainError):
            return parse_date(self.edit.text())
        return None

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802 (Qt's name)
        self.edit.setReadOnly(read_only)
        self.button.setEnabled(not read_only)

    def _sync_calendar(self) -> None:
        day = self.date()
        if day is not None:
            self.calendar.setSelectedDate(_q(day))

    def _picked(self, qdate: QDate) -> None:
        self.set_date(dt.date(qdate.year(), qdate.month(), qdate.day()))
        self.menu.close()
        self.edit.setFocus()

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("year-month-day, like 2026-12-03"))
        self.button.setText(self.tr("Calendar"))
        self.button.setToolTip(self.tr("Pick the day from a calendar"))


def _q(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)
