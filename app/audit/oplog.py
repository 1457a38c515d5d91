"""操作日志: the audit trail as a lead reads it — filtered by user, order, case, kind and date
in SQL, newest first, a page at a time (keyset on `seq`: page 50 costs what page 1 does).
Plain rows, the event in words (app.messages.EVENTS), payloads shown through the redactor."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session, aliased

from app.clock import DEFAULT_ZONE
from app.models import AuditEvent, CancellationCase, SuspendedOrder
from app.redaction import redact

PAGE = 100
# payload keys that say nothing to a reader (or repeat a column)
_HIDDEN = {"state", "case_no", "order_no", "incoming_id", "rows"}


@dataclass(frozen=True)
class LogFilter:
    """Empty fields filter nothing. `kind`: an exact kind ("case.approved") or a family
    ending in "." ("auth."). Dates are store-local and inclusive."""

    user: str = ""
    order_no: str = ""
    case_no: str = ""
    kind: str = ""
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    zone: str = DEFAULT_ZONE
    lang: str = "zh_CN"  # the detail column's words


@dataclass(frozen=True)
class LogRow:
    seq: int
    at: dt.datetime
    kind: str
    actor_name: str
    order_no: str
    case_no: str
    detail: str  # the payload in a line, redacted

    def words(self, lang: str = "zh_CN") -> str:
        from app.messages import event_text

        return event_text(self.kind, lang)


def _conditions(
    flt: LogFilter, o: type[SuspendedOrder], c: type[CancellationCase]
) -> list[ColumnElement[bool]]:
    from app.reports.sql import local_day_bounds

    e = AuditEvent
    where: list[ColumnElement[bool]] = []
    if flt.user.strip():
        where.append(e.actor_name == flt.user.strip())
    if flt.order_no.strip():
        where.append(o.order_no == flt.order_no.strip())
    if flt.case_no.strip():
        where.append(c.case_no == flt.case_no.strip())
    if flt.kind:
        if flt.kind.endswith("."):
            where.append(e.kind.startswith(flt.kind, autoescape=True))
        else:
            where.append(e.kind == flt.kind)
    if flt.date_from is not None or flt.date_to is not None:
        first = flt.date_from or flt.date_to
        last = flt.date_to or flt.date_from
        assert first is not None and last is not None
        start, end = local_day_bounds(first, last, flt.zone)
        if flt.date_from is not None:
            where.append(e.at >= start)
        if flt.date_to is not None:
            where.append(e.at < end)
    return where


def page(
    session: Session, flt: LogFilter, before_seq: int | None = None, limit: int = PAGE
) -> list[LogRow]:
    """Events matching `flt`, newest first, older than `before_seq` when given."""
    e = AuditEvent
    case = aliased(CancellationCase, name="log_case")
    order = aliased(SuspendedOrder, name="log_order")
    # an event of a case names its order through the case when it carries no order itself
    order_id = func.coalesce(e.order_id, case.order_id)
    stmt = (
        select(e.seq, e.at, e.kind, e.actor_name, order.order_no, case.case_no, e.payload)
        .select_from(e)
        .outerjoin(case, case.id == e.case_id)
        .outerjoin(order, order.id == order_id)
        .where(*_conditions(flt, order, case))
        .order_by(e.seq.desc())
        .limit(limit)
    )
    if before_seq is not None:
        stmt = stmt.where(e.seq < before_seq)
    return [
        LogRow(
            seq, at, kind, actor or "", order_no or "", case_no or "", _detail(payload, flt.lang)
        )
        for seq, at, kind, actor, order_no, case_no, payload in session.execute(stmt)
    ]


def count(session: Session, flt: LogFilter, cap: int = 10_000) -> int:
    """How many events match, up to `cap` (the view says "10000+")."""
    e = AuditEvent
    case = aliased(CancellationCase, name="log_case")
    order = aliased(SuspendedOrder, name="log_order")
    order_id = func.coalesce(e.order_id, case.order_id)
    inner = (
        select(e.seq)
        .select_from(e)
        .outerjoin(case, case.id == e.case_id)
        .outerjoin(order, order.id == order_id)
        .where(*_conditions(flt, order, case))
        .limit(cap)
        .subquery()
    )
    return int(session.execute(select(func.count()).select_from(inner)).scalar_one())


def users_and_kinds(session: Session) -> tuple[list[str], list[str]]:
    """The names and kinds the filters offer (what the log holds)."""
    e = AuditEvent
    names = [
        n for n in session.scalars(select(e.actor_name).distinct().order_by(e.actor_name)) if n
    ]
    kinds = list(session.scalars(select(e.kind).distinct().order_by(e.kind)))
    return names, kinds


# what a payload's keys are called for a reader; other keys are shown as they are
KEY_WORDS = {
    "amount_fen": ("金额", "amount"),
    "comment": ("意见", "comment"),
    "note": ("备注", "note"),
    "route": ("方式", "route"),
    "closed": ("关闭", "closed"),
    "purpose": ("用途", "for"),
    "field": ("字段", "field"),
    "outgoing": ("交班人", "handing over"),
    "incoming": ("接班人", "taking over"),
    "carried_cases": ("结转申请", "cases carried"),
    "carried_cases_fen": ("结转金额", "amount carried"),
    "response_code": ("应答码", "response"),
    "channel": ("沟通方式", "contact"),
    "reason": ("原因", "reason"),
}
# keys whose value is a code with a name (app.messages.LABELS kind)
_CODED = {"route": "route", "channel": "channel", "reason": "reason"}
_HIDDEN_TOO = {"why", "start", "end", "bank_contacted"}


def _detail(payload: str | None, lang: str = "zh_CN") -> str:
    from app.messages import label
    from app.money import format_fen

    if not payload:
        return ""
    try:
        data = json.loads(payload)
    except ValueError:
        return redact(payload)[:200]
    if not isinstance(data, dict):
        return redact(str(data))[:200]
    en = lang.lower().startswith("en")
    parts = []
    for key, value in data.items():
        if key in _HIDDEN or key in _HIDDEN_TOO or value in (None, "", [], {}):
            continue
        if key.endswith("_fen") and isinstance(value, int):
            value = format_fen(value)
        elif key in _CODED and isinstance(value, str):
            value = label(_CODED[key], value, lang)
        elif isinstance(value, bool):
            value = ("yes" if value else "no") if en else ("是" if value else "否")
        words = KEY_WORDS.get(key)
        name = words[1 if en else 0] if words else key
        parts.append(f"{name}{': ' if en else '：'}{value}")
    return redact(("; " if en else "；").join(parts))[:200]
