"""Step 5 — 执行撤销并归档: the money moves back through the order's channel, crash-safe.

1. Checks: the case is approved, nothing is open, the order's terminal is this counter's.
2. The channel's preflight: the attached terminal says it is the order's terminal and holds
   the sale for its amount (nothing is sent that could touch someone else's money).
3. The intent (its counter, the terminal's reported id, an idempotency key) is committed.
4. The command goes out once; the answer is recorded in the transaction that archives the
   case. An unknown outcome leaves the intent open: the case is blocked until the channel is
   asked again (reconcile.py) — never a blind retry.
"""

from __future__ import annotations

import logging
import secrets
import uuid
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit
from app.clock import local_date, utcnow
from app.db import Store
from app.errors import DomainError, IllegalTransition, PermissionDenied
from app.models import CancellationCase, Route, Stage, TerminalIntent, User
from app.payments.card.base import Progress, ProgressCallback, TerminalDriver
from app.payments.channel import Channel, ChannelCapability, MoneyRequest, Moved, NotMoved, Outcome
from app.settings import load_settings
from app.workflow.common import STAFF, get_case, hold, require_role, require_stage
from app.workflow.outcome import (
    ExecutionOutcome,
    ExecutionRefused,
    OutcomeUnknown,
    close_failed,
    foreign_answer,
    open_intent,
    record_outcome,
    sale_voided_by,
    terminal_label,
)
from app.workflow.rules import require_execution_allowed

log = logging.getLogger(__name__)


def as_channel(channel: Channel | TerminalDriver) -> Channel:
    """A channel as given, or this counter's card terminal around a bare driver."""
    if isinstance(channel, Channel):
        return channel
    from app.counter import counter_id, load_binding
    from app.payments.card.channel import CardTerminalChannel

    return CardTerminalChannel(
        channel, counter_id=counter_id(), terminal_no=load_binding().terminal_no
    )


def counter_terminal_no(session: Session, channel: Channel) -> str:
    """The 终端号 this counter drives: its binding, else the store's only terminal."""
    configured = channel.configured_terminal_no()
    if configured:
        return configured
    from app.setup import current_terminal

    terminal = current_terminal(session)
    return terminal.terminal_no if terminal else ""


def require_this_counter(session: Session, case: CancellationCase, channel: Channel) -> None:
    """Refuse, in plain words, an order of another counter's terminal: operation numbers
    restart at 000001 on every terminal, so this counter's terminal may hold a stranger's
    sale under the same number."""
    if ChannelCapability.ANY_COUNTER in channel.capabilities:
        return
    mine = counter_terminal_no(session, channel)
    order = case.order
    if mine and order.terminal_no and order.terminal_no != mine:
        raise DomainError(
            "execute.other_counter",
            terminal_no=order.terminal_no,
            counter=terminal_label(session, order.terminal_no),
            mine=mine,
        )


def require_terminal_free(session: Session, case: CancellationCase) -> None:
    """One money movement per terminal at a time: while another case's command to this
    terminal has an unknown outcome, a new command could be answered with that one's late
    answer (or take its place in the terminal's last-transaction record). Settle it first."""
    from app.models import IntentState, SuspendedOrder

    other = session.execute(
        select(CancellationCase.case_no)
        .join(TerminalIntent, TerminalIntent.case_id == CancellationCase.id)
        .join(SuspendedOrder, SuspendedOrder.id == CancellationCase.order_id)
        .where(
            TerminalIntent.state == IntentState.OPEN,
            SuspendedOrder.terminal_no == case.order.terminal_no,
            CancellationCase.id != case.id,
        )
        .limit(1)
    ).scalar_one_or_none()
    if other is not None:
        raise DomainError("execute.terminal_busy", case_no=other)


