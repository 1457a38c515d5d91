"""Evidence files of step 3: add (images or PDF), list with their SHA-256 prefix, remove
before submission. The files are read on the worker, never on the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import shortcuts
from ui.i18n import RetranslateMixin
from ui.print_job import photos_dir
from ui.wizard.common import FieldError, split_problems
from ui.wizard.snapshot import AttachmentRow, case_step


def _size(n: int) -> str:
    if n < 1024:
        return f"{n} B"
    return f"{n / 1024:.0f} KB" if n < 1024 * 1024 else f"{n / 1024 / 1024:.1f} MB"


class AttachmentList(RetranslateMixin, QWidget):
    changed = Signal(object)  # a new CaseSnapshot after an add or remove

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id = None
        self.rows: tuple[AttachmentRow, ...] = ()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 3, objectName="attachments")
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):  # the size and the 12-digit hash prefix are read whole
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMaximumHeight(110)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.add_button = QPushButton(objectName="add_attachment")
        self.remove_button = QPushButton(objectName="remove_attachment")
        for button in (self.add_button, self.remove_button):
            button.setMinimumHeight(36)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.error = FieldError("attachment")
        layout.addWidget(self.error)
        self.add_button.clicked.connect(self._choose)
        self.remove_button.clicked.connect(self.remove_selected)
        shortcuts.bind("attach", self, self.add_button.click)
        self._editable = True
        self.retranslate()

    def load(self, case_id, rows: tuple[AttachmentRow, ...], editable: bool) -> None:
        self.case_id = case_id
        self.rows = rows
        self._editable = editable
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable and bool(rows))
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            for col, text in enumerate((row.filename, _size(row.size), row.sha256[:12])):
                self.table.setItem(i, col, QTableWidgetItem(text))

    def _choose(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add evidence"),
            photos_dir(),
            self.tr("Images or PDF (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.pdf)"),
        )
        if paths:
            self.add_files([Path(p) for p in paths])

    def add_files(self, paths: list[Path]) -> None:
        """Store each file as evidence of the case (the worker reads and hashes it)."""
        case_id, user_id, files_dir = self.case_id, self.ctx.user_id, self.ctx.store.attachments_dir
        self.error.show_text("")

        # The worker's closures hold plain values only, never a widget: a widget whose last
        # reference died on the worker thread would be destroyed there.
        def add(session, case, actor):
            from app.workflow import add_attachment

            for path in paths:
                # the path, not its bytes: the size is checked before it is read, then streamed
                add_attachment(session, files_dir, case, actor, path.name, path)

        job = case_step(case_id, user_id, add)
        self._run(job)

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        ids = [self.rows[r].id for r in rows if r < len(self.rows)]
        if not ids:
            return

        def remove(session, case, actor):
            from app.workflow import remove_attachment

            for attachment_id in ids:
                remove_attachment(session, case, actor, attachment_id)

        job = case_step(self.case_id, self.ctx.user_id, remove)
        self._run(job)

    def _run(self, job) -> None:
        self.add_button.setEnabled(False)
        self.remove_button.setEnabled(False)
        self.ctx.tasks.run_db(job, on_success=self._done, on_failure=self._failed, owner=self)

    def _done(self, snap) -> None:
        self.changed.emit(snap)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, OSError):
            self.error.show_text(
                self.tr("The file could not be read: %1").replace("%1", str(error))
            )
        else:
            by_field, rest = split_problems(self.ctx, error, {"attachment"})
            self.error.show_text("\n".join([*by_field.values(), *rest]))
        self.load(self.case_id, self.rows, self._editable)

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Size"), self.tr("SHA-256")])
        self.add_button.setText(self.tr("Add files…"))
        self.add_button.setToolTip(
            self.tr("Photos or scans of the slip, images or PDF (%1)").replace(
                "%1", shortcuts.shown("attach")
            )
        )
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Only possible before the application is submitted"))
