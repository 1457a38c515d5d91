"""Step 5 by hand: the cashier keys the refund (or, with no terminal reachable, the void) on
the terminal, following the guide; the slip's numbers and a photo are recorded, confirmed by a
lead's PIN."""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass

from app import audit
from app.clock import DEFAULT_ZONE, local_date
from app.db import Store
from app.errors import DomainError, IllegalTransition, PermissionDenied, ValidationFailed
from app.models import CancellationCase, Route, Stage, TerminalIntent, User
from app.users import check_credentials
from app.workflow.common import LEADS, STAFF, get_case, require_role, require_stage
from app.workflow.evidence import add_attachment
from app.workflow.outcome import ExecutionOutcome, open_intent, record_outcome


@dataclass(frozen=True)
class ManualSlip:
    """What the cashier copies from the terminal's slip after keying a refund by hand."""

    reference: str  # 参考号 of the refund
    auth_code: str
    amount_fen: int
    trace_no: str = ""


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
        if open_intent(session, case) is not None:
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
