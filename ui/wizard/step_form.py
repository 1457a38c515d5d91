"""Step 3 — 填写申请表: the application form's fields (pre-filled from `form_defaults`),
the evidence files, and the live PDF preview on the right."""

from __future__ import annotations

import contextlib
import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.money import parse_yuan
from ui.date_field import DateField
from ui.dialogs.common import with_field_error
from ui.wizard.attachments import AttachmentList
from ui.wizard.common import FieldError, SaveJob, StepPage, banner
from ui.wizard.preview import FormPreview

FIELDS = (
    "merchant_name",
    "merchant_no",
    "terminal_no",
    "applicant_name",
    "applicant_phone",
    "application_date",
    "amount",
    "reason_summary",
)


def _yuan_text(fen: int) -> str:
    return f"{fen // 100}.{fen % 100:02d}"


class FormPage(StepPage):
    snapshot_changed = Signal(object)  # attachments changed: the dialog takes the new snapshot

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.returned_box, self.returned_label = banner()
        self.returned_label.setObjectName("returned_label")
        outer.addWidget(self.returned_box)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(splitter, 1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.inputs: dict[str, QWidget] = {}
        for name in FIELDS:
            if name == "application_date":
                widget: QWidget = DateField(name)
                widget.changed.connect(self._changed)
                widget.changed.connect(self._check_date)
            elif name == "reason_summary":
                widget = QPlainTextEdit(objectName=name)
                widget.setTabChangesFocus(True)
                widget.setFixedHeight(70)
                widget.textChanged.connect(self._changed)
            else:
                widget = QLineEdit(objectName=name)
                widget.textChanged.connect(self._changed)
            self.inputs[name] = widget
            self.errors[name] = FieldError(name)
        # the date says its problem live (_check_date); the others clear once edited
        self.clear_on_edit({n: w for n, w in self.inputs.items() if n != "application_date"})
        self.labels = {name: QLabel() for name in FIELDS}
        for name in FIELDS:
            form.addRow(self.labels[name], with_field_error(self.inputs[name], self.errors[name]))
        left_layout.addLayout(form)
        self.attachments_title = QLabel()
        left_layout.addWidget(self.attachments_title)
        self.attachments = AttachmentList(ctx)
        self.attachments.changed.connect(self._attachments_changed)
        self.errors["attachment"] = self.attachments.error
        left_layout.addWidget(self.attachments)
        left_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(left)
        scroll.setMinimumWidth(380)
        splitter.addWidget(scroll)

        self.preview = FormPreview(ctx)
        splitter.addWidget(self.preview)
        splitter.setSizes([430, 330])
        self.retranslate()

    # --- the dialog's calls ---------------------------------------------------------------

    def load(self, snap) -> None:
        super().load(snap)
        form = snap.form
        for widget in self.inputs.values():
            widget.blockSignals(True)
        self.inputs["merchant_name"].setText(form.merchant_name)
        self.inputs["merchant_no"].setText(form.merchant_no)
        self.inputs["terminal_no"].setText(form.terminal_no)
        self.inputs["applicant_name"].setText(form.applicant_name)
        self.inputs["applicant_phone"].setText(form.applicant_phone)
        dates = self.inputs["application_date"]
        dates.set_date(form.application_date)
        dates.set_range(snap.order_date, max(snap.order_date, self._today()))
        self.inputs["amount"].setText(_yuan_text(form.amount_fen))
        self.inputs["reason_summary"].setPlainText(form.reason_summary)
        for widget in self.inputs.values():
            widget.blockSignals(False)
        editable = snap.stage == "FORM"
        for widget in self.inputs.values():
            widget.setEnabled(editable)
        # A void is always the full amount; typing another one would only earn an error.
        self.inputs["amount"].setReadOnly(snap.route == "VOID")
        self._style_amount()
        self.attachments.load(snap.case_id, snap.evidence(), snap.before_submission)
        self._render()
        self._dirty = False
        # what the fields show (the defaults before the first save), not a blank saved form
        self.preview.request(snap.case_id, self._draft() if editable else None)

    def _attachments_changed(self, snap) -> None:
        """Only the list changes: the fields keep what the cashier is typing."""
        self.snap = snap
        self.attachments.load(snap.case_id, snap.evidence(), snap.before_submission)
        self._changed()
        self.snapshot_changed.emit(snap)

    def save_job(self) -> SaveJob | None:
        snap = self.snap
        if snap is not None and snap.form_filled and not self.dirty:
            return None
        form = self._form()

        def job(session, case, actor):
            from app.workflow import fill_form

            fill_form(session, case, actor, form)

        return job

    def _form(self):
        from app.workflow import FormInput

        # typed text: app/ reads the date and the amount and says what is wrong with the rest
        return FormInput(
            merchant_name=self.inputs["merchant_name"].text(),
            merchant_no=self.inputs["merchant_no"].text(),
            terminal_no=self.inputs["terminal_no"].text(),
            applicant_name=self.inputs["applicant_name"].text(),
            applicant_phone=self.inputs["applicant_phone"].text(),
            application_date=self.inputs["application_date"].text(),
            amount_fen=self.inputs["amount"].text(),
            reason_summary=self.inputs["reason_summary"].toPlainText(),
        )

    def _today(self) -> dt.date:
        from app.clock import today

        zone = getattr(self.ctx.settings, "timezone", None)
        return today(zone) if zone else today()

    def _check_date(self) -> None:
        """The date's problem at once, next to it (the same rule the save applies)."""
        from app.errors import DomainError
        from app.validation import check_application_date

        if self.snap is None:
            return
        text = ""
        try:
            check_application_date(
                self.inputs["application_date"].text(), self.snap.order_date, self._today()
            )
        except DomainError as problem:
            text = self.ctx.message(problem)
        self.errors["application_date"].show_text(text)

    def _changed(self, *_: object) -> None:
        self.mark_dirty()
        if self.snap is None:
            return
        self.preview.request(self.snap.case_id, self._draft())

    def _style_amount(self) -> None:
        """A void's amount looks read-only (its tooltip, set in _render, says why)."""
        amount = self.inputs["amount"]
        amount.setStyleSheet("background: #f3f4f6; color: #374151;" if amount.isReadOnly() else "")

    def _draft(self) -> dict[str, Any]:
        """The fields as typed, in the case's column names (the preview renders them)."""
        draft: dict[str, Any] = {
            "form_merchant_name": self.inputs["merchant_name"].text(),
            "form_merchant_no": self.inputs["merchant_no"].text(),
            "form_terminal_no": self.inputs["terminal_no"].text(),
            "applicant_name": self.inputs["applicant_name"].text(),
            "applicant_phone": self.inputs["applicant_phone"].text(),
            "reason_summary": self.inputs["reason_summary"].toPlainText(),
        }
        day = self.inputs["application_date"].date()
        if day is not None:  # a date that is not one yet: the preview keeps the saved one
            draft["application_date"] = day
        # an amount that is not a number yet: the preview keeps the saved one
        with contextlib.suppress(ValueError):
            draft["form_amount_fen"] = parse_yuan(self.inputs["amount"].text())
        return draft

    # --- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        texts = {
            "merchant_name": self.tr("Merchant name"),
            "merchant_no": self.tr("Merchant no."),
            "terminal_no": self.tr("Terminal no."),
            "applicant_name": self.tr("Applicant"),
            "applicant_phone": self.tr("Applicant phone"),
            "application_date": self.tr("Application date"),
            "amount": self.tr("Amount (yuan)"),
            "reason_summary": self.tr("Reason"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.inputs["merchant_no"].setPlaceholderText(self.tr("15 digits"))
        self.inputs["terminal_no"].setPlaceholderText(self.tr("8 letters or digits"))
        self.inputs["applicant_phone"].setPlaceholderText(
            self.tr("Mobile 13812345678 or landline 010-12345678")
        )
        self.attachments_title.setText(self.tr("Evidence (images or PDF, at most 10 MB each)"))
        self._render()

    def _render(self) -> None:
        snap = self.snap
        if snap is None:
            return
        self.inputs["amount"].setToolTip(
            self.tr("A void is always the full amount") if snap.route == "VOID" else ""
        )
        decision = snap.decision
        returned = snap.stage == "FORM" and decision is not None and decision.decision == "REJECT"
        self.returned_box.setVisible(returned)
        if returned:
            self.returned_label.setText(
                self.tr("Returned for changes by %1 on %2: %3")
                .replace("%1", decision.approver)
                .replace("%2", decision.decided_at)
                .replace("%3", decision.comment)
            )
