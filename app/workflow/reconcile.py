"""Step 5's reconciliation: what became of a command whose answer never came (a crash, a
lost answer). Run at start-up for every open intent, and on demand (核对终端) for one case."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select

from app import audit
from app.db import Store
from app.errors import DomainError, IllegalTransition
from app.models import CancellationCase, IntentState, Route, TerminalIntent, User
from app.payments.card.base import (
    Capability,
    TerminalDeclined,
    TerminalDriver,
    TerminalError,
    Transaction,
    VoidResult,
)
from app.workflow.common import get_case
from app.workflow.outcome import (
    ExecutionOutcome,
    close_failed,
    open_intent,
    record_outcome,
    same_operation,
)


class OutcomeUnknown(DomainError):
    """The terminal could not be asked what became of a command: the case stays blocked."""


def _void_seen(driver: TerminalDriver, operation_no: str) -> Transaction | None | bool:
    """Whether the terminal's own records show the sale `operation_no` voided.

    Returns the voiding transaction when it is visible, False when the sale is there and not
    voided, None when the terminal's records cannot tell.
    """
    try:
        last = driver.last_transaction()
        if last.function_code == "1200" and same_operation(last.linked_operation_no, operation_no):
            return last
        if last.voided and same_operation(last.operation_no, operation_no):
            return last
    except TerminalDeclined:
        pass  # "no sale" (11) and the like: fall through to the journal
    if Capability.SALES_JOURNAL not in driver.capabilities:
        return None
    for sale in driver.sales_journal():
        if same_operation(sale.operation_no, operation_no) and sale.function_code != "1200":
            if sale.voided:
                return sale
            # The documented journal never says "voided": only a terminal that reports void
            # status can tell "not voided" from "unknown".
            return False if Capability.VOID_STATUS in driver.capabilities else None
    return None


def _void_again(driver: TerminalDriver, operation_no: str) -> Transaction | VoidResult | None:
    """When the terminal's records cannot tell, void again under the same intent: a terminal
    never voids a sale twice (it answers 04), so 00 and 04 both mean the money has moved.
    None: still unknown (the terminal does not know the sale, or did not answer)."""
    try:
        return driver.void(operation_no)
    except TerminalDeclined as declined:
        if declined.response_code == "04":
            return VoidResult("04", True, "", "", "", "")
        return None
    except TerminalError:
        return None


def reconcile_intent(
    store: Store, intent_id: uuid.UUID, driver: TerminalDriver, actor_id: uuid.UUID | None
) -> ExecutionOutcome | None:
    """Ask the terminal what became of an open intent and close it: the outcome when the money
    moved, None when it did not (the step may be retried). Raises OutcomeUnknown otherwise."""
    with store.transaction() as session:
        intent = session.get_one(TerminalIntent, intent_id)
        op_no, route = intent.original_operation_no, intent.command
    seen: Transaction | VoidResult | None | bool
    if route is not Route.VOID:
        # A refund can only have been sent by a driver that refunds without the card; such a
        # driver must be asked (none exists yet: unknown). Without that capability no refund
        # command ever went out for this intent.
        seen = None if Capability.REFUND in driver.capabilities else False
    else:
        try:
            seen = _void_seen(driver, op_no)
        except TerminalError as exc:
            raise OutcomeUnknown("execute.outcome_unknown") from exc
        if seen is None and Capability.VOID in driver.capabilities:
            seen = _void_again(driver, op_no)
    if seen is None:
        raise OutcomeUnknown("execute.outcome_unknown")
    with store.transaction() as session:
        intent = session.get_one(TerminalIntent, intent_id)
        if intent.state is not IntentState.OPEN:
            raise IllegalTransition("execute.already_closed")
        case = session.get_one(CancellationCase, intent.case_id)
        actor = session.get(User, actor_id) if actor_id else None
        if isinstance(seen, Transaction | VoidResult):
            audit.record(session, "terminal.reconciled", actor, case_id=case.id, moved=True)
            return record_outcome(
                session,
                case,
                intent,
                actor,
                response_code=seen.response_code or "00",
                auth_code=seen.auth_code,
                operation_no=seen.operation_no,
            )
        audit.record(session, "terminal.reconciled", actor, case_id=case.id, moved=False)
        close_failed(session, intent, "execute.not_moved")
    return None


def reconcile_case(
    store: Store, case_id: uuid.UUID, driver: TerminalDriver
) -> ExecutionOutcome | None:
    """'核对终端' on one blocked case: ask the terminal about its open intent now.

    The outcome when the money moved (the case is done), None when it did not (retry is safe);
    OutcomeUnknown while the terminal still cannot tell."""
    with store.transaction() as session:
        intent = open_intent(session, get_case(session, case_id))
        if intent is None:
            raise IllegalTransition("execute.already_closed")
        intent_id = intent.id
    return reconcile_intent(store, intent_id, driver, None)


@dataclass(frozen=True)
class ReconcileReport:
    intent_id: uuid.UUID
    case_id: uuid.UUID
    moved: bool | None  # None: the terminal could not be asked; the case stays blocked


def reconcile_open_intents(store: Store, driver: TerminalDriver) -> list[ReconcileReport]:
    """At start-up: settle every intent a crash left open before its case can be touched."""
    with store.transaction() as session:
        rows = session.execute(
            select(TerminalIntent.id, TerminalIntent.case_id).where(
                TerminalIntent.state == IntentState.OPEN, TerminalIntent.manual.is_(False)
            )
        ).all()
    reports = []
    for intent_id, case_id in rows:
        try:
            moved = reconcile_intent(store, intent_id, driver, None) is not None
            reports.append(ReconcileReport(intent_id, case_id, moved))
        except OutcomeUnknown:
            reports.append(ReconcileReport(intent_id, case_id, None))
    return reports
