"""Step 4 — 提交申请并等待审批: submission, a lead's approval or rejection by PIN, withdrawal."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.clock import utcnow
from app.errors import DomainError, IllegalTransition, PermissionDenied
from app.leases import refuse_offline
from app.models import (
    ApprovalDecision,
    CancellationCase,
    Decision,
    OrderStatus,
    Route,
    Stage,
    SuspendedOrder,
    User,
)
from app.settings import StoreSettings
from app.users import check_credentials
from app.validation import (
    check_amount,
    check_text,
)
from app.workflow.common import (
    BEFORE_SUBMISSION,
    LEADS,
    STAFF,
    audit_case,
    hold,
    require_role,
    require_stage,
)
from app.workflow.opening import route_now
from app.workflow.rules import require_eligible_approver, require_trusted, trusted_settings

# ---------------------------------------------------------------- step 4: submit and approve


def submit(session: Session, case: CancellationCase, actor: User) -> None:
    require_role(actor, STAFF)
    hold(session, case, actor)
    require_stage(case, {Stage.FORM}, "submit")
    if case.route is None or not case.verify_checks:
        raise IllegalTransition("submit.not_verified")
    if not case.customer_agreed:
        raise IllegalTransition("contact.no_agreement")
    if case.form_filled_at is None:
        raise IllegalTransition("submit.form_missing")
    # The order may have changed since the form was filled (a lead's correction, a batch
    # settled meanwhile): the route and the amount are checked again against it as it is now.
    order = case.order
    if route_now(session, case) is not case.route:
        raise IllegalTransition("submit.route_changed")
    check_amount(
        case.form_amount_fen or 0, is_void=case.route is Route.VOID, original_fen=order.amount_fen,
        refunded_fen=order.refunded_fen,
    )  # fmt: skip
    case.stage = Stage.PENDING_APPROVAL
    case.submitted_by_id = actor.id
    case.submitted_at = utcnow()
    case.order.status = OrderStatus.PENDING_APPROVAL
    audit_case(session, "case.submitted", actor, case, amount_fen=case.form_amount_fen)


def _approver(
    session: Session, case: CancellationCase, name: str, pin: str, settings: StoreSettings
) -> User:
    approver = check_credentials(session, name, pin, purpose="approval", case=case)
    require_role(approver, LEADS, "approve.lead_only")
    if approver.id == case.submitted_by_id:
        # the attempt itself is the record: kept (and on the case's timeline) though refused
        audit_case(session, "approval.self_attempt", approver, case)
        refused = PermissionDenied("approve.not_applicant")
        refused.keeps_changes = True
        raise refused
    # The rows the decision rests on, as the chain left them: a role or PIN hash changed with
    # sqlite3, a raised amount, a case pushed to this stage by hand are refused here.
    require_trusted(session, case, case.order, approver)
    require_eligible_approver(session, case, approver, settings)
    return approver


def approve(
    session: Session, case: CancellationCase, approver_name: str, pin: str, comment: str = ""
) -> User:
    """A lead other than the applicant approves with their own PIN; the signed-in user stays."""
    refuse_offline(session, "store.offline_no_approval")
    require_stage(case, {Stage.PENDING_APPROVAL}, "approve")
    approver = _approver(session, case, approver_name, pin, trusted_settings(session))
    comment = check_text(comment, "comment", max_len=1000, required=False)
    decision = ApprovalDecision(
        case_id=case.id, decision=Decision.APPROVE, approver_id=approver.id, comment=comment
    )
    session.add(decision)
    case.stage = Stage.APPROVED
    case.order.status = OrderStatus.APPROVED
    audit_case(session, "case.approved", approver, case, state=[decision], comment=comment)
    return approver


def reject(
    session: Session,
    case: CancellationCase,
    approver_name: str,
    pin: str,
    comment: str,
    *,
    close: bool = False,
) -> User:
    """Reject with a comment: back to step 3 to revise, or closed."""
    refuse_offline(session, "store.offline_no_approval")
    require_stage(case, {Stage.PENDING_APPROVAL}, "reject")
    if not comment.strip():
        raise DomainError("reject.comment_required", field="comment")
    approver = _approver(session, case, approver_name, pin, trusted_settings(session))
    comment = check_text(comment, "comment", max_len=1000)
    decision = ApprovalDecision(
        case_id=case.id, decision=Decision.REJECT, approver_id=approver.id, comment=comment
    )
    session.add(decision)
    if close:
        case.stage = Stage.CLOSED
        case.order.status = status_without_case(case.order, closed=True)
    else:
        case.stage = Stage.FORM
        case.order.status = OrderStatus.REJECTED
    audit_case(
        session, "case.rejected", approver, case, state=[decision], comment=comment, closed=close
    )
    return approver


def withdraw(session: Session, case: CancellationCase, actor: User, note: str) -> None:
    """The cashier stops a case before submission (say the customer did not agree); the order re-opens."""
    require_role(actor, STAFF)
    hold(session, case, actor)
    require_stage(case, BEFORE_SUBMISSION | {Stage.ESCALATED}, "withdraw")
    note = check_text(note, "note", max_len=1000)
    case.stage = Stage.CLOSED
    case.order.status = status_without_case(case.order)
    audit_case(session, "case.withdrawn", actor, case, note=note)


def withdraw_approval(
    session: Session,
    case: CancellationCase,
    lead_name: str,
    pin: str,
    comment: str,
    *,
    close: bool = False,
) -> User:
    """A lead takes an approval back before the money moved — the batch was settled meanwhile,
    or the terminal refuses the void (08 debit, 21 not allowed): the case goes back to step 1
    to be routed again (a refund now), or is closed."""
    refuse_offline(session, "store.offline_no_approval")
    require_stage(case, {Stage.APPROVED}, "withdraw_approval")
    if case.intents and any(i.state.value == "OPEN" for i in case.intents):
        raise IllegalTransition("execute.open_intent")
    if not comment.strip():
        raise DomainError("reject.comment_required", field="comment")
    lead = check_credentials(session, lead_name, pin, purpose="approval", case=case)
    require_role(lead, LEADS, "approve.lead_only")
    comment = check_text(comment, "comment", max_len=1000)
    decision = ApprovalDecision(
        case_id=case.id, decision=Decision.REJECT, approver_id=lead.id, comment=comment
    )
    session.add(decision)
    if close:
        case.stage = Stage.CLOSED
        case.order.status = status_without_case(case.order, closed=True)
    else:
        case.stage = Stage.VERIFY
        case.verify_checks = {}
        case.route = None
        case.route_reason = ""
        case.form_filled_at = None
        case.order.status = OrderStatus.IN_PROGRESS
    audit_case(
        session, "case.approval_withdrawn", lead, case, state=[decision], comment=comment,
        closed=close,
    )  # fmt: skip
    return lead


def status_without_case(order: SuspendedOrder, *, closed: bool = False) -> OrderStatus:
    """The order's status once a case ends without moving money: an earlier partial refund
    keeps it REFUNDED (the rest may still be refunded); otherwise open again, or closed."""
    if order.refunded_fen > 0:
        return OrderStatus.REFUNDED
    return OrderStatus.CLOSED if closed else OrderStatus.OPEN


def latest_decision(case: CancellationCase) -> ApprovalDecision | None:
    return case.decisions[-1] if case.decisions else None
