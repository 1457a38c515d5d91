"""帮助 → 快捷键: the table of ui/shortcuts.py, in the current language."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import shortcuts
from ui.i18n import RetranslateMixin


class ShortcutsDialog(RetranslateMixin, QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        layout = QVBoxLayout(self)
        self.intro = QLabel(wordWrap=True)
        layout.addWidget(self.intro)
        self.table = QTableWidget(len(shortcuts.TABLE), 3, objectName="shortcutsTable")
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 640)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.intro.setText(
            self.tr("Each key means the same everywhere in guadan. F-keys for the common actions.")
        )
        self.table.setHorizontalHeaderLabels([self.tr("Key"), self.tr("Action"), self.tr("Where")])
        for row, item in enumerate(shortcuts.TABLE):
            for col, text in enumerate(
                (item.shown(), item.words(), shortcuts.place_words(item.where))
            ):
                self.table.setItem(row, col, QTableWidgetItem(text))
