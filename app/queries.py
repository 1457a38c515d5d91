"""Read-only queries behind the order list, the queues and the detail pane: filters, paging
and counts in SQL (on the indexes of `suspended_orders`), returning plain frozen rows.

The list pages by key (seek): each page starts after the last row held, in the sort order's
own index (the sorted column, then the time, then the id as the tiebreaker), so a page deep
down costs what the first one does. Query shapes differ where the planners do: SQLite is told
which index to use (a term wrapped as `x || ''` or `x + 0` is not indexable), PostgreSQL
reads its statistics and is not (the wrappers hide them); PostgreSQL compares order numbers
byte by byte (COLLATE "C") so that a prefix is an index range in any database collation."""

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

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    and_,
    bindparam,
    exists,
    func,
    literal_column,
    or_,
    select,
    tuple_,
    type_coerce,
)
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
    IntentState,
    OrderCount,
    OrderStatus,
    Stage,
    SuspendedOrder,
    TerminalIntent,
)
from app.money import parse_yuan

PAGE_SIZE = 100
TEXT_COUNT_CAP = 1_000  # a search shows "1000+" rather than counting every match
# SQLite, a search by time matching very many orders: the newest this many orders are checked
# first (cheap, and enough when the text matches recent ones); only when they hold too few
# matches is the text's own index read and its matches sorted (an old number's prefix).
RECENT_WALK = 4_000


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
    # no card (QR) sorts as "": NULLs would order differently on the two databases and
    # cannot be compared in a seek; the index is on the same expression (migration 0009)
    SortKey.CARD: func.coalesce(SuspendedOrder.card_last4, literal_column("''")),
    SortKey.CAUSE: SuspendedOrder.cause,
    SortKey.STATUS: SuspendedOrder.status,
    SortKey.CASHIER: SuspendedOrder.cashier,
}


def _order_no(dialect: str) -> Any:
    """The order number as its index holds it: byte order on PostgreSQL (COLLATE "C")."""
    column = SuspendedOrder.order_no
    return column.collate("C") if dialect == "postgresql" else column


def sort_exprs(sort: SortKey, dialect: str = "sqlite") -> list[Any]:
    """The ORDER BY of a sort order, the tiebreakers included: (column, time, id)."""
    column = _order_no(dialect) if sort is SortKey.ORDER_NO else _SORT_COLUMNS[sort]
    if sort is SortKey.TIME:
        return [column, SuspendedOrder.id]
    return [column, SuspendedOrder.occurred_at, SuspendedOrder.id]


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


def _code(value: Any) -> Any:
    return getattr(value, "value", value)


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
    card_last4: str | None = None
    # 等待联网: a QR refund or 撤销 of this order waits for its provider to answer (asked
    # again in the background: app.payments.qr.retry)
    waiting: bool = False

    def packed(self) -> tuple[Any, ...]:
        """The row as a tuple of plain values (the id as an int, codes as strings): CPython
        stops tracking a tuple of such values, so a list holding many of them costs a garbage
        collection nothing (the order list holds every row scrolled past)."""
        return (
            self.id.int, self.occurred_at, self.order_no, self.amount_fen,
            _code(self.funding), self.card_masked, _code(self.cause), _code(self.status),
            self.cashier, self.card_last4, self.waiting,
        )  # fmt: skip

    @classmethod
    def unpacked(cls, values: tuple[Any, ...]) -> OrderRow:
        ident, at, number, amount, funding, card, cause, status, cashier, last4, waiting = values
        return cls(
            uuid.UUID(int=ident), at, number, amount, Funding(funding), card, Cause(cause),
            OrderStatus(status), cashier, last4, bool(waiting),
        )  # fmt: skip

    def key(self, sort: SortKey) -> tuple[Any, ...]:
        """This row's place in `sort` (what the next page starts after)."""
        values: dict[SortKey, Any] = {
            SortKey.TIME: self.occurred_at,
            SortKey.ORDER_NO: self.order_no,
            SortKey.AMOUNT: self.amount_fen,
            SortKey.FUNDING: self.funding,
            SortKey.CARD: self.card_last4 or "",
            SortKey.CAUSE: self.cause,
            SortKey.STATUS: self.status,
            SortKey.CASHIER: self.cashier,
        }
        if sort is SortKey.TIME:
            return (self.occurred_at, self.id)
        return (values[sort], self.occurred_at, self.id)


