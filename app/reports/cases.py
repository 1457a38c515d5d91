"""The cases behind an anomaly flag, with what a lead needs to recognise them in the list."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from app.models import (
    CancellationCase,
    Route,
    SuspendedOrder,
    User,
)

# ---------------------------------------------------------------- the cases behind a flag


@dataclass(frozen=True)
class CaseLink:
    """One case behind an anomaly, with what a lead needs to recognise it in the list."""

    case_id: uuid.UUID
    case_no: str
    order_id: uuid.UUID
    order_no: str
    occurred_at: dt.datetime
    amount_fen: int
    card_masked: str | None
    seller: str  # the cashier the order is recorded under
    route: Route | None
    executed_at: dt.datetime | None
    executor: str  # who voided/refunded it ("" when not executed)


def cases_behind(session: Session, case_ids: Sequence[uuid.UUID]) -> list[CaseLink]:
    """The given cases (an anomaly's `case_ids`), newest execution first."""
    if not case_ids:
        return []
    c, o = CancellationCase, SuspendedOrder
    executor = aliased(User, name="executor")
    stmt = (
        select(c.id, c.case_no, c.order_id, o.order_no, o.occurred_at, o.amount_fen)
        .add_columns(o.card_masked, o.cashier, c.route, c.executed_at)
        .add_columns(func.coalesce(executor.name, ""))
        .select_from(c)
        .join(o, o.id == c.order_id)
        .outerjoin(executor, executor.id == c.executed_by_id)
        .where(c.id.in_(list(case_ids)))
        .order_by(c.executed_at.desc(), c.case_no)
    )
    return [CaseLink(*row) for row in session.execute(stmt)]
