"""The filter row under the queue buttons: status, date range, cause, funding.

Applied in SQL by app.queries; this widget only collects the choice."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from app.clock import today
from ui import labels
from ui.i18n import RetranslateMixin

DATE_ALL, DATE_TODAY, DATE_7, DATE_30, DATE_CUSTOM = range(5)


class FilterBar(RetranslateMixin, QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, zone: str = "Asia/Shanghai") -> None:
        super().__init__(parent)
        self.zone = zone
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.status_combo = QComboBox(objectName="statusFilter")
        self.date_combo = QComboBox(objectName="dateFilter")
        self.date_from = QDateEdit(calendarPopup=True, objectName="dateFrom")
        self.date_to = QDateEdit(calendarPopup=True, objectName="dateTo")
        self.dash = QLabel("–")
        self.cause_combo = QComboBox(objectName="causeFilter")
        self.funding_combo = QComboBox(objectName="fundingFilter")
        for combo in (self.status_combo, self.date_combo, self.cause_combo, self.funding_combo):
            combo.setMinimumHeight(36)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for edit in (self.date_from, self.date_to):
            edit.setMinimumHeight(36)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(QDate(today(self.zone)))  # the store's day, not this PC's zone
        for widget in (
            self.status_combo,
            self.date_combo,
            self.date_from,
            self.dash,
            self.date_to,
            self.cause_combo,
            self.funding_combo,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        self._fill()
        self._show_custom(False)
        for combo in (self.status_combo, self.cause_combo, self.funding_combo):
            combo.currentIndexChanged.connect(self.changed)
        self.date_combo.currentIndexChanged.connect(self._date_mode_changed)
        self.date_from.dateChanged.connect(self._custom_changed)
        self.date_to.dateChanged.connect(self._custom_changed)

    def _fill(self) -> None:
        def fill(
            combo: QComboBox, all_text: str, kind: str | None, items: list[tuple[str, Any]]
        ) -> None:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(all_text, None)
            for text, data in items:
                combo.addItem(text, data)
            if kind is not None:
                for code in labels.CODES[kind]:
                    combo.addItem(labels.label(kind, code), code)
            found = combo.findData(current)
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)

        fill(self.status_combo, self.tr("All statuses"), labels.STATUS, [])
        fill(self.cause_combo, self.tr("All causes"), labels.CAUSE, [])
        fill(self.funding_combo, self.tr("All funding"), labels.FUNDING, [])
        fill(
            self.date_combo,
            self.tr("All dates"),
            None,
            [
                (self.tr("Today"), DATE_TODAY),
                (self.tr("Last 7 days"), DATE_7),
                (self.tr("Last 30 days"), DATE_30),
                (self.tr("Date range…"), DATE_CUSTOM),
            ],
        )
        self.status_combo.setToolTip(self.tr("Status"))
        self.date_combo.setToolTip(self.tr("Date"))
        self.cause_combo.setToolTip(self.tr("Cause"))
        self.funding_combo.setToolTip(self.tr("Funding"))

    def _show_custom(self, visible: bool) -> None:
        for widget in (self.date_from, self.dash, self.date_to):
            widget.setVisible(visible)

    def _date_mode_changed(self) -> None:
        self._show_custom(self.date_combo.currentData() == DATE_CUSTOM)
        self.changed.emit()

    def _custom_changed(self) -> None:
        if self.date_combo.currentData() == DATE_CUSTOM:
            self.changed.emit()

    def values(self) -> dict[str, Any]:
        """statuses / causes / fundings as frozensets of codes; date_from / date_to as dates."""
        mode = self.date_combo.currentData()
        date_from: dt.date | None = None
        date_to: dt.date | None = None
        now = today(self.zone)
        if mode == DATE_TODAY:
            date_from = date_to = now
        elif mode == DATE_7:
            date_from, date_to = now - dt.timedelta(days=6), now
        elif mode == DATE_30:
            date_from, date_to = now - dt.timedelta(days=29), now
        elif mode == DATE_CUSTOM:
            date_from = self.date_from.date().toPython()
            date_to = self.date_to.date().toPython()

        def one(combo: QComboBox) -> frozenset[str]:
            data = combo.currentData()
            return frozenset({data}) if data else frozenset()

        return {
            "statuses": one(self.status_combo),
            "date_from": date_from,
            "date_to": date_to,
            "causes": one(self.cause_combo),
            "fundings": one(self.funding_combo),
        }

    def combos(self) -> tuple[QComboBox, ...]:
        return (self.status_combo, self.date_combo, self.cause_combo, self.funding_combo)

    def reset(self) -> None:
        """No filter at all; one `changed` at the end (not one per box)."""
        for combo in self.combos():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._show_custom(False)
        self.changed.emit()

    def retranslate(self) -> None:
        self._fill()
