"""Read-only queries behind the order list, the queues and the detail pane: filters, paging
and counts in SQL (on the indexes of `suspended_orders`), returning plain frozen rows."""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import json
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Select, String, and_, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from app import queues
from app.clock import DEFAULT_ZONE, store_zone
from app.fees import compute_fee, merchant_fee_class
from app.models import (
    AuditEvent,
    CancellationCase,
    Cause,
    FeeClass,
    Funding,
    OrderStatus,
    Stage,
    SuspendedOrder,
)
from app.money import parse_yuan

PAGE_SIZE = 100


class Queue(enum.StrEnum):
    """The queue buttons of the main window, each a set of order statuses."""

    OPEN = "OPEN"  # 挂单: every order not finished (see app.queues)
    PENDING_APPROVAL = "PENDING_APPROVAL"  # 待审批
    ESCALATED = "ESCALATED"  # 已升级
    DONE = "DONE"  # 已处理


QUEUE_STATUSES: dict[Queue, frozenset[OrderStatus]] = {
    Queue(name): frozenset(OrderStatus(s) for s in statuses)
    for name, statuses in queues.QUEUE_STATUSES.items()
}


class SortKey(enum.StrEnum):
    TIME = "occurred_at"
    ORDER_NO = "order_no"
    AMOUNT = "amount_fen"
    FUNDING = "funding"
    CARD = "card_last4"
    CAUSE = "cause"
    STATUS = "status"
    CASHIER = "cashier"


_SORT_COLUMNS: dict[SortKey, Any] = {
    SortKey.TIME: SuspendedOrder.occurred_at,
    SortKey.ORDER_NO: SuspendedOrder.order_no,
    SortKey.AMOUNT: SuspendedOrder.amount_fen,
    SortKey.FUNDING: SuspendedOrder.funding,
    SortKey.CARD: SuspendedOrder.card_last4,
    SortKey.CAUSE: SuspendedOrder.cause,
    SortKey.STATUS: SuspendedOrder.status,
    SortKey.CASHIER: SuspendedOrder.cashier,
}

_LAST4 = re.compile(r"^\d{4}$")


@dataclass(frozen=True)
class OrderFilter:
    """What the list shows. Empty fields filter nothing.

    `text`: an order-number prefix; four digits also match a card's last four; an amount
    (128, 128.5, ¥128.00) also matches the amount exactly. Dates are store-local, inclusive.
    """

    text: str = ""
    statuses: frozenset[OrderStatus] = frozenset()
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    causes: frozenset[Cause] = frozenset()
    fundings: frozenset[Funding] = frozenset()
    zone: str = DEFAULT_ZONE


@dataclass(frozen=True)
class OrderRow:
    id: uuid.UUID
    occurred_at: dt.datetime
    order_no: str
    amount_fen: int
    funding: Funding
    card_masked: str | None
    cause: Cause
    status: OrderStatus
    cashier: str


@dataclass(frozen=True)
class CaseSummary:
    id: uuid.UUID
    case_no: str
    order_id: uuid.UUID
    order_no: str
    amount_fen: int
    stage: Stage
    opened_at: dt.datetime
    updated_at: dt.datetime
    escalation_note: str = ""


@dataclass(frozen=True)
class OrderDetail:
    """Every field of an order, its fee and net, and its latest cancellation case if any."""

    id: uuid.UUID
    order_no: str
    merchant_no: str
    terminal_no: str
    occurred_at: dt.datetime
    location: str
    amount_fen: int
    txn_type: str
    funding: Funding
    card_masked: str | None
    trace_no: str
    rrn: str
    batch_no: str
    auth_code: str
    operation_no: str
    cause: Cause
    settled: bool
    success_notified: bool
    status: OrderStatus
    cashier: str
    refunded_fen: int
    source: str
    fee_class: FeeClass
    fee_fen: int
    net_fen: int
    case: CaseSummary | None = None


@dataclass(frozen=True)
class TimelineEntry:
    at: dt.datetime
    kind: str
    actor_name: str
    payload: dict[str, Any] = field(default_factory=dict)


def _local_midnight_utc(day: dt.date, zone: str) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), tzinfo=store_zone(zone)).astimezone(dt.UTC)


