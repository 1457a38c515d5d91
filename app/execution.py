"""Step 5 — 执行撤销并归档: the money moves on the terminal, crash-safe.

Before a money-moving command an intent row is committed; after the answer it is closed in
the same transaction that finishes the case. An intent still open (the till crashed, the
answer was lost) blocks its case until `reconcile_open_intents` has asked the terminal what
happened. A command is never sent twice for one intent.
"""

from __future__ import annotations

import logging
import secrets
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit
from app.clock import DEFAULT_ZONE, local_date, utcnow
from app.db import Store
from app.errors import DomainError, IllegalTransition, PermissionDenied, ValidationFailed
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
from app.terminal.base import (
    AnswerLost,
    Capability,
    LinkError,
    Progress,
    ProgressCallback,
    TerminalDeclined,
    TerminalDriver,
    TerminalError,
    Transaction,
    VoidResult,
)
from app.users import check_credentials
from app.workflow import add_attachment, get_case
from app.workflow.common import LEADS, STAFF, require_role, require_stage

log = logging.getLogger(__name__)


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


@dataclass(frozen=True)
class ManualSlip:
    """What the cashier copies from the terminal's slip after keying a refund by hand."""

    reference: str  # 参考号 of the refund
    auth_code: str
    amount_fen: int
    trace_no: str = ""


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


def _fail(session: Session, intent: TerminalIntent, key: str, response_code: str = "") -> None:
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


def _open_intent(session: Session, case: CancellationCase) -> TerminalIntent | None:
    return session.execute(
        select(TerminalIntent).where(
            TerminalIntent.case_id == case.id, TerminalIntent.state == IntentState.OPEN
        )
    ).scalar_one_or_none()


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
        if _open_intent(session, case) is not None:
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
        if _open_intent(session, case) is not None:
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
            return _moved_or_raise(_reconcile_one(store, intent_id, driver, actor_id))
        with store.transaction() as session:
            _fail(
                session,
                session.get_one(TerminalIntent, intent_id),
                declined.key,
                declined.response_code,
            )
        raise
    except AnswerLost:
        return _moved_or_raise(_reconcile_one(store, intent_id, driver, actor_id))
    except LinkError:
        # No ACK for the command: the terminal never took it, so the money did not move.
        with store.transaction() as session:
            _fail(session, session.get_one(TerminalIntent, intent_id), "terminal.link_failed")
        raise
    except TerminalError:
        with store.transaction() as session:
            intent_row = session.get_one(TerminalIntent, intent_id)
            _fail(session, intent_row, "terminal.error")
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


def _moved_or_raise(outcome: ExecutionOutcome | None) -> ExecutionOutcome:
    if outcome is None:
        raise DomainError("execute.not_moved")
    return outcome


def _reconcile_one(
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
        _fail(session, intent, "execute.not_moved")
    return None


def reconcile_case(
    store: Store, case_id: uuid.UUID, driver: TerminalDriver
) -> ExecutionOutcome | None:
    """'核对终端' on one blocked case: ask the terminal about its open intent now.

    The outcome when the money moved (the case is done), None when it did not (retry is safe);
    OutcomeUnknown while the terminal still cannot tell."""
    with store.transaction() as session:
        intent = _open_intent(session, get_case(session, case_id))
        if intent is None:
            raise IllegalTransition("execute.already_closed")
        intent_id = intent.id
    return _reconcile_one(store, intent_id, driver, None)


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
            moved = _reconcile_one(store, intent_id, driver, None) is not None
            reports.append(ReconcileReport(intent_id, case_id, moved))
        except OutcomeUnknown:
            reports.append(ReconcileReport(intent_id, case_id, None))
    return reports


def record_manual_execution(
    store: Store,
    case_id: uuid.UUID,
    actor_id: uuid.UUID,
    lead_name: str,
    lead_pin: str,
    slip: ManualSlip,
    evidence_name: str,
    evidence: bytes,
) -> ExecutionOutcome:
    """The guided manual path: the cashier keyed the refund (or, with no terminal reachable,
    the void) on the terminal; the slip's numbers and a photo of it are recorded, confirmed
    by a lead's PIN."""
    with store.transaction() as session:
        case = get_case(session, case_id)
        actor = session.get_one(User, actor_id)
        require_role(actor, STAFF)
        require_stage(case, {Stage.APPROVED}, "execute")
        if _open_intent(session, case) is not None:
            raise IllegalTransition("execute.open_intent")
        lead = check_credentials(session, lead_name, lead_pin, purpose="manual_confirm")
        require_role(lead, LEADS, "approve.lead_only")
        if lead.id == actor.id:
            raise PermissionDenied("manual.second_person")
        problems = []
        reference = slip.reference.strip()
        if not (reference.isdigit() and len(reference) == 12):
            problems.append(DomainError("manual.reference_invalid", field="reference"))
        auth_code = slip.auth_code.strip().upper()
        if not (auth_code.isalnum() and 1 <= len(auth_code) <= 6):
            problems.append(DomainError("manual.auth_invalid", field="auth_code"))
        expected = case.form_amount_fen or case.order.amount_fen
        if slip.amount_fen != expected:
            problems.append(DomainError("manual.amount_mismatch", field="amount", amount=expected))
        if problems:
            raise ValidationFailed(problems)
        add_attachment(
            session, store.attachments_dir, case, actor, evidence_name, evidence, purpose="SLIP"
        )
        intent = TerminalIntent(
            case_id=case.id,
            command=case.route or Route.REFUND,
            amount_fen=expected,
            ticket=secrets.token_hex(3).upper(),
            original_operation_no=case.order.operation_no,
            manual=True,
        )
        session.add(intent)
        session.flush()
        audit.record(
            session, "terminal.manual_confirmed", lead, case_id=case.id, cashier=actor.name
        )
        return record_outcome(
            session,
            case,
            intent,
            actor,
            response_code="00",
            auth_code=auth_code,
            operation_no=slip.trace_no.strip(),
            rrn=reference,
            manual=True,
        )


def case_blocked(session: Session, case: CancellationCase) -> bool:
    return _open_intent(session, case) is not None


def guide_lines(
    case: CancellationCase, zone: str = DEFAULT_ZONE
) -> list[tuple[str, dict[str, object]]]:
    """The manual refund, keyed on the terminal: message keys with their parameters, in order.
    The original date is the store's local date (`zone`, the settings' timezone)."""
    order = case.order
    amount = case.form_amount_fen or order.amount_fen
    return [
        ("manual.step.menu", {}),
        ("manual.step.password", {}),
        ("manual.step.card", {"card": order.card_masked or ""}),
        (
            "manual.step.reference",
            {"rrn": order.rrn, "date": local_date(order.occurred_at, zone).strftime("%m%d")},
        ),
        ("manual.step.amount", {"amount": amount}),
        ("manual.step.confirm", {}),
        ("manual.step.slip", {}),
    ]


__all__ = [
    "ExecutionOutcome",
    "ManualSlip",
    "OutcomeUnknown",
    "ReconcileReport",
    "case_blocked",
    "execute",
    "guide_lines",
    "needs_manual_refund",
    "reconcile_case",
    "reconcile_open_intents",
    "record_manual_execution",
]
