"""Step 5 — 执行撤销并归档: the money moves on the terminal, crash-safe.

Before a money-moving command an intent row is committed; after the answer it is closed in
the same transaction that finishes the case. An intent still open (the till crashed, the
answer was lost) blocks its case until reconciliation (reconcile.py) has asked the terminal
what happened. A command is never sent twice for one intent.
"""

from __future__ import annotations

import logging
import secrets
import uuid

from app import audit
from app.clock import local_date, utcnow
from app.db import Store
from app.errors import DomainError, IllegalTransition, PermissionDenied
from app.models import CancellationCase, Route, Stage, TerminalIntent, User
from app.payments.card.base import (
    AnswerLost,
    Capability,
    LinkError,
    Progress,
    ProgressCallback,
    TerminalDeclined,
    TerminalDriver,
    TerminalError,
)
from app.settings import load_settings
from app.workflow.common import STAFF, get_case, require_role, require_stage
from app.workflow.outcome import (
    ExecutionOutcome,
    close_failed,
    open_intent,
    record_outcome,
    same_operation,
)
from app.workflow.reconcile import reconcile_intent

log = logging.getLogger(__name__)


def _check_sale_on_terminal(driver: TerminalDriver, operation_no: str, amount_fen: int) -> None:
    """Before any void: the sale this order names must be on this terminal, for this amount.

    Another counter's terminal (or a closed batch) may hold a different sale under the same
    operation number; voiding that would cancel a stranger's payment."""
    if Capability.SALES_JOURNAL not in driver.capabilities:
        return
    for sale in driver.sales_journal():
        if same_operation(sale.operation_no, operation_no) and sale.function_code != "1200":
            if sale.amount_fen != amount_fen:
                raise DomainError(
                    "execute.sale_mismatch", amount=sale.amount_fen, operation_no=operation_no
                )
            return
    raise DomainError("execute.sale_not_on_terminal", operation_no=operation_no)


def needs_manual_refund(case: CancellationCase, driver: TerminalDriver) -> bool:
    return case.route is Route.REFUND and Capability.REFUND not in driver.capabilities


def execute(
    store: Store,
    case_id: uuid.UUID,
    actor_id: uuid.UUID,
    driver: TerminalDriver,
    *,
    progress: ProgressCallback | None = None,
) -> ExecutionOutcome:
    """Send the void (or refund) for an approved case and record the answer.

    `progress` hears "done" once the outcome is committed (the driver reports its own stages).
    Raises TerminalError subclasses with a message key when the terminal refuses or the link
    fails; the case then stays APPROVED and a retry is safe. When the answer is lost after the
    terminal took the command, the terminal is asked what happened before anything else.
    """
    with store.transaction() as session:
        case = get_case(session, case_id)
        require_stage(case, {Stage.APPROVED}, "execute")
        if open_intent(session, case) is not None:
            raise IllegalTransition("execute.open_intent")
        if needs_manual_refund(case, driver):
            raise IllegalTransition("execute.manual_refund_required")
        check_op, check_amount = case.order.operation_no, case.order.amount_fen
        check_void = case.route is Route.VOID
    if check_void:
        _check_sale_on_terminal(driver, check_op, check_amount)
    with store.transaction() as session:
        case = get_case(session, case_id)
        actor = session.get(User, actor_id)
        if actor is None:
            raise PermissionDenied("perm.denied", role="")
        require_role(actor, STAFF)
        require_stage(case, {Stage.APPROVED}, "execute")
        if open_intent(session, case) is not None:
            raise IllegalTransition("execute.open_intent")
        # Touching the case bumps its version: of two counters pressing "execute" at once, the
        # second one's commit is refused (StaleData) before it can send anything.
        case.updated_at = utcnow()
        order = case.order
        intent = TerminalIntent(
            case_id=case.id,
            command=case.route or Route.VOID,
            amount_fen=case.form_amount_fen or order.amount_fen,
            ticket=secrets.token_hex(3).upper(),
            original_operation_no=order.operation_no,
            terminal_port=getattr(driver, "name", ""),
        )
        session.add(intent)
        audit.record(
            session,
            "terminal.intent",
            actor,
            case_id=case.id,
            order_id=order.id,
            command=intent.command.value,
            amount_fen=intent.amount_fen,
            ticket=intent.ticket,
        )
        intent_id = intent.id
        route = intent.command
        op_no = order.operation_no
        rrn = order.rrn
        original_date = local_date(order.occurred_at, load_settings(session).timezone)
        amount = intent.amount_fen
    # The intent is committed: from here on a crash leaves a trace that start-up reconciles.
    try:
        if route is Route.VOID:
            void = driver.void(op_no)
            code, auth, operation, ref = void.response_code, void.auth_code, void.operation_no, ""
        else:
            refund = driver.refund(amount, rrn, original_date)
            code, auth, operation, ref = (
                refund.response_code,
                refund.auth_code,
                refund.operation_no,
                refund.rrn,
            )
    except TerminalDeclined as declined:
        if declined.response_code == "04" and route is Route.VOID:
            # "Already voided": our earlier attempt went through. Ask the terminal, do not guess.
            return _moved_or_raise(reconcile_intent(store, intent_id, driver, actor_id))
        with store.transaction() as session:
            close_failed(
                session,
                session.get_one(TerminalIntent, intent_id),
                declined.key,
                declined.response_code,
            )
        raise
    except AnswerLost:
        return _moved_or_raise(reconcile_intent(store, intent_id, driver, actor_id))
    except LinkError:
        # No ACK for the command: the terminal never took it, so the money did not move.
        with store.transaction() as session:
            close_failed(
                session, session.get_one(TerminalIntent, intent_id), "terminal.link_failed"
            )
        raise
    except TerminalError:
        with store.transaction() as session:
            intent_row = session.get_one(TerminalIntent, intent_id)
            close_failed(session, intent_row, "terminal.error")
        raise
    with store.transaction() as session:
        case = get_case(session, case_id)
        intent_row = session.get_one(TerminalIntent, intent_id)
        outcome = record_outcome(
            session,
            case,
            intent_row,
            session.get(User, actor_id),
            response_code=code,
            auth_code=auth,
            operation_no=operation,
            rrn=ref,
        )
    if progress is not None:
        progress(Progress("done", "execute.done"))  # recorded and committed: the step is over
    return outcome


def _moved_or_raise(outcome: ExecutionOutcome | None) -> ExecutionOutcome:
    if outcome is None:
        raise DomainError("execute.not_moved")
    return outcome
