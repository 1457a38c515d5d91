"""What every step shares: the stage sets, role and stage checks, loading, case numbers, audit."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit, sequences
from app.audit.state import Tracked
from app.clock import today
from app.errors import IllegalTransition, NotFound, PermissionDenied
from app.models import (
    CancellationCase,
    Role,
    Stage,
    SuspendedOrder,
    User,
)

VERIFY_FIELDS = ("occurred_at", "location", "amount", "txn_type", "funding")
ACTIVE_STAGES = frozenset(
    {
        Stage.VERIFY,
        Stage.ESCALATED,
        Stage.CONTACT,
        Stage.FORM,
        Stage.PENDING_APPROVAL,
        Stage.APPROVED,
    }
)
BEFORE_SUBMISSION = frozenset({Stage.VERIFY, Stage.CONTACT, Stage.FORM})
MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
STAFF = frozenset({Role.CASHIER, Role.LEAD, Role.ADMIN})
LEADS = frozenset({Role.LEAD, Role.ADMIN})


# ---------------------------------------------------------------- helpers


def require_role(user: User, roles: frozenset[Role], key: str = "perm.denied") -> None:
    if not user.active or user.role not in roles:
        raise PermissionDenied(key, role=user.role.value)


def require_stage(
    case: CancellationCase, allowed: frozenset[Stage] | set[Stage], action: str
) -> None:
    if case.stage not in allowed:
        raise IllegalTransition("case.wrong_stage", action=action, stage=case.stage.value)


def get_case(session: Session, case_id: uuid.UUID) -> CancellationCase:
    case = session.get(CancellationCase, case_id)
    if case is None:
        raise NotFound("case.not_found")
    return case


def get_order(session: Session, order_id: uuid.UUID) -> SuspendedOrder:
    order = session.get(SuspendedOrder, order_id)
    if order is None:
        raise NotFound("order.not_found")
    return order


def active_case_for(session: Session, order_id: uuid.UUID) -> CancellationCase | None:
    return (
        session.execute(
            select(CancellationCase)
            .where(CancellationCase.order_id == order_id, CancellationCase.stage.in_(ACTIVE_STAGES))
            .order_by(CancellationCase.opened_at.desc())
        )
        .scalars()
        .first()
    )


def next_case_no(session: Session, zone: str) -> str:
    """The day's next case number, unique per store however many counters draw at once."""
    from app.leases import refuse_offline

    refuse_offline(session, "store.offline_no_new_case")  # the day's numbers are the server's
    day = today(zone).strftime("%Y%m%d")
    return f"CX{day}-{sequences.draw(session, f'case:{day}'):04d}"


def hold(session: Session, case: CancellationCase, actor: User) -> None:
    """This counter works on the case's order: it holds the order's lease (renewed now) or
    takes a free one; another counter's lease refuses the step (app.leases.LeaseHeld)."""
    from app import leases

    leases.require(session, case.order_id, actor)


def audit_case(
    session: Session,
    kind: str,
    actor: User | None,
    case: CancellationCase,
    *,
    state: Iterable[Tracked | None] = (),
    **payload: Any,
) -> None:
    """The case's event; it carries the state of the case and its order as this step left
    them (and of `state`'s other rows, say a decision), so later steps can re-check them."""
    session.flush()
    audit.record(
        session, kind, actor, case_id=case.id, order_id=case.order_id,
        state=(case, case.order, *state), **payload,
    )  # fmt: skip
