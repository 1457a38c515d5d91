"""Seeded data for the report tests: a clean week of suspended orders and voids, and the five
kinds of anomaly planted on top, each remembered by its case ids.

Rows go straight in through the ORM (no workflow, no PIN hashing) so a test seeds in
milliseconds. All times hang off NOW, 14:00 in Shanghai.
"""

from __future__ import annotations

import datetime as dt
import itertools
import uuid
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from app.models import (
    ApprovalDecision,
    CancellationCase,
    Cause,
    ContactReason,
    Decision,
    Funding,
    OrderStatus,
    Role,
    Route,
    Stage,
    SuspendedOrder,
    TxnType,
    User,
)

NOW = dt.datetime(2026, 11, 20, 6, 0, tzinfo=dt.UTC)  # 14:00 in Shanghai
CASHIERS = ("张三", "赵敏", "王五", "钱七")
_n = itertools.count(1)


@dataclass
class Seed:
    users: dict[str, User]
    planted: dict[str, set[uuid.UUID]] = field(default_factory=dict)  # kind → case ids


def add_users(s: Session) -> dict[str, User]:
    users = {name: User(name=name, role=Role.CASHIER, pin_hash="x") for name in CASHIERS}
    users["李四"] = User(name="李四", role=Role.LEAD, pin_hash="x")
    s.add_all(users.values())
    s.flush()
    return users


def order(s: Session, cashier: str, occurred_at: dt.datetime, **kw: object) -> SuspendedOrder:
    n = next(_n)
    values: dict[str, object] = dict(
        order_no=f"R{n:06d}",
        merchant_no="898310048161230",
        terminal_no="12345678",
        occurred_at=occurred_at,
        location="测试便利店 1号收银台",
        amount_fen=10_000 + n,
        txn_type=TxnType.SALE,
        funding=Funding.CREDIT,
        card_masked=f"622588******{n:04d}",
        card_last4=f"{n:04d}",
        cause=Cause.NETWORK,
        cashier=cashier,
        created_at=occurred_at,
    )
    values.update(kw)
    row = SuspendedOrder(**values)
    s.add(row)
    s.flush()
    return row


def case(
    s: Session, o: SuspendedOrder, opener: User, opened_at: dt.datetime, **kw: object
) -> CancellationCase:
    values: dict[str, object] = dict(
        case_no=f"CX{next(_n):08d}",
        order_id=o.id,
        stage=Stage.CONTACT,
        opened_by_id=opener.id,
        opened_at=opened_at,
        updated_at=opened_at,
        contact_reason=ContactReason.NETWORK,
    )
    values.update(kw)
    row = CancellationCase(**values)
    s.add(row)
    s.flush()
    return row


def void(
    s: Session,
    o: SuspendedOrder,
    by: User,
    at: dt.datetime,
    route: Route = Route.VOID,
    opened_at: dt.datetime | None = None,
) -> CancellationCase:
    """An executed void (or refund) of `o` by `by` at `at`, the order finished accordingly."""
    c = case(
        s,
        o,
        by,
        opened_at or at - dt.timedelta(minutes=1),
        stage=Stage.DONE,
        route=route,
        executed_by_id=by.id,
        executed_at=at,
        updated_at=at,
        result_amount_fen=o.amount_fen,
    )
    o.status = OrderStatus.CANCELLED if route is Route.VOID else OrderStatus.REFUNDED
    return c


def local_date(days_ago: int) -> dt.date:
    """The Shanghai calendar day `days_ago` days before NOW's."""
    return (NOW + dt.timedelta(hours=8)).date() - dt.timedelta(days=days_ago)


def local(days_ago: int, hour: int, minute: int = 0) -> dt.datetime:
    """A moment `days_ago` days before NOW at hour:minute Shanghai time."""
    day = local_date(days_ago)
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=dt.UTC) - dt.timedelta(
        hours=8
    )


def seed_clean(s: Session) -> Seed:
    """Four cashiers alike: ten orders each over the week, two voided the next day in business
    hours by a colleague, distinct cards, small amounts."""
    users = add_users(s)
    for k, name in enumerate(CASHIERS):
        colleague = users[CASHIERS[(k + 1) % len(CASHIERS)]]
        for i in range(10):
            o = order(s, name, local(6 - i % 6, 10 + i % 8), amount_fen=5_000 + 1_000 * i)
            if i < 2:  # the two smallest orders, voided a day later at 11:00 / 12:00
                void(s, o, colleague, local(5 - i % 6, 11 + i))
    return Seed(users)


def plant_anomalies(s: Session, seed: Seed) -> Seed:
    u = seed.users
    planted: dict[str, set[uuid.UUID]] = {}
    # 1. 张三 voids fourteen more of 钱七's orders: 16 in the week; the others end at 4 each
    volume = set()
    for i in range(14):
        o = order(s, "钱七", local(3, 9, i), amount_fen=4_000 + i)
        volume.add(void(s, o, u["张三"], local(2, 15, i)).id)
    planted["cashier_volume"] = volume
    # 2. one card voided three times within 20 hours, by three different cashiers
    card = set()
    for i, who in enumerate(("赵敏", "王五", "钱七")):
        o = order(s, "赵敏", local(4, 9), amount_fen=3_000 + i, card_masked="622848******9999")
        card.add(void(s, o, u[who], local(1, 9 + i * 5)).id)
    planted["card_repeat"] = card
    # 3. 王五 voids their own sale four minutes after making it
    o = order(s, "王五", local(1, 16, 0), amount_fen=6_600)
    planted["quick_self_void"] = {void(s, o, u["王五"], local(1, 16, 4)).id}
    # 4. a void at 23:30 store time
    o = order(s, "赵敏", local(2, 20), amount_fen=5_500)
    planted["after_hours"] = {void(s, o, u["钱七"], local(2, 23, 30)).id}
    # 5. a refund far above every other amount
    o = order(s, "张三", local(3, 12), amount_fen=900_000, settled=True)
    planted["large_amount"] = {void(s, o, u["赵敏"], local(1, 13), Route.REFUND).id}
    seed.planted = planted
    return seed


def reject(s: Session, c: CancellationCase, lead: User, at: dt.datetime) -> None:
    s.add(
        ApprovalDecision(case_id=c.id, decision=Decision.REJECT, approver_id=lead.id, decided_at=at)
    )
