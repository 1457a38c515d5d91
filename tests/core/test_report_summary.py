"""The reports' summary rows (migration 0014's triggers) always equal a recount from scratch,
whoever writes and however — new orders, late status changes, a lead's corrections, cases
moving through their stages, rejections given and taken back, deletions — and every report
read from them equals the same report read from the raw rows."""

from __future__ import annotations

import datetime as dt
import os
import random
import uuid
from typing import Any

import pytest
from sqlalchemy import delete, insert, select, text, update

from app import reports
from app.models import (
    ApprovalDecision,
    CancellationCase,
    Cause,
    ContactReason,
    Decision,
    Funding,
    OrderStatus,
    PayChannel,
    Role,
    Route,
    Stage,
    SuspendedOrder,
    User,
)
from app.reports import summary
from app.reports.shift import shift_money
from tests.core.test_order_list import NOW, _rows

PG_URL = os.environ.get("GUADAN_TEST_PG_URL", "")


def _kept(conn: Any) -> tuple[dict[Any, Any], dict[Any, Any]]:
    rows = conn.execute(
        text("SELECT grain, day, key, n, amount_fen, extra_fen FROM report_summary WHERE n <> 0")
    ).all()
    resolved = conn.execute(text("SELECT case_id, opened_at, minutes FROM case_resolution")).all()
    return (
        {(g, d, k): (n, a, e) for g, d, k, n, a, e in rows},
        {str(c): (str(o), round(m, 6) if m is not None else None) for c, o, m in resolved},
    )


def _assert_recount(store: Any, when: str) -> None:
    with store.engine.connect() as conn:
        kept = _kept(conn)
        summary.rebuild(conn)
        recounted = _kept(conn)
        conn.rollback()
    assert kept[0] == recounted[0], when
    assert kept[1] == recounted[1], when


def _users(store: Any) -> list[uuid.UUID]:
    users = [
        {"id": uuid.uuid4(), "name": name, "role": role, "pin_hash": "x"}
        for name, role in (("张三", Role.CASHIER), ("赵敏", Role.CASHIER), ("李四", Role.LEAD))
    ]
    with store.engine.begin() as conn:
        conn.execute(insert(User), users)
    return [u["id"] for u in users]


def _case(rng: random.Random, order: SuspendedOrder, users: list[uuid.UUID], n: int) -> Any:
    opened = order.occurred_at + dt.timedelta(minutes=rng.randrange(1, 3000))
    return CancellationCase(
        case_no=f"CX{n:08d}",
        order_id=order.id,
        stage=rng.choice([Stage.VERIFY, Stage.CONTACT, Stage.FORM, Stage.PENDING_APPROVAL]),
        route=rng.choice([Route.VOID, Route.REFUND, None]),
        opened_by_id=rng.choice(users),
        opened_at=opened,
        updated_at=opened,
        verify_checks={},
        contact_reason=rng.choice([*ContactReason, None]),
        form_amount_fen=rng.choice([None, order.amount_fen]),
    )


