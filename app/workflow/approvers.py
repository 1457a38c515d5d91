"""Who may sign for a case, in the order a drop-down offers them: the signed-in user first
when they may (a lead approving at their own counter picks nothing and types only the PIN),
never anyone who worked on the case, and only admins above the approval threshold."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import CancellationCase, Role, User
from app.settings import load_settings


def approver_names(
    session: Session, signed_in_id: uuid.UUID | None, case_id: uuid.UUID | None = None
) -> list[str]:
    """Active leads and admins (admins first), the signed-in user leading the list. With a
    case: not its applicant, and admins only when the amount is over the threshold."""
    from app.workflow.rules import case_workers, refunds_with

    roles = [Role.LEAD, Role.ADMIN]
    excluded: set[uuid.UUID] = set()
    if case_id is not None:
        case = session.get(CancellationCase, case_id)
        if case is not None:
            # the rules approve() applies (app/workflow/rules.py): nobody who worked on the
            # case, and an admin when the order's refunds with this one pass the threshold
            excluded = case_workers(session, case)
            if refunds_with(case) > load_settings(session).approval_threshold_fen:
                roles = [Role.ADMIN]
    query = (
        select(User.id, User.name)
        .where(User.active.is_(True), User.role.in_(roles))
        .order_by(User.role.desc(), User.name)
    )
    people = [(uid, name) for uid, name in session.execute(query) if uid not in excluded]
    people.sort(key=lambda p: p[0] != signed_in_id)  # stable: the rest keep their order
    return [name for _uid, name in people]
