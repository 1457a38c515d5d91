"""QR intents that a crash, a lost answer, a busy provider or a dead network left open, settled
by asking their provider: the trade query (撤销) or the refund query under the intent's own
`out_request_no` / `out_refund_no` (退款). Nothing here sends money under a new key.

- `reconcile_provider_intents`: at start-up, from the CLI and from the background retry — this
  counter's open QR intents, each asked of the provider it went to.
- `follow_up`: where the query proves the provider never received the request (no refund
  under that key, the trade still open), the *same* request goes again under the *same* key,
  audited first (app.workflow.resend_void) — the provider does it at most once.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select

from app.db import Store
from app.errors import DomainError
from app.models import CancellationCase, IntentState, SuspendedOrder, TerminalIntent
from app.payments.qr.base import ProviderName
from app.payments.qr.channel import QrChannel
from app.payments.qr.config import configured_provider
from app.workflow.outcome import OutcomeUnknown
from app.workflow.reconcile import ReconcileReport, reconcile_open_intents, resend_void

KINDS = {"QR_ALIPAY": ProviderName.ALIPAY, "QR_WECHAT": ProviderName.WECHAT}
# An unknown outcome the query settled as "the provider has nothing under this key": the same
# request under the same key is the only way on, and cannot move money twice.
NOT_RECEIVED = frozenset({"qr.refund_not_received"})


@dataclass(frozen=True)
class OpenQrIntent:
    intent_id: uuid.UUID
    case_id: uuid.UUID
    case_no: str
    kind: str  # QR_ALIPAY / QR_WECHAT
    outcome_key: str  # why it is still open ("" until something was said)


def open_qr_intents(store: Store, counter_id: str) -> list[OpenQrIntent]:
    """This counter's QR intents still waiting for their provider, oldest first."""
    with store.transaction() as session:
        rows = session.execute(
            select(
                TerminalIntent.id,
                TerminalIntent.case_id,
                CancellationCase.case_no,
                TerminalIntent.channel,
                TerminalIntent.outcome_key,
            )
            .join(CancellationCase, CancellationCase.id == TerminalIntent.case_id)
            .join(SuspendedOrder, SuspendedOrder.id == CancellationCase.order_id)
            .where(
                TerminalIntent.state == IntentState.OPEN,
                TerminalIntent.manual.is_(False),
                TerminalIntent.channel.in_(tuple(KINDS)),
                TerminalIntent.counter_id == counter_id,
            )
            .order_by(TerminalIntent.created_at)
        ).all()
    return [OpenQrIntent(*row) for row in rows]


def provider_channels(store: Store, counter_id: str, kinds: set[str]) -> dict[str, QrChannel]:
    """A channel for each of `kinds` the store has set up on this PC (a provider without its
    key here is left out: its intents wait for a PC that has it)."""
    channels: dict[str, QrChannel] = {}
    with store.transaction() as session:
        for kind in sorted(kinds):
            try:
                provider = configured_provider(session, KINDS[kind])
            except DomainError:
                provider = None
            if provider is not None:
                channels[kind] = QrChannel(provider, counter_id=counter_id)
    return channels


def reconcile_provider_intents(
    store: Store, counter_id: str, *, follow_up: bool = False, actor_id: uuid.UUID | None = None
) -> list[ReconcileReport]:
    """Ask each open QR intent's provider what became of it and record the answer, in the name
    of `actor_id` (the signed-in user; None: nobody is, the events say so). With `follow_up`, a
    request the query proves never arrived goes again under its own key (needs `actor_id`: the
    re-send is audited in someone's name)."""
    pending = open_qr_intents(store, counter_id)
    if not pending:
        return []
    actor_id = _signed_in(store, actor_id)
    channels = provider_channels(store, counter_id, {p.kind for p in pending})
    reports: list[ReconcileReport] = []
    try:
        for channel in channels.values():
            for report in reconcile_open_intents(store, channel, actor_id):
                if follow_up and actor_id is not None and report.key in NOT_RECEIVED:
                    report = _send_again(store, report, channel, actor_id)
                reports.append(report)
    finally:
        for channel in channels.values():
            channel.close()
    left = {p.intent_id for p in pending} - {r.intent_id for r in reports}
    reports += [
        ReconcileReport(p.intent_id, p.case_id, None, f"qr.key.missing.{KINDS[p.kind].value}")
        for p in pending
        if p.intent_id in left
    ]
    return reports


def _signed_in(store: Store, actor_id: uuid.UUID | None) -> uuid.UUID | None:
    """The user a background round acts for, only while they are a real, active user (one
    disabled since they signed in acts for nobody: the round then only asks)."""
    if actor_id is None:
        return None
    from app.models import User

    with store.transaction() as session:
        user = session.get(User, actor_id)
        return actor_id if user is not None and user.active else None


def _send_again(
    store: Store, report: ReconcileReport, channel: QrChannel, actor_id: uuid.UUID
) -> ReconcileReport:
    try:
        resend_void(store, report.case_id, actor_id, channel)
    except OutcomeUnknown as unknown:
        return ReconcileReport(report.intent_id, report.case_id, None, unknown.key)
    except DomainError as refused:
        # ExecutionRefused (the provider refused it: the intent closed, nothing moved) or a
        # check that stopped it before it went out.
        from app.workflow.outcome import ExecutionRefused

        moved = False if isinstance(refused, ExecutionRefused) else None
        return ReconcileReport(report.intent_id, report.case_id, moved, refused.key)
    return ReconcileReport(report.intent_id, report.case_id, True, "terminal.void_resent")
