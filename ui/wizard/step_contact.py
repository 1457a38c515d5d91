"""Step 2 — 与买家沟通: how the buyer was reached, the reason, what they were told and how to
pay next time (pre-filled from the per-reason templates, editable), the bank, their agreement."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.common import with_field_error
from ui.wizard.common import FieldError, SaveJob, StepPage, banner

CHANNELS = ("IN_PERSON", "PHONE", "WECHAT")
REASONS = (
    "WRONG_PIN",
    "INSUFFICIENT_BALANCE",
    "NETWORK",
    "DUPLICATE",
    "CUSTOMER_CANCEL",
    "OPERATOR_ERROR",
    "OTHER",
)


def working_days(ctx) -> int:
    """How many working days a refund takes to reach the card, as the store tells buyers."""
    from app.templates import DEFAULT_WORKING_DAYS

    return int(getattr(ctx.settings, "refund_working_days", 0) or DEFAULT_WORKING_DAYS)


class ContactPage(StepPage):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = form

        self.channel = QComboBox(objectName="channel")
        self.customer_name = QLineEdit(objectName="customer_name")
        self.customer_phone = QLineEdit(objectName="customer_phone")
        self.reason = QComboBox(objectName="reason")
        self.reason_other = QLineEdit(objectName="reason_other")
        self.explanation = QPlainTextEdit(objectName="explanation")
        self.guidance = QPlainTextEdit(objectName="guidance")
        for edit in (self.explanation, self.guidance):
            edit.setTabChangesFocus(True)  # Tab moves on, as in every other field here
            edit.setFixedHeight(64)
        for name in (
            "channel",
            "customer_name",
            "customer_phone",
            "reason",
            "reason_other",
            "explanation",
            "guidance",
            "bank_hotline",
            "bank_reference",
            "customer_agreed",
        ):
            self.errors[name] = FieldError(name)
        self.labels: dict[str, QLabel] = {}
        for name, widget in (
            ("channel", self.channel),
            ("customer_name", self.customer_name),
            ("customer_phone", self.customer_phone),
            ("reason", self.reason),
            ("reason_other", self.reason_other),
            ("explanation", self.explanation),
            ("guidance", self.guidance),
        ):
            self.labels[name] = QLabel()
            form.addRow(self.labels[name], with_field_error(widget, self.errors[name]))
        layout.addLayout(form)

        self.bank_box = QGroupBox(objectName="bank_box")
        self.bank_box.setCheckable(True)
        self.bank_box.setChecked(False)
        bank = QFormLayout(self.bank_box)
        self.bank_hotline = QLineEdit(objectName="bank_hotline")
        self.bank_reference = QLineEdit(objectName="bank_reference")
        self.labels["bank_hotline"] = QLabel()
        self.labels["bank_reference"] = QLabel()
        bank.addRow(
            self.labels["bank_hotline"],
            with_field_error(self.bank_hotline, self.errors["bank_hotline"]),
        )
        bank.addRow(
            self.labels["bank_reference"],
            with_field_error(self.bank_reference, self.errors["bank_reference"]),
        )
        layout.addWidget(self.bank_box)

        self.agreed = QCheckBox(objectName="customer_agreed")
        self.agreed.setMinimumHeight(36)
        layout.addWidget(with_field_error(self.agreed, self.errors["customer_agreed"]))
        self.english_box, self.english_label = banner("info")
        self.english_label.setObjectName("english_note")
        layout.addWidget(self.english_box)
        layout.addStretch(1)

        for edit in (self.customer_name, self.customer_phone, self.reason_other):
            edit.textChanged.connect(self.mark_dirty)
        for edit in (self.bank_hotline, self.bank_reference):
            edit.textChanged.connect(self.mark_dirty)
        self.explanation.textChanged.connect(self.mark_dirty)
        self.guidance.textChanged.connect(self.mark_dirty)
        self.channel.activated.connect(self.mark_dirty)
        self.channel.currentIndexChanged.connect(self._render)
        self.bank_box.toggled.connect(self.mark_dirty)
        self.agreed.toggled.connect(self.mark_dirty)
        self.reason.currentIndexChanged.connect(self._reason_changed)
        self.clear_on_edit(
            {
                "channel": self.channel,
                "customer_name": self.customer_name,
                "customer_phone": self.customer_phone,
                "reason": self.reason,
                "reason_other": self.reason_other,
                "explanation": self.explanation,
                "guidance": self.guidance,
                "bank_hotline": self.bank_hotline,
                "bank_reference": self.bank_reference,
                "customer_agreed": self.agreed,
            }
        )
        self._templates: dict[str, str] = {"explanation": "", "guidance": ""}
        self._loading = False
        self.retranslate()

    # --- the dialog's calls ---------------------------------------------------------------

    def load(self, snap) -> None:
        from app.templates import default_reason

        super().load(snap)
        self._loading = True
        self._select(self.channel, snap.contact_channel or "IN_PERSON")
        self.customer_name.setText(snap.customer_name)
        self.customer_phone.clear()
        # What the order's cause says, where it says something; otherwise nothing is chosen
        # (a reason picked for the cashier by accident ends up on the bank's form).
        self._select(self.reason, snap.contact_reason or default_reason(snap.cause))
        self.reason_other.setText(snap.contact_reason_other)
        if snap.contacted:
            self.explanation.setPlainText(snap.explanation)
            self.guidance.setPlainText(snap.guidance)
            self._templates = {"explanation": "", "guidance": ""}
        else:
            self._fill_templates(force=True)
        self.bank_box.setChecked(snap.bank_contacted)
        self.bank_hotline.setText(snap.bank_hotline)
        self.bank_reference.setText(snap.bank_reference)
        self.agreed.setChecked(snap.customer_agreed)
        self.bank_box.setVisible(snap.funding != "QR")  # the issuing bank only for cards
        editable = snap.stage in ("CONTACT", "FORM")
        self.setEnabled(editable)
        self._loading = False
        self._dirty = False
        self._render()

    def save_job(self) -> SaveJob | None:
        snap = self.snap
        if snap is not None and snap.contacted and not self.dirty:
            return None
        channel = self.channel.currentData()
        reason = self.reason.currentData()  # None: not chosen, which record_contact refuses
        values = {
            "customer_name": self.customer_name.text(),
            "customer_phone": self.customer_phone.text(),
            "reason_other": self.reason_other.text(),
            "explanation": self.explanation.toPlainText(),
            "guidance": self.guidance.toPlainText(),
            "customer_agreed": self.agreed.isChecked(),
            "bank_contacted": self.bank_box.isChecked() and (snap is None or snap.funding != "QR"),
            "bank_hotline": self.bank_hotline.text(),
            "bank_reference": self.bank_reference.text(),
        }

        def job(session, case, actor):
            from app.models import Channel, ContactReason
            from app.workflow import ContactInput, record_contact

            # A blank phone keeps the one on file (record_contact's rule): the screen only
            # ever shows the masked number, so the cashier cannot retype what is stored.
            chosen = ContactReason(reason) if reason else None
            contact = ContactInput(channel=Channel(channel), reason=chosen, **values)
            record_contact(session, case, actor, contact)

        return job

    # --- reason templates -----------------------------------------------------------------

    def _reason_changed(self) -> None:
        self.reason_other.setVisible(self.reason.currentData() == "OTHER")
        self.labels["reason_other"].setVisible(self.reason.currentData() == "OTHER")
        if not self._loading:
            self._fill_templates(force=False)
            self.mark_dirty()

    def _fill_templates(self, force: bool) -> None:
        """Put the new reason's texts in (worded for the case's route and funding), unless the
        cashier already edited the old ones."""
        from app.templates import FORM_LANGUAGE, explanation_template, guidance_template

        reason, snap = self.reason.currentData(), self.snap
        for which, edit in (("explanation", self.explanation), ("guidance", self.guidance)):
            current = edit.toPlainText()
            if force or not current.strip() or current == self._templates[which]:
                text = ""
                if reason is not None and snap is not None:
                    fn = explanation_template if which == "explanation" else guidance_template
                    text = fn(
                        reason,
                        FORM_LANGUAGE,  # printed as typed on the Chinese form
                        route=snap.route,
                        funding=snap.funding,
                        working_days=working_days(self.ctx),
                    )
                edit.setPlainText(text)
                self._templates[which] = text

    @staticmethod
    def _select(combo: QComboBox, code: str | None) -> None:
        """Choose `code`; None (or a code not offered) chooses the empty first item."""
        index = combo.findData(code) if code is not None else -1
        combo.setCurrentIndex(max(index, 0))

    # --- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        from app.messages import label

        lang = self.ctx.language
        for combo, kind, codes in (
            (self.channel, "channel", CHANNELS),
            (self.reason, "reason", REASONS),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            if kind == "reason":  # nothing chosen until the cashier (or the cause) chooses
                combo.addItem(self.tr("— choose the reason —"), None)
            for code in codes:
                combo.addItem(label(kind, code, lang), code)
            if current is not None:
                combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)
        self._reason_changed_quietly()
        texts = {
            "channel": self.tr("Channel"),
            "customer_name": self.tr("Customer name"),
            "customer_phone": self.tr("Customer phone"),
            "reason": self.tr("Reason"),
            "reason_other": self.tr("Reason (other)"),
            "explanation": self.tr("Explanation given"),
            "guidance": self.tr("Guidance for next time"),
            "bank_hotline": self.tr("Bank hotline"),
            "bank_reference": self.tr("Bank reference"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.customer_name.setPlaceholderText(self.tr("Optional"))
        self.reason_other.setPlaceholderText(self.tr("What happened, in a few words"))
        self.bank_box.setTitle(self.tr("The issuing bank was contacted"))
        self.english_label.setText(
            self.tr(
                "The bank's application form is always printed in Chinese. What you type "
                "here (explanation, guidance, reason) is printed exactly as typed: write it "
                "in Chinese for the bank. The suggested texts are in Chinese for that reason."
            )
        )
        self._render()

    def _reason_changed_quietly(self) -> None:
        other = self.reason.currentData() == "OTHER"
        self.reason_other.setVisible(other)
        self.labels.get("reason_other", QLabel()).setVisible(other)

    def _render(self, *_: object) -> None:
        from app.templates import consent_text

        snap = self.snap
        stored = snap.customer_phone_masked if snap else ""
        by_phone = self.channel.currentData() == "PHONE"
        self.labels["customer_phone"].setText(
            self.tr("Customer phone *") if by_phone else self.tr("Customer phone")
        )
        if stored:
            self.customer_phone.setPlaceholderText(
                self.tr("Saved: %1 (leave blank to keep)").replace("%1", stored)
            )
        elif by_phone:
            self.customer_phone.setPlaceholderText(
                self.tr("Required when reached by phone; mobile or landline")
            )
        else:
            self.customer_phone.setPlaceholderText(self.tr("Optional; mobile or landline"))
        # The buyer agrees to what happens on this route: a void, or a refund in N days.
        route, funding = (snap.route, snap.funding) if snap else (None, None)
        self.agreed.setText(
            consent_text(
                route, self.ctx.language, funding=funding, working_days=working_days(self.ctx)
            )
        )
        self.english_box.setVisible(self.ctx.language == "en")
