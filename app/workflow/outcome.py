"""Step 5's record of money that moved or did not: one intent closed, the case archived.

Shared by the terminal path (execute.py), reconciliation (reconcile.py) and the guided manual
path (manual.py). Before an answer is believed it must be this intent's: from the terminal
the intent names, and not a number another case already holds (a stale answer to an earlier
command would otherwise archive this case with that case's numbers).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit
from app.clock import utcnow
from app.errors import DomainError, IllegalTransition
from app.fees import fee_effect, merchant_fee_class, provider_fee_effect
from app.models import (
    CancellationCase,
    IntentState,
    OrderStatus,
    Route,
    Stage,
    SuspendedOrder,
    Terminal,
    TerminalIntent,
    User,
)
from app.payments.qr.routing import is_provider_order
from app.refs import operation_no as canonical_op
from app.settings import load_settings


@dataclass(frozen=True)
class ExecutionOutcome:
    case_id: uuid.UUID
    route: Route
    amount_fen: int
    response_code: str
    auth_code: str
    operation_no: str
    fee_effect_fen: int
    manual: bool
    note_key: str = ""  # how the result is known ("execute.voided_earlier", …)
    confirmed_by: str = ""  # the lead who confirmed a result typed in by hand


class OutcomeUnknown(DomainError):
    """The money may have moved and nobody can tell yet: the intent stays open and the case is
    blocked. `resend_safe`: the channel can re-send the same void without moving money twice
    (an explicit, audited step)."""

    @property
    def resend_safe(self) -> bool:
        return bool(self.params.get("resend_safe", False))


class ExecutionRefused(DomainError):
    """The terminal or provider refused, or the command provably never reached it: nothing
    moved, the intent is closed and the step may be retried."""


def _provider_charged(session: Session, case: CancellationCase, said: bool | None) -> bool:
    """Whether the trade a 撤销 closed had been paid: the channel's word at execution, else
    step 1's answer from the provider, else paid (a fee is never claimed back that was not
    charged only where someone saw it unpaid)."""
    if said is not None:
        return said
    from app.payments.qr.step1 import latest_verdict

    verdict = latest_verdict(session, case)
    return verdict is None or verdict.advice != "CLOSE_UNPAID"


def record_outcome(
    session: Session,
    case: CancellationCase,
    intent: TerminalIntent,
    actor: User | None,
    *,
    response_code: str,
    auth_code: str,
    operation_no: str,
    rrn: str = "",
    manual: bool = False,
    note_key: str = "",
    terminal_id: str = "",
    confirmed_by: User | None = None,
    provider_charged: bool | None = None,
) -> ExecutionOutcome:
    """Record the money movement: intent closed, case archived, order voided or refunded.
    `provider_charged`: for a QR provider's 撤销, whether the trade held money before it (the
    channel's own query said so; None: not known here)."""
    if case.stage is not Stage.APPROVED:
        raise IllegalTransition("execute.already_closed")
    order = case.order
    settings = load_settings(session)
    amount = intent.amount_fen
    is_void = intent.command is Route.VOID
    fee_class = merchant_fee_class(session, order.merchant_no)
    if is_provider_order(order):
        effect = provider_fee_effect(
            amount,
            order.amount_fen,
            fee_class,
            charged=_provider_charged(session, case, provider_charged) if is_void else True,
            refunded_before_fen=order.refunded_fen,
        )
    else:
        effect = fee_effect(
            is_void,
            amount,
            order.amount_fen,
            fee_class,
            order.funding,
            settings.refund_returns_fee,
            refunded_before_fen=order.refunded_fen,
        )
    intent.state = IntentState.DONE
    intent.closed_at = utcnow()
    intent.response_code = response_code
    intent.outcome_key = note_key or "execute.done"
    case.stage = Stage.DONE
    case.executed_by_id = actor.id if actor else case.executed_by_id
    case.executed_at = utcnow()
    case.result_response_code = response_code
    case.result_auth_code = auth_code
    case.result_operation_no = operation_no
    case.result_rrn = rrn
    case.result_amount_fen = amount
    case.result_manual = manual
    case.result_confirmed_by_id = confirmed_by.id if confirmed_by else None
    case.result_terminal_id = terminal_id or intent.terminal_id
    case.result_note_key = note_key
    case.fee_effect_fen = effect
    case.evidence_locked = True
    if is_void:
        order.status = OrderStatus.CANCELLED
    else:
        order.refunded_fen += amount
        order.status = OrderStatus.REFUNDED
    session.flush()
    audit.record(
        session,
        "terminal.void" if is_void else "terminal.refund",
        actor,
        case_id=case.id,
        order_id=order.id,
        state=(case, order),
        amount_fen=amount,
        response_code=response_code,
        auth_code=auth_code,
        operation_no=operation_no,
        terminal_id=case.result_terminal_id,
        counter_id=intent.counter_id,
        manual=manual,
        confirmed_by=confirmed_by.name if confirmed_by else "",
        note=note_key,
        fee_effect_fen=effect,
    )
    return ExecutionOutcome(
        case.id,
        intent.command,
        amount,
        response_code,
        auth_code,
        operation_no,
        effect,
        manual,
        note_key,
        confirmed_by.name if confirmed_by else "",
    )


