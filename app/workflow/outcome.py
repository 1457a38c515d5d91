"""Step 5's record of money that moved or did not: one intent closed, the case archived.

Shared by the terminal path (execute.py), start-up and on-demand reconciliation
(reconcile.py) and the guided manual path (manual.py).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit
from app.clock import utcnow
from app.errors import IllegalTransition
from app.fees import fee_effect, merchant_fee_class
from app.models import (
    CancellationCase,
    IntentState,
    OrderStatus,
    Route,
    Stage,
    TerminalIntent,
    User,
)
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
) -> ExecutionOutcome:
    """Record the money movement: intent closed, case archived, order voided or refunded."""
    if case.stage is not Stage.APPROVED:
        raise IllegalTransition("execute.already_closed")
    order = case.order
    settings = load_settings(session)
    amount = intent.amount_fen
    is_void = intent.command is Route.VOID
    effect = fee_effect(
        is_void,
        amount,
        order.amount_fen,
        merchant_fee_class(session, order.merchant_no),
        order.funding,
        settings.refund_returns_fee,
        refunded_before_fen=order.refunded_fen,
    )
    intent.state = IntentState.DONE
    intent.closed_at = utcnow()
    intent.response_code = response_code
    intent.outcome_key = "execute.done"
    case.stage = Stage.DONE
    case.executed_by_id = actor.id if actor else case.executed_by_id
    case.executed_at = utcnow()
    case.result_response_code = response_code
    case.result_auth_code = auth_code
    case.result_operation_no = operation_no
    case.result_rrn = rrn
    case.result_amount_fen = amount
    case.result_manual = manual
    case.fee_effect_fen = effect
    case.evidence_locked = True
    if is_void:
        order.status = OrderStatus.CANCELLED
    else:
        order.refunded_fen += amount
        order.status = OrderStatus.REFUNDED
    audit.record(
        session,
        "terminal.void" if is_void else "terminal.refund",
        actor,
        case_id=case.id,
        order_id=order.id,
        amount_fen=amount,
        response_code=response_code,
        auth_code=auth_code,
        operation_no=operation_no,
        manual=manual,
        fee_effect_fen=effect,
    )
    return ExecutionOutcome(
        case.id, intent.command, amount, response_code, auth_code, operation_no, effect, manual
    )


def same_operation(a: str, b: str) -> bool:
    """Operation numbers as the terminal means them: '123' and '000123' are one sale."""
    a, b = a.strip(), b.strip()
    if a.isdigit() and b.isdigit():
        return int(a) == int(b)
    return a == b


def close_failed(
    session: Session, intent: TerminalIntent, key: str, response_code: str = ""
) -> None:
    """The terminal did not move the money: the intent closes and the step may be retried."""
    intent.state = IntentState.FAILED
    intent.closed_at = utcnow()
    intent.response_code = response_code
    intent.outcome_key = key
    audit.record(
        session,
        "terminal.failed",
        None,
        case_id=intent.case_id,
        outcome=key,
        response_code=response_code,
    )


def open_intent(session: Session, case: CancellationCase) -> TerminalIntent | None:
    return session.execute(
        select(TerminalIntent).where(
            TerminalIntent.case_id == case.id, TerminalIntent.state == IntentState.OPEN
        )
    ).scalar_one_or_none()


def case_blocked(session: Session, case: CancellationCase) -> bool:
    return open_intent(session, case) is not None
