"""交接班: the money a shift hands over, as a Chinese back office prints it on its 交班单 —
per funding (bank card, QR): the orders suspended in the shift, voided, refunded, still open;
the fee effect; the open cases carried over; and the handover itself, signed by the one who
leaves (交班人) and the one who takes over (接班人) with their own PINs, as an audit event.

The shift runs from the last signed handover (or the store's local midnight when there is
none) to now. Every figure is one SQL aggregate."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import audit, messages
from app.clock import DEFAULT_ZONE, utcnow
from app.errors import DomainError
from app.models import AuditEvent, CancellationCase, Funding, Route, Stage, SuspendedOrder
from app.queues import UNFINISHED_STATUSES
from app.reports.sql import local_day_bounds

HANDOVER_EVENT = "shift.handover"
CARD, QR = "CARD", "QR"  # the handover's two fundings: bank cards (credit, debit) and QR
GROUPS = (CARD, QR)

messages.register(
    {
        "shift.same_person": (
            "交班人和接班人必须是两个人。",
            "The one handing over and the one taking over must be two people.",
        ),
        "shift.funding.CARD": ("银行卡", "Bank card"),
        "shift.funding.QR": ("扫码", "QR"),
    }
)


@dataclass(frozen=True)
class Tally:
    count: int = 0
    amount_fen: int = 0


@dataclass(frozen=True)
class FundingMoney:
    group: str  # CARD / QR
    suspended: Tally  # orders of the shift (by transaction time)
    voided: Tally  # voids executed in the shift (the amount that went back)
    refunded: Tally  # refunds executed in the shift
    still_open: Tally  # every order not finished now, whatever its shift: carried over
    fee_effect_fen: int  # fees coming back to the store through this shift's voids

    def label(self, lang: str = "zh_CN") -> str:
        return messages.tr(f"shift.funding.{self.group}", lang)


@dataclass(frozen=True)
class ShiftMoney:
    start: dt.datetime
    end: dt.datetime
    rows: tuple[FundingMoney, ...]  # CARD, QR
    carried_cases: int  # open orders with a case in progress (the next shift takes them on)
    carried_cases_fen: int
    last_handover: str = ""  # who signed the previous handover, "交班人 → 接班人"

    @property
    def total(self) -> FundingMoney:
        def add(name: str) -> Tally:
            tallies = [getattr(r, name) for r in self.rows]
            return Tally(sum(t.count for t in tallies), sum(t.amount_fen for t in tallies))

        return FundingMoney(
            group="TOTAL",
            suspended=add("suspended"),
            voided=add("voided"),
            refunded=add("refunded"),
            still_open=add("still_open"),
            fee_effect_fen=sum(r.fee_effect_fen for r in self.rows),
        )

    def figures(self) -> dict[str, Any]:
        """What the signed handover records (plain numbers, for the audit event)."""
        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "rows": [asdict(r) for r in self.rows],
            "carried_cases": self.carried_cases,
            "carried_cases_fen": self.carried_cases_fen,
        }


def _group(funding: Funding | str) -> str:
    return QR if str(getattr(funding, "value", funding)) == "QR" else CARD


def shift_start(
    session: Session, zone: str = DEFAULT_ZONE, now: dt.datetime | None = None
) -> dt.datetime:
    """When the shift began: the last signed handover, or the store's midnight today."""
    last = session.execute(
        select(func.max(AuditEvent.at)).where(AuditEvent.kind == HANDOVER_EVENT)
    ).scalar_one()
    if last is not None:
        return last if last.tzinfo else last.replace(tzinfo=dt.UTC)
    from app.clock import local_date

    today = local_date(now or utcnow(), zone)
    return local_day_bounds(today, today, zone)[0]


def shift_money(
    session: Session,
    zone: str = DEFAULT_ZONE,
    now: dt.datetime | None = None,
    start: dt.datetime | None = None,
) -> ShiftMoney:
    now = now or utcnow()
    start = start or shift_start(session, zone, now)
    o, c = SuspendedOrder, CancellationCase
    suspended: dict[str, Tally] = {}
    for funding, n, fen in session.execute(
        select(o.funding, func.count(), func.coalesce(func.sum(o.amount_fen), 0))
        .where(o.occurred_at >= start, o.occurred_at < now)
        .group_by(o.funding)
    ):
        _add(suspended, _group(funding), int(n), int(fen))
    still_open = _still_open(session)
    moved = func.coalesce(c.result_amount_fen, c.form_amount_fen, 0)
    voided: dict[str, Tally] = {}
    refunded: dict[str, Tally] = {}
    fees: dict[str, int] = {}
    for funding, route, n, fen, fee in session.execute(
        select(o.funding, c.route, func.count(), func.sum(moved), func.sum(c.fee_effect_fen))
        .select_from(c)
        .join(o, o.id == c.order_id)
        .where(c.stage == Stage.DONE, c.executed_at >= start, c.executed_at < now)
        .group_by(o.funding, c.route)
    ):
        group = _group(funding)
        _add(voided if route is Route.VOID else refunded, group, int(n), int(fen or 0))
        fees[group] = fees.get(group, 0) + int(fee or 0)
    carried_n, carried_fen = _carried(session)
    rows = tuple(
        FundingMoney(
            group=g,
            suspended=suspended.get(g, Tally()),
            voided=voided.get(g, Tally()),
            refunded=refunded.get(g, Tally()),
            still_open=still_open.get(g, Tally()),
            fee_effect_fen=fees.get(g, 0),
        )
        for g in GROUPS
    )
    return ShiftMoney(
        start=start,
        end=now,
        rows=rows,
        carried_cases=int(carried_n),
        carried_cases_fen=int(carried_fen),
        last_handover=_last_signers(session),
    )