def money_request(
    session: Session, case: CancellationCase, intent: TerminalIntent | None = None
) -> MoneyRequest:
    order = case.order
    route = (intent.command if intent else case.route) or Route.VOID
    zone = load_settings(session).timezone
    return MoneyRequest(
        intent_id=intent.id if intent else uuid.UUID(int=0),
        route=route.value,
        amount_fen=intent.amount_fen if intent else (case.form_amount_fen or order.amount_fen),
        original_amount_fen=order.amount_fen,
        terminal_no=order.terminal_no,
        operation_no=intent.original_operation_no if intent else order.operation_no,
        rrn=order.rrn,
        original_date=local_date(order.occurred_at, zone),
        idempotency_key=intent.idempotency_key if intent else "",
        out_trade_no=order.out_trade_no,
        provider_trade_no=order.provider_trade_no,
    )


def needs_manual_refund(case: CancellationCase, channel: Channel | TerminalDriver) -> bool:
    return (
        case.route is Route.REFUND
        and ChannelCapability.REFUND not in as_channel(channel).capabilities
    )


def _check_case(session: Session, case: CancellationCase, actor_id: uuid.UUID) -> User:
    actor = session.get(User, actor_id)
    if actor is None:
        raise PermissionDenied("perm.denied", role="")
    require_role(actor, STAFF)
    hold(session, case, actor)
    require_stage(case, {Stage.APPROVED}, "execute")
    if open_intent(session, case) is not None:
        raise IllegalTransition("execute.open_intent")
    require_execution_allowed(session, case, actor)
    require_terminal_free(session, case)
    return actor


def execute(
    store: Store,
    case_id: uuid.UUID,
    actor_id: uuid.UUID,
    channel: Channel | TerminalDriver,
    *,
    progress: ProgressCallback | None = None,
) -> ExecutionOutcome:
    """Send the void (or refund) for an approved case through `channel` and record the answer.

    Raises ExecutionRefused when nothing moved (a retry is safe), OutcomeUnknown when the money
    may have moved (the case is blocked: ask again with reconcile_case, or re-send a void
    explicitly with resend_void where the channel allows it), DomainError when a check
    refuses before anything is sent."""
    channel = as_channel(channel)
    with store.transaction() as session:
        case = get_case(session, case_id)
        require_this_counter(session, case, channel)  # first: it says where to go instead
        _check_case(session, case, actor_id)
        if needs_manual_refund(case, channel):
            raise IllegalTransition("execute.manual_refund_required")
        request = money_request(session, case)
    identity = channel.preflight(request)  # the terminal's own id; refuses a stranger's sale
    with store.transaction() as session:
        case = get_case(session, case_id)
        actor = _check_case(session, case, actor_id)
        # Touching the case bumps its version: of two counters pressing "execute" at once, the
        # second one's commit is refused (StaleData) before it can send anything.
        case.updated_at = utcnow()
        intent = TerminalIntent(
            case_id=case.id,
            command=case.route or Route.VOID,
            amount_fen=request.amount_fen,
            ticket=secrets.token_hex(3).upper(),
            original_operation_no=case.order.operation_no,
            terminal_port=channel.name[:200],
            counter_id=channel.counter_id,
            terminal_id=identity,
            channel=channel.kind,
            idempotency_key=secrets.token_hex(16),
        )
        session.add(intent)
        session.flush()
        audit.record(
            session,
            "terminal.intent",
            actor,
            case_id=case.id,
            order_id=case.order_id,
            command=intent.command.value,
            amount_fen=intent.amount_fen,
            ticket=intent.ticket,
            terminal_id=identity,
            counter_id=channel.counter_id,
        )
        request = replace(request, intent_id=intent.id, idempotency_key=intent.idempotency_key)
    # The intent is committed: from here on a crash leaves a trace that reconciliation reads.
    outcome = channel.send(request)
    result = settle(store, request.intent_id, outcome, actor_id, asked=False, channel=channel)
    if progress is not None:
        progress(Progress("done", "execute.done"))  # recorded and committed: the step is over
    return result