@dataclass(frozen=True)
class FirstPage:
    """The first page of a filter and how many orders it has (`capped`: at least that many)."""

    total: int
    rows: list[OrderRow]
    capped: bool = False


def _waiting_for_provider() -> ColumnElement[bool]:
    c, i = CancellationCase, TerminalIntent
    return exists().where(
        c.order_id == SuspendedOrder.id,
        i.case_id == c.id,
        i.state == IntentState.OPEN,
        i.manual.is_(False),
        i.channel.in_(("QR_ALIPAY", "QR_WECHAT")),
        i.outcome_key != "qr.refund.ABNORMAL",  # the provider's portal, not the network
    )


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
    channel: str = "CARD_TERMINAL"  # PayChannel: where the money is
    out_trade_no: str = ""  # the till's order number at a QR provider
    provider_trade_no: str = ""  # the provider's own trade number

    @property
    def refundable_fen(self) -> int:
        """What may still go back: paid, minus every refund recorded so far."""
        return max(self.amount_fen - self.refunded_fen, 0)


@dataclass(frozen=True)
class TimelineEntry:
    at: dt.datetime
    kind: str
    actor_name: str
    payload: dict[str, Any] = field(default_factory=dict)


def _local_midnight_utc(day: dt.date, zone: str) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), tzinfo=store_zone(zone)).astimezone(dt.UTC)


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def _unindexed(column: Any, dialect: str = "sqlite") -> Any:
    """The column wrapped so that SQLite will not pick its index for this term (PostgreSQL: as
    is — its planner weighs the indexes by their statistics, which a wrapper would hide)."""
    if dialect != "sqlite":
        return column
    if column.type.python_type is int:
        return column + 0
    return type_coerce(column, String).concat("")


def _text_condition(
    text: str, use_index: bool = True, dialect: str = "sqlite", table: Any = None
) -> ColumnElement[bool] | None:
    """`table`: the columns to test (a subquery's), by default the table's own."""
    text = text.strip()
    if not text:
        return None
    o = SuspendedOrder if table is None else table.c
    if table is not None:
        order_no, last4, amount = o.order_no, o.card_last4, o.amount_fen
    elif use_index or dialect != "sqlite":
        # the card's index is on coalesce(card_last4, ''): four digits are never ""
        order_no, last4, amount = _order_no(dialect), _SORT_COLUMNS[SortKey.CARD], o.amount_fen
    else:
        order_no = _unindexed(o.order_no, dialect)
        last4, amount = _unindexed(o.card_last4, dialect), _unindexed(o.amount_fen, dialect)
    # A range instead of LIKE 'x%': SQLite's LIKE is case-insensitive and skips the index.
    options: list[ColumnElement[bool]] = [and_(order_no >= text, order_no < text + "\U0010ffff")]
    if _LAST4.match(text):
        options.append(last4 == text)
    with contextlib.suppress(ValueError):
        options.append(amount == parse_yuan(text))
    return or_(*options) if len(options) > 1 else options[0]


