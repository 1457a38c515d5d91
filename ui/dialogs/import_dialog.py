"""Import suspended orders from a CSV/JSON file exported by the store POS.

The importer (app.importer) refuses the whole file when any row is bad; this dialog shows
its row-by-row report."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.dialogs.common import acting_user
from ui.i18n import RetranslateMixin


def _import(session: Any, ctx: AppContext, path: Path, zone: str) -> Any:
    from app.importer import import_file

    return import_file(session, path, acting_user(session, ctx), zone=zone)


def _start_dir() -> str:
    """Where a cashier's exported file usually is: Downloads, else the home folder (not the
    directory the app happened to be started from)."""
    for location in (
        QStandardPaths.StandardLocation.DownloadLocation,
        QStandardPaths.StandardLocation.HomeLocation,
    ):
        folder = QStandardPaths.writableLocation(location)
        if folder and Path(folder).is_dir():
            return folder
    return ""


def _column_name(column: str, language: str) -> str:
    """A file column by its Chinese header name (as the store POS writes it) and its code."""
    from app.importer import COLUMNS

    names = COLUMNS.get(column)
    if not column:
        return "—"
    if names and language.startswith("zh"):
        return f"{names[0]}（{column}）"
    return column


class ImportDialog(RetranslateMixin, QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("importDialog")
        self.path: Path | None = None
        self.report: Any = None
        layout = QVBoxLayout(self)
        self.intro = QLabel(wordWrap=True)
        layout.addWidget(self.intro)
        row = QHBoxLayout()
        self.choose_button = QPushButton(objectName="chooseButton")
        self.choose_button.setMinimumHeight(38)
        self.choose_button.clicked.connect(self.choose)
        self.path_label = QLabel(objectName="pathLabel")
        row.addWidget(self.choose_button)
        row.addWidget(self.path_label, 1)
        layout.addLayout(row)
        self.result_label = QLabel(objectName="resultLabel", wordWrap=True)
        layout.addWidget(self.result_label)
        self.problems = QTableWidget(0, 3, objectName="problems")
        header = self.problems.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.problems.verticalHeader().setVisible(False)
        self.problems.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.problems.setWordWrap(True)
        self.problems.setVisible(False)
        layout.addWidget(self.problems, 1)
        # takes the table's room while it is hidden, so the lines above stay at the top
        self.filler = QWidget()
        layout.addWidget(self.filler, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        for button in self.buttons.buttons():
            button.setMinimumHeight(38)
        layout.addWidget(self.buttons)
        self.resize(760, 460)
        self.retranslate()

    def choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a file"), _start_dir(), self.tr("Order files (*.csv *.json)")
        )
        if name:
            self.set_path(Path(name))

    def set_path(self, path: Path) -> None:
        self.path = path
        self.path_label.setText(str(path))
        self.import_button.setEnabled(True)
        self.result_label.clear()
        self._show_problems(False)

    def run_import(self) -> None:
        if self.path is None:
            return
        path = self.path
        zone = getattr(self.ctx.settings, "timezone", "Asia/Shanghai") or "Asia/Shanghai"
        self.import_button.setEnabled(False)
        self.result_label.setText(self.tr("Checking every row…"))

        def failed(exc: BaseException) -> None:
            self.import_button.setEnabled(True)
            self.result_label.setText(self.ctx.message(exc))

        self.ctx.tasks.run_db(
            lambda s: _import(s, self.ctx, path, zone), self.show_report, failed, owner=self
        )

    def show_report(self, report: Any) -> None:
        self.report = report
        self.import_button.setEnabled(True)
        if report.ok:
            self._show_problems(False)
            self.import_button.setEnabled(False)  # importing the same file twice makes no sense
            self.result_label.setStyleSheet("color: #166534; font-weight: bold;")
            self.result_label.setText(
                self.tr("Imported %1 orders.").replace("%1", str(report.imported))
            )
            self.ctx.orders_changed.emit()
            return
        self.result_label.setStyleSheet("color: #b91c1c; font-weight: bold;")
        self.result_label.setText(
            self.tr(
                "Nothing was imported: %1 problem(s) in the file. Fix them and import again."
            ).replace("%1", str(len(report.problems)))
        )
        self.problems.setRowCount(len(report.problems))
        for i, problem in enumerate(report.problems):
            row_text = str(problem.row) if problem.row else "—"
            column = _column_name(problem.column, self.ctx.language)
            message = self.ctx.msg(problem.key, **problem.params)
            for col, text in enumerate((row_text, column, message)):
                self.problems.setItem(i, col, QTableWidgetItem(text))
        self.problems.resizeRowsToContents()
        self._show_problems(True)

    def _show_problems(self, visible: bool) -> None:
        self.problems.setVisible(visible)
        self.filler.setVisible(not visible)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import orders"))
        self.intro.setText(
            self.tr(
                "Choose a CSV or JSON file exported by the store POS. Every row is checked first: "
                "if any row is wrong, nothing is imported."
            )
        )
        self.choose_button.setText(self.tr("Choose file…"))
        if self.path is None:
            self.path_label.setText(self.tr("No file chosen"))
        self.import_button.setText(self.tr("Import"))
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Problem")]
        )
        if self.report is not None:
            self.show_report(self.report)
