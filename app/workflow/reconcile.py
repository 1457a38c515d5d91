"""Step 5 after a lost answer or a crash: what became of an intent left open.

- `reconcile_open_intents` (at start-up) and `reconcile_case` (核对终端) ask the channel's own
  records — never sending the command again — and only for this counter's intents, with the
  intent's own terminal attached.
- `resend_void` is the one way a command goes out a second time: an explicit, audited step,
  offered only where the channel proves a re-send cannot move money twice.
- `resolve_unknown` is the way out when nothing can be asked (a protocol without a journal, a
  terminal that cannot tell): a lead reads the terminal's own receipt or journal and records
  what it shows, with a photo and their PIN.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app import audit
from app.db import Store
from app.errors import DomainError, IllegalTransition, PermissionDenied, StaleData
from app.models import (
    CancellationCase,
    IntentState,
    Route,
    Stage,
    SuspendedOrder,
    TerminalIntent,
    User,
)
from app.payments.card.base import TerminalDriver
from app.payments.channel import Channel, ChannelCapability, Moved, NotMoved
from app.workflow.common import get_case
from app.workflow.execute import as_channel, counter_terminal_no, money_request, settle
from app.workflow.outcome import (
    ExecutionOutcome,
    ExecutionRefused,
    OutcomeUnknown,
    open_intent,
    terminal_label,
)
from app.workflow.rules import require_execution_allowed


def claim(session: Session, intent: TerminalIntent, channel: Channel) -> None:
    """Only the counter that sent an intent's command may settle it (its terminal holds the
    money); an intent from before counters were recorded goes to the counter of its terminal."""
    case = get_case(session, intent.case_id)
    if intent.counter_id:
        if intent.counter_id != channel.counter_id:
            raise DomainError(
                "execute.intent_other_counter",
                counter=terminal_label(session, case.order.terminal_no),
                terminal_no=case.order.terminal_no,
            )
        return
    mine = counter_terminal_no(session, channel)
    if mine and case.order.terminal_no != mine:
        raise DomainError(
            "execute.intent_other_counter",
            counter=terminal_label(session, case.order.terminal_no),
            terminal_no=case.order.terminal_no,
        )


def reconcile_intent(
    store: Store,
    intent_id: uuid.UUID,
    channel: Channel | TerminalDriver,
    actor_id: uuid.UUID | None,
) -> ExecutionOutcome | None:
    """Ask the channel what became of an open intent and close it: the outcome when the money
    moved, None when it did not (the step may be retried). Raises OutcomeUnknown while it
    cannot tell, DomainError when this counter may not settle it."""
    channel = as_channel(channel)
    with store.transaction() as session:
        intent = session.get_one(TerminalIntent, intent_id)
        if intent.state is not IntentState.OPEN:
            raise IllegalTransition("execute.already_closed")
        if intent.manual:
            raise OutcomeUnknown("execute.manual_in_progress")
        claim(session, intent, channel)
        request = money_request(session, get_case(session, intent.case_id), intent)
    try:
        return settle(store, intent_id, channel.ask(request), actor_id, asked=True, channel=channel)
    except ExecutionRefused:
        return None


def reconcile_case(
    store: Store,
    case_id: uuid.UUID,
    channel: Channel | TerminalDriver,
    actor_id: uuid.UUID | None = None,
) -> ExecutionOutcome | None:
    """'核对终端' on one blocked case: ask the channel about its open intent now."""
    with store.transaction() as session:
        intent = open_intent(session, get_case(session, case_id))
        if intent is None:
            raise IllegalTransition("execute.already_closed")
        intent_id = intent.id
    return reconcile_intent(store, intent_id, channel, actor_id)


def resend_void(
    store: Store, case_id: uuid.UUID, actor_id: uuid.UUID, channel: Channel | TerminalDriver
) -> ExecutionOutcome:
    """'再次发送撤销': send the blocked case's void once more to the same, verified terminal.

    Safe only because such a terminal never voids one sale twice (it answers 04): the channel
    checks the terminal's id and the sale's amount first. Audited before the command goes
    out; raises OutcomeUnknown again if this answer is lost too."""
    channel = as_channel(channel)
    if ChannelCapability.SAFE_RESEND not in channel.capabilities:
        raise IllegalTransition("execute.resend_not_safe")
    with store.transaction() as session:
        case = get_case(session, case_id)
        intent = open_intent(session, case)
        if intent is None:
            raise IllegalTransition("execute.already_closed")
        idempotent = ChannelCapability.IDEMPOTENT in channel.capabilities
        if intent.manual or (intent.command is not Route.VOID and not idempotent):
            raise IllegalTransition("execute.resend_not_safe")
        actor = session.get(User, actor_id)
        if actor is None:
            raise PermissionDenied("perm.denied", role="")
        require_execution_allowed(session, case, actor)  # a resend moves money like the first
        claim(session, intent, channel)
        intent.resends += 1
        audit.record(
            session,
            "terminal.void_resent",
            actor,
            case_id=case.id,
            order_id=case.order_id,
            resend=intent.resends,
            terminal_id=intent.terminal_id,
        )
        intent_id = intent.id
        request = money_request(session, case, intent)
    return settle(store, intent_id, channel.resend(request), actor_id, asked=True, channel=channel)


@dataclass(frozen=True)
class ReconcileReport:
    intent_id: uuid.UUID
    case_id: uuid.UUID
    moved: bool | None  # None: the outcome is still unknown; the case stays blocked
    key: str = ""  # why it is still unknown, or who settled it


def reconcile_open_intents(
    store: Store, channel: Channel | TerminalDriver, actor_id: uuid.UUID | None = None
) -> list[ReconcileReport]:
    """At start-up: settle this counter's intents a crash left open, before their cases can
    be touched. Another counter's intents are left to that counter (its terminal holds the
    money); one that another counter settles meanwhile is skipped, never an error. Only the
    intents sent through this kind of channel (`channel.kind`) are taken: a QR provider's are
    settled by app.payments.qr.recovery. `actor_id`: the signed-in user the settlements are
    recorded in the name of (the window passes whoever signed in)."""
    channel = as_channel(channel)
    with store.transaction() as session:
        mine = counter_terminal_no(session, channel)
        legacy = TerminalIntent.counter_id == ""
        if mine:
            legacy = legacy & (SuspendedOrder.terminal_no == mine)
        rows = session.execute(
            select(TerminalIntent.id, TerminalIntent.case_id)
            .join(CancellationCase, CancellationCase.id == TerminalIntent.case_id)
            .join(SuspendedOrder, SuspendedOrder.id == CancellationCase.order_id)
            .where(
                TerminalIntent.state == IntentState.OPEN,
                TerminalIntent.manual.is_(False),
                # A card terminal is never asked about a QR provider's intent, nor the other
                # way round: each counterpart answers for its own money only.
                TerminalIntent.channel == channel.kind,
                or_(TerminalIntent.counter_id == channel.counter_id, legacy),
            )
            .order_by(TerminalIntent.created_at)
        ).all()
    reports = []
    for intent_id, case_id in rows:
        try:
            moved = reconcile_intent(store, intent_id, channel, actor_id) is not None
            reports.append(ReconcileReport(intent_id, case_id, moved))
        except OutcomeUnknown as unknown:
            reports.append(ReconcileReport(intent_id, case_id, None, unknown.key))
        except (IllegalTransition, StaleData) as settled:
            reports.append(ReconcileReport(intent_id, case_id, None, settled.key))
        except DomainError as refused:
            reports.append(ReconcileReport(intent_id, case_id, None, refused.key))
    check_manual_voids(store, channel)
    return reports


def check_manual_voids(store: Store, channel: Channel | TerminalDriver) -> int:
    """A void recorded by hand while the terminal was out of reach is checked against the
    terminal's own records once it answers again. Returns how many were checked."""
    channel = as_channel(channel)
    with store.transaction() as session:
        mine = counter_terminal_no(session, channel)
        query = (
            select(CancellationCase.id)
            .join(SuspendedOrder, SuspendedOrder.id == CancellationCase.order_id)
            .join(TerminalIntent, TerminalIntent.case_id == CancellationCase.id)
            .where(
                CancellationCase.journal_check == "PENDING",
                CancellationCase.stage == Stage.DONE,
                TerminalIntent.state == IntentState.DONE,
                TerminalIntent.channel == channel.kind,
            )
        )
        if mine:
            query = query.where(SuspendedOrder.terminal_no == mine)
        pending = list(session.execute(query).scalars())
    if not pending or not channel.reachable():
        return 0
    for case_id in pending:
        with store.transaction() as session:
            case = get_case(session, case_id)
            intent = session.execute(
                select(TerminalIntent).where(
                    TerminalIntent.case_id == case.id, TerminalIntent.state == IntentState.DONE
                )
            ).scalar_one()
            request = money_request(session, case, intent)
        seen = channel.ask(request)
        verdict = (
            "OK"
            if isinstance(seen, Moved)
            else "MISMATCH"
            if isinstance(seen, NotMoved)
            else "UNCHECKABLE"
        )
        with store.transaction() as session:
            case = get_case(session, case_id)
            case.journal_check = verdict
            audit.record(
                session,
                "terminal.manual_void_checked",
                None,
                case_id=case.id,
                order_id=case.order_id,
                verdict=verdict,
                detail=getattr(seen, "key", ""),
            )
    return len(pending)
