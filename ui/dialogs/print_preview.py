"""The print preview (QtPdf): a PDF shown page by page, printed through the system print
dialog or saved as PDF. Each print or save is recorded as an audit event through the
background helper; looking at the preview is not."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import shortcuts

RecordFn = Callable[[Any, str], None]  # (session, "printer" | file name)


class PrintPreviewDialog(QDialog):
    printed = Signal(str)  # "printer" or the saved file's path

    def __init__(
        self,
        ctx: Any,
        data: bytes,
        title: str,
        file_name: str,
        record: RecordFn,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self.ctx = ctx
        self.data = data
        self.title = title
        self.file_name = file_name
        self.record = record
        self.setObjectName("printPreview")
        self.resize(900, 720)
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pages = QLabel()
        self.print_button = QPushButton(objectName="printButton")
        self.save_button = QPushButton(objectName="saveButton")
        self.close_button = QPushButton(objectName="closeButton")
        for button in (self.print_button, self.save_button, self.close_button):
            button.setMinimumHeight(40)
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pages)
        buttons.addStretch(1)
        for button in (self.print_button, self.save_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        shortcuts.bind("print", self, self.print_button.click)
        shortcuts.bind("save_pdf", self, self.save_button.click)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Print preview — %1").replace("%1", self.title))
        self.pages.setText(self.tr("%1 page(s)").replace("%1", str(self.document.pageCount())))
        self.print_button.setText(self.tr("Print…"))
        self.print_button.setToolTip(
            self.tr("Choose a printer and print (%1)").replace("%1", shortcuts.shown("print"))
        )
        self.save_button.setText(self.tr("Save as PDF…"))
        self.save_button.setToolTip(
            self.tr("Save the PDF to a file (%1)").replace("%1", shortcuts.shown("save_pdf"))
        )
        self.close_button.setText(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Close the preview (Esc)"))

    def print_(self) -> None:
        """At the PDF's own size; 打印到文件 writes this very PDF (ui/print_job.py)."""
        from ui.print_job import print_pdf

        where = print_pdf(self, self.data, self.title, self.file_name)
        if where is not None:
            self._recorded(where)

    def save(self, path: str | None = None) -> None:
        from ui.print_job import ask_save_path, remember_folder

        if path is None:
            chosen = ask_save_path(self, self.tr("Save as PDF"), self.file_name, "PDF (*.pdf)")
            if chosen is None:
                return
            target = chosen
        else:
            target = Path(path)
            if target.suffix.lower() != ".pdf":
                target = target.with_suffix(".pdf")
            remember_folder(target)
        target.write_bytes(self.data)
        self._recorded(str(target))

    def _recorded(self, where: str) -> None:
        self.ctx.tasks.run_db(
            lambda session: self.record(session, where),
            lambda _none: self.printed.emit(where),
            lambda exc: None,
            owner=self,
        )