def _conditions(
    flt: OrderFilter,
    sort: SortKey | None = None,
    dense: bool = False,
    dialect: str = "sqlite",
    with_text: bool = True,
) -> list[ColumnElement[bool]]:
    """WHERE terms, written so SQLite picks the right index.

    With a search text, its (selective) indexes lead, unless `dense` says it matches many
    rows: then the time index is walked and the text is only checked. Several statuses by
    time: walking the time index beats reading the status index and sorting.
    """
    where: list[ColumnElement[bool]] = []
    walk_time = sort is SortKey.TIME and dense
    text = (
        _text_condition(flt.text, use_index=not walk_time, dialect=dialect) if with_text else None
    )
    if text is not None:
        where.append(text)
    if flt.statuses:
        status: Any = SuspendedOrder.status
        if text is not None or (sort is not None and len(flt.statuses) > 1):
            status = _unindexed(SuspendedOrder.status, dialect)
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
    where = _conditions(flt, dialect=_dialect(session))
    if cap is None:
        stmt = select(func.count()).select_from(SuspendedOrder).where(*where)
        return int(session.execute(stmt).scalar_one())
    inner = select(SuspendedOrder.id).where(*where).limit(cap).subquery()
    return int(session.execute(select(func.count()).select_from(inner)).scalar_one())


def _row_columns(o: Any) -> list[Any]:
    return [
        o.id, o.occurred_at, o.order_no, o.amount_fen, o.funding, o.card_masked, o.cause,
        o.status, o.cashier, o.card_last4, _waiting_for_provider(),
    ]  # fmt: skip


def _seek(sort: SortKey, descending: bool, after: tuple[Any, ...], dialect: str) -> Any:
    """Rows past `after` in this order: one row-value comparison, a range of the sort's index."""
    exprs = sort_exprs(sort, dialect)
    values = [bindparam(None, v, type_=e.type) for e, v in zip(exprs, after, strict=True)]
    left, right = tuple_(*exprs), tuple_(*values)
    return left < right if descending else left > right


