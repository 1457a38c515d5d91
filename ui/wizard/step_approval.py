"""Step 4 — 提交申请并等待审批: submit, then wait without blocking. The wizard polls the case
(see WizardDialog) so an approval made at another counter shows up here by itself."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui import shortcuts
from ui.wizard.common import SteadyButton, StepPage, banner
from ui.wizard.review import CaseReview


class ApprovalPage(StepPage):
    approval_requested = Signal()
    submit_requested = Signal()

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
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
        # everything the lead judges, on the page where they decide
        self.review = CaseReview(ctx, decision=False)
        layout.addWidget(self.review)
        layout.addStretch(1)

        self._clock = QTimer(self, interval=1000)
        self._clock.timeout.connect(self._render)
        self.retranslate()

    # --- the dialog's calls ---------------------------------------------------------------

    def load(self, snap) -> None:
        super().load(snap)
        if snap.stage == "PENDING_APPROVAL":
            self._clock.start()
        else:
            self._clock.stop()
        self.review.load(snap)
        order_id = snap.order_id

        def entries(session: Any) -> list[Any]:
            from app.queries import timeline

            return timeline(session, order_id)

        self.ctx.tasks.run_db(entries, self.review.set_timeline, lambda _e: None, owner=self)
        self._render()

    def _waited(self) -> str:
        """How long the application has waited, counted from its submission (the case's
        submitted_at, whichever counter submitted it), not from opening this window."""
        from app.clock import utcnow

        since = self.snap.submitted_at if self.snap is not None else None
        seconds = max(0, int((utcnow() - since).total_seconds())) if since else 0
        hours, rest = divmod(seconds, 3600)
        minutes, secs = divmod(rest, 60)
        if hours:
            return self.tr("%1 h %2 min").replace("%1", str(hours)).replace("%2", str(minutes))
        if minutes:
            return self.tr("%1 min %2 s").replace("%1", str(minutes)).replace("%2", str(secs))
        return self.tr("%1 s").replace("%1", str(secs))

    def _submit_clicked(self) -> None:
        if not self.submit_button.too_soon():
            self.submit_requested.emit()

    def can_go_next(self) -> bool:
        """Next never submits: before submission there is nothing after this page."""
        return self.snap is not None and self.snap.stage in ("APPROVED", "DONE", "CLOSED")

    # --- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
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
            self.detail.setText(
                self.tr(
                    "Waiting %1 since submission. The lead may approve here or at any counter; "
                    "this window notices by itself. You may also save and close, and come back "
                    "later."
                ).replace("%1", self._waited())
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
