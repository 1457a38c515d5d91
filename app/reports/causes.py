"""Causes and outcomes over a date range: counts per cause, funding, outcome and day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, case, exists, func, or_, select
from sqlalchemy.orm import Session

from app.clock import DEFAULT_ZONE
from app.models import (
    ApprovalDecision,
    CancellationCase,
    CaseResolution,
    Cause,
    ContactReason,
    Decision,
    Route,
    Stage,
    SuspendedOrder,
)
from app.reports import summary
from app.reports.qr_reports import ChannelLine, channels_from_summary, range_by_channel
from app.reports.sql import (
    day_from_number,
    in_range,
    local_day_bounds,
    local_day_number,
    median_of,
    minutes_between,
    offset_spans,
)

# ---------------------------------------------------------------- causes and outcomes


@dataclass(frozen=True)
class DayCount:
    day: dt.date
    key: str  # a Cause or ContactReason value
    count: int


@dataclass(frozen=True)
class CausesReport:
    """Suspended orders by transaction day and cause; cases by opening day and the buyer's
    reason; outcomes of the cases opened in the range.

    `voided`, `refunded`, `closed`, `open` partition the cases by where they ended;
    `rejected` (rejected at least once) and `escalated` (escalated at least once) overlap them.
    """

    date_from: dt.date
    date_to: dt.date
    zone: str
    by_cause: tuple[DayCount, ...]
    by_reason: tuple[DayCount, ...]
    orders: int
    cases: int
    voided: int
    refunded: int
    rejected: int
    escalated: int
    closed: int
    open: int
    median_resolution_minutes: float | None  # transaction → void/refund/closure
    # money: the orders' amounts per cause, and what the voids and refunds moved back
    amount_by_cause: tuple[tuple[str, int], ...] = ()
    orders_fen: int = 0
    voided_fen: int = 0
    refunded_fen: int = 0
    by_channel: tuple[ChannelLine, ...] = ()  # per payment channel (支付宝, 微信支付, card …)

    @property
    def days(self) -> list[dt.date]:
        n = (self.date_to - self.date_from).days + 1
        return [self.date_from + dt.timedelta(days=i) for i in range(n)]

    def share(self, count: int) -> float:
        return count / self.cases if self.cases else 0.0

    def totals(self, counts: Sequence[DayCount]) -> dict[str, int]:
        result: dict[str, int] = {}
        for item in counts:
            result[item.key] = result.get(item.key, 0) + item.count
        return dict(sorted(result.items(), key=lambda kv: (-kv[1], kv[0])))


def causes(
    session: Session, date_from: dt.date, date_to: dt.date, zone: str = DEFAULT_ZONE
) -> CausesReport:
    start, end = local_day_bounds(date_from, date_to, zone)
    spans = offset_spans(start, end, zone)
    if summary.usable(session, spans):
        return _from_summary(session, date_from, date_to, zone, start, end)
    o, c = SuspendedOrder, CancellationCase

    order_day = local_day_number(session, o.occurred_at, spans).label("day")
    by_cause_stmt = (
        select(order_day, o.cause, func.count())
        .where(in_range(session, o.occurred_at, start, end))
        .group_by(order_day, o.cause)
        .order_by(order_day, o.cause)
    )
    by_cause = tuple(
        DayCount(day_from_number(d), Cause(k).value, int(n))
        for d, k, n in session.execute(by_cause_stmt)
    )

    opened_in = and_(c.opened_at >= start, c.opened_at < end)
    case_day = local_day_number(session, c.opened_at, spans).label("day")
    by_reason_stmt = (
        select(case_day, c.contact_reason, func.count())
        .where(opened_in, c.contact_reason.is_not(None))
        .group_by(case_day, c.contact_reason)
        .order_by(case_day, c.contact_reason)
    )
    by_reason = tuple(
        DayCount(day_from_number(d), ContactReason(str(k)).value, int(n))
        for d, k, n in session.execute(by_reason_stmt)
    )

    was_rejected = exists().where(
        ApprovalDecision.case_id == c.id, ApprovalDecision.decision == Decision.REJECT
    )
    done = c.stage == Stage.DONE
    outcome = session.execute(
        select(
            func.count(),
            func.count().filter(and_(done, c.route == Route.VOID)),
            func.count().filter(and_(done, c.route == Route.REFUND)),
            func.count().filter(was_rejected),
            func.count().filter(c.escalated_at.is_not(None)),
            func.count().filter(c.stage == Stage.CLOSED),
            func.count().filter(and_(c.stage == Stage.CLOSED, was_rejected)),
        ).where(opened_in)
    ).one()
    n_cases, voided, refunded, rejected, escalated, closed, refused = (int(v or 0) for v in outcome)
    amount_by_cause = tuple(
        (Cause(k).value, int(fen or 0))
        for k, fen in session.execute(
            select(o.cause, func.sum(o.amount_fen))
            .where(in_range(session, o.occurred_at, start, end))
            .group_by(o.cause)
            .order_by(func.sum(o.amount_fen).desc(), o.cause)
        )
    )
    moved = func.coalesce(c.result_amount_fen, c.form_amount_fen, 0)
    voided_fen, refunded_fen = session.execute(
        select(
            func.coalesce(func.sum(moved).filter(c.route == Route.VOID), 0),
            func.coalesce(func.sum(moved).filter(c.route == Route.REFUND), 0),
        ).where(opened_in, done)
    ).one()
    resolved = and_(opened_in, or_(done, and_(c.stage == Stage.CLOSED, was_rejected)))
    orders = sum(d.count for d in by_cause)
    return CausesReport(
        date_from=date_from,
        date_to=date_to,
        zone=zone,
        by_cause=by_cause,
        by_reason=by_reason,
        orders=orders,
        cases=n_cases,
        voided=voided,
        refunded=refunded,
        rejected=rejected,
        escalated=escalated,
        closed=closed,
        open=n_cases - voided - refunded - closed,
        median_resolution_minutes=_median_resolution(
            session, resolved, voided + refunded + refused
        ),
        amount_by_cause=amount_by_cause,
        orders_fen=sum(fen for _k, fen in amount_by_cause),
        voided_fen=int(voided_fen),
        refunded_fen=int(refunded_fen),
        by_channel=range_by_channel(session, start, end),
    )


def _median_resolution(session: Session, resolved: ColumnElement[bool], count: int) -> float | None:
    """Median minutes from the transaction to its resolution, over the `count` cases that
    resolved their order: voided, refunded, or closed after a rejection (a withdrawn case
    re-opens the order, so it resolves nothing)."""
    o, c = SuspendedOrder, CancellationCase
    resolved_at = case((c.stage == Stage.DONE, c.executed_at), else_=c.updated_at)
    minutes = minutes_between(session, resolved_at, o.occurred_at)
    stmt = select(minutes).select_from(c).join(o, o.id == c.order_id).where(resolved)
    return median_of(session, stmt.order_by(minutes), count)


def _from_summary(
    session: Session,
    date_from: dt.date,
    date_to: dt.date,
    zone: str,
    start: dt.datetime,
    end: dt.datetime,
) -> CausesReport:
    """The same report read from the summary rows (app.reports.summary): a few per day."""
    cause_rows = sorted(summary.read(session, "cause", date_from, date_to))
    by_cause = tuple(
        DayCount(day_from_number(d), Cause(k).value, n) for d, k, n, _a, _e in cause_rows
    )
    amounts: dict[str, int] = {}
    for _d, k, _n, fen, _e in cause_rows:
        amounts[k] = amounts.get(k, 0) + fen
    amount_by_cause = tuple(sorted(amounts.items(), key=lambda kv: (-kv[1], kv[0])))
    by_reason = tuple(
        DayCount(day_from_number(d), ContactReason(k).value, n)
        for d, k, n, _a, _e in sorted(summary.read(session, "reason", date_from, date_to))
    )
    n_cases = voided = refunded = rejected = escalated = closed = refused = 0
    voided_fen = refunded_fen = 0
    for _d, key, n, fen, _e in summary.read(session, "outcome", date_from, date_to):
        stage, route, was_rejected, was_escalated = key.split("|")
        n_cases += n
        rejected += n if was_rejected == "1" else 0
        escalated += n if was_escalated == "1" else 0
        if stage == Stage.DONE and route == Route.VOID:
            voided, voided_fen = voided + n, voided_fen + fen
        elif stage == Stage.DONE and route == Route.REFUND:
            refunded, refunded_fen = refunded + n, refunded_fen + fen
        elif stage == Stage.CLOSED:
            closed += n
            refused += n if was_rejected == "1" else 0
    return CausesReport(
        date_from=date_from,
        date_to=date_to,
        zone=zone,
        by_cause=by_cause,
        by_reason=by_reason,
        orders=sum(d.count for d in by_cause),
        cases=n_cases,
        voided=voided,
        refunded=refunded,
        rejected=rejected,
        escalated=escalated,
        closed=closed,
        open=n_cases - voided - refunded - closed,
        median_resolution_minutes=_median_from_summary(
            session, start, end, voided + refunded + refused
        ),
        amount_by_cause=amount_by_cause,
        orders_fen=sum(fen for _k, fen in amount_by_cause),
        voided_fen=voided_fen,
        refunded_fen=refunded_fen,
        by_channel=channels_from_summary(session, date_from, date_to),
    )


def _median_from_summary(
    session: Session, start: dt.datetime, end: dt.datetime, count: int
) -> float | None:
    """The median walks the (minutes, opened_at) index of case_resolution in order."""
    r = CaseResolution
    stmt = select(r.minutes).where(r.opened_at >= start, r.opened_at < end).order_by(r.minutes)
    return median_of(session, stmt, count)