def settle(
    store: Store,
    intent_id: uuid.UUID,
    outcome: Outcome,
    actor_id: uuid.UUID | None,
    *,
    asked: bool,
    channel: Channel,
) -> ExecutionOutcome:
    """Record what the channel said of an open intent. Moved → the case is done; NotMoved →
    the intent closes (ExecutionRefused); Unknown → ask the channel once (unless this was
    already the answer to asking), then OutcomeUnknown with the intent left open."""
    if isinstance(outcome, Moved):
        return _record_moved(store, intent_id, outcome, actor_id)
    if isinstance(outcome, NotMoved):
        with store.transaction() as session:
            intent = session.get_one(TerminalIntent, intent_id)
            actor = session.get(User, actor_id) if actor_id else None
            close_failed(session, intent, outcome.key, outcome.response_code, actor)
        raise ExecutionRefused.with_params(outcome.key, outcome.params)
    with store.transaction() as session:
        intent = session.get_one(TerminalIntent, intent_id)
        actor = session.get(User, actor_id) if actor_id else None
        intent.outcome_key = outcome.key[:60]  # why it is still open (the list shows it)
        audit.record(
            session,
            "terminal.outcome_unknown",
            actor,
            case_id=intent.case_id,
            outcome=outcome.key,
            counter_id=intent.counter_id,
        )
        request = money_request(session, get_case(session, intent.case_id), intent)
    if not asked:
        # The terminal's own records may tell at once (a journal that shows voids); never
        # the command again.
        return settle(store, intent_id, channel.ask(request), actor_id, asked=True, channel=channel)
    raise OutcomeUnknown.with_params(
        outcome.key, {**outcome.params, "resend_safe": outcome.resend_safe}
    )


def _doubt(
    session: Session, case: CancellationCase, intent: TerminalIntent, moved: Moved
) -> tuple[str, DomainError] | None:
    """Why a "moved" answer must not archive this case, or None when it may:
    ("refuse", why) — a second order of a sale another case already voided (the terminal's
    04 says nothing new moved): close the intent; ("unknown", why) — an answer that is not
    this intent's (another terminal's, or numbers another case holds): keep it open."""
    foreign = foreign_answer(
        session, case, intent, operation_no=moved.operation_no, terminal_id=moved.identity
    )
    if foreign is not None:
        return "unknown", foreign
    other = sale_voided_by(session, case) if intent.command is Route.VOID else None
    if other is None:
        return None
    why = DomainError("execute.sale_voided_by_case", case_no=other)
    return ("refuse" if moved.note_key.startswith("execute.voided_earlier") else "unknown"), why


def _charged(moved: Moved) -> bool | None:
    said = moved.params.get("charged")
    return said if isinstance(said, bool) else None


def _record_moved(
    store: Store, intent_id: uuid.UUID, moved: Moved, actor_id: uuid.UUID | None
) -> ExecutionOutcome:
    with store.transaction() as session:
        intent = session.get_one(TerminalIntent, intent_id)
        case = get_case(session, intent.case_id)
        actor = session.get(User, actor_id) if actor_id else None
        doubt = _doubt(session, case, intent, moved)
        if doubt is None:
            return record_outcome(
                session,
                case,
                intent,
                actor,
                response_code=moved.response_code,
                auth_code=moved.auth_code,
                operation_no=moved.operation_no,
                rrn=moved.rrn,
                note_key=moved.note_key,
                terminal_id=moved.identity,
                provider_charged=_charged(moved),
            )
        verdict, why = doubt
        if verdict == "refuse":
            close_failed(session, intent, why.key, moved.response_code, actor)
        else:
            audit.record(
                session,
                "terminal.answer_refused",
                actor,
                case_id=case.id,
                reason=why.key,
                operation_no=moved.operation_no,
                terminal_id=moved.identity,
            )
    if verdict == "refuse":
        raise ExecutionRefused.with_params(why.key, why.params)
    raise OutcomeUnknown.with_params(why.key, why.params)
