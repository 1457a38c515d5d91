"""The end of step 5: what the terminal answered, the fee effect, and the paper (print or
save the application form, print the slip)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.money import format_fen
from ui import shortcuts
from ui.i18n import RetranslateMixin
from ui.wizard.common import FieldError, error_text
from ui.wizard.pdf_output import form_pdf, print_pdf, slip_pdf

ROWS = ("amount", "response_code", "auth_code", "operation_no", "rrn", "fee", "executed_at")


class SummaryView(RetranslateMixin, QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.snap = None
        layout = QVBoxLayout(self)
        self.headline = QLabel(
            objectName="summary_headline", alignment=Qt.AlignmentFlag.AlignCenter
        )
        self.headline.setStyleSheet(
            "font-size: 22px; font-weight: bold; color: #15803d; padding: 10px;"
        )
        layout.addWidget(self.headline)
        self.box = QGroupBox()
        form = QFormLayout(self.box)
        self.rows = {name: (QLabel(), QLabel(objectName=f"result_{name}")) for name in ROWS}
        for key, value in self.rows.values():
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(key, value)
        layout.addWidget(self.box)
        self.note = QLabel(wordWrap=True, objectName="summary_note")
        layout.addWidget(self.note)

        buttons = QHBoxLayout()
        self.print_form = QPushButton(objectName="print_form")
        self.save_pdf = QPushButton(objectName="save_pdf")
        self.print_slip = QPushButton(objectName="print_slip")
        for button in (self.print_form, self.save_pdf, self.print_slip):
            button.setMinimumHeight(44)
            button.setAutoDefault(False)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.message = FieldError("paper")
        self.message.setStyleSheet("color: #374151;")
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.print_form.clicked.connect(self._print_form)
        self.save_pdf.clicked.connect(self._save_pdf)
        self.print_slip.clicked.connect(self._print_slip)
        shortcuts.bind("print", self, self.print_form.click)
        shortcuts.bind("save_pdf", self, self.save_pdf.click)
        shortcuts.bind("print_slip", self, self.print_slip.click)
        self.retranslate()

    def load(self, snap) -> None:
        self.snap = snap
        self._render()

    # --- paper ----------------------------------------------------------------------------

    def _form_bytes(self, action: str, then) -> None:
        case_id, actor_id, training = self.snap.case_id, self.ctx.user_id, self.ctx.training
        self.ctx.tasks.run_db(
            lambda s: form_pdf(s, case_id, actor_id, training, action),
            on_success=then,
            on_failure=self._failed,
            owner=self,
        )

    def _print_form(self) -> None:
        self._form_bytes("print", lambda data: self._print(data, self.snap.case_no, "form"))

    def _save_pdf(self) -> None:
        from ui.print_job import ask_save_path, file_name

        path = ask_save_path(
            self,
            self.tr("Save the application form"),
            file_name(self.snap.case_no, "form"),
            self.tr("PDF (*.pdf)"),
        )
        if path is not None:
            self.save_pdf_to(path)

    def save_pdf_to(self, path: Path) -> None:
        """Render, then write the file on the worker (a network drive may be slow)."""

        def write(data: bytes) -> None:
            self.ctx.tasks.run_call(
                lambda: path.write_bytes(data),
                on_success=lambda _n: self.message.show_text(
                    self.tr("Saved: %1").replace("%1", str(path))
                ),
                on_failure=self._failed,
                owner=self,
            )

        self._form_bytes("save", write)

    def _print_slip(self) -> None:
        settings = self.ctx.settings
        printer_url = getattr(settings, "printer_url", "") or ""
        width = getattr(settings, "slip_width_mm", 80) or 80
        case_id, actor_id, training = self.snap.case_id, self.ctx.user_id, self.ctx.training
        store = self.ctx.store
        if printer_url:
            # A receipt printer is a device: its own worker, never the GUI thread.
            def job(_report) -> None:
                from app.models import User
                from app.settings import load_settings
                from app.workflow import get_case, record_print
                from printing.form_view import slip_view_from_case
                from printing.slip import print_slip_escpos

                with store.transaction() as session:
                    zone = load_settings(session).timezone
                    view = slip_view_from_case(get_case(session, case_id), zone=zone)
                print_slip_escpos(view, printer_url, width, training)
                with store.transaction() as session:  # printed: an audit event like every print
                    actor = session.get(User, actor_id)
                    record_print(session, get_case(session, case_id), actor, "slip", printer_url)

            self.ctx.tasks.run_device(
                job,
                on_success=lambda _r: self.message.show_text(self.tr("The slip was printed.")),
                on_failure=self._failed,
                owner=self,
            )
            return
        self.ctx.tasks.run_db(
            lambda s: slip_pdf(s, case_id, actor_id, training, width),
            on_success=lambda data: self._print(data, self.snap.case_no, "slip"),
            on_failure=self._failed,
            owner=self,
        )

    def _print(self, data: bytes, case_no: str, kind: str) -> None:
        from ui.print_job import file_name

        name = file_name(case_no, kind)
        try:
            printed = print_pdf(self, data, name.removesuffix(".pdf"), name)
        except ImportError as error:
            self._failed(error)
            return
        if printed:
            self.message.show_text(self.tr("Sent to the printer."))

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ImportError):
            self.message.show_text(self.tr("Printing is not installed yet."))
        else:
            self.message.show_text(error_text(self.ctx, error))

    # --- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        names = {
            "amount": self.tr("Amount"),
            "response_code": self.tr("Response code"),
            "auth_code": self.tr("Auth code"),
            "operation_no": self.tr("Operation / trace no."),
            "rrn": self.tr("Reference no."),
            "fee": self.tr("Fee effect"),
            "executed_at": self.tr("Executed at"),
        }
        for name, (key, _value) in self.rows.items():
            key.setText(names[name])
        self.box.setTitle(self.tr("The terminal's answer"))
        self.print_form.setText(self.tr("Print form"))
        self.print_form.setToolTip(
            self.tr("Print the application form (%1)").replace("%1", shortcuts.shown("print"))
        )
        self.save_pdf.setText(self.tr("Save PDF"))
        self.save_pdf.setToolTip(
            self.tr("Save the application form as PDF (%1)").replace(
                "%1", shortcuts.shown("save_pdf")
            )
        )
        self.print_slip.setText(self.tr("Print slip"))
        self.print_slip.setToolTip(
            self.tr("Print the slip for the customer (%1)").replace(
                "%1", shortcuts.shown("print_slip")
            )
        )
        self._render()

    def _render(self) -> None:
        snap = self.snap
        if snap is None or snap.result is None:
            return
        result = snap.result
        void = snap.route == "VOID"
        if snap.provider:
            done = (
                self.tr("Cancelled at the provider")
                if void
                else self.tr("Refunded through the provider")
            )
            self.headline.setText("✔ " + done + " · " + self.tr("All done"))
        else:
            done = self.tr("Void done") if void else self.tr("Refund done")
            if result.manual:  # typed from the slip: checked against the journal later
                done = (
                    self.tr("Void recorded by hand") if void else self.tr("Refund recorded by hand")
                )
            self.headline.setText("✔ " + done)
        fee = result.fee_effect_fen
        if fee > 0:
            fee_text = self.tr("%1 of fees comes back to the store").replace("%1", format_fen(fee))
        else:
            fee_text = self.tr("%1 — the fee is not returned").replace("%1", format_fen(0))
        dash = "—"
        shown = {
            "amount": format_fen(result.amount_fen),
            "response_code": result.response_code or dash,
            "auth_code": result.auth_code or dash,
            "operation_no": result.operation_no or dash,
            "rrn": result.rrn or dash,
            "fee": fee_text,
            "executed_at": result.executed_at,
        }
        if snap.provider:  # the provider's words and numbers, not a terminal's
            answer = self.ctx.msg(result.note_key) if result.note_key else dash
            shown["response_code"] = answer.rstrip("。.")
            shown["operation_no"] = snap.provider_trade_no or result.operation_no or dash
            self.rows["response_code"][0].setText(self.tr("Provider's answer"))
            self.rows["operation_no"][0].setText(self.tr("Provider's trade no."))
        if result.manual:  # typed from the slip: no terminal answered, so no 应答码
            who = result.confirmed_by or self.tr("a shift lead")
            shown["response_code"] = self.tr("Recorded by hand, confirmed by %1").replace("%1", who)
            self.rows["response_code"][0].setText(self.tr("How recorded"))
        elif not snap.provider:
            self.rows["response_code"][0].setText(self.tr("Response code"))
        for name, (_key, value) in self.rows.items():
            value.setText(shown[name])
        if result.manual:
            self.box.setTitle(self.tr("Recorded by hand"))
        elif snap.provider:
            self.box.setTitle(
                self.tr("%1's answer").replace("%1", self.ctx.msg(f"qr.provider.{snap.provider}"))
            )
        else:
            self.box.setTitle(self.tr("The terminal's answer"))
        if result.manual:
            who = result.confirmed_by or self.tr("a shift lead")
            if result.note_key:  # how it is known, then who vouched for it
                sep = "，" if self.ctx.language == "zh_CN" else ", "
                confirmed = self.tr("confirmed by %1.").replace("%1", who)
                self.note.setText(f"{self.ctx.msg(result.note_key)}{sep}{confirmed}")
            else:
                self.note.setText(
                    self.tr("Recorded by hand from the terminal's slip, confirmed by %1.").replace(
                        "%1", who
                    )
                )
        elif snap.provider:
            provider = self.ctx.msg(f"qr.provider.{snap.provider}")
            answer = (self.ctx.msg(result.note_key) if result.note_key else "").rstrip("。.")
            text = self.tr(
                "%1's own query confirms it: %2. The provider's trade no. %3. "
                "All done: the case is archived and its evidence is locked."
            )
            text = text.replace("%1", provider).replace("%2", answer or dash)
            self.note.setText(text.replace("%3", snap.provider_trade_no or dash))
        else:
            self.note.setText(self.tr("The case is archived and its evidence is locked."))
