"""Summary rows behind the lead's reports, kept by database triggers in the transaction of every
change (an import, the wizard, another counter, a script), so that a year of causes reads a few
thousand rows instead of a million orders.

`report_summary` holds one row per (grain, store-local day, key) with a count and two sums:

| grain | day of | key | amount_fen | extra_fen |
|---|---|---|---|---|
| cause, channel, cashier | the order's transaction | the order's column | amount | 0 |
| status | — (0) | status, channel, funding | amount | refunded |
| reason, opener | the case's opening | contact reason / opened_by_id | 0 | 0 |
| outcome | the case's opening | stage, route, rejected once?, escalated? | moved if DONE | 0 |
| moved_channel | the case's opening (DONE only) | the order's channel, route | result amount | 0 |
| executor | the execution (DONE only) | executed_by_id, route | moved | fee effect |
| active | — (0) | stage of an unfinished case | the order's amount | 0 |

`case_resolution` holds, per resolved case, the minutes from transaction to resolution (the
median of the causes report walks its index). A change subtracts the row's old contribution and
adds its new one; `rebuild` recounts everything from scratch (the migration's backfill, the
tests' recount). Days are counted at the fixed UTC offset in `report_zone`; a report whose zone
has another offset in its range (a clock change) reads the raw rows instead.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from sqlalchemy import Connection, func, select, text
from sqlalchemy.orm import Session

from app.reports.sql import EPOCH_DATE, OffsetSpan

DAY = 86_400
DEFAULT_OFFSET_S = 8 * 3600  # Asia/Shanghai, no clock changes
RAW = "raw_reports"  # session.info flag: read the raw rows (the tests' comparison)


def usable(session: Session, spans: Sequence[OffsetSpan]) -> bool:
    """The summary answers a report whose zone keeps the summary's one UTC offset throughout."""
    if session.info.get(RAW) or len(spans) != 1:
        return False
    from app.models import ReportZone

    stored = session.execute(select(ReportZone.offset_s).where(ReportZone.id == 1)).scalar()
    return stored == spans[0].offset_s


def offset_spans_of(first: dt.date, last: dt.date, zone: str) -> list[OffsetSpan]:
    """The zone's offsets over the local days [first, last]."""
    from app.reports.sql import local_day_bounds, offset_spans

    return offset_spans(*local_day_bounds(first, last, zone), zone)


def day_number(day: dt.date) -> int:
    return (day - EPOCH_DATE).days


def read(
    session: Session, grain: str, first: dt.date | None = None, last: dt.date | None = None
) -> list[tuple[int, str, int, int, int]]:
    """(day, key, count, amount_fen, extra_fen) of a grain, over [first, last] or all time."""
    from app.models import ReportSummary as S

    stmt = select(S.day, S.key, S.n, S.amount_fen, S.extra_fen).where(S.grain == grain, S.n != 0)
    if first is not None and last is not None:
        stmt = stmt.where(S.day >= day_number(first), S.day <= day_number(last))
    return [(int(d), k, int(n), int(a), int(e)) for d, k, n, a, e in session.execute(stmt)]


def count_orders(session: Session, since: dt.datetime, until: dt.datetime) -> int:
    """Orders with since <= occurred_at <= until: the whole days inside from the summary, the
    two partial days at the edges by the time index."""
    from app.models import ReportSummary as S
    from app.models import ReportZone
    from app.models import SuspendedOrder as O

    def raw(first: dt.datetime, last: dt.datetime, *, inclusive: bool) -> int:
        upper = O.occurred_at <= last if inclusive else O.occurred_at < last
        stmt = select(func.count()).select_from(O).where(O.occurred_at >= first, upper)
        return int(session.execute(stmt).scalar_one())

    offset = session.execute(select(ReportZone.offset_s).where(ReportZone.id == 1)).scalar()
    if session.info.get(RAW) or offset is None:
        return raw(since, until, inclusive=True)
    first_full = (int(since.timestamp()) + offset) // DAY + 1
    last_full = (int(until.timestamp()) + offset) // DAY - 1
    if last_full < first_full:
        return raw(since, until, inclusive=True)

    def midnight(day: int) -> dt.datetime:
        return dt.datetime.fromtimestamp(day * DAY - offset, dt.UTC)

    inside = session.execute(
        select(func.coalesce(func.sum(S.n), 0)).where(
            S.grain == "cause", S.day >= first_full, S.day <= last_full
        )
    ).scalar_one()
    before = raw(since, midnight(first_full), inclusive=False)
    after = raw(midnight(last_full + 1), until, inclusive=True)
    return int(inside) + before + after


def user_id(key: str) -> uuid.UUID | None:
    return uuid.UUID(key) if key else None


def rebuild(conn: Connection | Session, offset_s: int | None = None) -> None:
    """Recount every summary row and resolution from the stored orders and cases (the
    migration's backfill; a change of the store's UTC offset; the tests' recount)."""
    bind = conn.get_bind() if isinstance(conn, Session) else conn
    dialect = bind.dialect.name
    if offset_s is not None:
        conn.execute(text("UPDATE report_zone SET offset_s = :o WHERE id = 1"), {"o": offset_s})
    from app.reports.summary_sql import rebuild_statements

    for sql in rebuild_statements(dialect):
        conn.execute(text(sql))


def fixed_offset(zone: str, around: dt.datetime | None = None) -> int | None:
    """The zone's UTC offset in seconds when it keeps one for a year either side, else None."""
    from app.clock import store_zone, utcnow

    tz = store_zone(zone)
    now = around or utcnow()
    offsets = {(now + dt.timedelta(days=d)).astimezone(tz).utcoffset() for d in range(-366, 367, 7)}
    if len(offsets) != 1:
        return None
    (offset,) = offsets
    return int(offset.total_seconds()) if offset is not None else 0


def follow_zone(session: Session, zone: str) -> None:
    """The store moved to another zone: recount the days at its offset (once, in the settings'
    transaction) when it keeps one; a zone with clock changes leaves the rows as they are and
    its reports read the raw rows."""
    from app.models import ReportZone

    offset = fixed_offset(zone)
    stored = session.execute(select(ReportZone.offset_s).where(ReportZone.id == 1)).scalar()
    if offset is not None and offset != stored:
        rebuild(session, offset)


def create_triggers(dialect: str) -> list[str]:
    from app.reports.summary_sql import postgres_triggers, sqlite_triggers

    return postgres_triggers() if dialect == "postgresql" else sqlite_triggers()


def drop_triggers(dialect: str) -> list[str]:
    from app.reports.summary_sql import drop_triggers as drop

    return drop(dialect)
