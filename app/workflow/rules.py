"""Who may approve a case, and what must hold before money moves (issue 11). The rules live
here, not in a screen, so that the wizard, the CLI and any script meet the same ones.

- A lead approves only a case they did not work on (open, verify, correct the order's data,
  contact, fill, attach, submit), and an ADMIN approves when the order's refunds, this one included, pass the
  threshold (two ¥4,000 refunds of one ¥8,000 order are ¥8,000).
- Money moves only for an approval decision by an approver who is eligible now, with the case,
  its order, the decision, the approver and the settings as their latest audit events left them
  (a row changed with sqlite3 or another SQL login is refused), and for an amount within what
  was paid minus what was refunded before.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.audit.state import StateMismatch, Tracked, digest, require_state_matches
from app.errors import IllegalTransition, PermissionDenied, StaleData
from app.models import (
    ApprovalDecision,
    AuditEvent,
    CancellationCase,
    Decision,
    Role,
    Route,
    Setting,
    User,
)
from app.settings import SETTINGS_KEY, StoreSettings, load_settings
from app.workflow.common import LEADS, require_role

# The steps of a case whose actor "worked on" it (and so may not approve it).
WORK_KINDS = frozenset(
    {
        "case.opened",
        "case.verified",
        "case.escalated",
        "case.corrected",  # a lead who set the order's data decided what the form says
        "case.contact_recorded",
        "case.form_filled",
        "case.attachment_added",
        "case.attachment_removed",
        "case.submitted",
    }
)


def case_workers(session: Session, case: CancellationCase) -> set[uuid.UUID]:
    """Everyone who opened, verified, escalated, corrected, contacted, filled, attached or
    submitted."""
    named = {case.opened_by_id, case.verified_by_id, case.escalated_by_id, case.submitted_by_id}
    actors = session.scalars(
        select(AuditEvent.actor_id).where(
            AuditEvent.case_id == case.id, AuditEvent.kind.in_(WORK_KINDS)
        )
    ).all()
    return {i for i in (*named, *actors) if i is not None}


def refunds_with(case: CancellationCase) -> int:
    """What the order gives back once this case's amount is added to its earlier refunds."""
    return case.order.refunded_fen + (case.form_amount_fen or 0)


def trusted_settings(session: Session) -> StoreSettings:
    """The settings, refused when their row is not as the last audited change left it (a
    threshold raised with sqlite3)."""
    row = session.get(Setting, SETTINGS_KEY)
    if row is not None:
        require_state_matches(session, row)
    return load_settings(session)


def require_eligible_approver(
    session: Session, case: CancellationCase, approver: User, settings: StoreSettings
) -> None:
    """Refuse (PermissionDenied) an approver the rules do not allow for this case. The
    submitter's own attempt is refused with approve.not_applicant (approval.py records it)."""
    require_role(approver, LEADS, "approve.lead_only")
    if approver.id == case.submitted_by_id:
        raise PermissionDenied("approve.not_applicant")
    if approver.id in case_workers(session, case):
        raise PermissionDenied("approve.worked_on_case")
    total = refunds_with(case)
    if total > settings.approval_threshold_fen and approver.role is not Role.ADMIN:
        raise PermissionDenied(
            "approve.admin_needed",
            threshold=settings.approval_threshold_fen,
            total=total,
        )


def require_trusted(session: Session, *rows: Tracked) -> None:
    """Each row as its latest audit event left it (app.audit.state). A row another counter
    changed through the app since it was read here is StaleData (re-read and try again), not
    a tampering: read again, it matches its own latest event."""
    for row in rows:
        try:
            require_state_matches(session, row)
        except StateMismatch:
            if not _changed_meanwhile(session, row):
                raise
            raise StaleData("concurrency.stale") from None


def _changed_meanwhile(session: Session, row: Tracked) -> bool:
    before = digest(row)
    session.refresh(row)
    if digest(row) == before:
        return False  # the database holds this very row, and the chain says otherwise
    try:
        require_state_matches(session, row)
    except StateMismatch:
        return False
    return True


def require_amount_within_paid(case: CancellationCase, amount_fen: int) -> None:
    """A void is the full amount of an order refunded by nothing; a refund is more than 0 and
    at most what was paid minus earlier refunds — as the order is now, not as it was at the
    form."""
    order = case.order
    remaining = order.amount_fen - order.refunded_fen
    if case.route is Route.VOID:
        ok = amount_fen == order.amount_fen and order.refunded_fen == 0
    else:
        ok = 0 < amount_fen <= remaining
    if not ok:
        raise IllegalTransition(
            "execute.amount_exceeds_paid", amount=amount_fen, remaining=max(remaining, 0)
        )


def require_execution_allowed(session: Session, case: CancellationCase, actor: User) -> User:
    """Before any money moves for `case`: an approval by an eligible approver, every row as
    the chain left it, the amount within what is left to give back. Returns the approver."""
    decision: ApprovalDecision | None = case.decisions[-1] if case.decisions else None
    if decision is None or decision.decision is not Decision.APPROVE:
        raise IllegalTransition("execute.no_approval")
    approver = session.get(User, decision.approver_id)
    if approver is None:
        raise IllegalTransition("execute.no_approval")
    require_trusted(session, case, case.order, decision, approver, actor)
    settings = trusted_settings(session)
    try:
        require_eligible_approver(session, case, approver, settings)
    except PermissionDenied as exc:
        raise IllegalTransition("execute.approver_not_eligible") from exc
    require_amount_within_paid(case, case.form_amount_fen or case.order.amount_fen)
    return approver