def _still_open(session: Session) -> dict[str, Tally]:
    """Every unfinished order per funding group: the summary's all-time status rows."""
    from app.reports import summary

    o = SuspendedOrder
    still_open: dict[str, Tally] = {}
    if session.info.get(summary.RAW):
        for funding, n, fen in session.execute(
            select(
                o.funding, func.count(), func.coalesce(func.sum(o.amount_fen - o.refunded_fen), 0)
            )
            .where(o.status.in_(sorted(UNFINISHED_STATUSES)))
            .group_by(o.funding)
        ):
            _add(still_open, _group(funding), int(n), int(fen))
        return still_open
    for _d, key, n, fen, refunded in summary.read(session, "status"):
        status, _channel, funding_key = key.split("|")
        if status in UNFINISHED_STATUSES:
            _add(still_open, _group(funding_key), n, fen - refunded)
    return still_open


def _carried(session: Session) -> tuple[int, int]:
    """Open cases and their orders' amounts: the summary's 'active' rows."""
    from app.reports import summary

    o, c = SuspendedOrder, CancellationCase
    if session.info.get(summary.RAW):
        n, fen = session.execute(
            select(func.count(), func.coalesce(func.sum(o.amount_fen), 0))
            .select_from(c)
            .join(o, o.id == c.order_id)
            .where(c.stage.not_in([Stage.DONE, Stage.CLOSED]))
        ).one()
        return int(n), int(fen)
    rows = summary.read(session, "active")
    return sum(r[2] for r in rows), sum(r[3] for r in rows)


def _add(into: dict[str, Tally], group: str, n: int, fen: int) -> None:
    old = into.get(group, Tally())
    into[group] = Tally(old.count + n, old.amount_fen + fen)


def _last_signers(session: Session) -> str:
    payload = session.execute(
        select(AuditEvent.payload)
        .where(AuditEvent.kind == HANDOVER_EVENT)
        .order_by(AuditEvent.seq.desc())
        .limit(1)
    ).scalar_one_or_none()
    if not payload:
        return ""
    try:
        data = json.loads(payload)
    except ValueError:
        return ""
    return f"{data.get('outgoing', '')} → {data.get('incoming', '')}"


@dataclass(frozen=True)
class SignedHandover:
    outgoing: str
    incoming: str
    at: dt.datetime
    money: ShiftMoney


def sign_handover(
    session: Session,
    outgoing: tuple[str, str],
    incoming: tuple[str, str],
    zone: str = DEFAULT_ZONE,
    now: dt.datetime | None = None,
) -> SignedHandover:
    """交班人 and 接班人, each (name, PIN), two different people, sign the shift's figures:
    one audit event holds them, and the next shift starts at it."""
    from app.users import check_credentials

    def check(who: tuple[str, str], field: str) -> Any:
        try:
            return check_credentials(session, who[0], who[1], purpose="handover")
        except DomainError as error:
            error.field = field  # the wrong PIN is shown under the person it belongs to
            raise

    leaving = check(outgoing, "outgoing")
    taking = check(incoming, "incoming")
    if leaving.id == taking.id:
        raise DomainError("shift.same_person", field="incoming")
    now = now or utcnow()
    money = shift_money(session, zone, now)
    audit.record(
        session,
        "shift.handover",  # HANDOVER_EVENT
        leaving,
        subject=f"shift:{money.start.isoformat()}",
        outgoing=leaving.name,
        incoming=taking.name,
        incoming_id=str(taking.id),
        **money.figures(),
    )
    return SignedHandover(leaving.name, taking.name, now, money)


__all__ = [
    "CARD",
    "HANDOVER_EVENT",
    "QR",
    "FundingMoney",
    "ShiftMoney",
    "SignedHandover",
    "Tally",
    "shift_money",
    "shift_start",
    "sign_handover",
]


COLUMNS = (
    ("资金", "Funding"),
    ("本班挂单", "Suspended"),
    ("已撤销", "Voided"),
    ("已退货", "Refunded"),
    ("仍未结（结转）", "Still open (carried)"),
    ("手续费影响", "Fee effect"),
)


def money_table(money: ShiftMoney, lang: str = "zh_CN") -> tuple[list[str], list[list[str]]]:
    """The handover's money as text, one row per funding and a total: the same words on
    screen, on the A4 report and on the 80 mm slip."""
    from app.money import format_fen

    en = lang.lower().startswith("en")
    unit = "" if en else " 笔"

    def cell(t: Tally) -> str:
        return f"{t.count}{unit} {format_fen(t.amount_fen)}"

    header = [en_ if en else zh for zh, en_ in COLUMNS]
    rows = []
    for row in (*money.rows, money.total):
        name = ("Total" if en else "合计") if row.group == "TOTAL" else row.label(lang)
        rows.append(
            [
                name,
                cell(row.suspended),
                cell(row.voided),
                cell(row.refunded),
                cell(row.still_open),
                format_fen(row.fee_effect_fen),
            ]
        )
    return header, rows
