"""挂单交接: the orders a shift hands over, oldest first, with the step each waits in."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, select, union_all
from sqlalchemy.orm import Session, aliased

from app.clock import utcnow
from app.models import (
    CancellationCase,
    Cause,
    Funding,
    OrderStatus,
    Stage,
    SuspendedOrder,
    User,
)
from app.reports import summary
from app.reports.qr_reports import ChannelLine, open_by_channel, open_from_summary

# Orders a lead still has to hand over: everything not voided, refunded or closed.
OPEN_STATUSES = (
    OrderStatus.OPEN,
    OrderStatus.IN_PROGRESS,
    OrderStatus.ESCALATED,
    OrderStatus.PENDING_APPROVAL,
    OrderStatus.APPROVED,
    OrderStatus.REJECTED,
)
FINISHED_STAGES = (Stage.DONE, Stage.CLOSED)
NOT_STARTED = "NOT_STARTED"
HANDOVER_LIMIT = 500


def step_key(stage: Stage | None) -> str:
    """Message key of the step an open order waits in (`app.messages.tr` gives the words)."""
    return f"stage.{stage.value}" if stage is not None else f"report.step.{NOT_STARTED}"


# ---------------------------------------------------------------- handover


@dataclass(frozen=True)
class HandoverRow:
    age: dt.timedelta  # since the transaction: what the customer has been waiting
    order_id: uuid.UUID
    order_no: str
    occurred_at: dt.datetime
    amount_fen: int
    funding: Funding
    card_masked: str | None
    cause: Cause
    status: OrderStatus
    cashier: str
    case_id: uuid.UUID | None
    case_no: str | None
    stage: Stage | None  # None: no case opened yet
    waiting_since: dt.datetime  # the case's last change, or when the order was recorded
    case_holder: str  # who opened the case ("" when none)

    @property
    def step_key(self) -> str:
        return step_key(self.stage)


@dataclass(frozen=True)
class HandoverReport:
    generated_at: dt.datetime
    rows: tuple[HandoverRow, ...]  # oldest first, at most `limit`
    total: int  # all open orders, also those beyond `limit`
    by_step: tuple[tuple[Stage | None, int], ...]
    by_channel: tuple[ChannelLine, ...] = ()  # open orders per payment channel (QR providers)

    @property
    def truncated(self) -> bool:
        return self.total > len(self.rows)


def _active_case_join() -> tuple[type[CancellationCase], ColumnElement[bool]]:
    c = aliased(CancellationCase, name="active_case")
    return c, and_(c.order_id == SuspendedOrder.id, c.stage.not_in(FINISHED_STAGES))


def _oldest(limit: int) -> Select[tuple[uuid.UUID]]:
    """Ids of the `limit` oldest open orders. One ordered walk of the (status, occurred_at)
    index per status, merged: 3 ms at 100,000 orders, where `status IN (…) ORDER BY time`
    sorts every open order (170 ms) and a walk of the time index alone reads every finished
    order when the open ones are few and recent."""
    o = SuspendedOrder
    per_status = [
        select(o.id, o.occurred_at)
        .where(o.status == status)
        .order_by(o.occurred_at, o.id)
        .limit(limit)
        .subquery()
        for status in OPEN_STATUSES
    ]
    merged = union_all(*(select(sub.c.id, sub.c.occurred_at) for sub in per_status)).subquery()
    return select(merged.c.id).order_by(merged.c.occurred_at, merged.c.id).limit(limit)


def _step_counts(session: Session) -> dict[Stage | None, int]:
    """Open orders per step: the active cases by stage, and the open orders without one, from
    the summary's all-time rows (app.reports.summary). A workflow invariant makes this exact:
    an order has at most one active case, and an order with an active case is open."""
    o, c = SuspendedOrder, CancellationCase
    counts: dict[Stage | None, int]
    if session.info.get(summary.RAW):
        total = session.execute(
            select(func.count()).select_from(o).where(o.status.in_(OPEN_STATUSES))
        ).scalar_one()
        active = session.execute(
            select(c.stage, func.count()).where(c.stage.not_in(FINISHED_STAGES)).group_by(c.stage)
        ).all()
        counts = {stage: int(n) for stage, n in active}
    else:
        wanted = {s.value for s in OPEN_STATUSES}
        status_rows = summary.read(session, "status")
        total = sum(n for _d, k, n, _a, _e in status_rows if k.split("|")[0] in wanted)
        counts = {Stage(k): n for _d, k, n, _a, _e in summary.read(session, "active")}
    counts[None] = max(0, int(total) - sum(counts.values()))
    return {stage: n for stage, n in counts.items() if n}


def _handover_row(values: tuple[Any, ...], now: dt.datetime) -> HandoverRow:
    return HandoverRow(now - values[2], *values)


def handover(
    session: Session, now: dt.datetime | None = None, *, limit: int | None = HANDOVER_LIMIT
) -> HandoverReport:
    """Open suspended orders and their cases, oldest transaction first, with the step each
    waits in. Counts per step cover every open order; rows stop at `limit` (None: all)."""
    now = now or utcnow()
    o = SuspendedOrder
    c, on_case = _active_case_join()
    holder = aliased(User, name="holder")
    open_orders = o.status.in_(OPEN_STATUSES) if limit is None else o.id.in_(_oldest(limit))
    stmt = (
        select(o.id, o.order_no, o.occurred_at, o.amount_fen, o.funding, o.card_masked)
        .add_columns(o.cause, o.status, o.cashier, c.id, c.case_no, c.stage)
        .add_columns(func.coalesce(c.updated_at, o.created_at), func.coalesce(holder.name, ""))
        .select_from(o)
        .outerjoin(c, on_case)
        .outerjoin(holder, holder.id == c.opened_by_id)
        .where(open_orders)
        .order_by(o.occurred_at.asc(), o.id.asc())
    )
    if limit is not None:
        stmt = stmt.limit(limit)
    rows = tuple(_handover_row(tuple(row), now) for row in session.execute(stmt))
    by_step = _step_counts(session)
    order = [None, Stage.VERIFY, Stage.ESCALATED, Stage.CONTACT, Stage.FORM]
    order += [Stage.PENDING_APPROVAL, Stage.APPROVED]
    return HandoverReport(
        generated_at=now,
        rows=rows,
        total=sum(by_step.values()),
        by_step=tuple((s, by_step[s]) for s in order if s in by_step),
        by_channel=(
            open_by_channel(session, OPEN_STATUSES)
            if session.info.get(summary.RAW)
            else open_from_summary(session, OPEN_STATUSES)
        ),
    )
