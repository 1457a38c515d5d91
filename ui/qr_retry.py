"""The window's side of 等待联网: a timer that runs app.payments.qr.retry's rounds on the device
worker, with the plan's backoff, and refreshes the list when a provider answered.

No business rule here: what is asked, and what may be sent again, is app.payments.qr.recovery's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal


class QrRetry(QObject):
    settled = Signal(int)  # how many waiting QR intents a round closed

    def __init__(self, ctx: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from app.payments.qr.retry import RetryPlan

        self.ctx = ctx
        self.plan = RetryPlan()
        self.running = False
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.run_round)
        self.last_waiting = 0

    def start(self, delay_s: float = 0.0) -> None:
        self.timer.start(int(delay_s * 1000))

    def stop(self) -> None:
        self.timer.stop()

    def run_round(self) -> None:
        if self.running:
            return
        self.running = True
        store, user_id = self.ctx.store, self.ctx.user_id

        def work(_report: Callable[[object], None]) -> Any:
            from app.counter import counter_id
            from app.payments.qr.retry import retry_round

            return retry_round(store, counter_id(), user_id)

        def done(result: Any) -> None:
            self.running = False
            self.last_waiting = result.waiting
            if result.settled:
                self.settled.emit(result.settled)
            self.start(self.plan.next_delay(result))

        def failed(_error: BaseException) -> None:
            from app.payments.qr.retry import RoundResult

            self.running = False
            self.start(self.plan.next_delay(RoundResult(0, 1)))

        self.ctx.tasks.run_device(work, done, failed, owner=self)