def _unindexed(column: Any) -> Any:
    """The column wrapped so that SQLite will not pick its index for this term."""
    if column.type.python_type is int:
        return column + 0
    return type_coerce(column, String).concat("")


def _text_condition(text: str, use_index: bool = True) -> ColumnElement[bool] | None:
    text = text.strip()
    if not text:
        return None
    o = SuspendedOrder
    order_no = o.order_no if use_index else _unindexed(o.order_no)
    # A range instead of LIKE 'x%': SQLite's LIKE is case-insensitive and skips the index.
    options: list[ColumnElement[bool]] = [and_(order_no >= text, order_no < text + "\U0010ffff")]
    if _LAST4.match(text):
        options.append((o.card_last4 if use_index else _unindexed(o.card_last4)) == text)
    with contextlib.suppress(ValueError):
        options.append(
            (o.amount_fen if use_index else _unindexed(o.amount_fen)) == parse_yuan(text)
        )
    return or_(*options) if len(options) > 1 else options[0]


def _conditions(
    flt: OrderFilter, sort: SortKey | None = None, dense: bool = False
) -> list[ColumnElement[bool]]:
    """WHERE terms, written so SQLite picks the right index.

    With a search text, its (selective) indexes lead, unless `dense` says it matches many
    rows: then the time index is walked and the text is only checked. Several statuses by
    time: walking the time index beats reading the status index and sorting.
    """
    where: list[ColumnElement[bool]] = []
    walk_time = sort is SortKey.TIME and dense
    text = _text_condition(flt.text, use_index=not walk_time)
    if text is not None:
        where.append(text)
    if flt.statuses:
        status: Any = SuspendedOrder.status
        if text is not None or (sort is SortKey.TIME and len(flt.statuses) > 1):
            status = _unindexed(SuspendedOrder.status)
        where.append(status.in_(sorted(s.value for s in flt.statuses)))
    if flt.date_from is not None:
        where.append(SuspendedOrder.occurred_at >= _local_midnight_utc(flt.date_from, flt.zone))
    if flt.date_to is not None:
        end = _local_midnight_utc(flt.date_to + dt.timedelta(days=1), flt.zone)
        where.append(SuspendedOrder.occurred_at < end)
    if flt.causes:
        where.append(SuspendedOrder.cause.in_(sorted(flt.causes)))
    if flt.fundings:
        where.append(SuspendedOrder.funding.in_(sorted(flt.fundings)))
    return where


def count_orders(session: Session, flt: OrderFilter, cap: int | None = None) -> int:
    """How many orders match; with `cap`, stops counting there (a search keystroke must
    stay cheap even when a one-letter prefix matches everything)."""
    if cap is None:
        stmt = select(func.count()).select_from(SuspendedOrder).where(*_conditions(flt))
        return int(session.execute(stmt).scalar_one())
    inner = select(SuspendedOrder.id).where(*_conditions(flt)).limit(cap).subquery()
    return int(session.execute(select(func.count()).select_from(inner)).scalar_one())


def page_orders(
    session: Session,
    flt: OrderFilter,
    offset: int = 0,
    limit: int = PAGE_SIZE,
    sort: SortKey = SortKey.TIME,
    descending: bool = True,
    dense: bool = False,
) -> list[OrderRow]:
    """One page of the list, ordered in SQL; ties broken by id so pages never overlap.

    `dense`: the search text matches many rows (see `count_orders(cap=...)`)."""
    column = _SORT_COLUMNS[sort]
    order = (
        [column.desc(), SuspendedOrder.id.desc()]
        if descending
        else [column.asc(), SuspendedOrder.id.asc()]
    )
    o = SuspendedOrder
    stmt = (
        select(o.id, o.occurred_at, o.order_no, o.amount_fen, o.funding, o.card_masked)
        .add_columns(o.cause, o.status, o.cashier)
        .where(*_conditions(flt, sort, dense))
        .order_by(*order)
        .offset(offset)
        .limit(limit)
    )
    return [OrderRow(*row) for row in session.execute(stmt)]


def order_row(
    session: Session, order_id: uuid.UUID, flt: OrderFilter | None = None
) -> OrderRow | None:
    """One order as a list row; with `flt`, only if the order matches it."""
    o = SuspendedOrder
    stmt = (
        select(o.id, o.occurred_at, o.order_no, o.amount_fen, o.funding, o.card_masked)
        .add_columns(o.cause, o.status, o.cashier)
        .where(o.id == order_id, *(_conditions(flt) if flt is not None else ()))
    )
    found = session.execute(stmt).first()
    return OrderRow(*found) if found else None


