"""Step 1 — 确认挂单信息: the cashier ticks each of the order's fields against the slip and
the customer; once verified, the route (void or refund) and why; or escalate with a note."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.money import format_fen
from ui import labels, shortcuts
from ui.dialogs.common import with_field_error
from ui.wizard.common import FieldError, SaveJob, StepPage, banner
from ui.wizard.qr_query import ProviderQueryBox

VERIFY_FIELDS = ("occurred_at", "location", "amount", "txn_type", "funding")


class VerifyPage(StepPage):
    escalate_requested = Signal()

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        self.escalated_box, self.escalated_label = banner()
        layout.addWidget(self.escalated_box)
        self.intro = QLabel(wordWrap=True)
        layout.addWidget(self.intro)

        self.checks_box = QGroupBox()
        form = QVBoxLayout(self.checks_box)
        self.checks: dict[str, QCheckBox] = {}
        for name in VERIFY_FIELDS:
            box = QCheckBox(objectName=f"check_{name}")
            box.setMinimumHeight(36)
            box.toggled.connect(self.mark_dirty)
            self.checks[name] = box
            self.errors[name] = FieldError(name)
            form.addWidget(with_field_error(box, self.errors[name]))
        layout.addWidget(self.checks_box)

        self.details_box = QGroupBox()
        self.details = QGridLayout(self.details_box)
        self.detail_labels: dict[str, tuple[QLabel, QLabel]] = {}
        for row, name in enumerate(
            ("order_no", "card", "trace_no", "rrn", "operation_no", "batch_no", "cause", "settled")
        ):
            key, value = QLabel(), QLabel(objectName=f"detail_{name}")
            self.details.addWidget(key, row // 2, (row % 2) * 2)
            self.details.addWidget(value, row // 2, (row % 2) * 2 + 1)
            self.detail_labels[name] = (key, value)
        # errors about order data the cashier cannot fix (missing RRN...) show here
        self.errors["rrn"] = FieldError("rrn")
        self.errors["operation_no"] = FieldError("operation_no")
        layout.addWidget(self.details_box)
        layout.addWidget(self.errors["rrn"])
        layout.addWidget(self.errors["operation_no"])

        self.qr_box = ProviderQueryBox(ctx, self)  # a QR order: the provider's 查单
        layout.addWidget(self.qr_box)

        self.route_box, self.route_label = banner("info")
        self.route_label.setObjectName("route_label")
        layout.addWidget(self.route_box)

        row = QHBoxLayout()
        self.escalate_button = QPushButton(objectName="escalate")
        self.escalate_button.setMinimumHeight(36)
        self.escalate_button.clicked.connect(self.escalate_requested)
        shortcuts.bind("escalate", self, self.escalate_button.click)
        row.addWidget(self.escalate_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.retranslate()

    # --- the dialog's calls ---------------------------------------------------------------

    def load(self, snap) -> None:
        super().load(snap)
        for name, box in self.checks.items():
            box.blockSignals(True)
            box.setChecked(bool(snap.verify_checks.get(name)))
            box.blockSignals(False)
        self.qr_box.load(snap.case_id, snap.before_submission and snap.stage != "ESCALATED")
        self._render()

    def save_job(self) -> SaveJob | None:
        snap = self.snap
        if snap is not None and snap.route and not self.dirty and all(snap.verify_checks.values()):
            return None  # verified before and untouched: just move on
        checks = {name: box.isChecked() for name, box in self.checks.items()}

        def job(session, case, actor):
            from app.workflow import verify

            return verify(session, case, actor, checks)

        return job

    def can_go_next(self) -> bool:
        return self.snap is not None and self.snap.stage != "ESCALATED"

    # --- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Check each item against the slip and with the customer, and tick it. "
                "If anything does not match, escalate to a shift lead."
            )
        )
        self.checks_box.setTitle(self.tr("Confirm each item"))
        self.details_box.setTitle(self.tr("Other details of the order"))
        names = {
            "order_no": self.tr("Order no."),
            "card": self.tr("Card"),
            "trace_no": self.tr("Trace no."),
            "rrn": self.tr("Reference no. (RRN)"),
            "operation_no": self.tr("Operation no."),
            "batch_no": self.tr("Batch no."),
            "cause": self.tr("Suspension cause"),
            "settled": self.tr("Settled / notified"),
        }
        for name, (key, _value) in self.detail_labels.items():
            key.setText(names[name] + ":")
            key.setStyleSheet("color: #6b7280;")
        self.escalate_button.setText(self.tr("Escalate…"))
        self.escalate_button.setToolTip(
            self.tr("A field is wrong or missing: send the case to a shift lead (Ctrl+E)")
        )
        self._render()

    def _render(self) -> None:
        snap = self.snap
        if snap is None:
            return
        values = {
            "occurred_at": (self.tr("Sale time"), snap.occurred_at),
            "location": (self.tr("Place"), snap.location),
            "amount": (self.tr("Amount"), format_fen(snap.amount_fen)),
            "txn_type": (self.tr("Type"), labels.label(labels.TXN_TYPE, snap.txn_type)),
            "funding": (self.tr("Sale funding"), labels.label(labels.FUNDING, snap.funding)),
        }
        for name, (title, value) in values.items():
            self.checks[name].setText(f"{title}:  {value}")
        none = self.tr("(none)")
        settled = labels.yes_no(snap.settled) + " / " + labels.yes_no(snap.success_notified)
        shown = {
            "order_no": snap.order_no,
            "card": snap.card_masked or none,
            "trace_no": snap.trace_no or none,
            "rrn": snap.rrn or none,
            "operation_no": snap.operation_no or none,
            "batch_no": snap.batch_no or none,
            "cause": labels.label(labels.CAUSE, snap.cause),
            "settled": settled,
        }
        for name, (_key, value) in self.detail_labels.items():
            value.setText(shown[name])
        escalated = snap.stage == "ESCALATED"
        self.escalated_box.setVisible(escalated)
        if escalated:
            self.escalated_label.setText(
                self.tr(
                    "Escalated: this case waits until a shift lead corrects the order's data. "
                    "It then comes back to this step. Note: %1"
                ).replace("%1", snap.escalation_note)
            )
        editable = snap.before_submission and not escalated
        self.checks_box.setEnabled(editable)
        self.escalate_button.setEnabled(editable)
        self.route_box.setVisible(bool(snap.route))
        if snap.route:
            route = self.ctx.msg(f"route.{snap.route}")
            why = self.ctx.msg(snap.route_reason) if snap.route_reason else ""
            self.route_label.setText(
                self.tr("Route: %1 — %2").replace("%1", route).replace("%2", why)
            )
