"""SQL building blocks of the lead's reports: store-local days and minutes of a stored UTC time,
minute differences, and medians/percentiles taken with ORDER BY … OFFSET in the database.

Times are stored as UTC; a report speaks in the store's days. SQLite has no time zones, so a
local day is computed as (epoch seconds + the zone's UTC offset) // 86400, where the offset is
a CASE over the zone's transitions inside the report's range (none for Asia/Shanghai, two a
year where clocks change). The same expression works on PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Integer,
    Select,
    and_,
    case,
    cast,
    func,
    literal,
    select,
)
from sqlalchemy.orm import Session

from app.clock import store_zone

DAY_SECONDS = 86_400
SCAN_SHARE = 0.3  # above this share of rows a table scan beats the index
EPOCH_DATE = dt.date(1970, 1, 1)
JULIAN_EPOCH = 2440587.5  # julianday('1970-01-01')


@dataclass(frozen=True)
class OffsetSpan:
    """From `start` (aware UTC) on, the zone is `offset_s` seconds ahead of UTC."""

    start: dt.datetime
    offset_s: int


def local_day_bounds(first: dt.date, last: dt.date, zone: str) -> tuple[dt.datetime, dt.datetime]:
    """[local midnight of `first`, local midnight after `last`) as aware UTC."""
    tz = store_zone(zone)
    start = dt.datetime.combine(first, dt.time(), tz).astimezone(dt.UTC)
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), tz).astimezone(dt.UTC)
    return start, end


def _offset_at(moment: dt.datetime, zone: str) -> int:
    delta = moment.astimezone(store_zone(zone)).utcoffset()
    return int(delta.total_seconds()) if delta else 0


def _utc(timestamp: int) -> dt.datetime:
    return dt.datetime.fromtimestamp(timestamp, dt.UTC)


def offset_spans(start: dt.datetime, end: dt.datetime, zone: str) -> list[OffsetSpan]:
    """The zone's offsets over [start, end]: one span per clock change (found to the second)."""
    spans = [OffsetSpan(start, _offset_at(start, zone))]
    step = dt.timedelta(hours=6)  # no zone changes its clock twice within six hours
    cursor = start
    while cursor < end:
        nxt = min(cursor + step, end)
        if _offset_at(nxt, zone) != spans[-1].offset_s:
            # The change lies in (lo, hi]: bisect on whole seconds (clocks change on them).
            lo, hi = int(cursor.timestamp()), int(nxt.timestamp())
            while hi - lo > 1:
                mid = (lo + hi) // 2
                if _offset_at(_utc(mid), zone) == spans[-1].offset_s:
                    lo = mid
                else:
                    hi = mid
            spans.append(OffsetSpan(_utc(hi), _offset_at(_utc(hi), zone)))
        cursor = nxt
    return spans


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def epoch_seconds(session: Session, column: Any) -> ColumnElement[int]:
    """Whole seconds since 1970 of a stored UTC datetime."""
    if _dialect(session) == "sqlite":
        # julianday() parses the stored text half again as fast as strftime('%s'); rounding
        # absorbs the float's error so a time on the second stays on it.
        days = func.julianday(column) - JULIAN_EPOCH
        return cast(func.round(days * DAY_SECONDS), Integer)
    return cast(func.floor(func.extract("epoch", column)), BigInteger)


def local_seconds(session: Session, column: Any, spans: Sequence[OffsetSpan]) -> ColumnElement[int]:
    """Seconds since 1970 on the store's wall clock (UTC epoch + the offset in force then)."""
    offset: ColumnElement[int]
    if len(spans) == 1:
        offset = literal(spans[0].offset_s)
    else:
        whens = [
            (column < s.start, literal(prev.offset_s)) for prev, s in itertools.pairwise(spans)
        ]
        offset = case(*whens, else_=literal(spans[-1].offset_s))
    return epoch_seconds(session, column) + offset


def local_day_number(
    session: Session, column: Any, spans: Sequence[OffsetSpan]
) -> ColumnElement[int]:
    """Days since 1970-01-01 on the store's calendar; integer division (times are after 1970)."""
    return local_seconds(session, column, spans) // DAY_SECONDS


def day_from_number(number: int) -> dt.date:
    return EPOCH_DATE + dt.timedelta(days=int(number))


def minutes_between(session: Session, later: Any, earlier: Any) -> ColumnElement[Any]:
    """`later - earlier` in minutes, as a number the database can compare and sort."""
    if _dialect(session) == "sqlite":
        return (func.julianday(later) - func.julianday(earlier)) * 1440.0
    seconds = epoch_seconds(session, later) - epoch_seconds(session, earlier)
    return seconds / 60.0


def in_range(
    session: Session, column: Any, start: dt.datetime, end: dt.datetime
) -> ColumnElement[bool]:
    """`start <= column < end`, letting the database use the column's index only when the
    range holds a small share of the table: for a year of orders, reading the index and then
    each row costs three times a plain scan (160 ms against 55 ms at 100,000 orders)."""
    table = column.class_
    total = session.execute(select(func.count()).select_from(table)).scalar_one()
    inside = session.execute(
        select(func.count()).select_from(table).where(column >= start, column < end)
    ).scalar_one()
    if total and inside / total > SCAN_SHARE:
        column = func.coalesce(column, column)  # same values and type; no index matches it
    return and_(column >= start, column < end)


def nth_value(session: Session, stmt: Select[Any], n: int) -> Any:
    """The `n`th (0-based) row's first column of an ordered statement: one row fetched."""
    return session.execute(stmt.offset(n).limit(1)).scalar_one_or_none()


def percentile_index(count: int, pct: float) -> int:
    """Nearest-rank percentile: the 0-based position of the pct-th percentile among `count`."""
    rank = max(1, -(-int(round(pct * count)) // 100))  # ceil(pct/100 × count), at least 1
    return min(rank, count) - 1


def median_of(session: Session, stmt: Select[Any], count: int) -> float | None:
    """The median of an ordered one-column statement with `count` rows (mean of the two middle
    values when even), read by OFFSET so only one or two rows leave the database."""
    if count <= 0:
        return None
    if count % 2:
        value = nth_value(session, stmt, count // 2)
        return None if value is None else float(value)
    rows = session.execute(stmt.offset(count // 2 - 1).limit(2)).scalars().all()
    return sum(float(v) for v in rows) / len(rows) if rows else None