def page_orders(
    session: Session,
    flt: OrderFilter,
    offset: int = 0,
    limit: int = PAGE_SIZE,
    sort: SortKey = SortKey.TIME,
    descending: bool = True,
    dense: bool = False,
    after: tuple[Any, ...] | None = None,
) -> list[OrderRow]:
    """One page of the list, ordered in SQL; ties broken by time, then id, so pages never
    overlap. `after`: the `OrderRow.key(sort)` of the last row held — the page starts past it
    (a seek; `offset` is then usually 0). `dense`: SQLite only, the text matches at least
    TEXT_COUNT_CAP rows: the newest rows are looked at first (see `_recent_matches`)."""
    dialect = _dialect(session)
    exprs = sort_exprs(sort, dialect)
    order = [e.desc() for e in exprs] if descending else [e.asc() for e in exprs]
    where = _conditions(flt, sort, dense, dialect)
    if after is not None:
        where.append(_seek(sort, descending, after, dialect))
    searching = dialect == "sqlite" and bool(flt.text.strip())
    if searching and sort is SortKey.TIME and dense:
        recent = _recent_matches(session, flt, limit, descending, after, offset)
        if recent is not None:
            return recent
        where = _conditions(flt, sort, False, dialect)  # too few recent: the text's index
        if after is not None:
            where.append(_seek(sort, descending, after, dialect))
    if searching:
        # SQLite sorts whole rows: find the page's ids in the index first (the order-number
        # index holds time, id and status), then read those rows alone
        page_ids = select(SuspendedOrder.id).where(*where).order_by(*order)
        ids = list(session.scalars(page_ids.offset(offset).limit(limit)))
        if not ids:
            return []
        where, offset = [SuspendedOrder.id.in_(ids)], 0
    stmt = (
        select(*_row_columns(SuspendedOrder))
        .where(*where)
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
    where = _conditions(flt, dialect=_dialect(session)) if flt is not None else []
    stmt = select(*_row_columns(o)).where(o.id == order_id, *where)
    found = session.execute(stmt).first()
    return OrderRow(*found) if found else None


def _recent_matches(
    session: Session,
    flt: OrderFilter,
    limit: int,
    descending: bool,
    after: tuple[Any, ...] | None,
    offset: int,
) -> list[OrderRow] | None:
    """SQLite, a search by time that matches very many orders: the page among the RECENT_WALK
    next orders of the time index, or None when they hold too few matches to fill it — then
    the text's own index is read instead. Exact either way: a full page found within the
    stretch is the page, since every order before its last one was looked at.

    The stretch's far end is read from the time index alone (it holds time and id); the page is
    then a walk of that range in order, with the text and the filter checked on each row,
    which stops as soon as the page is full."""
    o = SuspendedOrder
    by_time = [o.occurred_at.desc(), o.id.desc()] if descending else [o.occurred_at, o.id]
    seek = [_seek(SortKey.TIME, descending, after, "sqlite")] if after is not None else []
    end = session.execute(
        select(o.occurred_at, o.id).where(*seek).order_by(*by_time).offset(RECENT_WALK).limit(1)
    ).first()
    where = _conditions(flt, SortKey.TIME, dense=True, dialect="sqlite") + seek
    if end is not None:  # else: the rest of the table is shorter than the stretch
        inside = tuple_(o.occurred_at, o.id) >= tuple_(*end) if descending else None
        where.append(inside if inside is not None else tuple_(o.occurred_at, o.id) <= tuple_(*end))
    stmt = select(*_row_columns(o)).where(*where).order_by(*by_time).offset(offset).limit(limit)
    rows = [OrderRow(*row) for row in session.execute(stmt)]
    return rows if len(rows) == limit or end is None else None


def first_page(
    session: Session,
    flt: OrderFilter,
    sort: SortKey = SortKey.TIME,
    descending: bool = True,
    limit: int = PAGE_SIZE,
) -> FirstPage:
    """What the list shows for a new filter: its first page and how many orders it has. A search
    counts up to TEXT_COUNT_CAP matches (the list says "1000+"); without one, a short first page
    is its own count."""
    if flt.text.strip():
        total = count_orders(session, flt, cap=TEXT_COUNT_CAP)
        capped = total >= TEXT_COUNT_CAP
        rows = page_orders(session, flt, 0, limit, sort, descending, dense=capped)
        return FirstPage(total, rows, capped)
    rows = page_orders(session, flt, 0, limit, sort, descending)
    if len(rows) < limit:
        total = len(rows)
    elif _only_statuses(flt):  # a queue: its kept counts, no COUNT of its orders
        by_status = status_counts(session)
        statuses = flt.statuses or frozenset(OrderStatus)
        total = sum(by_status.get(s, 0) for s in statuses)
    else:
        total = count_orders(session, flt)
    return FirstPage(total, rows)


def status_counts(session: Session) -> dict[OrderStatus, int]:
    """Orders per status, as the triggers of migration 0010 keep them (nine rows, no COUNT)."""
    rows = session.execute(select(OrderCount.status, OrderCount.n))
    return {OrderStatus(status): int(n) for status, n in rows if n}


def recount_statuses(session: Session) -> dict[OrderStatus, int]:
    """The same, counted from the orders themselves (what the kept counts must equal)."""
    stmt = select(SuspendedOrder.status, func.count()).group_by(SuspendedOrder.status)
    return {status: int(n) for status, n in session.execute(stmt)}


def queue_counts(session: Session) -> dict[Queue, int]:
    """Orders per queue, from the kept counts per status."""
    by_status = status_counts(session)
    return {q: sum(by_status.get(s, 0) for s in statuses) for q, statuses in QUEUE_STATUSES.items()}


def total_orders(session: Session) -> int:
    """All orders ever recorded; nothing is deleted, so a rise means new orders arrived."""
    return sum(status_counts(session).values())


def _only_statuses(flt: OrderFilter) -> bool:
    return not (flt.text.strip() or flt.date_from or flt.date_to or flt.causes or flt.fundings)


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
        channel=order.channel.value,
        out_trade_no=order.out_trade_no,
        provider_trade_no=order.provider_trade_no,
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
