"""The five-step cancellation wizard (撤销五步): a step rail, one page per step, and the
buttons. Each Next saves the page through its service on the database worker and advances
only when that worked; the case resumes on any counter at its current stage."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.money import format_fen
from ui import shortcuts
from ui.i18n import RetranslateMixin
from ui.wizard.common import (
    FieldError,
    LocalInputError,
    SaveJob,
    SteadyButton,
    StepPage,
    split_problems,
)
from ui.wizard.note_dialog import NoteDialog
from ui.wizard.pin_dialog import PinDialog
from ui.wizard.rail import StepRail
from ui.wizard.snapshot import case_step
from ui.wizard.step_approval import ApprovalPage
from ui.wizard.step_contact import ContactPage
from ui.wizard.step_execute import ExecutePage, TerminalOpener
from ui.wizard.step_form import FormPage
from ui.wizard.step_verify import VerifyPage

# The page each stage lands on when the wizard opens (or when a decision arrives).
STAGE_PAGE = {
    "VERIFY": 0,
    "ESCALATED": 0,
    "CONTACT": 1,
    "FORM": 2,
    "PENDING_APPROVAL": 3,
    "CLOSED": 3,
    "APPROVED": 4,
    "DONE": 4,
}
POLL_MS = 2000  # a decision made at another counter shows up within this
LEASE_HEARTBEAT_MS = 60_000  # app.leases.HEARTBEAT: well inside the lease's 3 minutes
WATCHED_STAGES = ("PENDING_APPROVAL", "ESCALATED")  # stages someone else moves on

STYLE = """
QPushButton { min-height: 36px; padding: 0 16px; }
QLineEdit, QComboBox, QDateEdit { min-height: 32px; }
QCheckBox::indicator, QRadioButton::indicator, QGroupBox::indicator { width: 20px; height: 20px; }
QPushButton#next { font-weight: bold; }
"""


def default_terminal_opener(ctx: Any) -> TerminalOpener:
    """How step 5 reaches the terminal: the store's configured driver (app.payments.card.store_terminal), so the
    simulator's journal is the one beside this store's database, and training is simulated."""

    def open_terminal(progress: Any, case_id: Any = None) -> Any:
        from app.payments.card.store_terminal import configured_driver

        def card() -> Any:
            return configured_driver(ctx.store, ctx.settings, progress)

        if case_id is None:
            return card()
        # A QR order goes to its provider (or, not set up, to the manual path), never to the
        # card terminal.
        from app.counter import counter_id
        from app.payments.qr.routing import channel_for_order
        from app.workflow import get_case

        with ctx.store.transaction() as session:
            order = get_case(session, case_id).order
            return channel_for_order(session, order, card, counter_id())

    open_terminal.takes_case = True  # type: ignore[attr-defined]
    return open_terminal


def _scrolled(page: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(page)
    return area


class WizardDialog(RetranslateMixin, QDialog):
    def __init__(
        self,
        ctx: Any,
        order_id: uuid.UUID,
        parent: QWidget | None = None,
        *,
        open_terminal: TerminalOpener | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.order_id = order_id
        self.snap: Any = None
        self.index = 0
        self.busy = False
        self._close_anyway = False
        self._polling = False
        self._load_error: BaseException | None = None
        self._focused = False  # the first page shown took the focus
        self.setObjectName("wizard")
        self.setStyleSheet(STYLE)
        self.setMinimumSize(800, 600)
        self.resize(1000, 720)

        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        header = QFrame(objectName="header")
        header.setStyleSheet("QFrame#header { border-bottom: 1px solid #d1d5db; }")
        header_layout = QVBoxLayout(header)
        self.heading = QLabel(objectName="heading")
        self.heading.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.subheading = QLabel(objectName="subheading")
        self.subheading.setStyleSheet("color: #4b5563;")
        header_layout.addWidget(self.heading)
        header_layout.addWidget(self.subheading)
        root.addWidget(header)

        body = QHBoxLayout()
        body.setSpacing(0)
        self.rail = StepRail()
        body.addWidget(self.rail)
        right = QVBoxLayout()
        right.setContentsMargins(12, 8, 12, 8)
        self.step_title = QLabel(objectName="step_title")
        self.step_title.setStyleSheet("font-size: 16px; font-weight: bold; padding: 4px 0;")
        right.addWidget(self.step_title)
        self.stack = QStackedWidget()
        right.addWidget(self.stack, 1)
        body.addLayout(right, 1)
        root.addLayout(body, 1)

        self.verify_page = VerifyPage(ctx)
        self.contact_page = ContactPage(ctx)
        self.form_page = FormPage(ctx)
        self.approval_page = ApprovalPage(ctx)
        self.execute_page = ExecutePage(ctx, open_terminal or default_terminal_opener(ctx))
        self.pages: list[StepPage] = [
            self.verify_page,
            self.contact_page,
            self.form_page,
            self.approval_page,
            self.execute_page,
        ]
        for page in self.pages:
            self.stack.addWidget(page if page is self.form_page else _scrolled(page))
            page.errors_changed.connect(self._errors_changed)
        self.verify_page.escalate_requested.connect(self.escalate)
        self.verify_page.qr_box.changed.connect(self._load)
        self.form_page.snapshot_changed.connect(self._attachments_changed)
        self.approval_page.approval_requested.connect(self.open_pin_dialog)
        self.approval_page.submit_requested.connect(self.submit)
        self.execute_page.finished.connect(lambda snap: self._apply(snap, land=True))
        self.execute_page.busy.connect(self._device_busy)

        footer = QFrame(objectName="footer")
        footer.setStyleSheet("QFrame#footer { border-top: 1px solid #d1d5db; }")
        footer_layout = QVBoxLayout(footer)
        self.message = FieldError("wizard_message")
        footer_layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.status = QLabel(objectName="wizard_status")
        self.status.setStyleSheet("color: #6b7280;")
        buttons.addWidget(self.status, 1)
        self.withdraw_button = QPushButton(objectName="withdraw")
        self.withdraw_button.setMinimumHeight(40)
        self.withdraw_button.setAutoDefault(False)
        self.withdraw_button.clicked.connect(self.withdraw)
        buttons.insertWidget(0, self.withdraw_button)
        self.save_close = QPushButton(objectName="save_close")
        self.back_button = QPushButton(objectName="back")
        self.next_button = SteadyButton(objectName="next")
        for button in (self.save_close, self.back_button, self.next_button):
            button.setMinimumHeight(40)
            button.setAutoDefault(False)
            buttons.addWidget(button)
        footer_layout.addLayout(buttons)
        root.addWidget(footer)
        # Only now is the button inside the dialog, which must know it as its default button:
        # Enter anywhere (a check box, a line edit) means Next.
        self.next_button.setDefault(True)
        # A page's own buttons (升级处理, 选择文件, 添加文件…) act on a click or Space: Enter
        # after using one is still Next, not that button again (it reopened the file chooser).
        for page in self.pages:
            for button in page.findChildren(QPushButton):
                button.setAutoDefault(False)
        self.save_close.clicked.connect(self.save_and_close)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        shortcuts.bind("back", self, self.back)
        shortcuts.bind("withdraw", self, self._withdraw_shortcut)

        self._poll_timer = QTimer(self, interval=POLL_MS)
        self._poll_timer.timeout.connect(self._poll)
        # While the wizard is open this counter renews its lease on the order (app.leases):
        # another counter is told who works on it; a counter that vanished lets it run out.
        self._lease_timer = QTimer(self, interval=LEASE_HEARTBEAT_MS)
        self._lease_timer.timeout.connect(self._renew_lease)
        if getattr(ctx, "link", None) is not None:  # a shared server announces changes at once
            ctx.link.notice.connect(self._case_announced)
            ctx.link.changed.connect(self._link_changed)
        self.retranslate()
        self._set_busy(True)
        self._load()

    # --- loading and applying the case ----------------------------------------------------

    def _load(self) -> None:
        order_id, user_id, training = self.order_id, self.ctx.user_id, self.ctx.training

        def job(session):
            from app.models import User
            from app.workflow import open_case
            from ui.wizard.snapshot import read_snapshot

            actor = session.get_one(User, user_id)
            case = open_case(session, order_id, actor, training=training)
            session.flush()
            return read_snapshot(session, case, actor)

        self.ctx.tasks.run_db(
            job, on_success=self._loaded, on_failure=self._load_failed, owner=self
        )

    def _loaded(self, snap) -> None:
        self._set_busy(False)
        self._lease_timer.start()
        self._apply(snap, land=True)

    def _load_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._load_error = error
        self.message.show_text(split_problems(self.ctx, error, set())[1][0])
        self._refresh()

    def _apply(self, snap, *, land: bool = False, saved: StepPage | None = None) -> None:
        """Show `snap` on every page. After a step's save, another page with unsaved edits
        keeps them; landing on the case's stage (opened, decided elsewhere) reloads all."""
        self.snap = snap
        for page in self.pages:
            if land or page is saved or not page.dirty:
                page.load(snap)
            else:
                page.snap = snap
        if land:
            self.index = STAGE_PAGE.get(snap.stage, 0)
        watched = snap.stage in WATCHED_STAGES
        if watched and not self._poll_timer.isActive():
            self._poll_timer.start()
        elif not watched:
            self._poll_timer.stop()
        self._refresh()

    def _attachments_changed(self, snap) -> None:
        self.snap = snap
        self.form_page.snap = snap
        self._refresh()

    def max_page(self) -> int:
        """The furthest page the case allows now."""
        if self.snap is None:
            return 0
        if self.snap.stage == "FORM" and self.snap.form_filled:
            return 3  # the form is saved: submitting is next
        return STAGE_PAGE.get(self.snap.stage, 0)

    # --- navigation -----------------------------------------------------------------------

    def next(self) -> None:
        if self.busy or self.snap is None:
            if self._load_error is not None:
                self.done(QDialog.DialogCode.Rejected)
            return
        if self.next_button.too_soon():
            return  # the second press of a double-click (or Enter held down) on a new page
        page = self.pages[self.index]
        if not page.can_go_next():
            return
        if page.primary():
            self._refresh()
            return
        if self.snap.stage in ("DONE", "CLOSED"):
            self._finish()
            return
        try:
            job = page.save_job()
        except LocalInputError as error:
            self._show_failure(page, error)
            return
        index = self.index
        if job is None:
            self._go(min(index + 1, self.max_page()))
            return
        self._run_case_job(job, page, lambda snap: self._saved(index, page, snap))

    def submit(self) -> None:
        """Step 4's own button: the case goes to a lead; form and evidence lock."""
        if self.busy or self.snap is None or self.snap.stage != "FORM":
            return

        def job(session, case, actor):
            from app.workflow import submit

            submit(session, case, actor)

        self._run_case_job(job, self.approval_page, lambda snap: self._apply(snap, land=True))

    def _saved(self, index: int, page: StepPage, snap) -> None:
        self._apply(snap, saved=page)
        self._go(min(index + 1, self.max_page()))

    def back(self) -> None:
        if self.busy or self.snap is None or not self.snap.before_submission or self.index == 0:
            return
        self._go(self.index - 1)

    def _go(self, index: int) -> None:
        self.index = index
        self._close_anyway = False
        self.message.show_text("")
        self._refresh()

    def _run_case_job(
        self, job: SaveJob, page: StepPage | None, on_success, on_failure=None
    ) -> None:
        work = case_step(self.snap.case_id, self.ctx.user_id, job)

        def failed(error: BaseException) -> None:
            self._set_busy(False)
            self._show_failure(page, error)
            if on_failure is not None:
                on_failure(error)

        def done(snap) -> None:
            self._set_busy(False)
            self.message.show_text("")
            on_success(snap)

        self._set_busy(True)
        self.ctx.tasks.run_db(work, on_success=done, on_failure=failed, owner=self)

    def _show_failure(self, page: StepPage | None, error: BaseException) -> None:
        leftover = page.show_problems(error) if page is not None else [str(error)]
        if page is not None:
            page.focus_first_error()
        problems = getattr(error, "problems", None)
        self._counting = bool(problems and not leftover)
        if self._counting:
            leftover = [self.ctx.msg("validation.failed", count=len(problems))]
        self.message.show_text("\n".join(leftover))

    def _errors_changed(self) -> None:
        """A fixed field's error went: the footer's count follows (and goes with the last)."""
        if not getattr(self, "_counting", False):
            return
        left = self.pages[self.index].errors_shown()
        self._counting = left > 0
        self.message.show_text(self.ctx.msg("validation.failed", count=left) if left else "")

    # --- escalation and approval ----------------------------------------------------------

    def escalate(self) -> None:
        """A field is wrong or missing: the case waits for a lead (note required)."""

        def action(note: str):
            def job(session, case, actor):
                from app.workflow import escalate

                escalate(session, case, actor, note)

            return job

        self.escalate_dialog = self._note_dialog("escalate", action, lambda snap: None)

    def withdraw(self) -> None:
        """Stop the case before submission (the customer did not agree...); the order re-opens."""

        def action(note: str):
            def job(session, case, actor):
                from app.workflow import withdraw

                withdraw(session, case, actor, note)

            return job

        self.withdraw_dialog = self._note_dialog("withdraw", action, lambda snap: self._finish())

    def _withdraw_shortcut(self) -> None:
        if self.withdraw_button.isVisible() and self.withdraw_button.isEnabled():
            self.withdraw()

    def _note_dialog(self, kind: str, action, then) -> NoteDialog:
        dialog = NoteDialog(kind, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def submitted(note: str) -> None:
            def failed(error: BaseException) -> None:
                by_field, rest = split_problems(self.ctx, error, dialog.errors)
                dialog.failed(by_field, rest)

            def done(snap) -> None:
                dialog.succeeded()
                self._apply(snap, land=True)
                then(snap)

            work = case_step(self.snap.case_id, self.ctx.user_id, action(note))
            self.ctx.tasks.run_db(work, on_success=done, on_failure=failed, owner=dialog)

        dialog.submitted.connect(submitted)
        dialog.open()
        return dialog

    def open_pin_dialog(self) -> None:
        dialog = PinDialog(self.ctx, self.snap.case_id, format_fen(self.snap.form.amount_fen), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.decided.connect(lambda snap: self._apply(snap, land=True))
        self.pin_dialog = dialog
        dialog.open()

    def _poll(self) -> None:
        """Re-read the case: a lead may have decided (or corrected the data) elsewhere."""
        if self._polling or self.busy or self.snap is None:
            return
        self._polling = True
        before = self.snap.stage
        job = case_step(self.snap.case_id, self.ctx.user_id)

        def done(snap) -> None:
            self._polling = False
            if snap.stage != before and self.snap is not None and self.snap.stage == before:
                self._apply(snap, land=True)

        def failed(_error: BaseException) -> None:
            self._polling = False  # the next tick tries again; a blip is not worth a message

        self.ctx.tasks.run_db(job, on_success=done, on_failure=failed, owner=self)

    def _renew_lease(self) -> None:
        order_id, user_id = self.order_id, self.ctx.user_id

        def job(session):
            from app import leases
            from app.models import User

            leases.claim(session, order_id, session.get_one(User, user_id))

        def failed(error: BaseException) -> None:
            # Lost to another counter (a lead broke it, it ran out while offline): say so now,
            # not at the next save.
            from app.leases import LeaseHeld

            if isinstance(error, LeaseHeld):
                self.message.show_text(split_problems(self.ctx, error, set())[1][0])

        self.ctx.tasks.run_db(job, on_failure=failed, owner=self)

    def _release_lease(self) -> None:
        self._lease_timer.stop()
        if self.snap is None:
            return  # never held (the load was refused)
        order_id = self.order_id

        def job(session):
            from app import leases

            leases.release(session, order_id)

        self.ctx.tasks.run_db(job)

    def _case_announced(self, notice) -> None:
        """The server says a case changed (a lead decided at another counter): if it is this
        one, re-read it now rather than at the next poll."""
        if self.snap is not None and notice.payload == str(self.snap.case_id):
            self._poll()

    def _link_changed(self, status) -> None:
        if status.online:
            self._poll()  # announcements made while the link was down are lost: re-read

    # --- closing --------------------------------------------------------------------------

    def save_and_close(self) -> None:
        """Esc and the close button: save the page on screen when it was edited, then close.

        If the page cannot be saved as it is, its problems show and a second Esc closes
        without saving it (what earlier steps saved stays saved)."""
        if self.execute_page.running:
            self.message.show_text(self.tr("Wait until the terminal has answered."))
            return
        if self.busy and self.snap is not None:
            return
        page = self.pages[self.index] if self.snap is not None else None
        if self._close_anyway or page is None or not page.dirty or not self.snap.before_submission:
            self._finish()
            return
        try:
            job = page.save_job()
        except LocalInputError as error:
            job, failure = None, error
        else:
            failure = None
        if failure is not None or job is None:
            if failure is not None:
                self._show_failure(page, failure)
                self._offer_close_anyway()
            else:
                self._finish()
            return

        self._run_case_job(job, page, lambda _snap: self._finish(), self._offer_close_anyway)

    def _offer_close_anyway(self, *_: object) -> None:
        self._close_anyway = True
        self.status.setText(
            self.tr("Not saved: fix the marked fields, or press Esc again to close without saving.")
        )

    def _finish(self) -> None:
        self._poll_timer.stop()
        self._release_lease()
        self.ctx.orders_changed.emit()
        self.done(QDialog.DialogCode.Accepted)

    def reject(self) -> None:  # Esc
        self.save_and_close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self.result() == QDialog.DialogCode.Accepted or not self.isVisible():
            event.accept()
            return
        event.ignore()
        self.save_and_close()

    # --- state of the buttons and texts ---------------------------------------------------

    def _device_busy(self, running: bool) -> None:
        self._refresh()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._refresh()

    def _refresh(self) -> None:
        snap = self.snap
        if snap is not None:
            if self.stack.currentIndex() != self.index or not self._focused:
                self._focused = True
                page = self.pages[self.index]
                QTimer.singleShot(0, page, page.focus_first)  # once it is shown
            self.stack.setCurrentIndex(self.index)
            done_before = 5 if snap.stage == "DONE" else STAGE_PAGE.get(snap.stage, 0)
            if snap.stage == "FORM" and snap.form_filled:
                done_before = 3  # the form is saved: step 3 is done, submission is next
            self.rail.set_state(self.index, done_before)
        page = self.pages[self.index]
        running = self.execute_page.running
        self.next_button.setEnabled(
            (snap is not None and not self.busy and page.can_go_next())
            or self._load_error is not None
            or (snap is not None and snap.stage in ("DONE", "CLOSED") and not running)
        )
        self.back_button.setEnabled(
            snap is not None and not self.busy and snap.before_submission and self.index > 0
        )
        self.save_close.setEnabled(not running)
        finished = snap is not None and snap.stage in ("DONE", "CLOSED")
        self.save_close.setVisible(not finished)  # nothing left to save: Next says Close
        self.withdraw_button.setVisible(snap is not None and snap.before_submission)
        self.withdraw_button.setEnabled(not self.busy)
        if self._load_error is not None or snap is not None and snap.stage == "CLOSED":
            self.next_button.setText(self.tr("Close"))
        else:
            self.next_button.setText(page.next_text() + "  ↵")
        if self.busy:
            self.status.setText(self.tr("Saving…"))
        elif not self._close_anyway:
            self.status.setText("")
        self._retitle()

    def retranslate(self) -> None:
        self.withdraw_button.setText(self.tr("Withdraw…"))
        self.withdraw_button.setToolTip(
            self.tr("Close the case without moving money; the order stays suspended (Ctrl+W)")
        )
        self.save_close.setText(self.tr("Save and close"))
        self.save_close.setToolTip(
            self.tr("Save this step and close; resume later on any counter (Esc)")
        )
        self.back_button.setText(self.tr("Previous"))
        self.back_button.setToolTip(
            self.tr("The previous step, until the application is submitted (Alt+Left)")
        )
        self.next_button.setToolTip(self.tr("Save this step and go on (Enter)"))
        if hasattr(self, "pages"):  # LanguageChange may arrive while __init__ runs
            self._refresh()

    def _retitle(self) -> None:
        snap = self.snap
        if snap is None:
            self.setWindowTitle(self.tr("Cancel suspended order"))
            self.heading.setText(self.tr("Cancel suspended order"))
            self.subheading.setText(
                self.tr("Opening the case…") if self._load_error is None else ""
            )
            self.step_title.setText("")
            return
        title = (
            self.tr("Cancel suspended order · No. %1 · %2")
            .replace("%1", snap.order_no)
            .replace("%2", format_fen(snap.amount_fen))
        )
        self.setWindowTitle(title)
        self.heading.setText(title)
        parts = [self.tr("Case %1").replace("%1", snap.case_no)]
        if snap.route:
            parts.append(self.tr("Route: %1").replace("%1", self.ctx.msg(f"route.{snap.route}")))
        if snap.training or self.ctx.training:
            parts.append(self.tr("[Training]"))
        self.subheading.setText("  ·  ".join(parts))
        self.step_title.setText(self.rail.items[self.index].text()[1:].strip())
