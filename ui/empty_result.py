"""What the order list shows instead of an empty table: that nothing matches, which filters
are narrowing it, and a button that clears them (an unexplained "0 orders" loses cases)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.i18n import RetranslateMixin


class EmptyResult(RetranslateMixin, QWidget):
    clear_requested = Signal()
    import_requested = Signal()  # the next step when nothing is there: 导入 / 新增
    add_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyResult")
        self._filters: list[str] = []
        self._default_queue = True
        self._store_empty = False
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.title = QLabel(objectName="emptyTitle", alignment=Qt.AlignmentFlag.AlignCenter)
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold; color: #374151;")
        self.filters = QLabel(
            objectName="emptyFilters", alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True
        )
        self.hint = QLabel(
            objectName="emptyHint", alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True
        )
        self.hint.setStyleSheet("color: #4b5563;")
        self.clear_button = QPushButton(objectName="clearFilters")
        self.clear_button.setMinimumHeight(40)
        self.clear_button.clicked.connect(self.clear_requested)
        for widget in (self.title, self.filters, self.hint):
            layout.addWidget(widget)
        layout.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.next_steps = QWidget(objectName="emptyNextSteps")
        steps = QHBoxLayout(self.next_steps)
        steps.addStretch(1)
        self.import_button = QPushButton(objectName="emptyImport")
        self.add_button = QPushButton(objectName="emptyAdd")
        for button, signal in (
            (self.import_button, self.import_requested),
            (self.add_button, self.add_requested),
        ):
            button.setMinimumHeight(40)
            button.clicked.connect(signal)
            steps.addWidget(button)
        steps.addStretch(1)
        layout.addWidget(self.next_steps)
        layout.addStretch(2)
        self.retranslate()

    def explain(self, filters: list[str], default_queue: bool, store_empty: bool = False) -> None:
        self._filters = list(filters)
        self._default_queue = default_queue
        self._store_empty = store_empty
        self.retranslate()

    def retranslate(self) -> None:
        nothing_narrows = self._default_queue and not self._filters
        if self._store_empty and nothing_narrows:
            self.title.setText(self.tr("No suspended orders yet"))
        else:
            self.title.setText(self.tr("No suspended orders match"))
        if self._filters:
            self.filters.setText(
                self.tr("Active filters: %1").replace("%1", "  ·  ".join(self._filters))
            )
        else:
            self.filters.setText("")
        self.filters.setVisible(bool(self._filters))
        if self._store_empty and nothing_narrows:
            self.hint.setText(
                self.tr(
                    "Suspended orders come in from the till's export file, or are added by "
                    "hand from the slip. Set the terminal up under Admin → Settings."
                )
            )
        elif nothing_narrows:
            self.hint.setText(
                self.tr(
                    "Every suspended order has been handled. Voided and refunded orders are "
                    "under Handled; new orders come in by import (F7)."
                )
            )
        else:
            self.hint.setText(
                self.tr("Clear the filters to see every order; a search looks through all of them.")
            )
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.setVisible(bool(self._filters))
        self.import_button.setText(self.tr("Import a file (F7)"))
        self.add_button.setText(self.tr("Add an order by hand"))
        self.next_steps.setVisible(nothing_narrows)
