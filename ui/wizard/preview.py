"""The live PDF preview of the application form (step 3), re-rendered shortly after the
fields change. Rendering runs on the database worker (it reads the case); the GUI thread
only loads the finished bytes into a QPdfDocument."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QTimer
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget

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
            self.stack.addWidget(self.view)
            self._state = "waiting"
        self.case_id: uuid.UUID | None = None
        self._draft: dict[str, Any] | None = None
        self._generation = 0
        self.renders = 0  # finished renders, for tests and the curious
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self._render)
        self.retranslate()

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
        self.stack.setCurrentWidget(self.view)

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
