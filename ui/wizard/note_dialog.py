"""The note that goes with escalating a case to a shift lead, or withdrawing it.

OK emits `submitted(note)`; the wizard saves it and closes the dialog only when the save
worked, so a refused note is corrected in place."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.common import with_field_error
from ui.i18n import RetranslateMixin
from ui.wizard.common import FieldError


class NoteDialog(RetranslateMixin, QDialog):
    submitted = Signal(str)

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        """`kind`: "escalate" (a field is wrong) or "withdraw" (stop the case)."""
        super().__init__(parent)
        self.kind = kind
        self.setObjectName(f"{kind}_dialog")
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        self.intro = QLabel(wordWrap=True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.note = QPlainTextEdit(objectName="note")
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(120)
        self.errors = {"note": FieldError("note")}
        self.note_label = QLabel()
        form.addRow(self.note_label, with_field_error(self.note, self.errors["note"]))
        layout.addLayout(form)
        self.message = FieldError("general")
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        for button in self.buttons.buttons():
            button.setMinimumHeight(36)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate()

    def text(self) -> str:
        return self.note.toPlainText()

    def accept(self) -> None:
        self.message.show_text("")
        self.errors["note"].show_text("")
        self.buttons.setEnabled(False)
        self.submitted.emit(self.text())

    def failed(self, field_texts: dict[str, str], other: list[str]) -> None:
        self.buttons.setEnabled(True)
        for name, text in field_texts.items():
            self.errors[name].show_text(text)
        self.message.show_text("\n".join(other))

    def succeeded(self) -> None:
        self.done(QDialog.DialogCode.Accepted)

    def retranslate(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        if self.kind == "escalate":
            self.setWindowTitle(self.tr("Escalate to a shift lead"))
            self.intro.setText(
                self.tr(
                    "Say which field is wrong or missing, and what the slip or the customer says "
                    "instead. The case waits until a lead corrects the data."
                )
            )
            self.note_label.setText(self.tr("Note for the lead"))
            ok.setText(self.tr("Escalate"))
        else:
            self.setWindowTitle(self.tr("Withdraw the case"))
            self.intro.setText(
                self.tr(
                    "The case is closed without moving any money and the order is open again. "
                    "Say why (for example: the customer did not agree)."
                )
            )
            self.note_label.setText(self.tr("Reason"))
            ok.setText(self.tr("Withdraw"))
