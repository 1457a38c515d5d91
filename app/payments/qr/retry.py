"""等待联网: QR intents that wait for their provider are asked again in the background, with
backoff, until it answers — re-queried, never re-sent blind (app.payments.qr.recovery).

`RetryPlan` is the schedule (no clock of its own, no threads: the window's timer drives it);
`retry_round` is one pass over this counter's waiting intents.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from app.db import Store
from app.payments.qr.recovery import open_qr_intents, reconcile_provider_intents

# Seconds before the next pass: soon after a failure, then less and less often.
BACKOFF_S = (5.0, 15.0, 30.0, 60.0, 120.0, 300.0)
IDLE_S = 60.0  # nothing waiting: look again now and then (another window may have sent one)

# An open intent whose last word was one of these is not lost, it waits for the network or for
# a busy provider; anything else (an abnormal refund, a refusal to answer) is a person's job.
WAITING_KEYS = ("qr.net.", "qr.offline", "qr.alipay.busy", "qr.alipay.retry", "qr.answer.")
WAITING_EXACT = frozenset({"", "qr.refund_not_received", "qr.void_unconfirmed"})


def waits_for_network(outcome_key: str) -> bool:
    return outcome_key in WAITING_EXACT or outcome_key.startswith(WAITING_KEYS)


@dataclass(frozen=True)
class RoundResult:
    settled: int  # intents the provider's answer closed (money moved or provably not)
    waiting: int  # still open: the provider could not be asked, or could not tell


def retry_round(store: Store, counter_id: str, actor_id: uuid.UUID | None) -> RoundResult:
    """Ask again about every waiting QR intent of this counter. With a signed-in user, a
    request the provider's query proves it never received goes again under its own key."""
    if not open_qr_intents(store, counter_id):
        return RoundResult(0, 0)
    reports = reconcile_provider_intents(
        store, counter_id, follow_up=actor_id is not None, actor_id=actor_id
    )
    waiting = sum(1 for r in reports if r.moved is None)
    return RoundResult(len(reports) - waiting, waiting)


@dataclass
class RetryPlan:
    """When to look again: after each round, `next_delay(result)` seconds."""

    failures: int = 0

    def next_delay(self, result: RoundResult) -> float:
        if result.waiting == 0:
            self.failures = 0
            return IDLE_S
        if result.settled:  # the link is back for some: keep up the pace
            self.failures = 0
        delay = BACKOFF_S[min(self.failures, len(BACKOFF_S) - 1)]
        self.failures += 1
        return delay

    def link_returned(self) -> float:
        """The network is back (a query elsewhere got an answer): look at once."""
        self.failures = 0
        return 0.0