def foreign_answer(
    session: Session,
    case: CancellationCase,
    intent: TerminalIntent,
    *,
    operation_no: str,
    terminal_id: str,
) -> DomainError | None:
    """Why an answer cannot be this intent's, or None when it can be.

    An answer from another terminal than the intent's, or carrying a movement number that
    another case of the same terminal already recorded, is someone else's (a stale answer
    left on the line): believing it would archive this case with another's numbers."""
    if terminal_id and intent.terminal_id and terminal_id.strip() != intent.terminal_id.strip():
        return DomainError(
            "execute.answer_other_terminal", reported=terminal_id, expected=intent.terminal_id
        )
    number = canonical_op(operation_no)
    if not number:
        return None
    other = session.execute(
        select(CancellationCase.case_no)
        .join(SuspendedOrder, SuspendedOrder.id == CancellationCase.order_id)
        .where(
            CancellationCase.id != case.id,
            CancellationCase.result_operation_no.in_({number, operation_no.strip()}),
            CancellationCase.result_terminal_id.in_({intent.terminal_id, ""}),
            SuspendedOrder.terminal_no == case.order.terminal_no,
        )
        .limit(1)
    ).scalar_one_or_none()
    if other is not None:
        return DomainError("execute.answer_not_ours", operation_no=number, case_no=other)
    return None


def sale_voided_by(session: Session, case: CancellationCase) -> str | None:
    """The case number of another case that already recorded a void of this order's sale
    (the same terminal and operation number): a duplicate order of one sale."""
    order = case.order
    if not order.operation_no:
        return None
    return session.execute(
        select(CancellationCase.case_no)
        .join(SuspendedOrder, SuspendedOrder.id == CancellationCase.order_id)
        .join(TerminalIntent, TerminalIntent.case_id == CancellationCase.id)
        .where(
            CancellationCase.id != case.id,
            CancellationCase.stage == Stage.DONE,
            TerminalIntent.state == IntentState.DONE,
            TerminalIntent.command == Route.VOID,
            SuspendedOrder.terminal_no == order.terminal_no,
            SuspendedOrder.operation_no == order.operation_no,
        )
        .limit(1)
    ).scalar_one_or_none()


def close_failed(
    session: Session,
    intent: TerminalIntent,
    key: str,
    response_code: str = "",
    actor: User | None = None,
) -> None:
    """The money did not move: the intent closes and the step may be retried."""
    intent.state = IntentState.FAILED
    intent.closed_at = utcnow()
    intent.response_code = response_code
    intent.outcome_key = key[:60]
    audit.record(
        session,
        "terminal.failed",
        actor,
        case_id=intent.case_id,
        outcome=key,
        response_code=response_code,
        counter_id=intent.counter_id,
    )


def open_intent(session: Session, case: CancellationCase) -> TerminalIntent | None:
    return session.execute(
        select(TerminalIntent).where(
            TerminalIntent.case_id == case.id, TerminalIntent.state == IntentState.OPEN
        )
    ).scalar_one_or_none()


def case_blocked(session: Session, case: CancellationCase) -> bool:
    return open_intent(session, case) is not None


def terminal_label(session: Session, terminal_no: str) -> str:
    """How people name the counter of a terminal: its 收银台 label, else its 终端号."""
    label = session.execute(
        select(Terminal.counter).where(Terminal.terminal_no == terminal_no).limit(1)
    ).scalar_one_or_none()
    return label or terminal_no
