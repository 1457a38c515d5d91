"""The live PDF preview of the application form (step 3), re-rendered shortly after the
fields change. Rendering runs on the database worker (it reads the case); the GUI thread
only loads the finished bytes into a QPdfDocument."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import RetranslateMixin

if TYPE_CHECKING:
    import uuid

    from ui.context import AppContext

DEBOUNCE_MS = 400


def draft_form_pdf(
    session: Any, case_id: uuid.UUID, draft: dict[str, Any] | None, training: bool
) -> bytes:
    """The application form of `case_id` with the unsaved `draft` fields shown in it.

    The draft is set on the case only long enough to build the printed view, then rolled back,
    so the preview is exactly what printing would produce and nothing is saved.
    """
    from app.workflow import get_case
    from printing.application_form import render_form
    from printing.form_view import form_view_from_case

    case = get_case(session, case_id)
    with session.no_autoflush:
        for name, value in (draft or {}).items():
            setattr(case, name, value)
        view = form_view_from_case(case)
    session.rollback()
    return render_form(view, training=training)


class FormPreview(RetranslateMixin, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("form_preview")
        self.stack = QStackedLayout(self)
        self.placeholder = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.placeholder.setObjectName("preview_placeholder")
        self.placeholder.setStyleSheet("color: #6b7280; background: #f9fafb;")
        self.stack.addWidget(self.placeholder)
        self.document: Any = None
        self.view: Any = None
        self._buffer: QBuffer | None = None
        try:
            from PySide6.QtPdf import QPdfDocument
            from PySide6.QtPdfWidgets import QPdfView
        except ImportError:  # PySide6-Pdf not installed: the form still works, unseen
            self._state = "no_qtpdf"
        else:
            self.document = QPdfDocument(self)
            self.view = QPdfView(self)
            self.view.setObjectName("pdf_view")
            self.view.setDocument(self.document)
            self.view.setPageMode(QPdfView.PageMode.MultiPage)
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            # zoom: fit the width (the default), 100 %, smaller, larger
            self.viewer = QWidget(self)
            column = QVBoxLayout(self.viewer)
            column.setContentsMargins(0, 0, 0, 0)
            bar = QHBoxLayout()
            self.zoom_buttons = {
                name: QPushButton(objectName=f"zoom_{name}")
                for name in ("fit", "actual", "out", "in")
            }
            for name, button in self.zoom_buttons.items():
                button.setAutoDefault(False)
                button.setMinimumHeight(28)
                button.clicked.connect(lambda _c=False, name=name: self.zoom(name))
                bar.addWidget(button)
            bar.addStretch(1)
            column.addLayout(bar)
            column.addWidget(self.view, 1)
            self.stack.addWidget(self.viewer)
            self._state = "waiting"
        self.case_id: uuid.UUID | None = None
        self._draft: dict[str, Any] | None = None
        self._generation = 0
        self.renders = 0  # finished renders, for tests and the curious
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self._render)
        self.retranslate()

    def zoom(self, how: str) -> None:
        """fit: the page's width fills the pane; actual: 100 %; out/in: a step of 25 %."""
        from PySide6.QtPdfWidgets import QPdfView

        if how == "fit":
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            return
        factor = 1.0 if how == "actual" else self.view.zoomFactor()
        if self.view.zoomMode() != QPdfView.ZoomMode.Custom and how != "actual":
            # from fit-to-width: start at what is on screen now
            page = self.document.pagePointSize(0) if self.document.pageCount() else None
            width = self.view.viewport().width()
            factor = (
                width / page.width() * 72 / self.logicalDpiX() if page and page.width() else 1.0
            )
        if how == "in":
            factor = min(4.0, factor * 1.25)
        elif how == "out":
            factor = max(0.25, factor / 1.25)
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(factor)

    def request(self, case_id: uuid.UUID, draft: dict[str, Any] | None) -> None:
        """Render again once the typing pauses."""
        self.case_id = case_id
        self._draft = draft
        if self.document is not None:
            self._timer.start()

    def _render(self) -> None:
        if self.case_id is None:
            return
        self._generation += 1
        generation = self._generation
        case_id, draft, training = self.case_id, self._draft, self.ctx.training
        self.ctx.tasks.run_db(
            lambda session: draft_form_pdf(session, case_id, draft, training),
            on_success=lambda data: self._show(generation, data),
            on_failure=lambda error: self._failed(generation, error),
            owner=self,
        )

    def _show(self, generation: int, data: bytes) -> None:
        if generation != self._generation:
            return  # a newer render is on its way
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer  # the document reads from it for as long as it shows it
        self._state = "shown"
        self.renders += 1
        self.stack.setCurrentWidget(self.viewer)

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._state = "no_printing" if isinstance(error, ImportError) else "failed"
        self._error = str(error)
        self.retranslate()
        self.stack.setCurrentWidget(self.placeholder)

    def retranslate(self) -> None:
        texts = {
            "no_qtpdf": self.tr("No preview: the PDF viewer (PySide6-Pdf) is not installed."),
            "no_printing": self.tr("No preview: the form printer is not installed yet."),
            "failed": self.tr("The preview could not be made. The form itself is not affected."),
            "waiting": self.tr("Preparing the preview…"),
            "shown": self.tr("Preparing the preview…"),
        }
        self.placeholder.setText(texts[self._state])
        for name, (text, tip) in {
            "fit": (self.tr("Fit width"), self.tr("The page's width fills the preview")),
            "actual": (self.tr("100 %"), self.tr("The form at its printed size")),
            "out": ("−", self.tr("Smaller")),
            "in": ("+", self.tr("Larger")),
        }.items():
            button = getattr(self, "zoom_buttons", {}).get(name)
            if button is not None:
                button.setText(text)
                button.setToolTip(tip)
