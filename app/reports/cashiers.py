"""Per-cashier figures over a date range: orders, cases, outcomes, against the median."""

from __future__ import annotations

import datetime as dt
import statistics
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.clock import DEFAULT_ZONE
from app.models import (
    CancellationCase,
    Route,
    Stage,
    SuspendedOrder,
    User,
)
from app.reports import summary
from app.reports.sql import (
    in_range,
    local_day_bounds,
    offset_spans,
)

# ---------------------------------------------------------------- per cashier


@dataclass(frozen=True)
class CashierRow:
    name: str
    orders: int  # suspended orders recorded under this cashier (by transaction time)
    cases: int  # cancellation cases opened
    voids: int  # voids executed
    refunds: int  # refunds executed
    vs_median: float | None  # (voids + refunds) ÷ the store median; None when the median is 0
    voided_fen: int = 0  # the money those voids took back
    refunded_fen: int = 0  # and those refunds

    @property
    def voids_refunds(self) -> int:
        return self.voids + self.refunds


@dataclass(frozen=True)
class CashierReport:
    date_from: dt.date
    date_to: dt.date
    zone: str
    rows: tuple[CashierRow, ...]  # most voids and refunds first
    median_orders: float
    median_cases: float
    median_voids_refunds: float


def per_cashier(
    session: Session, date_from: dt.date, date_to: dt.date, zone: str = DEFAULT_ZONE
) -> CashierReport:
    start, end = local_day_bounds(date_from, date_to, zone)
    o, c, u = SuspendedOrder, CancellationCase, User
    names_of: dict[uuid.UUID | None, str] = dict(session.execute(select(u.id, u.name)).all())
    cases: dict[str, int] = {}
    executed: dict[str, tuple[int, int]] = {}
    money: dict[str, tuple[int, int]] = {}
    if summary.usable(session, offset_spans(start, end, zone)):
        orders = _orders_from_summary(session, date_from, date_to)
        for _d, key, n, _a, _e in summary.read(session, "opener", date_from, date_to):
            uid = summary.user_id(key)
            name = names_of.get(uid, str(uid))
            cases[name] = cases.get(name, 0) + n
        tallies: dict[str, list[int]] = {}
        for _d, key, n, fen, _e in summary.read(session, "executor", date_from, date_to):
            executor, route = key.split("|")
            uid = summary.user_id(executor)
            name = names_of.get(uid, str(uid))
            tally = tallies.setdefault(name, [0, 0, 0, 0])
            if route == Route.VOID:
                tally[0] += n
                tally[2] += fen
            elif route == Route.REFUND:
                tally[1] += n
                tally[3] += fen
        for name, (voids, refunds, void_fen, refund_fen) in tallies.items():
            executed[name] = (voids, refunds)
            money[name] = (void_fen, refund_fen)
        return _report(date_from, date_to, zone, orders, cases, executed, money)
    orders = dict(
        session.execute(
            select(o.cashier, func.count())
            .where(in_range(session, o.occurred_at, start, end), o.cashier != "")
            .group_by(o.cashier)
        ).all()
    )
    # Grouped by user id, named afterwards: a join per case row would double the cost.
    for user_id, n in session.execute(
        select(c.opened_by_id, func.count())
        .where(c.opened_at >= start, c.opened_at < end)
        .group_by(c.opened_by_id)
    ):
        cases[names_of.get(user_id, str(user_id))] = int(n)
    moved = func.coalesce(c.result_amount_fen, c.form_amount_fen, 0)
    for executor_id, voids, refunds, void_fen, refund_fen in session.execute(
        select(
            c.executed_by_id,
            func.count().filter(c.route == Route.VOID),
            func.count().filter(c.route == Route.REFUND),
            func.sum(moved).filter(c.route == Route.VOID),
            func.sum(moved).filter(c.route == Route.REFUND),
        )
        .where(c.stage == Stage.DONE, c.executed_at >= start, c.executed_at < end)
        .group_by(c.executed_by_id)
    ):
        name = names_of.get(executor_id, str(executor_id))
        executed[name] = (int(voids), int(refunds))
        money[name] = (int(void_fen or 0), int(refund_fen or 0))
    return _report(date_from, date_to, zone, orders, cases, executed, money)


def _orders_from_summary(session: Session, date_from: dt.date, date_to: dt.date) -> dict[str, int]:
    orders: dict[str, int] = {}
    for _d, name, n, _a, _e in summary.read(session, "cashier", date_from, date_to):
        if name:
            orders[name] = orders.get(name, 0) + n
    return {k: v for k, v in orders.items() if v}


def _report(
    date_from: dt.date,
    date_to: dt.date,
    zone: str,
    orders: dict[str, int],
    cases: dict[str, int],
    executed: dict[str, tuple[int, int]],
    money: dict[str, tuple[int, int]],
) -> CashierReport:
    names = sorted(set(orders) | set(cases) | set(executed))
    counts = [sum(executed.get(n, (0, 0))) for n in names]
    median_vr = float(statistics.median(counts)) if counts else 0.0
    rows = [
        CashierRow(
            name=n,
            orders=int(orders.get(n, 0)),
            cases=int(cases.get(n, 0)),
            voids=executed.get(n, (0, 0))[0],
            refunds=executed.get(n, (0, 0))[1],
            vs_median=(vr / median_vr) if median_vr else None,
            voided_fen=money.get(n, (0, 0))[0],
            refunded_fen=money.get(n, (0, 0))[1],
        )
        for n, vr in zip(names, counts, strict=True)
    ]
    rows.sort(key=lambda r: (-r.voids_refunds, -r.cases, r.name))
    return CashierReport(
        date_from=date_from,
        date_to=date_to,
        zone=zone,
        rows=tuple(rows),
        median_orders=_median([int(orders.get(n, 0)) for n in names]),
        median_cases=_median([int(cases.get(n, 0)) for n in names]),
        median_voids_refunds=median_vr,
    )


def _median(values: list[int]) -> float:
    return float(statistics.median(values)) if values else 0.0
