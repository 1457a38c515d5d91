"""Pieces every wizard page shares: inline error labels, the page base class, error wording.

Pages show a DomainError next to the input it concerns (`DomainError.field`); what no
field claims goes to the page's general message line.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.dialogs.common import split_by_field
from ui.i18n import RetranslateMixin

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.models import CancellationCase, User
    from ui.context import AppContext
    from ui.wizard.snapshot import CaseSnapshot

# A page's save: runs on the database worker with the case and the signed-in user's row.
SaveJob = Callable[["Session", "CancellationCase", "User"], Any]

ERROR_STYLE = "color: #b91c1c;"
BANNER_STYLE = (
    "QFrame#banner { background: #fef3c7; border: 1px solid #f59e0b; border-radius: 6px; }"
)
INFO_STYLE = "QFrame#info { background: #eff6ff; border: 1px solid #93c5fd; border-radius: 6px; }"


class LocalInputError(Exception):
    """Input the page could not even turn into a value (an amount that is not a number)."""

    def __init__(self, field: str, text: str) -> None:
        super().__init__(text)
        self.field = field
        self.text = text


def error_text(ctx: AppContext, error: BaseException) -> str:
    """Plain words for any error a service or the terminal raised, in the current language."""
    from app.errors import DomainError

    if isinstance(error, LocalInputError):
        return error.text
    if isinstance(error, DomainError):
        return error.message(ctx.language)
    key = getattr(error, "key", None)
    if isinstance(key, str):  # TerminalError: keyed like the domain errors
        return ctx.msg(key, **getattr(error, "params", {}))
    return ctx.msg("error.unexpected", detail=str(error) or type(error).__name__)


def split_problems(
    ctx: AppContext, error: BaseException, fields: set[str] | dict[str, Any]
) -> tuple[dict[str, str], list[str]]:
    """(field → text for the fields given, texts of the rest), worded as the wizard words
    errors (terminal and local input errors included)."""
    return split_by_field(ctx, error, fields, lambda problem: error_text(ctx, problem))


class SteadyButton(QPushButton):
    """A button that ignores a press arriving within a double-click interval of it becoming
    clickable, appearing, or changing its text: the second click of a double-click on 下一步
    must not land on whatever the button (or the page) means one step later."""

    settle_ms: ClassVar[int | None] = None  # None: the platform's double-click interval

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._armed_at = time.monotonic()

    def rearm(self) -> None:
        self._armed_at = time.monotonic()

    def too_soon(self) -> bool:
        settle = self.settle_ms
        if settle is None:
            settle = QGuiApplication.styleHints().mouseDoubleClickInterval()
        return (time.monotonic() - self._armed_at) * 1000 < settle

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        if text != self.text():
            self.rearm()
        super().setText(text)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.EnabledChange and self.isEnabled():
            self.rearm()
        super().changeEvent(event)

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        self.rearm()
        super().showEvent(event)

    def mousePressEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        if self.too_soon():
            event.accept()  # swallowed: never pressed, so never clicked
            return
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        self.mousePressEvent(event)


class FieldError(QLabel):
    """The red line under an input; hidden while empty so the form does not jump around."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"error_{name}")
        self.setWordWrap(True)
        self.setStyleSheet(ERROR_STYLE)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_text(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


def banner(name: str = "banner") -> tuple[QFrame, QLabel]:
    """A framed note (escalated, returned by the lead...) and the label inside it."""
    frame = QFrame(objectName=name)
    frame.setStyleSheet(BANNER_STYLE if name == "banner" else INFO_STYLE)
    layout = QVBoxLayout(frame)
    label = QLabel(wordWrap=True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    layout.addWidget(label)
    frame.hide()
    return frame, label


def first_input(root: QWidget) -> QWidget | None:
    """The first input a person would type into or tick under `root` (creation order is
    the pages' reading order): visible, enabled, reachable by Tab, not read-only."""
    from PySide6.QtWidgets import (
        QAbstractSpinBox,
        QCheckBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QRadioButton,
        QTextEdit,
    )

    kinds = (QLineEdit, QComboBox, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QCheckBox)
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, (*kinds, QRadioButton)):
            continue
        if not (widget.isVisibleTo(root) and widget.isEnabled()):
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if getattr(widget, "isReadOnly", lambda: False)():
            continue
        return widget
    return None


class StepPage(RetranslateMixin, QWidget):
    """One step of the wizard. Subclasses fill `errors` (field name → FieldError) and implement
    `load`, `save_job` and `retranslate`. Strings of this base use an explicit context, since
    `self.tr` would look them up under the subclass's name."""

    errors_changed = Signal()  # a field's error went as the field was edited

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.snap: CaseSnapshot | None = None
        self.errors: dict[str, FieldError] = {}
        self._dirty = False

    # --- what the dialog calls ----------------------------------------------------------

    def load(self, snap: CaseSnapshot) -> None:
        self.snap = snap
        self.clear_errors()
        self._dirty = False

    def save_job(self) -> SaveJob | None:
        """The service call that saves this page, or None when there is nothing to save."""
        return None

    def primary(self) -> bool:
        """Handle Next here (True) instead of the dialog's save-then-advance (False)."""
        return False

    def next_text(self) -> str:
        return QCoreApplication.translate("WizardDialog", "Next")

    def can_go_next(self) -> bool:
        return True

    def retranslate(self) -> None:
        """Static texts, then the texts that depend on the case (messages in ctx.language)."""

    # --- errors -------------------------------------------------------------------------

    def clear_on_edit(self, fields: dict[str, QWidget]) -> None:
        """A field's error goes as soon as the field is changed: a fixed field must not keep
        saying it is wrong until the next 下一步 (the save checks it again anyway)."""
        for name, widget in fields.items():
            error = self.errors.get(name)
            if error is None:
                continue
            signal = next(
                getattr(widget, attr)
                for attr in ("textChanged", "currentIndexChanged", "toggled", "changed")
                if hasattr(widget, attr)
            )
            signal.connect(lambda *_args, error=error: self._fixed(error))

    def _fixed(self, error: FieldError) -> None:
        if error.text():
            error.show_text("")
            self.errors_changed.emit()

    def errors_shown(self) -> int:
        return sum(1 for label in self.errors.values() if label.isVisibleTo(self))

    def focus_first(self) -> None:
        """A page on screen: the cursor in its first field, ready to type."""
        widget = first_input(self)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_first_error(self) -> None:
        """After a refused save: the cursor in the topmost field marked in error."""
        from PySide6.QtCore import QPoint

        shown = [label for label in self.errors.values() if label.isVisibleTo(self)]
        shown.sort(key=lambda label: label.mapTo(self, QPoint(0, 0)).y())
        for label in shown:
            holder = label.parentWidget()
            widget = first_input(holder) if holder is not None else None
            if widget is not None:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.show_text("")

    def show_problems(self, error: BaseException) -> list[str]:
        """Put each problem under its field; returns the texts no field took."""
        self.clear_errors()
        by_field, leftover = split_problems(self.ctx, error, self.errors)
        for name, text in by_field.items():
            self.errors[name].show_text(text)
        return leftover

    # --- dirtiness: a page left untouched is not saved again ------------------------------

    def mark_dirty(self, *_: object) -> None:
        self._dirty = True

    @property
    def dirty(self) -> bool:
        return self._dirty


def lead_picker(
    ctx: AppContext,
    owner: QWidget,
    object_name: str,
    case_id: Any = None,
    on_filled: Callable[[bool], object] | None = None,
) -> tuple[Any, Any]:
    """An editable drop-down of who may sign (app.workflow.approvers): the signed-in user
    first and already filled in when they may, so a lead picks nothing and types only the
    PIN; never the applicant. Returns (the combo box to lay out, its line edit, the name)."""
    from PySide6.QtWidgets import QComboBox

    box = QComboBox(owner, editable=True, objectName=f"{object_name}_box")
    box.setMinimumHeight(36)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    edit = box.lineEdit()
    edit.setObjectName(object_name)
    me, my_id = ctx.user_name, ctx.user_id

    def names(session: Any) -> list[str]:
        from app.workflow.approvers import approver_names

        return approver_names(session, my_id, case_id)

    def fill(found: list[str]) -> None:
        typed = edit.text()
        box.addItems(found)
        mine = bool(found) and found[0] == me
        edit.setText(typed or (me if mine else ""))  # the list arrives after the dialog opened
        if on_filled is not None:
            on_filled(mine)  # e.g. the PIN takes the focus when the lead's name is filled in

    ctx.tasks.run_db(names, fill, lambda _exc: None, owner=box)
    return box, edit
