"""Step 1 of a QR order: what 支付宝 / 微信支付 says (查单), beside the till's record, asked in
the background; and, when the provider shows nothing to do, closing the case on its answer."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.wizard.common import error_text


def _status(session: Any, case_id: Any) -> tuple[bool, Any, bool]:
    """(is this a set-up provider's order, its latest verdict, closed on that answer)."""
    from app.models import Stage
    from app.payments.qr.config import load_config
    from app.payments.qr.routing import PROVIDERS
    from app.payments.qr.step1 import latest_verdict
    from app.workflow import get_case

    case = get_case(session, case_id)
    name = PROVIDERS.get(case.order.channel)
    if name is None or load_config(session, name) is None:
        return False, None, False
    return True, latest_verdict(session, case), case.stage is Stage.CLOSED


class ProviderQueryBox(QGroupBox):
    changed = Signal()  # the case changed (closed on the provider's answer): reload it

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("qrQueryBox")
        self.case_id: Any = None
        layout = QVBoxLayout(self)
        self.answer = QLabel(objectName="qrAnswer", wordWrap=True)
        self.advice = QLabel(objectName="qrAdvice", wordWrap=True)
        self.advice.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.answer)
        layout.addWidget(self.advice)
        self.done_label = QLabel(objectName="qrDone", wordWrap=True)
        self.done_label.setStyleSheet("color: #15803d; font-weight: bold; font-size: 15px;")
        self.done_label.setVisible(False)
        layout.addWidget(self.done_label)
        row = QHBoxLayout()
        self.query_button = QPushButton(objectName="qrQuery", minimumHeight=36)
        self.close_button = QPushButton(objectName="qrCloseCase", minimumHeight=36)
        self.query_button.clicked.connect(self.query)
        self.close_button.clicked.connect(self.close_case)
        row.addWidget(self.query_button)
        row.addWidget(self.close_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.close_button.setVisible(False)  # only when an answer says there is nothing to do
        self.setVisible(False)
        self.retranslate()

    def load(self, case_id: Any, editable: bool) -> None:
        self.case_id = case_id
        self.query_button.setEnabled(editable)
        self.ctx.tasks.run_db(
            lambda s: _status(s, case_id),
            lambda found: self._loaded(found, editable),
            lambda _e: self.setVisible(False),
            owner=self,
        )

    def _loaded(self, found: tuple[bool, Any, bool], editable: bool) -> None:
        provider_order, verdict, closed = found
        self.setVisible(provider_order)
        self.done_label.setVisible(False)
        if not provider_order:
            return
        if verdict is None and editable:
            self.query()  # step 1 asks by itself; the button asks again
        else:
            self._show(verdict)
        if closed and verdict is not None and verdict.advice == "NOTHING":
            self.show_closed()

    def query(self) -> None:
        from pathlib import Path

        store, case_id, actor_id = self.ctx.store, self.case_id, self.ctx.user_id
        files_dir = Path(store.attachments_dir)

        def ask(_report: Any) -> Any:
            from app.counter import counter_id
            from app.payments.qr.routing import channel_for_order
            from app.payments.qr.step1 import ask_provider
            from app.workflow import get_case

            with store.transaction() as session:
                order = get_case(session, case_id).order
                channel = channel_for_order(session, order, lambda: None, counter_id())
            try:
                return ask_provider(store, case_id, actor_id, channel, files_dir)  # type: ignore[arg-type]
            finally:
                channel.close()

        self.query_button.setEnabled(False)
        self.close_button.setVisible(False)  # until the new answer says there is nothing to do
        self.answer.setStyleSheet("")
        self.answer.setText(self.tr("Asking the provider…"))
        self.advice.setText("")
        self.ctx.tasks.run_device(ask, self._asked, self._failed, owner=self)

    def _asked(self, verdict: Any) -> None:
        self.query_button.setEnabled(True)
        self._show(verdict)
        self.changed.emit()  # the route may now be decided by it

    def _failed(self, error: BaseException) -> None:
        self.query_button.setEnabled(True)
        self.answer.setStyleSheet("color: #b45309;")
        self.answer.setText(error_text(self.ctx, error))

    def _show(self, verdict: Any) -> None:
        if verdict is None:
            self.answer.setText(self.tr("Not asked yet."))
            self.close_button.setVisible(False)
            return
        import datetime as dt

        from app.clock import format_local
        from app.money import format_fen

        state = self.ctx.msg(f"qr.state.{verdict.state}")
        amount = format_fen(int(verdict.amount_fen)) if verdict.amount_fen is not None else "—"
        asked = format_local(dt.datetime.fromisoformat(verdict.asked_at))
        self.answer.setStyleSheet("")
        self.answer.setText(
            self.tr("{provider}: {state} ({code}) · {amount} · asked {asked}").format(
                provider=self.ctx.msg(f"qr.provider.{verdict.provider}"),
                state=state,
                code=verdict.provider_state,
                amount=amount,
                asked=asked,
            )
        )
        self.advice.setText(self.ctx.msg(verdict.message_key))
        self.close_button.setVisible(verdict.advice == "NOTHING")

    def close_case(self) -> None:
        store, case_id, actor_id = self.ctx.store, self.case_id, self.ctx.user_id

        def work() -> None:
            from app.payments.qr.step1 import close_with_answer

            close_with_answer(store, case_id, actor_id)

        def closed(_result: object) -> None:
            self.show_closed()
            self.changed.emit()

        self.close_button.setEnabled(False)
        self.ctx.tasks.run_call(work, closed, self._failed, owner=self)

    def show_closed(self) -> None:
        """The case closed on the provider's answer: say so, once and plainly."""
        self.close_button.setVisible(False)
        self.query_button.setEnabled(False)
        self.done_label.setText(
            self.tr(
                "✔ All done: the case is closed on the provider's answer; no money had to move. "
                "The signed answer is kept as its evidence."
            )
        )
        self.done_label.setVisible(True)

    def retranslate(self) -> None:
        self.setTitle(self.tr("What the QR provider says (查单)"))
        self.query_button.setText(self.tr("Query the provider again"))
        self.close_button.setText(self.tr("Close the case on this answer"))
