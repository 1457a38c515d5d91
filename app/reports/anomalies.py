"""Anomaly monitoring over recent voids and refunds: patterns a shift lead should look at,
each explained in plain words (Chinese and English) and linked to the cases behind it.

A "void/refund" here is an executed cancellation case (stage DONE, `executed_at` set), the
same fact the audit trail records as `terminal.void` / `terminal.refund`. Candidates are
found in SQL (GROUP BY, filters on computed local times); Python only groups the few rows
that survive the filters.
"""

from __future__ import annotations

import datetime as dt
import enum
import logging
import statistics
import uuid
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields, replace
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, false, func, or_, select
from sqlalchemy.orm import Session, aliased

from app import messages
from app.clock import DEFAULT_ZONE, utcnow
from app.models import CancellationCase, Stage, SuspendedOrder, User
from app.reports import summary
from app.reports.sql import DAY_SECONDS, local_seconds, minutes_between, offset_spans
from app.reports.sql import nth_value as _nth
from app.reports.sql import percentile_index as _pct_index

log = logging.getLogger(__name__)

MESSAGES: dict[str, tuple[str, str]] = {
    "anomaly.cashier_volume": (
        "收银员 {cashier} 近 {days} 天执行撤销/退货 {count} 笔，是全店中位数（{median} 笔）的 "
        "{ratio} 倍，远高于同事。请核对这些案件是否都有真实的挂单原因。",
        "Cashier {cashier} executed {count} voids/refunds in the last {days} days, {ratio}× "
        "the store median ({median}). Check that each had a real reason.",
    ),
    "anomaly.card_repeat": (
        "同一张卡 {card} 在 {hours} 小时内被撤销/退货 {count} 笔。请核实是否为同一客户的"
        "重复扣款，或有人借此套现。",
        "The same card {card} was voided/refunded {count} times within {hours} hours. Check "
        "for duplicate charges of one customer, or someone cashing out.",
    ),
    "anomaly.quick_self_void": (
        "收银员 {cashier} 有 {count} 笔交易在收款后 {minutes} 分钟内由本人撤销/退货。"
        "收款人自己很快撤销是常见的舞弊手法，请调看监控或小票核实。",
        "Cashier {cashier} voided/refunded {count} of their own sales within {minutes} "
        "minutes of making them, a common fraud pattern. Check receipts or the camera.",
    ),
    "anomaly.after_hours": (
        "收银员 {cashier} 在营业时间（{open}–{close}）以外执行撤销/退货 {count} 笔。"
        "请确认当时是否有人授权。",
        "Cashier {cashier} executed {count} voids/refunds outside business hours "
        "({open}–{close}). Confirm someone authorised them.",
    ),
    "anomaly.large_amount": (
        "收银员 {cashier} 执行了 {count} 笔高于本店 {pct} 分位（{threshold}）的撤销/退货，"
        "最大一笔 {amount}。大额撤销请逐笔核对审批记录。",
        "Cashier {cashier} executed {count} voids/refunds above the store's {pct}th "
        "percentile ({threshold}); the largest is {amount}. Check each approval.",
    ),
    "anomaly.kind.cashier_volume": ("撤销/退货偏多", "Many voids/refunds"),
    "anomaly.kind.card_repeat": ("同卡反复撤销", "Same card repeatedly"),
    "anomaly.kind.quick_self_void": ("收款后本人速撤", "Own sale voided quickly"),
    "anomaly.kind.after_hours": ("非营业时间撤销", "Outside business hours"),
    "anomaly.kind.large_amount": ("大额撤销", "Large amount"),
    "anomaly.severity.LOW": ("低", "Low"),
    "anomaly.severity.MEDIUM": ("中", "Medium"),
    "anomaly.severity.HIGH": ("高", "High"),
}
messages.register(MESSAGES)


class AnomalyKind(enum.StrEnum):
    CASHIER_VOLUME = "cashier_volume"
    CARD_REPEAT = "card_repeat"
    QUICK_SELF_VOID = "quick_self_void"
    AFTER_HOURS = "after_hours"
    LARGE_AMOUNT = "large_amount"
    AUTH_TROUBLE = "auth_trouble"  # app.reports.auth_anomalies
    QR_PAID_SUSPENDED = "qr_paid_suspended"  # app.reports.qr_reports


