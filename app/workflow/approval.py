"""Step 4 — 提交申请并等待审批: submission, a lead's approval or rejection by PIN, withdrawal."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.clock import utcnow
from app.errors import DomainError, IllegalTransition, PermissionDenied
from app.models import (
    ApprovalDecision,
    CancellationCase,
    Decision,
    OrderStatus,
    Role,
    Stage,
    User,
)
from app.settings import StoreSettings, load_settings
from app.users import check_credentials
from app.validation import (
    check_text,
)
from app.workflow.common import (
    BEFORE_SUBMISSION,
    LEADS,
    STAFF,
    audit_case,
    require_role,
    require_stage,
)

# ---------------------------------------------------------------- step 4: submit and approve


def submit(session: Session, case: CancellationCase, actor: User) -> None:
    require_role(actor, STAFF)
    require_stage(case, {Stage.FORM}, "submit")
    if case.route is None or not case.verify_checks:
        raise IllegalTransition("submit.not_verified")
    if not case.customer_agreed:
        raise IllegalTransition("contact.no_agreement")
    if case.form_filled_at is None:
        raise IllegalTransition("submit.form_missing")
    case.stage = Stage.PENDING_APPROVAL
    case.submitted_by_id = actor.id
    case.submitted_at = utcnow()
    case.order.status = OrderStatus.PENDING_APPROVAL
    audit_case(session, "case.submitted", actor, case, amount_fen=case.form_amount_fen)


def _approver(
    session: Session, case: CancellationCase, name: str, pin: str, settings: StoreSettings
) -> User:
    approver = check_credentials(session, name, pin, purpose="approval")
    require_role(approver, LEADS, "approve.lead_only")
    if approver.id == case.submitted_by_id:
        raise PermissionDenied("approve.not_applicant")
    if (
        case.form_amount_fen or 0
    ) > settings.approval_threshold_fen and approver.role is not Role.ADMIN:
        raise PermissionDenied("approve.admin_needed", threshold=settings.approval_threshold_fen)
    return approver


def approve(
    session: Session, case: CancellationCase, approver_name: str, pin: str, comment: str = ""
) -> User:
    """A lead other than the applicant approves with their own PIN; the signed-in user stays."""
    require_stage(case, {Stage.PENDING_APPROVAL}, "approve")
    approver = _approver(session, case, approver_name, pin, load_settings(session))
    comment = check_text(comment, "comment", max_len=1000, required=False)
    session.add(
        ApprovalDecision(
            case_id=case.id, decision=Decision.APPROVE, approver_id=approver.id, comment=comment
        )
    )
    case.stage = Stage.APPROVED
    case.order.status = OrderStatus.APPROVED
    audit_case(session, "case.approved", approver, case, comment=comment)
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
    require_stage(case, {Stage.PENDING_APPROVAL}, "reject")
    if not comment.strip():
        raise DomainError("reject.comment_required", field="comment")
    approver = _approver(session, case, approver_name, pin, load_settings(session))
    comment = check_text(comment, "comment", max_len=1000)
    session.add(
        ApprovalDecision(
            case_id=case.id, decision=Decision.REJECT, approver_id=approver.id, comment=comment
        )
    )
    if close:
        case.stage = Stage.CLOSED
        case.order.status = OrderStatus.CLOSED
    else:
        case.stage = Stage.FORM
        case.order.status = OrderStatus.REJECTED
    audit_case(session, "case.rejected", approver, case, comment=comment, closed=close)
    return approver


def withdraw(session: Session, case: CancellationCase, actor: User, note: str) -> None:
    """The cashier stops a case before submission (say the customer did not agree); the order re-opens."""
    require_role(actor, STAFF)
    require_stage(case, BEFORE_SUBMISSION | {Stage.ESCALATED}, "withdraw")
    note = check_text(note, "note", max_len=1000)
    case.stage = Stage.CLOSED
    case.order.status = OrderStatus.OPEN
    audit_case(session, "case.withdrawn", actor, case, note=note)


def latest_decision(case: CancellationCase) -> ApprovalDecision | None:
    return case.decisions[-1] if case.decisions else None


def pending_count(session: Session) -> int:
    return session.execute(
        select(func.count())
        .select_from(CancellationCase)
        .where(CancellationCase.stage == Stage.PENDING_APPROVAL)
    ).scalar_one()
