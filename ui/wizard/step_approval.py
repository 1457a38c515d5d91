"""Step 4 — 提交申请并等待审批: submit, then wait without blocking. The wizard polls the case
(see WizardDialog) so an approval made at another counter shows up here by itself."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from app.money import format_fen
from ui import shortcuts
from ui.wizard.common import SteadyButton, StepPage, banner


class ApprovalPage(StepPage):
    approval_requested = Signal()
    submit_requested = Signal()

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        self.summary_box = QGroupBox()
        summary = QFormLayout(self.summary_box)
        self.summary: dict[str, tuple[QLabel, QLabel]] = {}
        for name in ("case_no", "route", "amount", "applicant", "attachments"):
            key, value = QLabel(), QLabel(objectName=f"summary_{name}")
            summary.addRow(key, value)
            self.summary[name] = (key, value)
        layout.addWidget(self.summary_box)

        self.status = QLabel(objectName="approval_status", wordWrap=True)
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setStyleSheet("font-size: 18px; padding: 12px;")
        layout.addWidget(self.status)
        self.detail = QLabel(objectName="approval_detail", wordWrap=True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.setStyleSheet("color: #4b5563;")
        layout.addWidget(self.detail)
        self.closed_box, self.closed_label = banner()
        self.closed_label.setObjectName("closed_label")
        layout.addWidget(self.closed_box)

        # Submitting locks the form and its evidence: a button of its own on the page, left
        # of centre and away from the footer's 下一步, so a double-click there cannot submit.
        self.submit_button = SteadyButton(objectName="submit_application")
        self.submit_button.setMinimumHeight(44)
        self.submit_button.setStyleSheet("font-weight: bold;")
        self.submit_button.clicked.connect(self._submit_clicked)
        layout.addWidget(self.submit_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.approve_button = SteadyButton(objectName="lead_approval")
        self.approve_button.setMinimumHeight(44)
        self.approve_button.clicked.connect(self.approval_requested)
        shortcuts.bind("approve", self, self.approve_button.click)
        layout.addWidget(self.approve_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)

        self._waiting_since: float | None = None
        self._clock = QTimer(self, interval=1000)
        self._clock.timeout.connect(self._render)
        self.retranslate()

    # --- the dialog's calls ---------------------------------------------------------------

    def load(self, snap) -> None:
        super().load(snap)
        if snap.stage == "PENDING_APPROVAL":
            if self._waiting_since is None:
                self._waiting_since = time.monotonic()
            self._clock.start()
        else:
            self._waiting_since = None
            self._clock.stop()
        self._render()

    def _submit_clicked(self) -> None:
        if not self.submit_button.too_soon():
            self.submit_requested.emit()

    def can_go_next(self) -> bool:
        """Next never submits: before submission there is nothing after this page."""
        return self.snap is not None and self.snap.stage in ("APPROVED", "DONE", "CLOSED")

    # --- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.summary_box.setTitle(self.tr("The application"))
        names = {
            "case_no": self.tr("Case no."),
            "route": self.tr("Route"),
            "amount": self.tr("Amount"),
            "applicant": self.tr("Applicant"),
            "attachments": self.tr("Evidence files"),
        }
        for name, (key, _value) in self.summary.items():
            key.setText(names[name])
        self.submit_button.setText(self.tr("Submit application"))
        self.submit_button.setToolTip(
            self.tr("Send the form to a shift lead; the form and its evidence then lock")
        )
        self.approve_button.setText(self.tr("Shift lead approval…"))
        self.approve_button.setToolTip(
            self.tr("A shift lead approves or rejects here with their own PIN (%1)").replace(
                "%1", shortcuts.shown("approve")
            )
        )
        self._render()

    def _render(self) -> None:
        snap = self.snap
        if snap is None:
            return
        form = snap.form
        shown = {
            "case_no": snap.case_no,
            "route": self.ctx.msg(f"route.{snap.route}") if snap.route else "",
            "amount": format_fen(form.amount_fen),
            "applicant": f"{form.applicant_name}  {form.applicant_phone}",
            "attachments": str(len(snap.evidence())),
        }
        for name, (_key, value) in self.summary.items():
            value.setText(shown[name])
        waiting = snap.stage == "PENDING_APPROVAL"
        self.approve_button.setVisible(waiting)
        self.submit_button.setVisible(snap.stage == "FORM")
        self.closed_box.setVisible(snap.stage == "CLOSED")
        if snap.stage == "FORM":
            self.status.setText(self.tr("Ready to submit for approval."))
            self.detail.setText(
                self.tr(
                    "Check the application below, then press Submit application. "
                    "After submitting, the form and its evidence can no longer change."
                )
            )
        elif waiting:
            self.status.setText(self.tr("Waiting for a shift lead's approval…"))
            seconds = int(time.monotonic() - (self._waiting_since or time.monotonic()))
            self.detail.setText(
                self.tr(
                    "Waiting %1 s. The lead may approve here or at any counter; this window "
                    "notices by itself. You may also save and close, and come back later."
                ).replace("%1", str(seconds))
            )
        elif snap.stage == "CLOSED":
            self.status.setText(self.tr("The application was rejected and closed."))
            self.detail.setText("")
            decision = snap.decision
            if decision is not None:
                self.closed_label.setText(
                    self.tr("Closed by %1 on %2: %3")
                    .replace("%1", decision.approver)
                    .replace("%2", decision.decided_at)
                    .replace("%3", decision.comment)
                )
        else:
            self.status.setText(self.tr("Approved."))
            decision = snap.decision
            self.detail.setText(
                self.tr("Approved by %1 on %2.")
                .replace("%1", decision.approver if decision else "")
                .replace("%2", decision.decided_at if decision else "")
            )
