"""The shift lead's decision on a submitted case: their name, their PIN, a comment; approve,
or reject (back to step 3 for changes, or closed). The signed-in user never changes."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.common import pin_field, with_field_error
from ui.i18n import RetranslateMixin
from ui.wizard.common import FieldError, lead_picker, split_problems
from ui.wizard.snapshot import case_step


class PinDialog(RetranslateMixin, QDialog):
    decided = Signal(object)  # the case's new CaseSnapshot

    def __init__(self, ctx, case_id, amount_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id = case_id
        self.amount_text = amount_text
        self.setObjectName("pin_dialog")
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.intro = QLabel(wordWrap=True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.pin = pin_field(self, "lead_pin")
        self.lead_box, self.lead_name = lead_picker(
            ctx, self, "lead_name", case_id, lambda mine: mine and self.pin.setFocus()
        )
        self.comment = QPlainTextEdit(objectName="comment")
        self.comment.setTabChangesFocus(True)
        self.comment.setFixedHeight(80)
        QWidget.setTabOrder(self.lead_box, self.pin)
        QWidget.setTabOrder(self.pin, self.comment)
        self.errors = {name: FieldError(name) for name in ("name", "pin", "comment")}
        self.labels = {name: QLabel() for name in ("name", "pin", "comment")}
        form.addRow(self.labels["name"], with_field_error(self.lead_box, self.errors["name"]))
        form.addRow(self.labels["pin"], with_field_error(self.pin, self.errors["pin"]))
        form.addRow(self.labels["comment"], with_field_error(self.comment, self.errors["comment"]))
        layout.addLayout(form)

        self.reject_box = QGroupBox()
        reject_layout = QVBoxLayout(self.reject_box)
        self.revise = QRadioButton(objectName="reject_revise", checked=True)
        self.close_case = QRadioButton(objectName="reject_close")
        reject_layout.addWidget(self.revise)
        reject_layout.addWidget(self.close_case)
        layout.addWidget(self.reject_box)

        self.message = FieldError("general")
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.approve_button = QPushButton(objectName="approve")
        self.reject_button = QPushButton(objectName="reject")
        self.cancel_button = QPushButton(objectName="cancel")
        for button in (self.approve_button, self.reject_button, self.cancel_button):
            button.setMinimumHeight(40)
            button.setAutoDefault(False)
            buttons.addWidget(button)
        self.approve_button.setStyleSheet("font-weight: bold;")
        layout.addLayout(buttons)
        self.approve_button.setDefault(True)  # after the layout made it the dialog's child
        self.approve_button.clicked.connect(lambda: self._decide(approve=True))
        self.reject_button.clicked.connect(lambda: self._decide(approve=False))
        self.cancel_button.clicked.connect(self.reject)
        self.retranslate()

    def _decide(self, approve: bool) -> None:
        for label in (*self.errors.values(), self.message):
            label.show_text("")
        name, pin, comment = self.lead_name.text(), self.pin.text(), self.comment.toPlainText()
        close = self.close_case.isChecked()
        case_id, user_id = self.case_id, self.ctx.user_id
        if not name.strip():
            self.errors["name"].show_text(self.tr("Enter the shift lead's name."))
            return

        def decide(session, case, _actor):
            from app.workflow import approve as approve_case
            from app.workflow import reject as reject_case

            if approve:
                approve_case(session, case, name, pin, comment)
            else:
                reject_case(session, case, name, pin, comment, close=close)

        job = case_step(case_id, user_id, decide)
        self._set_busy(True)
        self.ctx.tasks.run_db(job, on_success=self._done, on_failure=self._failed, owner=self)

    def _done(self, snap) -> None:
        self.pin.clear()
        self._set_busy(False)
        self.decided.emit(snap)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.pin.clear()  # a wrong PIN is typed again, never kept on screen
        by_field, rest = split_problems(self.ctx, error, self.errors)
        for name, text in by_field.items():
            self.errors[name].show_text(text)
        self.message.show_text("\n".join(rest))
        self.pin.setFocus()

    def _set_busy(self, busy: bool) -> None:
        for button in (self.approve_button, self.reject_button):
            button.setEnabled(not busy)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Shift lead's approval"))
        self.intro.setText(
            self.tr(
                "A shift lead other than the applicant enters their own name and PIN. "
                "Amount: %1. The signed-in user stays signed in."
            ).replace("%1", self.amount_text)
        )
        self.labels["name"].setText(self.tr("Lead name"))
        self.labels["pin"].setText(self.tr("PIN"))
        self.labels["comment"].setText(self.tr("Comment"))
        self.comment.setPlaceholderText(self.tr("Required when rejecting: what must change"))
        self.reject_box.setTitle(self.tr("When rejecting"))
        self.revise.setText(self.tr("Return for changes (back to step 3)"))
        self.close_case.setText(self.tr("Close the application"))
        self.approve_button.setText(self.tr("Approve"))
        self.approve_button.setToolTip(self.tr("Approve (Enter)"))
        self.reject_button.setText(self.tr("Reject"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Close without a decision (Esc)"))
