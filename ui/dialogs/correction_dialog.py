"""A shift lead corrects the data of an escalated order (app.workflow.correct_order);
the case then goes back to step 1. Only changed fields are sent."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDateTime, QTimeZone
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.money import format_fen, parse_yuan
from ui import labels
from ui.context import AppContext
from ui.dialogs.common import (
    acting_user,
    field_error,
    message_label,
    pin_field,
    reserve_lines,
    show_field_error,
    split_by_field,
    with_field_error,
)
from ui.i18n import RetranslateMixin

TEXT_FIELDS = (
    "location",
    "card_masked",
    "rrn",
    "trace_no",
    "batch_no",
    "auth_code",
    "operation_no",
)


def _correct(
    session: Any, ctx: AppContext, case_id: Any, changes: dict[str, object], note: str, pin: str
) -> None:
    from app.workflow import correct_order, get_case

    case = get_case(session, case_id)
    correct_order(session, case, acting_user(session, ctx), changes, note, pin=pin)


class CorrectionDialog(RetranslateMixin, QDialog):
    def __init__(self, ctx: AppContext, detail: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail = detail
        self.zone = getattr(ctx.settings, "timezone", "Asia/Shanghai") or "Asia/Shanghai"
        self.setObjectName("correctionDialog")
        layout = QVBoxLayout(self)
        self.note_label = QLabel(wordWrap=True)
        layout.addWidget(self.note_label)
        form = QFormLayout()
        self.captions: dict[str, QLabel] = {}
        self.time = QDateTimeEdit(calendarPopup=True, displayFormat="yyyy-MM-dd HH:mm:ss")
        self.time.setTimeZone(QTimeZone(self.zone.encode()))
        self.time.setDateTime(
            QDateTime.fromSecsSinceEpoch(
                int(detail.occurred_at.timestamp()), QTimeZone(self.zone.encode())
            )
        )
        self.amount = QLineEdit(format_fen(detail.amount_fen, symbol=""))
        self.txn_type = QComboBox()
        self.funding = QComboBox()
        self.cause = QComboBox()
        for combo, kind, value in (
            (self.txn_type, labels.TXN_TYPE, detail.txn_type),
            (self.funding, labels.FUNDING, detail.funding),
            (self.cause, labels.CAUSE, detail.cause),
        ):
            for code in labels.CODES[kind]:
                combo.addItem(labels.label(kind, code), code)
            combo.setCurrentIndex(max(combo.findData(str(getattr(value, "value", value))), 0))
        self.texts = {name: QLineEdit(getattr(detail, name) or "") for name in TEXT_FIELDS}
        self.settled = QCheckBox(checked=detail.settled)
        self.notified = QCheckBox(checked=detail.success_notified)
        self.note = QPlainTextEdit(objectName="note")
        self.note.setFixedHeight(60)
        self.note.setTabChangesFocus(True)  # Tab goes on to the PIN, not into the note
        self.pin = pin_field(self)
        rows: list[tuple[str, QWidget]] = [
            ("occurred_at", self.time),
            ("amount_fen", self.amount),
            ("txn_type", self.txn_type),
            ("funding", self.funding),
            *self.texts.items(),
            ("cause", self.cause),
            ("settled", self.settled),
            ("success_notified", self.notified),
            ("note", self.note),
            ("pin", self.pin),
        ]
        self.errors: dict[str, QLabel] = {}
        for key, widget in rows:
            caption = QLabel()
            self.captions[key] = caption
            self.errors[key] = field_error()
            form.addRow(caption, with_field_error(widget, self.errors[key]))
        layout.addLayout(form)
        self.message = message_label()
        reserve_lines(self.message)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate()

    def changes(self) -> dict[str, object]:
        d = self.detail
        out: dict[str, object] = {}
        moment = dt.datetime.fromtimestamp(self.time.dateTime().toSecsSinceEpoch(), dt.UTC)
        if int(moment.timestamp()) != int(d.occurred_at.timestamp()):
            out["occurred_at"] = moment
        amount = parse_yuan(self.amount.text())  # ValueError handled by the caller
        if amount != d.amount_fen:
            out["amount_fen"] = amount
        for name, combo in (
            ("txn_type", self.txn_type),
            ("funding", self.funding),
            ("cause", self.cause),
        ):
            if combo.currentData() != str(getattr(getattr(d, name), "value", getattr(d, name))):
                out[name] = combo.currentData()
        for name, edit in self.texts.items():
            if edit.text().strip() != (getattr(d, name) or ""):
                out[name] = edit.text().strip()
        if self.settled.isChecked() != d.settled:
            out["settled"] = self.settled.isChecked()
        if self.notified.isChecked() != d.success_notified:
            out["success_notified"] = self.notified.isChecked()
        return out

    def _show_errors(self, by_field: dict[str, str], rest: list[str]) -> None:
        for key, label in self.errors.items():
            show_field_error(label, by_field.get(key, ""))
        self.message.setText("\n".join(rest))

    def save(self) -> None:
        try:
            changes = self.changes()
        except ValueError:
            self._show_errors(
                {"amount_fen": self.tr("The amount must be in yuan, like 128.00.")}, []
            )
            self.amount.setFocus()
            return
        note, pin = self.note.toPlainText(), self.pin.text()
        case_id = self.detail.case.id
        self.buttons.setEnabled(False)

        def failed(exc: BaseException) -> None:
            self.buttons.setEnabled(True)
            by_field, rest = split_by_field(self.ctx, exc, self.errors)
            self._show_errors(by_field, rest)
            if "pin" in by_field:
                self.pin.clear()  # a wrong PIN is typed again; everything else stays
                self.pin.setFocus()
            elif "note" in by_field:
                self.note.setFocus()

        self.ctx.tasks.run_db(
            lambda s: _correct(s, self.ctx, case_id, changes, note, pin),
            lambda _n: self.accept(),
            failed,
            owner=self,
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Correct order %1").replace("%1", self.detail.order_no))
        case = self.detail.case
        self.note_label.setText(
            self.tr("Escalation note: %1").replace("%1", case.escalation_note or "—")
            + "\n"
            + self.tr("After saving, the cashier verifies the order again (step 1).")
        )
        self.note.setPlaceholderText(self.tr("What the correction is based on, e.g. the slip"))
        self.pin.setPlaceholderText(self.tr("Confirm with your own PIN"))
        texts = {
            "occurred_at": self.tr("Time"),
            "amount_fen": self.tr("Amount (yuan)"),
            "txn_type": self.tr("Type"),
            "funding": self.tr("Funding"),
            "location": self.tr("Place"),
            "card_masked": self.tr("Card"),
            "rrn": self.tr("Reference no."),
            "trace_no": self.tr("Trace no."),
            "batch_no": self.tr("Batch no."),
            "auth_code": self.tr("Auth code"),
            "operation_no": self.tr("Operation no."),
            "cause": self.tr("Cause"),
            "settled": self.tr("Settled"),
            "success_notified": self.tr("Success notified"),
            "note": self.tr("Note (required)"),
            "pin": self.tr("Your PIN"),
        }
        for key, text in texts.items():
            self.captions[key].setText(text)
