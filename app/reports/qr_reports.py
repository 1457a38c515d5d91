"""QR in the lead's reports: counts and sums per payment channel (支付宝, 微信支付 beside the
card terminal) for the handover and the causes report, and the anomaly "the provider says the
customer paid, and the order is still suspended" — grouped by counter and cashier."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from app import messages
from app.models import AuditEvent, CancellationCase, Route, Stage, SuspendedOrder
from app.money import format_fen

if TYPE_CHECKING:
    from app.reports.anomalies import Anomaly

QUERIED = "qr.queried"  # app.payments.qr.step1's audit event: the provider's answer
PAID_STATES = ("PAID", "REFUNDED", "FINISHED")  # the provider took the customer's money

messages.register(
    {
        "anomaly.qr_paid_suspended": (
            "{counter} 收银员 {cashier}：{count} 笔扫码挂单渠道查单显示顾客已付款（{amount}），"
            "但挂单仍未处理。顾客的钱已到商户账上：请尽快撤销或退款，或核实是否已在别处补单。",
            "{counter}, cashier {cashier}: {count} QR orders the provider says were paid "
            "({amount}) are still suspended. The customer's money is with the store: cancel or "
            "refund them soon, or check whether they were re-rung elsewhere.",
        ),
        "anomaly.kind.qr_paid_suspended": ("渠道已扣款仍挂单", "Paid at provider, still suspended"),
    }
)


@dataclass(frozen=True)
class ChannelLine:
    channel: str  # PayChannel value
    orders: int
    amount_fen: int
    voided: int = 0  # cases executed by 撤销
    refunded: int = 0  # cases executed by 退款
    returned_fen: int = 0  # what those cases gave back


def open_by_channel(session: Session, open_statuses: tuple[object, ...]) -> tuple[ChannelLine, ...]:
    """The handover's open orders per payment channel: how many, for how much."""
    o = SuspendedOrder
    rows = session.execute(
        select(o.channel, func.count(), func.coalesce(func.sum(o.amount_fen), 0))
        .where(o.status.in_(open_statuses))
        .group_by(o.channel)
        .order_by(o.channel)
    ).all()
    return tuple(ChannelLine(ch.value, int(n), int(fen)) for ch, n, fen in rows)


def range_by_channel(
    session: Session, start: dt.datetime, end: dt.datetime
) -> tuple[ChannelLine, ...]:
    """Orders of the range per channel, and the cases opened in the range that moved money."""
    o, c = SuspendedOrder, CancellationCase
    orders = session.execute(
        select(o.channel, func.count(), func.coalesce(func.sum(o.amount_fen), 0))
        .where(o.occurred_at >= start, o.occurred_at < end)
        .group_by(o.channel)
    ).all()
    done = and_(c.stage == Stage.DONE, c.opened_at >= start, c.opened_at < end)
    moved = session.execute(
        select(
            o.channel,
            func.count().filter(c.route == Route.VOID),
            func.count().filter(c.route == Route.REFUND),
            func.coalesce(func.sum(c.result_amount_fen), 0),
        )
        .join(o, o.id == c.order_id)
        .where(done)
        .group_by(o.channel)
    ).all()
    lines: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    for ch, n, fen in orders:
        lines[ch.value][0:2] = [int(n), int(fen)]
    for ch, voids, refunds, returned in moved:
        lines[ch.value][2:5] = [int(voids), int(refunds), int(returned or 0)]
    return tuple(ChannelLine(ch, *values) for ch, values in sorted(lines.items()))


def channels_from_summary(
    session: Session, date_from: dt.date, date_to: dt.date
) -> tuple[ChannelLine, ...]:
    """range_by_channel read from the summary rows (app.reports.summary)."""
    from app.reports import summary

    lines: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    for _d, ch, n, fen, _e in summary.read(session, "channel", date_from, date_to):
        lines[ch][0] += n
        lines[ch][1] += fen
    for _d, key, n, fen, _e in summary.read(session, "moved_channel", date_from, date_to):
        ch, route = key.split("|")
        if route == Route.VOID:
            lines[ch][2] += n
        elif route == Route.REFUND:
            lines[ch][3] += n
        lines[ch][4] += fen
    return tuple(ChannelLine(ch, *values) for ch, values in sorted(lines.items()))


def open_from_summary(
    session: Session, open_statuses: tuple[object, ...]
) -> tuple[ChannelLine, ...]:
    """open_by_channel read from the summary's all-time status rows."""
    from app.reports import summary

    wanted = {str(getattr(s, "value", s)) for s in open_statuses}
    lines: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for _d, key, n, fen, _e in summary.read(session, "status"):
        status, channel, _funding = key.split("|")
        if status in wanted:
            lines[channel][0] += n
            lines[channel][1] += fen
    return tuple(ChannelLine(ch, n, fen) for ch, (n, fen) in sorted(lines.items()))


def paid_still_suspended(
    session: Session, since: dt.datetime, now: dt.datetime, open_statuses: tuple[object, ...]
) -> list[Anomaly]:
    """Open QR orders whose latest provider answer (查单) says the customer was charged."""
    from app.reports.anomalies import Anomaly, AnomalyKind, Severity
    from app.workflow.outcome import terminal_label

    o, c, e = SuspendedOrder, CancellationCase, AuditEvent
    rows = session.execute(
        select(e.case_id, e.payload, e.at, o.id, o.amount_fen, o.cashier, o.terminal_no)
        .join(c, c.id == e.case_id)
        .join(o, o.id == c.order_id)
        .where(e.kind == QUERIED, e.at >= since, e.at <= now, o.status.in_(open_statuses))
        .order_by(e.seq)
    ).all()
    latest = {row.id: row for row in rows}  # the last answer per order wins
    groups: dict[tuple[str, str], list[Any]] = defaultdict(list)
    for row in latest.values():
        try:
            state = json.loads(row.payload).get("trade_state", "")
        except (TypeError, ValueError):
            continue
        if state in PAID_STATES:
            counter = terminal_label(session, row.terminal_no)
            groups[(counter, row.cashier or "—")].append(row)
    found = []
    for (counter, cashier), items in sorted(groups.items()):
        params: dict[str, str | int | float] = {
            "counter": counter,
            "cashier": cashier,
            "count": len(items),
            "amount": format_fen(sum(int(i.amount_fen) for i in items)),
        }
        found.append(
            Anomaly(
                kind=AnomalyKind.QR_PAID_SUSPENDED,
                severity=Severity.HIGH,
                subject=f"{counter} / {cashier}",
                key="anomaly.qr_paid_suspended",
                params=tuple(sorted(params.items())),
                case_ids=tuple(i.case_id for i in items),
                order_ids=tuple(i.id for i in items),
                latest_at=max(i.at for i in items),
            )
        )
    return found