def _churn(store: Any, seed: int) -> None:
    """Random writes of every kind, the kept rows checked against a recount after each."""
    rng = random.Random(seed)
    users = _users(store)
    with store.engine.begin() as conn:
        rows = _rows(rng, 80, varied=True)
        for row in rows:  # QR providers beside the card terminal
            if row["funding"] is Funding.QR:
                row["channel"] = rng.choice([PayChannel.QR_ALIPAY, PayChannel.QR_WECHAT])
        conn.execute(insert(SuspendedOrder), rows)
    _assert_recount(store, "after the import")
    cases = 0
    for step in range(10):
        with store.transaction() as s:
            orders = list(s.scalars(select(SuspendedOrder).order_by(SuspendedOrder.order_no)))
            picked = rng.sample(orders, 8)
            kind = step % 5
            if kind == 0:  # cases opened (ORM) and moved along
                for order in picked:
                    cases += 1
                    s.add(_case(rng, order, users, cases))
                    order.status = OrderStatus.IN_PROGRESS
            elif kind == 1:  # late status changes and a lead's corrections of old orders
                for order in picked:
                    order.status = rng.choice(list(OrderStatus))
                    order.cause = rng.choice(list(Cause))
                    order.occurred_at -= dt.timedelta(days=rng.randrange(0, 40))
                    order.amount_fen += rng.randrange(-50, 50)
                    order.refunded_fen = rng.randrange(0, 100)
                s.execute(  # and one statement changing many rows
                    update(SuspendedOrder)
                    .where(SuspendedOrder.amount_fen > 400_000)
                    .values(cashier="王五", channel=PayChannel.QR_OTHER)
                )
            elif kind == 2:  # cases executed, closed, escalated, with rejections
                for case in s.scalars(select(CancellationCase)):
                    roll = rng.random()
                    if roll < 0.3:
                        case.stage = Stage.DONE
                        case.route = rng.choice([Route.VOID, Route.REFUND])
                        case.executed_at = case.opened_at + dt.timedelta(minutes=rng.randrange(600))
                        case.executed_by_id = rng.choice([*users, None])
                        case.result_amount_fen = rng.choice([None, 1234])
                        case.fee_effect_fen = rng.choice([None, 7])
                    elif roll < 0.5:
                        s.add(
                            ApprovalDecision(
                                case_id=case.id,
                                decision=rng.choice(list(Decision)),
                                approver_id=users[2],
                                decided_at=NOW,
                            )
                        )
                        if rng.random() < 0.5:
                            case.stage = Stage.CLOSED
                    elif roll < 0.6:
                        case.escalated_at = case.opened_at
                        case.stage = Stage.ESCALATED
            elif kind == 3:  # a rejection taken back, a case and an order gone (archiving)
                first = s.scalars(select(ApprovalDecision).limit(1)).first()
                if first is not None:
                    s.delete(first)
                gone = s.scalars(select(CancellationCase).limit(1)).first()
                if gone is not None:
                    s.execute(delete(ApprovalDecision).where(ApprovalDecision.case_id == gone.id))
                    s.delete(gone)
                s.flush()
                lonely = s.scalars(
                    select(SuspendedOrder).where(
                        ~SuspendedOrder.id.in_(select(CancellationCase.order_id))
                    )
                ).first()
                if lonely is not None:
                    s.delete(lonely)
            else:  # new orders, one by one and in bulk
                s.execute(insert(SuspendedOrder), _rows(rng, 6, start=1000 + 10 * step))
        _assert_recount(store, f"after step {step} (kind {kind})")


def _every_report(s: Any) -> list[Any]:
    first, last = dt.date(2026, 9, 1), dt.date(2026, 12, 1)
    return [
        reports.causes(s, first, last),
        reports.causes(s, dt.date(2026, 11, 25), last),
        reports.per_cashier(s, first, last),
        reports.handover(s, NOW),
        reports.anomalies(s, days=30, now=NOW),
        shift_money(s, now=NOW, start=NOW - dt.timedelta(days=20)),
    ]


def _reports_equal_the_raw_rows(store: Any) -> None:
    with store.sessions() as s:
        kept = _every_report(s)
        s.info[summary.RAW] = True
        raw = _every_report(s)
    assert kept == raw


def test_the_summary_equals_a_recount_whatever_writes(store: Any) -> None:
    _churn(store, 1)
    _reports_equal_the_raw_rows(store)


def test_a_zone_with_another_offset_reads_the_raw_rows(store: Any) -> None:
    _churn(store, 3)
    with store.sessions() as s:
        spans = summary.offset_spans_of(dt.date(2026, 3, 1), dt.date(2026, 4, 30), "Europe/Berlin")
        assert not summary.usable(s, spans)  # a clock change inside the range
        london = reports.causes(s, dt.date(2026, 11, 1), dt.date(2026, 11, 20), "Europe/London")
        s.info[summary.RAW] = True
        assert london == reports.causes(
            s, dt.date(2026, 11, 1), dt.date(2026, 11, 20), "Europe/London"
        )


def test_a_store_moving_to_another_zone_recounts_its_days(store: Any) -> None:
    from app.settings import load_settings, save_settings

    _churn(store, 4)
    with store.transaction() as s:
        admin = User(name="管理员", role=Role.ADMIN, pin_hash="x", active=True)
        s.add(admin)
        s.flush()
        settings = load_settings(s)
        settings.timezone = "Asia/Tokyo"
        save_settings(s, settings, admin)
    _assert_recount(store, "after the move")
    with store.sessions() as s:
        first, last = dt.date(2026, 9, 1), dt.date(2026, 12, 1)
        assert summary.usable(s, summary.offset_spans_of(first, last, "Asia/Tokyo"))
        tokyo = reports.causes(s, first, last, "Asia/Tokyo")
        s.info[summary.RAW] = True
        assert tokyo == reports.causes(s, first, last, "Asia/Tokyo")


@pytest.mark.skipif(not PG_URL, reason="no PostgreSQL server (set GUADAN_TEST_PG_URL)")
def test_the_summary_equals_a_recount_on_postgresql() -> None:
    from tests.core.test_order_list import _fresh_pg_store

    store = _fresh_pg_store()
    try:
        _churn(store, 2)
        _reports_equal_the_raw_rows(store)
    finally:
        store.dispose()
