"""A blocked case settled by its lead from the terminal's own records: when nobody can ask the
terminal what became of a command (a protocol without a journal, a terminal that cannot
tell), the lead prints the terminal's last transaction or journal, reads it, and records
what it shows — moved or not — with a photo of the print, a note and their PIN
(app.workflow.resolve_unknown). Never a second void or refund: "moved" archives the case,
"not moved" lets step 5 run again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.money import parse_yuan
from ui.dialogs.common import pin_field, with_field_error
from ui.i18n import RetranslateMixin
from ui.print_job import photos_dir
from ui.wizard.common import FieldError, LocalInputError, lead_picker, split_problems

SLIP_FIELDS = ("reference", "auth_code", "trace_no", "amount")


class ResolveDialog(RetranslateMixin, QDialog):
    resolved = Signal(object)  # the ExecutionOutcome, or None when nothing moved

    def __init__(self, ctx, snap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.snap = snap
        self.photo_path: Path | None = None
        self.setObjectName("resolve_dialog")
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.intro = QLabel(wordWrap=True, objectName="resolve_intro")
        layout.addWidget(self.intro)

        self.choice_box = QGroupBox()
        choice = QVBoxLayout(self.choice_box)
        self.moved = QRadioButton(objectName="resolve_moved")
        self.not_moved = QRadioButton(objectName="resolve_not_moved")
        for button in (self.moved, self.not_moved):
            button.setMinimumHeight(30)
            button.toggled.connect(self._render)
            choice.addWidget(button)
        layout.addWidget(self.choice_box)

        self.slip_box = QGroupBox()
        slip = QFormLayout(self.slip_box)
        self.inputs = {name: QLineEdit(objectName=f"resolve_{name}") for name in SLIP_FIELDS}
        self.errors = {
            name: FieldError(name) for name in (*SLIP_FIELDS, "note", "attachment", "name", "pin")
        }
        self.labels = {name: QLabel() for name in (*SLIP_FIELDS, "note", "photo", "lead", "pin")}
        for name in SLIP_FIELDS:
            slip.addRow(self.labels[name], with_field_error(self.inputs[name], self.errors[name]))
        layout.addWidget(self.slip_box)

        form = QFormLayout()
        self.note = QPlainTextEdit(objectName="resolve_note")
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(80)
        form.addRow(self.labels["note"], with_field_error(self.note, self.errors["note"]))
        photo_row = QWidget()
        row = QHBoxLayout(photo_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.photo_button = QPushButton(objectName="resolve_choose_photo")
        self.photo_button.setMinimumHeight(34)
        self.photo_button.clicked.connect(self._choose)
        self.photo_name = QLabel(objectName="resolve_photo_name")
        row.addWidget(self.photo_button)
        row.addWidget(self.photo_name, 1)
        form.addRow(self.labels["photo"], with_field_error(photo_row, self.errors["attachment"]))
        self.lead_box, self.lead_name = lead_picker(ctx, self, "resolve_lead_name")
        form.addRow(self.labels["lead"], with_field_error(self.lead_box, self.errors["name"]))
        self.lead_pin = pin_field(self, "resolve_lead_pin")
        form.addRow(self.labels["pin"], with_field_error(self.lead_pin, self.errors["pin"]))
        layout.addLayout(form)
        self.message = FieldError("general")
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate()

    def set_photo(self, path: Path) -> None:
        self.photo_path = Path(path)
        self.photo_name.setText(self.photo_path.name)
        self.errors["attachment"].show_text("")

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Photo of the terminal's print-out"),
            photos_dir(),
            self.tr("Images (*.png *.jpg *.jpeg *.bmp *.webp)"),
        )
        if path:
            self.set_photo(Path(path))

    def submit(self) -> None:
        from app.workflow import ManualSlip

        for label in (*self.errors.values(), self.message):
            label.show_text("")
        if not (self.moved.isChecked() or self.not_moved.isChecked()):
            self.message.show_text(self.tr("Choose what the terminal's records show."))
            return
        if self.photo_path is None:
            self.errors["attachment"].show_text(self.tr("Attach a photo of the print-out."))
            return
        moved = self.moved.isChecked()
        slip = None
        if moved and any(self.inputs[name].text().strip() for name in SLIP_FIELDS):
            try:
                amount = parse_yuan(self.inputs["amount"].text())
            except ValueError:
                self._failed(
                    LocalInputError("amount", self.tr("Enter the amount in yuan, like 128.00"))
                )
                return
            slip = ManualSlip(
                self.inputs["reference"].text(),
                self.inputs["auth_code"].text(),
                amount,
                self.inputs["trace_no"].text(),
            )
        note, lead, pin = self.note.toPlainText(), self.lead_name.text(), self.lead_pin.text()
        path, store, case_id, actor_id = (
            self.photo_path,
            self.ctx.store,
            self.snap.case_id,
            self.ctx.user_id,
        )

        def job():
            from app.workflow import resolve_unknown

            return resolve_unknown(
                store,
                case_id,
                actor_id,
                lead,
                pin,
                moved=moved,
                note=note,
                evidence_name=path.name,
                evidence=path.read_bytes(),
                slip=slip,
            )

        self.buttons.setEnabled(False)
        self.ctx.tasks.run_call(job, on_success=self._done, on_failure=self._failed, owner=self)

    def _done(self, outcome: object) -> None:
        self.buttons.setEnabled(True)
        self.resolved.emit(outcome)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, OSError):
            self.errors["attachment"].show_text(str(error))
            return
        by_field, rest = split_problems(self.ctx, error, self.errors)
        for name, text in by_field.items():
            self.errors[name].show_text(text)
        self.message.show_text("\n".join(rest))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Record what the terminal's records show"))
        self.intro.setText(
            self.tr(
                "The terminal cannot tell the app what became of the last command. Print the "
                "terminal's last transaction or its journal (see the terminal's menu), read "
                "it, and record what it shows. Do not void or refund again on the terminal."
            )
        )
        self.choice_box.setTitle(self.tr("The terminal's print-out shows"))
        void = getattr(self.snap, "route", "VOID") == "VOID"
        self.moved.setText(
            self.tr("The sale was voided (the money went back)")
            if void
            else self.tr("The refund went through")
        )
        self.not_moved.setText(self.tr("Nothing was done: the sale still stands"))
        self.slip_box.setTitle(self.tr("Its numbers, if the print-out shows them"))
        texts = {
            "reference": self.tr("Reference no. (12 digits)"),
            "auth_code": self.tr("Auth code (6)"),
            "trace_no": self.tr("Trace no. (6 digits)"),
            "amount": self.tr("Amount (yuan)"),
            "note": self.tr("What you read"),
            "photo": self.tr("Photo of the print-out"),
            "lead": self.tr("Confirming lead"),
            "pin": self.tr("Lead's PIN"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.photo_button.setText(self.tr("Choose file…"))
        if self.photo_path is None:
            self.photo_name.setText(self.tr("No file chosen"))
        self._render()

    def _render(self) -> None:
        self.slip_box.setVisible(self.moved.isChecked())
        if self.moved.isChecked() or self.not_moved.isChecked():
            self.message.show_text("")  # the choice asked for is made
