"""Everything recorded on a case, read-only: the application, the buyer contact and their
consent, the evidence, the decision and the order's timeline. Step 4 shows it to the lead
who judges the application; the finished-case summary shows it after the money moved."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QListWidget, QVBoxLayout, QWidget

from app.clock import format_local
from app.money import format_fen
from app.phones import mask_phone
from ui import labels
from ui.i18n import RetranslateMixin

FORM_ROWS = ("case_no", "route", "amount", "applicant", "date", "reason")
CONTACT_ROWS = ("channel", "customer", "reason", "explanation", "bank", "consent")
DECISION_ROWS = ("decision", "approver", "comment", "decided_at")


def _rows(box: QGroupBox, names: tuple[str, ...], prefix: str) -> dict[str, tuple[QLabel, QLabel]]:
    layout = QFormLayout(box)
    layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    rows = {}
    for name in names:
        key, value = QLabel(), QLabel(objectName=f"{prefix}_{name}", wordWrap=True)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addRow(key, value)
        rows[name] = (key, value)
    return rows


class CaseReview(RetranslateMixin, QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None, *, decision: bool = True) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.snap: Any = None
        self.entries: list[Any] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.form_box = QGroupBox(objectName="review_form")
        self.form_rows = _rows(self.form_box, FORM_ROWS, "review_form")
        self.contact_box = QGroupBox(objectName="review_contact")
        self.contact_rows = _rows(self.contact_box, CONTACT_ROWS, "review_contact")
        self.evidence_box = QGroupBox(objectName="review_evidence")
        evidence_layout = QVBoxLayout(self.evidence_box)
        self.evidence = QListWidget(objectName="review_evidence_list")
        self.evidence.setMaximumHeight(90)
        evidence_layout.addWidget(self.evidence)
        self.decision_box = QGroupBox(objectName="review_decision")
        self.decision_rows = _rows(self.decision_box, DECISION_ROWS, "review_decision")
        self.decision_box.setVisible(False)
        self._with_decision = decision
        self.timeline_box = QGroupBox(objectName="review_timeline")
        timeline_layout = QVBoxLayout(self.timeline_box)
        self.timeline = QListWidget(objectName="review_timeline_list")
        self.timeline.setMinimumHeight(110)
        timeline_layout.addWidget(self.timeline)
        for box in (
            self.form_box,
            self.contact_box,
            self.evidence_box,
            self.decision_box,
            self.timeline_box,
        ):
            layout.addWidget(box)
        self.retranslate()

    def load(self, snap: Any, entries: list[Any] | None = None) -> None:
        self.snap = snap
        if entries is not None:
            self.entries = list(entries)
        self._render()

    def set_timeline(self, entries: list[Any]) -> None:
        self.entries = list(entries)
        self._render()

    def retranslate(self) -> None:
        self.form_box.setTitle(self.tr("The application"))
        self.contact_box.setTitle(self.tr("Contact with the buyer"))
        self.evidence_box.setTitle(self.tr("Evidence files"))
        self.decision_box.setTitle(self.tr("Shift lead's decision"))
        self.timeline_box.setTitle(self.tr("The order's timeline"))
        names = {
            "case_no": self.tr("Case no."),
            "route": self.tr("Route"),
            "amount": self.tr("Amount"),
            "applicant": self.tr("Applicant"),
            "date": self.tr("Application date"),
            "reason": self.tr("Reason on the form"),
            "channel": self.tr("Contacted by"),
            "customer": self.tr("Customer"),
            "explanation": self.tr("Explanation given"),
            "bank": self.tr("Issuing bank"),
            "consent": self.tr("Customer's consent"),
            "decision": self.tr("Decision"),
            "approver": self.tr("Approver"),
            "comment": self.tr("Comment"),
            "decided_at": self.tr("Decided at"),
        }
        contact_names = dict(names, reason=self.tr("Reason"))
        for rows, words in (
            (self.form_rows, names),
            (self.contact_rows, contact_names),
            (self.decision_rows, names),
        ):
            for name, (key, _value) in rows.items():
                key.setText(words[name])
        self._render()

    def _render(self) -> None:
        snap = self.snap
        if snap is None:
            return
        dash = "—"
        form = snap.form
        route = self.ctx.msg(f"route.{snap.route}") if snap.route else dash
        shown = {
            "case_no": snap.case_no,
            "route": route,
            "amount": format_fen(form.amount_fen),
            "applicant": "  ".join(
                p for p in (form.applicant_name, mask_phone(form.applicant_phone or "")) if p
            )
            or dash,
            "date": form.application_date.isoformat() if form.application_date else dash,
            "reason": form.reason_summary or dash,
        }
        for name, (_key, value) in self.form_rows.items():
            value.setText(shown[name])

        reason = labels.label("reason", snap.contact_reason) if snap.contact_reason else dash
        if snap.contact_reason == "OTHER" and snap.contact_reason_other:
            reason = f"{reason}：{snap.contact_reason_other}"
        customer = "  ".join(p for p in (snap.customer_name, snap.customer_phone_masked) if p)
        bank = self.tr("Not contacted")
        if snap.bank_contacted:
            bank = "  ".join(
                p for p in (self.tr("Contacted"), snap.bank_hotline, snap.bank_reference) if p
            )
        consent = (
            "✔ " + self.tr("The customer agreed")
            if snap.customer_agreed
            else "✘ " + self.tr("No agreement recorded")
        )
        contact = {
            "channel": labels.label("channel", snap.contact_channel)
            if snap.contact_channel
            else self.tr("Not recorded yet"),
            "customer": customer or dash,
            "reason": reason,
            "explanation": snap.explanation or dash,
            "bank": bank,
            "consent": consent,
        }
        for name, (_key, value) in self.contact_rows.items():
            value.setText(contact[name])
        agreed_style = "color: #15803d;" if snap.customer_agreed else "color: #b91c1c;"
        self.contact_rows["consent"][1].setStyleSheet(f"font-weight: bold; {agreed_style}")

        self.evidence.clear()
        for item in snap.evidence():
            self.evidence.addItem(f"{item.filename}  ({item.size // 1024 or 1} KB)")
        if not snap.evidence():
            self.evidence.addItem(self.tr("No evidence files attached."))

        decision = snap.decision
        self.decision_box.setVisible(self._with_decision and decision is not None)
        if decision is not None:
            words = self.tr("Approved") if decision.decision == "APPROVE" else self.tr("Rejected")
            values = {
                "decision": words,
                "approver": decision.approver,
                "comment": decision.comment or dash,
                "decided_at": decision.decided_at,
            }
            for name, (_key, value) in self.decision_rows.items():
                value.setText(values[name])

        zone = getattr(self.ctx.settings, "timezone", "Asia/Shanghai") or "Asia/Shanghai"
        self.timeline.clear()
        for entry in self.entries:
            when = format_local(entry.at, zone, "%m-%d %H:%M")
            who = f" · {entry.actor_name}" if entry.actor_name else ""
            self.timeline.addItem(f"{when}  {labels.event_label(entry.kind)}{who}")
        if not self.entries:
            self.timeline.addItem(self.tr("Nothing recorded yet."))


def review_data(session: Any, case_id: Any, user_id: Any) -> tuple[Any, list[Any]]:
    """On the database worker: the case's snapshot and its order's timeline."""
    from app.models import User
    from app.queries import timeline
    from app.workflow import get_case
    from ui.wizard.snapshot import read_snapshot

    case = get_case(session, case_id)
    snap = read_snapshot(session, case, session.get_one(User, user_id))
    return snap, timeline(session, case.order_id)
