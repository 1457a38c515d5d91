"""The guided manual refund (a terminal that cannot refund without the card): numbered steps
to key on the terminal, then the slip's numbers, a photo of it, and a second person's PIN."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.money import parse_yuan
from ui.dialogs.common import pin_field, with_field_error
from ui.i18n import RetranslateMixin
from ui.print_job import photos_dir
from ui.wizard.common import FieldError, lead_picker, split_problems

FIELDS = ("reference", "auth_code", "amount", "trace_no")


class ManualRefundView(RetranslateMixin, QWidget):
    recorded = Signal(object)  # the case's new CaseSnapshot
    busy = Signal(bool)
    start_requested = Signal()  # the cashier is about to key it on the terminal

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.snap = None
        self.slip_path: Path | None = None
        layout = QVBoxLayout(self)
        self.intro = QLabel(wordWrap=True, objectName="manual_intro")
        self.intro.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.intro)
        # Nothing is keyed before the app has written down that it will be (a crash then
        # leaves a trace, and no other counter can key the same case).
        self.start_button = QPushButton(objectName="start_manual")
        self.start_button.setMinimumHeight(38)
        self.start_button.clicked.connect(self.start_requested.emit)
        layout.addWidget(self.start_button)
        self.steps_box = QGroupBox()
        self.steps = QLabel(wordWrap=True, objectName="manual_steps")
        QVBoxLayout(self.steps_box).addWidget(self.steps)
        layout.addWidget(self.steps_box)

        self.slip_box = QGroupBox()
        form = QFormLayout(self.slip_box)
        self.inputs = {name: QLineEdit(objectName=f"manual_{name}") for name in FIELDS}
        self.lead_box, self.inputs["lead_name"] = lead_picker(ctx, self, "manual_lead_name")
        self.inputs["lead_pin"] = pin_field(self, "manual_lead_pin")
        self.errors = {name: FieldError(name) for name in (*FIELDS, "attachment", "pin", "name")}
        self.labels = {name: QLabel() for name in (*FIELDS, "slip", "lead_name", "lead_pin")}
        for name in FIELDS:
            form.addRow(self.labels[name], with_field_error(self.inputs[name], self.errors[name]))
        slip_row = QWidget()
        row = QHBoxLayout(slip_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.slip_button = QPushButton(objectName="choose_slip")
        self.slip_button.setMinimumHeight(36)
        self.slip_button.clicked.connect(self._choose)
        self.slip_name = QLabel(objectName="slip_name")
        row.addWidget(self.slip_button)
        row.addWidget(self.slip_name, 1)
        form.addRow(self.labels["slip"], with_field_error(slip_row, self.errors["attachment"]))
        form.addRow(self.labels["lead_name"], with_field_error(self.lead_box, self.errors["name"]))
        form.addRow(
            self.labels["lead_pin"], with_field_error(self.inputs["lead_pin"], self.errors["pin"])
        )
        layout.addWidget(self.slip_box)
        self.message = FieldError("general")
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.retranslate()

    def load(self, snap) -> None:
        self.snap = snap
        self._render()

    def show_error(self, text: str) -> None:
        self.message.show_text(text)

    def set_slip_file(self, path: Path) -> None:
        self.slip_path = Path(path)
        self.slip_name.setText(self.slip_path.name)
        self.errors["attachment"].show_text("")

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Photo or scan of the slip"),
            photos_dir(),
            self.tr("Images or PDF (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.pdf)"),
        )
        if path:
            self.set_slip_file(Path(path))

    def record(self) -> None:
        """Record what the slip says; a lead other than the cashier confirms with their PIN.
        Every problem (fields, photo, PIN) comes back from app/ at once, and the lead's PIN
        stays typed until the record succeeds (or the PIN itself is what was wrong)."""
        for label in (*self.errors.values(), self.message):
            label.show_text("")
        try:
            amount: int | None = parse_yuan(self.inputs["amount"].text())
        except ValueError:
            amount = None  # app/ words it with the other problems
        values = {name: self.inputs[name].text() for name in ("reference", "auth_code", "trace_no")}
        lead, pin = self.inputs["lead_name"].text(), self.inputs["lead_pin"].text()
        path, case_id, actor_id, store = (
            self.slip_path,
            self.snap.case_id,
            self.ctx.user_id,
            self.ctx.store,
        )

        def job():
            from app.workflow import ManualSlip, record_manual_execution

            slip = ManualSlip(values["reference"], values["auth_code"], amount, values["trace_no"])
            name, data = (path.name, path.read_bytes()) if path is not None else ("", b"")
            record_manual_execution(store, case_id, actor_id, lead, pin, slip, name, data)

        self.busy.emit(True)
        self.ctx.tasks.run_call(job, on_success=self._done, on_failure=self._failed, owner=self)

    def _done(self, _result: object) -> None:
        self.inputs["lead_pin"].clear()
        self.busy.emit(False)
        self.recorded.emit(None)  # the page reloads the case

    def _failed(self, error: BaseException) -> None:
        self.busy.emit(False)
        if isinstance(error, OSError):
            self.errors["attachment"].show_text(str(error))
            return
        by_field, rest = split_problems(self.ctx, error, self.errors)
        for name, text in by_field.items():
            self.errors[name].show_text(text)
        self.message.show_text("\n".join(rest))
        if "pin" in by_field or "name" in by_field:
            self.inputs["lead_pin"].clear()  # a wrong PIN is typed again; a right one stays
        focus = {
            **self.inputs,
            "attachment": self.slip_button,
            "name": self.lead_box,
            "pin": self.inputs["lead_pin"],
        }
        for name in (*FIELDS, "attachment", "name", "pin"):  # the topmost field in error
            if name in by_field:
                focus[name].setFocus()
                break

    def retranslate(self) -> None:
        self.start_button.setText(self.tr("Start the manual path (before keying on the terminal)"))
        self.steps_box.setTitle(self.tr("On the terminal"))
        self.slip_box.setTitle(self.tr("From the terminal's slip"))
        texts = {
            "reference": self.tr("Reference no. (12 digits)"),
            "auth_code": self.tr("Auth code (6)"),
            "amount": self.tr("Amount (yuan)"),
            "trace_no": self.tr("Trace no. (6 digits)"),
            "slip": self.tr("Photo of the slip"),
            "lead_name": self.tr("Confirming lead"),
            "lead_pin": self.tr("Lead's PIN"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.slip_button.setText(self.tr("Choose file…"))
        if self.slip_path is None:
            self.slip_name.setText(self.tr("No file chosen"))
        self._render()

    def _render(self) -> None:
        if self.snap is None:
            return
        void = self.snap.route == "VOID"
        self.intro.setText(
            self.tr(
                "The terminal cannot be reached. Key the void by hand on the terminal, then "
                "record what its slip says; it is checked against the terminal's journal once "
                "the terminal answers again."
            )
            if void
            else self.tr(
                "This terminal cannot refund without the card. Do the refund by hand on the "
                "terminal, then record what its slip says."
            )
        )
        started = self.snap.manual_started
        self.start_button.setVisible(not started)
        self.steps_box.setEnabled(started)
        self.slip_box.setEnabled(started)
        lines = [
            f"{i}. {self.ctx.msg(key, **params)}"
            for i, (key, params) in enumerate(self.snap.guide, 1)
        ]
        self.steps.setText("\n".join(lines))
