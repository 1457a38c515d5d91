"""Step 5 — 执行撤销并归档: confirm the amount, run the void on the terminal's worker with
progress (connecting → waiting for the terminal → done), errors in plain words with a safe
retry; the manual path for a refund the terminal cannot do; the summary at the end."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.money import format_fen
from ui.wizard.common import FieldError, StepPage, banner, error_text
from ui.wizard.manual_refund import ManualRefundView
from ui.wizard.snapshot import case_step
from ui.wizard.summary import SummaryView

# Progress stages shown to the cashier, in order.
STAGES = ("connecting", "waiting", "done")
TerminalOpener = Callable[[Any], Any]  # progress callback (or None) → TerminalDriver


def open_for(opener: Callable[..., Any], progress: Any, case_id: Any) -> Any:
    """The channel for this case from the store's opener (a QR order goes to its provider);
    an opener that knows no cases (a test's terminal) gets the progress callback only."""
    if getattr(opener, "takes_case", False):
        return opener(progress, case_id)
    return opener(progress)


def stage_of(progress: object) -> str:
    """Which of STAGES a driver's progress report belongs to."""
    code = getattr(progress, "code", progress)
    key = getattr(progress, "message_key", "")
    if code in ("connecting", "sending") or key.endswith(".sending"):
        return "connecting"
    if code == "done" or key.endswith(".done"):
        return "done"
    return "waiting"


class ExecutePage(StepPage):
    finished = Signal(object)  # a fresh CaseSnapshot after the money moved
    busy = Signal(bool)

    def __init__(self, ctx, open_terminal: TerminalOpener, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.open_terminal = open_terminal
        self.mode = "terminal"  # terminal / checking / manual / summary
        self._checked = False  # the terminal's capabilities were read for this case
        self.running = False
        self._stage: str | None = None
        self._failed_stage: str | None = None
        self._detail = ""
        self._error = ""
        self._started: float | None = None  # time.monotonic() when the terminal got the command
        self._clock = QTimer(self, interval=1000)
        self._clock.timeout.connect(self._render)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)

        self.terminal_view = QWidget(objectName="terminal_view")
        layout = QVBoxLayout(self.terminal_view)
        self.amount = QLabel(objectName="execute_amount", alignment=Qt.AlignmentFlag.AlignCenter)
        self.amount.setStyleSheet("font-size: 22px; font-weight: bold; padding: 8px;")
        layout.addWidget(self.amount)
        self.trade_label = QLabel(
            objectName="execute_trade", alignment=Qt.AlignmentFlag.AlignCenter
        )
        self.trade_label.setVisible(False)
        layout.addWidget(self.trade_label)
        self.confirm = QCheckBox(objectName="confirm_amount")
        self.confirm.setMinimumHeight(36)
        layout.addWidget(self.confirm, 0, Qt.AlignmentFlag.AlignHCenter)
        # A refused precondition is said next to the box, never as a failed (retry) attempt:
        # nothing was sent.
        self.confirm_error = FieldError("confirm_amount")
        layout.addWidget(self.confirm_error, 0, Qt.AlignmentFlag.AlignHCenter)
        self.confirm.toggled.connect(lambda on: on and self.confirm_error.show_text(""))
        self.blocked_box, self.blocked_label = banner()
        # A crash or a lost answer left the terminal's outcome unknown: ask it again.
        self.reconcile_button = QPushButton(objectName="reconcile_terminal")
        self.reconcile_button.setMinimumHeight(38)
        self.reconcile_button.clicked.connect(self.reconcile)
        self.blocked_box.layout().addWidget(self.reconcile_button)
        # Where the terminal proves a second void cannot move money twice (it answers 04):
        # the one explicit, audited re-send.
        self.resend_button = QPushButton(objectName="resend_void")
        self.resend_button.setMinimumHeight(38)
        self.resend_button.clicked.connect(self.resend)
        self.blocked_box.layout().addWidget(self.resend_button)
        self.resend_safe = False
        # The terminal can be asked what became of a lost answer (a journal, a last-transaction
        # query); a protocol without either (Concert) goes straight to the lead's reading.
        self.can_ask = True
        # When the terminal cannot tell: a lead records what its own print-out shows.
        self.resolve_button = QPushButton(objectName="resolve_unknown")
        self.resolve_button.setMinimumHeight(38)
        self.resolve_button.clicked.connect(self.open_resolve)
        self.blocked_box.layout().addWidget(self.resolve_button)
        self.resolve_dialog = None
        layout.addWidget(self.blocked_box)
        self.progress_box = QGroupBox()
        progress = QVBoxLayout(self.progress_box)
        self.stage_labels = {name: QLabel(objectName=f"stage_{name}") for name in STAGES}
        for label in self.stage_labels.values():
            label.setStyleSheet("font-size: 15px; padding: 4px;")
            progress.addWidget(label)
        self.detail = QLabel(objectName="progress_detail", wordWrap=True)
        self.detail.setStyleSheet("color: #4b5563;")
        progress.addWidget(self.detail)
        # Once the terminal has the command (its intent is committed), the cashier may stop
        # waiting on screen: the case stays blocked, so nothing can be sent twice, and the
        # answer is recorded when it comes (the terminal's worker goes on).
        self.stop_button = QPushButton(objectName="stop_waiting")
        self.stop_button.setMinimumHeight(38)
        self.stop_button.setAutoDefault(False)
        self.stop_button.clicked.connect(self.stop_waiting)
        self.stop_button.hide()
        progress.addWidget(self.stop_button)
        self.in_background = False  # a stopped wait's job still runs on the terminal's worker
        self._wait_id = 0  # which wait the running job's callbacks belong to
        self._stopped_wait = -1
        layout.addWidget(self.progress_box)
        self.error_box, self.error_label = banner()
        self.error_label.setObjectName("execute_error")
        # The terminal cannot be reached and nothing was sent: a void may be keyed by hand on
        # the terminal and its slip recorded with a lead's PIN (app.workflow.start_manual).
        self.manual_void_button = QPushButton(objectName="manual_void")
        self.manual_void_button.setMinimumHeight(38)
        self.manual_void_button.clicked.connect(self.go_manual)
        self.manual_void_button.hide()
        self.error_box.layout().addWidget(self.manual_void_button)
        self.manual_offered = False
        layout.addWidget(self.error_box)
        layout.addStretch(1)
        self.stack.addWidget(self.terminal_view)

        self.manual = ManualRefundView(ctx)
        self.manual.recorded.connect(lambda _s: self._reload())
        self.manual.busy.connect(self._set_running)
        self.manual.start_requested.connect(self.start_manual)
        self.stack.addWidget(self.manual)
        self.summary = SummaryView(ctx)
        self.stack.addWidget(self.summary)
        self.retranslate()

    # --- the dialog's calls ---------------------------------------------------------------

    def load(self, snap) -> None:
        super().load(snap)
        self.manual.load(snap)
        self.summary.load(snap)
        if snap.stage == "DONE":
            self.mode = "summary"
        elif snap.stage == "APPROVED" and snap.manual_started:
            self.mode = "manual"
        elif snap.stage == "APPROVED" and self.mode == "terminal" and not self._checked:
            self._check_capabilities()
        self._show_mode()
        self.retranslate()  # the words follow the channel: the terminal's, or the provider's

    def primary(self) -> bool:
        """Next runs this step's action: execute, record the manual refund, or close."""
        if self.running or self.snap is None:
            return True
        if self.mode == "summary":
            return False  # the dialog closes
        if self.mode == "manual":
            self.manual.record()
        elif self.mode == "terminal":
            self.execute()
        return True

    def _provider(self) -> str:
        """The QR provider's name in the cashier's words ("" for a card terminal)."""
        code = self.snap.provider if self.snap is not None else ""
        return self.ctx.msg(f"qr.provider.{code}") if code else ""

    def next_text(self) -> str:
        if self.mode == "summary":
            return self.tr("Close")
        if self.mode == "manual":
            if self.snap and self.snap.route == "VOID":
                return self.tr("Record manual void")
            return self.tr("Record manual refund")
        if self._error:
            return self.tr("Retry")
        provider = self._provider()
        if provider:
            return (
                self.tr("Cancel at %1")
                if self.snap and self.snap.route == "VOID"
                else self.tr("Refund through %1")
            ).replace("%1", provider)
        return (
            self.tr("Execute void")
            if self.snap and self.snap.route == "VOID"
            else self.tr("Execute refund")
        )

    def can_go_next(self) -> bool:
        if self.snap is None or self.running:
            return False
        if self.mode == "terminal":
            return self.snap.stage == "APPROVED" and not self.snap.blocked
        return self.mode in ("manual", "summary")

    # --- the terminal ---------------------------------------------------------------------

    def execute(self) -> None:
        self.manual_offered = False
        if not self.confirm.isChecked():
            self.confirm_error.show_text(
                self.tr("Tick the box to confirm the amount with the customer first.")
            )
            self.confirm.setFocus()
            return
        case_id, actor_id, store, opener = (
            self.snap.case_id,
            self.ctx.user_id,
            self.ctx.store,
            self.open_terminal,
        )

        def run(report):
            from app.workflow import execute

            report("connecting")
            driver = open_for(opener, report, case_id)
            try:
                return execute(store, case_id, actor_id, driver, progress=report)
            finally:
                driver.close()

        self._error = ""
        self._failed_stage = None
        self._stage = "connecting"
        self._detail = ""
        self._set_running(True)
        self._wait_id += 1
        self.ctx.tasks.run_device(
            run,
            on_success=self._waited(lambda _outcome: self._reload()),
            on_failure=self._waited(self._execute_failed),
            on_progress=self._waited(self._progress, ends=False),
            owner=self,
        )

    def _waited(self, callback: Callable[[Any], None], ends: bool = True) -> Callable[[Any], None]:
        """`callback` for the current wait only. After 停止等待 the job's late end just
        reloads the case (its answer is recorded by then, or the case stays blocked)."""
        wait_id = self._wait_id

        def call(value: Any) -> None:
            if wait_id == self._wait_id:
                callback(value)
            elif ends and self.in_background and wait_id == self._stopped_wait:
                self.in_background = False  # the job ended: its outcome is in the case
                self._reload(quiet=True)

        return call

    def can_stop_waiting(self) -> bool:
        """Safe to stop waiting: the command is with the terminal and its intent committed,
        so the case is blocked until the answer (or a check) settles it."""
        return (
            self.running
            and self._stage == "waiting"
            and self.mode == "terminal"
            and not self._provider()  # a provider's wait has its own words (等待联网)
        )

    def stop_waiting(self) -> None:
        """'停止等待': leave the case blocked-but-safe; the wizard may be closed."""
        if not self.can_stop_waiting():
            return
        self._stopped_wait = self._wait_id
        self._wait_id += 1  # the running job's callbacks no longer drive this page
        self.in_background = True
        self._set_running(False)
        self._stage = "unknown"
        self._reload(quiet=True)  # shows the case blocked (its intent is open)

    def _progress(self, report: object) -> None:
        self._stage = stage_of(report)
        key = getattr(report, "message_key", "")
        self._detail = self.ctx.msg(key) if key else ""
        self._render()

    def _execute_failed(self, error: BaseException) -> None:
        self._set_running(False)
        if self.mode == "checking":
            self.mode = "terminal"
            self._show_mode()
        if getattr(error, "key", "") in (
            "execute.manual_refund_required",
            "manual.not_started",
            "qr.portal_only",
        ):
            self.mode = "manual"
            self._show_mode()
            return
        from app.workflow import manual_void_offered

        self._failed_stage = self._stage or "connecting"
        self._error = error_text(self.ctx, error)
        route = self.snap.route if self.snap is not None else ""
        self.manual_offered = manual_void_offered(route or "", getattr(error, "key", "") or "")
        self._render()
        self._reload(quiet=True)  # the case may now be blocked (answer lost): show it

    def go_manual(self) -> None:
        """'手工撤销': the terminal is out of reach; the void is keyed by hand on it."""
        self.mode = "manual"
        self._error = ""
        self.manual_offered = False
        self._show_mode()
        self.manual.start_button.setFocus()
        self.busy.emit(False)  # the footer says 登记手工撤销

    def _check_capabilities(self) -> None:
        """What this counter's terminal can do for the case: a refund it cannot send is keyed
        in by hand; a void it can safely re-send after a lost answer gets that button."""
        case_id, store, opener = self.snap.case_id, self.ctx.store, self.open_terminal

        def check(_report):
            from app.payments.channel import ChannelCapability
            from app.workflow import as_channel, get_case, needs_manual_refund

            channel = as_channel(open_for(opener, None, case_id))
            try:
                with store.transaction() as session:
                    manual = needs_manual_refund(get_case(session, case_id), channel)
                caps = channel.capabilities
                return (
                    manual,
                    ChannelCapability.SAFE_RESEND in caps,
                    ChannelCapability.ASK in caps,
                )
            finally:
                channel.close()

        self.mode = "checking"
        self._checked = True
        self.ctx.tasks.run_device(
            check, on_success=self._capabilities, on_failure=self._execute_failed, owner=self
        )

    def _capabilities(self, found: tuple[bool, bool, bool]) -> None:
        manual, self.resend_safe, self.can_ask = found
        self.mode = "manual" if manual else "terminal"
        self._show_mode()
        self._render()
        self.busy.emit(False)  # the dialog refreshes its buttons

    def start_manual(self) -> None:
        """The cashier is about to key it on the terminal: the intent is committed first."""
        case_id, actor_id, store, opener = (
            self.snap.case_id,
            self.ctx.user_id,
            self.ctx.store,
            self.open_terminal,
        )

        def run(_report: Any) -> Any:
            from app.workflow import as_channel, start_manual

            channel = as_channel(open_for(opener, None, case_id))
            try:
                return start_manual(store, case_id, actor_id, channel)
            finally:
                channel.close()

        def failed(error: BaseException) -> None:
            self._set_running(False)
            if getattr(error, "key", "") == "manual.void_terminal_reachable":
                self.mode = "terminal"  # the terminal answers again: the void goes through it
                self._error = error_text(self.ctx, error)
                self._failed_stage = None
                self._show_mode()
                self._render()
                return
            self.manual.show_error(error_text(self.ctx, error))

        self._set_running(True)
        self.ctx.tasks.run_device(
            run, on_success=lambda _i: self._reload(), on_failure=failed, owner=self
        )

    def _reload(self, quiet: bool = False) -> None:
        job = case_step(self.snap.case_id, self.ctx.user_id)

        def done(snap) -> None:
            if not quiet:
                # A blocked case's last command has no known outcome: never a green 完成.
                self._stage = "unknown" if snap.blocked else "done"
                self._set_running(False)
            self.finished.emit(snap)

        self.ctx.tasks.run_db(job, on_success=done, on_failure=self._execute_failed, owner=self)

    def _set_running(self, running: bool) -> None:
        self.running = running
        self.confirm.setEnabled(not running)
        if running:
            self._started = time.monotonic()
            self._clock.start()
        else:
            self._clock.stop()
            self._started = None
        self.busy.emit(running)

    def _elapsed_text(self) -> str:
        """How long the terminal has been at it, against how long the app waits, and what
        the app does once that is over (asks the terminal what became of the command)."""
        if self._started is None:
            return ""
        seconds = int(time.monotonic() - self._started)
        limit = int(getattr(self.ctx.settings, "answer_timeout_ms", 60_000) or 60_000) // 1000
        text = (
            self.tr("%1 s of at most %2 s for the terminal's answer.")
            .replace("%1", str(seconds))
            .replace("%2", str(limit))
        )
        if seconds >= limit:
            text += " " + self.tr(
                "No answer in time: the app is asking the terminal what became of the command. "
                "Nothing is sent twice."
            )
        return text

    def _show_mode(self) -> None:
        if self.mode == "manual":
            self.stack.setCurrentWidget(self.manual)
        elif self.mode == "summary":
            self.stack.setCurrentWidget(self.summary)
        else:
            self.stack.setCurrentWidget(self.terminal_view)

    # --- texts ----------------------------------------------------------------------------

    def reconcile(self) -> None:
        """'核对终端': settle the open intent by asking the terminal (app.workflow.reconcile_case)."""
        case_id, store, opener = self.snap.case_id, self.ctx.store, self.open_terminal

        actor_id = self.ctx.user_id

        def run(report: Any) -> Any:
            from app.workflow import reconcile_case

            driver = open_for(opener, report, case_id)
            try:
                return reconcile_case(store, case_id, driver, actor_id)
            finally:
                driver.close()

        def done(outcome: Any) -> None:
            self._set_running(False)
            self._error = "" if outcome is not None else self.ctx.msg("execute.not_moved")
            self._reload()

        def failed(error: BaseException) -> None:
            self._set_running(False)
            self._error = error_text(self.ctx, error)
            self._render()
            self._reload(quiet=True)

        self._error = ""
        self._set_running(True)
        self.ctx.tasks.run_device(
            run, on_success=done, on_failure=failed, on_progress=self._progress, owner=self
        )

    def resend(self) -> None:
        """'再次发送撤销': the one explicit, audited re-send (app.workflow.resend_void)."""
        case_id, actor_id, store, opener = (
            self.snap.case_id,
            self.ctx.user_id,
            self.ctx.store,
            self.open_terminal,
        )

        def run(report: Any) -> Any:
            from app.workflow import resend_void

            driver = open_for(opener, report, case_id)
            try:
                return resend_void(store, case_id, actor_id, driver)
            finally:
                driver.close()

        def failed(error: BaseException) -> None:
            self._set_running(False)
            self._error = error_text(self.ctx, error)
            self._render()
            self._reload(quiet=True)

        self._error = ""
        self._set_running(True)
        self.ctx.tasks.run_device(
            run,
            on_success=lambda _o: self._reload(),
            on_failure=failed,
            on_progress=self._progress,
            owner=self,
        )

    def open_resolve(self) -> None:
        from ui.wizard.resolve_dialog import ResolveDialog

        dialog = ResolveDialog(self.ctx, self.snap, self.window())
        dialog.resolved.connect(lambda _outcome: self._reload())
        self.resolve_dialog = dialog  # tests reach it here
        dialog.open()

    def retranslate(self) -> None:
        self.confirm.setText(self.tr("I have checked this amount with the customer"))
        self.resolve_button.setText(self.tr("A lead records the terminal's print-out"))
        self.stop_button.setText(
            self.tr("Stop waiting (the order stays blocked, nothing is sent again)")
        )
        self.manual_void_button.setText(
            self.tr("The terminal cannot be reached: key the void on it by hand")
        )
        provider = self._provider()
        if provider:
            self.reconcile_button.setText(self.tr("Ask %1 again").replace("%1", provider))
            self.reconcile_button.setToolTip(
                self.tr(
                    "Asks %1 what became of the request under its own number; nothing is sent again"
                ).replace("%1", provider)
            )
        else:
            self.reconcile_button.setText(self.tr("Check with the terminal"))
            self.reconcile_button.setToolTip(
                self.tr(
                    "Read the terminal's own records about the last command; nothing is sent again"
                )
            )
        self.resend_button.setText(
            self.tr("Send again under the same number")
            if provider
            else self.tr("Send the void again")
        )
        self.resend_button.setToolTip(
            self.tr(
                "Once, to the same terminal, after it shows the sale is still there: it never "
                "voids one sale twice (it answers 04), so the money moves back once"
            )
        )
        self._render()

    def _render(self) -> None:
        snap = self.snap
        if snap is None:
            return
        amount = format_fen(snap.form.amount_fen)
        provider = self._provider()
        if provider and snap.route == "VOID":
            text = self.tr("Cancel at %1: %2").replace("%1", provider)
            self.amount.setText(text.replace("%2", amount))
        elif provider:
            text = self.tr("Refund through %1: %2").replace("%1", provider)
            self.amount.setText(text.replace("%2", amount))
        elif snap.route == "VOID":
            self.amount.setText(self.tr("Amount to void: %1").replace("%1", amount))
        else:
            self.amount.setText(self.tr("Amount to refund: %1").replace("%1", amount))
        self.blocked_box.setVisible(snap.blocked and snap.stage == "APPROVED")
        if provider:
            self.blocked_label.setText(
                self.tr(
                    "%1 has not said yet what became of the request. Ask %1 again: only its "
                    "answer counts, and nothing is sent under a new number."
                ).replace("%1", provider)
            )
        else:
            self.blocked_label.setText(
                self.ctx.msg(
                    "execute.open_intent" if self.can_ask else "execute.open_intent_no_ask"
                )
            )
        if self.in_background:  # the terminal still has the command: nothing else meanwhile
            self.blocked_label.setText(
                self.tr(
                    "You stopped waiting on screen. The terminal still has the command: its "
                    "answer is recorded as soon as it comes. Until then this order cannot be "
                    "voided again, so nothing moves twice. You may close the wizard."
                )
            )
        for button in (self.reconcile_button, self.resend_button, self.resolve_button):
            button.setEnabled(not self.in_background)
        self.reconcile_button.setVisible(self.can_ask)
        # A provider does a request under the same number at most once: a refund may go again.
        self.resend_button.setVisible(
            snap.blocked
            and self.resend_safe
            and (snap.route == "VOID" or bool(provider))
            and not snap.manual_started
        )
        self.progress_box.setTitle(provider or self.tr("Terminal"))
        trade = ""
        if provider:
            trade = self.tr("Provider's trade no.: %1 · till's order no. at %2: %3")
            trade = trade.replace("%1", snap.provider_trade_no or "—").replace("%2", provider)
            trade = trade.replace("%3", snap.out_trade_no or "—")
        self.trade_label.setText(trade)
        self.trade_label.setVisible(bool(provider))
        names = {
            "connecting": self.tr("Connecting to the terminal"),
            "waiting": self.tr("Waiting for the terminal (follow its screen)"),
            "done": self.tr("Done"),
        }
        if provider:
            names["connecting"] = self.tr("Asking %1").replace("%1", provider)
            names["waiting"] = self.tr("Waiting for %1's answer").replace("%1", provider)
        unknown = self._stage == "unknown" or (snap.blocked and not self.running)
        if unknown:
            names["done"] = self.tr("Outcome unknown: see above")
        stage = "done" if unknown else self._stage
        reached = STAGES.index(stage) if stage in STAGES else -1
        for i, name in enumerate(STAGES):
            if unknown and name == "done":
                mark, style = "？", "color: #b45309; font-weight: bold;"
            elif name == self._failed_stage:
                mark, style = "✘", "color: #b91c1c; font-weight: bold;"
            elif i < reached or (i == reached and name == "done"):
                mark, style = "✔", "color: #15803d;"
            elif i == reached and self.running:
                mark, style = "●", "color: #1d4ed8; font-weight: bold;"
            else:
                mark, style = "○", "color: #6b7280;"
            self.stage_labels[name].setText(f"{mark}  {names[name]}")
            self.stage_labels[name].setStyleSheet(f"font-size: 15px; padding: 4px; {style}")
        self.stop_button.setVisible(self.can_stop_waiting())
        elapsed = self._elapsed_text() if self.running else ""
        self.detail.setText("\n".join(t for t in (self._detail, elapsed) if t))
        self.error_box.setVisible(bool(self._error))
        self.manual_void_button.setVisible(
            self.manual_offered and not snap.blocked and snap.stage == "APPROVED"
        )
        if self._error:
            retry = (
                self.tr("Retrying is safe: the app checks with the terminal before sending again.")
                if self._failed_stage
                else ""
            )
            self.error_label.setText(f"{self._error}\n{retry}".strip())
        if self.mode == "checking":
            self.detail.setText(self.tr("Checking what the terminal can do…"))