def queue_counts(session: Session) -> dict[Queue, int]:
    """Orders per queue, from one GROUP BY on the status index."""
    stmt = select(SuspendedOrder.status, func.count()).group_by(SuspendedOrder.status)
    by_status: dict[OrderStatus, int] = {status: int(n) for status, n in session.execute(stmt)}
    return {q: sum(by_status.get(s, 0) for s in statuses) for q, statuses in QUEUE_STATUSES.items()}


def total_orders(session: Session) -> int:
    """All orders ever recorded; nothing is deleted, so a rise means new orders arrived."""
    return int(session.execute(select(func.count()).select_from(SuspendedOrder)).scalar_one())


def _case_summary_query() -> Select[
    uuid.UUID, str, uuid.UUID, str, int, Stage, dt.datetime, dt.datetime, str
]:
    """The columns of a CaseSummary, the case joined to its order."""
    c, o = CancellationCase, SuspendedOrder
    return select(
        c.id, c.case_no, c.order_id, o.order_no, o.amount_fen, c.stage, c.opened_at, c.updated_at,
        c.escalation_note,
    ).join(o, o.id == c.order_id)  # fmt: skip


def _case_summaries(session: Session, stages: Sequence[Stage]) -> list[CaseSummary]:
    c = CancellationCase
    stmt = _case_summary_query().where(c.stage.in_(list(stages))).order_by(c.updated_at.asc())
    return [CaseSummary(*row) for row in session.execute(stmt)]


def pending_approval_cases(session: Session) -> list[CaseSummary]:
    return _case_summaries(session, [Stage.PENDING_APPROVAL])


def escalated_cases(session: Session) -> list[CaseSummary]:
    return _case_summaries(session, [Stage.ESCALATED])


def latest_case(session: Session, order_id: uuid.UUID) -> CaseSummary | None:
    c = CancellationCase
    stmt = _case_summary_query().where(c.order_id == order_id).order_by(c.opened_at.desc()).limit(1)
    row = session.execute(stmt).first()
    return CaseSummary(*row) if row else None


def order_detail(session: Session, order_id: uuid.UUID) -> OrderDetail | None:
    order = session.get(SuspendedOrder, order_id)
    if order is None:
        return None
    fee_class = merchant_fee_class(session, order.merchant_no)
    fee = compute_fee(order.amount_fen, fee_class, order.funding)
    return OrderDetail(
        id=order.id,
        order_no=order.order_no,
        merchant_no=order.merchant_no,
        terminal_no=order.terminal_no,
        occurred_at=order.occurred_at,
        location=order.location,
        amount_fen=order.amount_fen,
        txn_type=order.txn_type.value,
        funding=order.funding,
        card_masked=order.card_masked,
        trace_no=order.trace_no,
        rrn=order.rrn,
        batch_no=order.batch_no,
        auth_code=order.auth_code,
        operation_no=order.operation_no,
        cause=order.cause,
        settled=order.settled,
        success_notified=order.success_notified,
        status=order.status,
        cashier=order.cashier,
        refunded_fen=order.refunded_fen,
        source=order.source.value,
        fee_class=fee_class,
        fee_fen=fee,
        net_fen=order.amount_fen - fee,
        case=latest_case(session, order.id),
    )


def timeline(session: Session, order_id: uuid.UUID) -> list[TimelineEntry]:
    """Audit events of the order and of its cases, oldest first."""
    case_ids = select(CancellationCase.id).where(CancellationCase.order_id == order_id)
    stmt = (
        select(AuditEvent.at, AuditEvent.kind, AuditEvent.actor_name, AuditEvent.payload)
        .where(or_(AuditEvent.order_id == order_id, AuditEvent.case_id.in_(case_ids)))
        .order_by(AuditEvent.seq.asc())
    )
    entries: list[TimelineEntry] = []
    for at, kind, actor, payload in session.execute(stmt):
        try:
            data = json.loads(payload) if payload else {}
        except ValueError:
            data = {"text": payload}
        entries.append(
            TimelineEntry(at, kind, actor, data if isinstance(data, dict) else {"value": data})
        )
    return entries