# The monitor looks at most a month back: over a longer range (a year's report) it would read
# every void/refund of the range (a quarter of a million at a million orders) for flags a lead
# acts on within days.
MAX_DAYS = 31


class Severity(enum.IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


@dataclass(frozen=True)
class AnomalyThresholds:
    """What counts as unusual. Defaults suit a small store; overrides come from
    `StoreSettings.extra["anomaly"]` (same names; times as "HH:MM")."""

    cashier_factor: float = 3.0  # flag at this multiple of the store median…
    cashier_min_count: int = 5  # …and never below this many (small numbers do not flag)
    card_repeat_count: int = 3  # the same card this many times…
    card_repeat_hours: int = 24  # …within this many hours
    quick_void_minutes: int = 10  # the seller's own void within this many minutes of the sale
    business_open: dt.time = dt.time(8, 0)
    business_close: dt.time = dt.time(22, 0)
    amount_percentile: float = 95.0
    amount_baseline_days: int = 90  # the percentile is over the orders of this many days
    amount_min_orders: int = 20  # fewer orders than this give no meaningful percentile
    auth_repeat_count: int = 2  # PIN lockouts + self-approval attempts of one user

    @classmethod
    def from_settings(cls, settings: Any) -> AnomalyThresholds:
        """The defaults with whatever valid overrides the store's settings carry."""
        extra = getattr(settings, "extra", None) or {}
        raw = extra.get("anomaly") if isinstance(extra, Mapping) else None
        return cls.from_mapping(raw) if isinstance(raw, Mapping) else cls()

    @classmethod
    def from_mapping(cls, raw: Mapping[str, Any]) -> AnomalyThresholds:
        base = cls()
        changes: dict[str, Any] = {}
        for f in fields(cls):
            if f.name not in raw:
                continue
            default = getattr(base, f.name)
            try:
                changes[f.name] = _coerce(raw[f.name], default)
            except (TypeError, ValueError):
                # A bad setting must not switch monitoring off: keep the default, say so.
                log.warning("anomaly setting %s=%r ignored", f.name, raw[f.name])
        return replace(base, **changes)


def _coerce(value: Any, default: Any) -> Any:
    if isinstance(default, dt.time):
        return value if isinstance(value, dt.time) else dt.time.fromisoformat(str(value))
    if isinstance(value, bool):
        raise TypeError("a number is expected")
    result = type(default)(value)
    if result < 0:
        raise ValueError("negative threshold")
    return result


@dataclass(frozen=True)
class Anomaly:
    kind: AnomalyKind
    severity: Severity
    subject: str  # the cashier's name or the masked card
    key: str  # message key; `message(lang)` gives the words
    params: tuple[tuple[str, str | int | float], ...]
    case_ids: tuple[uuid.UUID, ...]
    order_ids: tuple[uuid.UUID, ...]
    latest_at: dt.datetime  # the newest void/refund behind it

    def message(self, lang: str = "zh_CN") -> str:
        return messages.tr(self.key, lang, **dict(self.params))

    def kind_label(self, lang: str = "zh_CN") -> str:
        return messages.tr(f"anomaly.kind.{self.kind.value}", lang)

    def severity_label(self, lang: str = "zh_CN") -> str:
        return messages.tr(f"anomaly.severity.{self.severity.name}", lang)


@dataclass(frozen=True)
class _Event:
    case_id: uuid.UUID
    order_id: uuid.UUID
    executed_at: dt.datetime
    executor: str
    amount_fen: int


def anomalies(
    session: Session,
    days: int = 7,
    thresholds: AnomalyThresholds | None = None,
    now: dt.datetime | None = None,
    zone: str = DEFAULT_ZONE,
) -> list[Anomaly]:
    """Every anomaly among the voids and refunds of the last `days` days, most severe first."""
    from app.reports.auth_anomalies import auth_trouble
    from app.reports.handover import OPEN_STATUSES
    from app.reports.qr_reports import paid_still_suspended

    t = thresholds or AnomalyThresholds()
    now = now or utcnow()
    since = now - dt.timedelta(days=days)
    counts = _volume_counts(session, since, now)
    threshold = amount_percentile(session, now, t)
    seen = _window(session, since, now, t, zone, _flagged(counts, t), threshold)
    found = [
        *_cashier_volume(seen, counts, since, now, t),
        *_card_repeat(seen, t),
        *_quick_self_void(seen, t),
        *_after_hours(seen, t),
        *_large_amount(seen, threshold, t),
        *auth_trouble(session, since, now, days, t),
        *paid_still_suspended(session, since, now, OPEN_STATUSES),
    ]
    found.sort(key=lambda a: (-a.severity, a.kind.value, -a.latest_at.timestamp(), a.subject))
    return found


# ---------------------------------------------------------------- shared pieces

_o = SuspendedOrder
_c = CancellationCase
_executor = aliased(User, name="executor")


def _executed_in(since: dt.datetime, now: dt.datetime) -> ColumnElement[bool]:
    # The stage hidden from the planner (coalesce): SQLite would walk every DONE case by the
    # stage index where the execution time's index reads only the window.
    return and_(
        func.coalesce(_c.stage, _c.stage) == Stage.DONE,
        _c.executed_at.is_not(None),
        _c.executed_at >= since,
        _c.executed_at <= now,
    )


def _events(since: dt.datetime, now: dt.datetime) -> Select[*tuple[Any, ...]]:
    """The voids/refunds of the window as _Event columns; callers add their own filter."""
    amount = func.coalesce(_c.result_amount_fen, _o.amount_fen)
    return (
        select(_c.id, _c.order_id, _c.executed_at, _executor.name, amount)
        .select_from(_c)
        .join(_o, _o.id == _c.order_id)
        .join(_executor, _executor.id == _c.executed_by_id)
        .where(_executed_in(since, now))
    )


@dataclass(frozen=True)
class _Seen:
    """A void/refund of the window that some check may flag, with what the checks ask."""

    event: _Event
    card_masked: str | None
    quick: bool  # the seller's own void within minutes of the sale
    after: bool  # executed outside business hours
    large: bool  # above the amount percentile


def _window(
    session: Session,
    since: dt.datetime,
    now: dt.datetime,
    t: AnomalyThresholds,
    zone: str,
    flagged: list[str],
    threshold: tuple[int, int] | None,
) -> list[_Seen]:
    """The window's voids/refunds that any of the five checks may flag, read in one pass of the
    execution time's index, oldest first, with each check's condition computed in SQL: at a
    million orders a query per check read the window five times."""
    need = max(2, t.card_repeat_count)
    cards = (
        session.execute(
            select(_o.card_masked)
            .select_from(_c)
            .join(_o, _o.id == _c.order_id)
            .where(_executed_in(since, now), _o.card_masked.is_not(None))
            .group_by(_o.card_masked)
            .having(func.count() >= need)
        )
        .scalars()
        .all()
    )
    gap = minutes_between(session, _c.executed_at, _o.occurred_at)
    quick = and_(_executor.name == _o.cashier, gap >= 0, gap <= t.quick_void_minutes)
    after = _outside_hours(session, since, now, t, zone)
    amount = func.coalesce(_c.result_amount_fen, _o.amount_fen)
    large = amount > threshold[0] if threshold else false()
    flags = [case((cond, 1), else_=0) for cond in (quick, after, large)]
    stmt = (
        _events(since, now)
        .add_columns(_o.card_masked, *flags)
        .where(or_(_executor.name.in_(flagged), _o.card_masked.in_(cards), quick, after, large))
    )
    return [
        _Seen(_Event(*row[:5]), row[5], bool(row[6]), bool(row[7]), bool(row[8]))
        for row in session.execute(stmt.order_by(_c.executed_at, _c.id))
    ]


def _outside_hours(
    session: Session, since: dt.datetime, now: dt.datetime, t: AnomalyThresholds, zone: str
) -> ColumnElement[bool]:
    """Executed at a store-local time of day outside [open, close); a close before the open
    (a shop open past midnight) means the hours wrap around midnight."""
    if t.business_open == t.business_close:
        return false()  # open around the clock: nothing is after hours
    second_of_day = local_seconds(session, _c.executed_at, offset_spans(since, now, zone)) % (
        DAY_SECONDS
    )
    opens = t.business_open.hour * 3600 + t.business_open.minute * 60
    closes = t.business_close.hour * 3600 + t.business_close.minute * 60
    if opens < closes:
        return or_(second_of_day < opens, second_of_day >= closes)
    return and_(second_of_day >= closes, second_of_day < opens)


def _by_cashier(events: Iterable[_Event]) -> dict[str, list[_Event]]:
    grouped: dict[str, list[_Event]] = defaultdict(list)
    for event in events:
        grouped[event.executor].append(event)
    return dict(sorted(grouped.items()))


def _anomaly(
    kind: AnomalyKind,
    severity: Severity,
    subject: str,
    events: list[_Event],
    **params: str | int | float,
) -> Anomaly:
    return Anomaly(
        kind=kind,
        severity=severity,
        subject=subject,
        key=f"anomaly.{kind.value}",
        params=tuple(sorted(params.items())),
        case_ids=tuple(e.case_id for e in events),
        order_ids=tuple(dict.fromkeys(e.order_id for e in events)),
        latest_at=max(e.executed_at for e in events),
    )


def _fmt(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0")


# ---------------------------------------------------------------- the five checks


def _volume_counts(session: Session, since: dt.datetime, now: dt.datetime) -> dict[str, int]:
    """Voids/refunds per cashier active in the window (recorded suspended orders or executed a
    void/refund), zeros included."""
    counts: dict[str, int] = dict(
        session.execute(
            select(_executor.name, func.count())
            .select_from(_c)
            .join(_executor, _executor.id == _c.executed_by_id)
            .where(_executed_in(since, now))
            .group_by(_executor.name)
        ).all()
    )
    for name in _sellers(session, since, now):
        counts.setdefault(name, 0)
    return counts


def _bar(counts: dict[str, int], t: AnomalyThresholds) -> tuple[float, float]:
    median = float(statistics.median(counts.values())) if counts else 0.0
    return median, max(float(t.cashier_min_count), t.cashier_factor * median)


def _flagged(counts: dict[str, int], t: AnomalyThresholds) -> list[str]:
    """Cashiers whose voids/refunds reach the bar, against the store median."""
    if not counts:
        return []
    median, bar = _bar(counts, t)
    return sorted(n for n, k in counts.items() if k >= bar and k > median)


def _cashier_volume(
    seen: list[_Seen],
    counts: dict[str, int],
    since: dt.datetime,
    now: dt.datetime,
    t: AnomalyThresholds,
) -> list[Anomaly]:
    """Voids/refunds per cashier against the median over every cashier active in the window."""
    flagged = _flagged(counts, t)
    if not flagged:
        return []
    median, bar = _bar(counts, t)
    grouped = _by_cashier(i.event for i in seen if i.event.executor in flagged)
    result = []
    for name, events in grouped.items():
        ratio = len(events) / median if median else float(len(events))
        severe = len(events) >= 2 * bar
        result.append(
            _anomaly(
                AnomalyKind.CASHIER_VOLUME,
                Severity.HIGH if severe else Severity.MEDIUM,
                name,
                events,
                cashier=name,
                count=len(events),
                days=(now - since).days,
                median=_fmt(median),
                ratio=_fmt(ratio) if median else "∞",
            )
        )
    return result


def _sellers(session: Session, since: dt.datetime, now: dt.datetime) -> list[str]:
    """Cashiers with orders in [since, now]: the summary's cashiers of the days around the
    window, each confirmed by one seek of the (cashier, occurred_at) index."""
    if session.info.get(summary.RAW):
        return list(
            session.execute(
                select(_o.cashier)
                .where(_o.occurred_at >= since, _o.occurred_at <= now, _o.cashier != "")
                .group_by(_o.cashier)
            ).scalars()
        )
    one_day = dt.timedelta(days=1)  # wider than any zone's offset: a superset of the window
    rows = summary.read(session, "cashier", since.date() - one_day, now.date() + one_day)
    candidates = sorted({name for _d, name, _n, _a, _e in rows if name})
    return [
        name
        for name in candidates
        if session.execute(
            select(_o.id)
            .where(_o.cashier == name, _o.occurred_at >= since, _o.occurred_at <= now)
            .limit(1)
        ).first()
    ]


def _card_repeat(seen: list[_Seen], t: AnomalyThresholds) -> list[Anomaly]:
    """Cards with enough voids/refunds in the window, then the densest run within
    `card_repeat_hours` on each such card's few rows."""
    need = max(2, t.card_repeat_count)
    per_card: dict[str, list[_Event]] = defaultdict(list)
    for item in seen:
        if item.card_masked is not None:
            per_card[item.card_masked].append(item.event)
    per_card = {card: events for card, events in per_card.items() if len(events) >= need}
    span = dt.timedelta(hours=t.card_repeat_hours)
    result = []
    for card, events in sorted(per_card.items()):
        best = _densest_run(events, span)
        if len(best) >= need:
            result.append(
                _anomaly(
                    AnomalyKind.CARD_REPEAT,
                    Severity.HIGH if len(best) >= need + 2 else Severity.MEDIUM,
                    card,
                    best,
                    card=card,
                    count=len(best),
                    hours=t.card_repeat_hours,
                )
            )
    return result


def _densest_run(events: list[_Event], span: dt.timedelta) -> list[_Event]:
    """The longest stretch of time-ordered events that fits within `span` (two pointers)."""
    best: list[_Event] = []
    first = 0
    for last, event in enumerate(events):
        while event.executed_at - events[first].executed_at > span:
            first += 1
        if last - first + 1 > len(best):
            best = events[first : last + 1]
    return best


def _quick_self_void(seen: list[_Seen], t: AnomalyThresholds) -> list[Anomaly]:
    """The cashier who rang the sale voided/refunded it within minutes."""
    quick = [i.event for i in seen if i.quick]
    return [
        _anomaly(
            AnomalyKind.QUICK_SELF_VOID,
            Severity.HIGH,
            name,
            events,
            cashier=name,
            count=len(events),
            minutes=t.quick_void_minutes,
        )
        for name, events in _by_cashier(quick).items()
    ]


def _after_hours(seen: list[_Seen], t: AnomalyThresholds) -> list[Anomaly]:
    """Executed outside business hours (_outside_hours)."""
    grouped = _by_cashier(i.event for i in seen if i.after)
    return [
        _anomaly(
            AnomalyKind.AFTER_HOURS,
            Severity.HIGH if len(events) >= 3 else Severity.MEDIUM,
            name,
            events,
            cashier=name,
            count=len(events),
            open=t.business_open.strftime("%H:%M"),
            close=t.business_close.strftime("%H:%M"),
        )
        for name, events in grouped.items()
    ]


def amount_percentile(
    session: Session, now: dt.datetime, t: AnomalyThresholds
) -> tuple[int, int] | None:
    """(percentile amount in fen, orders it was taken over), read from the amount index with
    ORDER BY … OFFSET; None when too few orders make the percentile meaningless."""
    count = summary.count_orders(session, now - dt.timedelta(days=t.amount_baseline_days), now)
    if count < max(1, t.amount_min_orders):
        return None
    # Walk the amount index from the top: a 95th percentile is 5% of the way down, where from
    # the bottom it would read nearly every entry (110 ms → 15 ms at 100,000 orders).
    # The time hidden from the planner (coalesce): it would otherwise read the baseline by the
    # time index and sort it all (90 ms at 100,000 orders).
    hidden = func.coalesce(_o.occurred_at, _o.occurred_at)
    walk = and_(hidden >= now - dt.timedelta(days=t.amount_baseline_days), hidden <= now)
    stmt = select(_o.amount_fen).where(walk).order_by(_o.amount_fen.desc())
    value = _nth(session, stmt, count - 1 - _pct_index(count, t.amount_percentile))
    return (int(value), count) if value is not None else None


def _large_amount(
    seen: list[_Seen], found: tuple[int, int] | None, t: AnomalyThresholds
) -> list[Anomaly]:
    if found is None:
        return []
    threshold = found[0]
    grouped = _by_cashier(i.event for i in seen if i.large)
    result = []
    for name, events in grouped.items():
        largest = max(e.amount_fen for e in events)
        result.append(
            _anomaly(
                AnomalyKind.LARGE_AMOUNT,
                Severity.MEDIUM if largest >= 2 * threshold else Severity.LOW,
                name,
                events,
                cashier=name,
                count=len(events),
                pct=_fmt(t.amount_percentile),
                threshold=threshold,
                amount=largest,
            )
        )
    return result
