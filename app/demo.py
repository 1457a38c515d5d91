"""A realistic demo store: a merchant, a terminal, four staff, 200 suspended orders over 30 days,
and cancellation cases standing at every step. Deterministic (seeded), so screenshots and
tests see the same store every time.

Demo sign-in (documented in README.md): 张三 收银员 111111 · 赵敏 收银员 444444 ·
李四 值班主管 222222 · 王芳 管理员 333333.
"""

from __future__ import annotations

import datetime as dt
import random
import zlib
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app import workflow
from app.clock import utcnow
from app.db import Store
from app.models import (
    CancellationCase,
    Cause,
    Channel,
    ContactReason,
    FeeClass,
    Funding,
    IntentState,
    OrderSource,
    OrderStatus,
    Route,
    Stage,
    SuspendedOrder,
    TerminalIntent,
    TxnType,
    User,
)
from app.setup import StoreSetup, set_up_store
from app.users import create_user

DEMO_MERCHANT_NO = "898310048161230"
DEMO_TERMINAL_NO = "12345678"
# The simulated terminal's open batch holds this many sales (it answers 67 "close the batch"
# after): a demo's older orders were settled in earlier batches, and so go the refund way.
DEMO_BATCH_SALES = 500
DEMO_USERS = {
    "张三": ("CASHIER", "111111"),
    "赵敏": ("CASHIER", "444444"),
    "李四": ("LEAD", "222222"),
    "王芳": ("ADMIN", "333333"),
}
_BINS = {
    Funding.CREDIT: ["622588", "625807", "438088", "524047"],
    Funding.DEBIT: ["622848", "622202", "621700", "436742"],
}


@dataclass(frozen=True)
class DemoStore:
    cashier: User
    cashier2: User
    lead: User
    admin: User


def _order(rng: random.Random, n: int, now: dt.datetime, cashiers: list[str]) -> SuspendedOrder:
    occurred = now - dt.timedelta(days=rng.uniform(0, 30), minutes=rng.randint(0, 600))
    funding = rng.choice([Funding.CREDIT, Funding.CREDIT, Funding.DEBIT, Funding.DEBIT, Funding.QR])
    card = None
    if funding is not Funding.QR:
        card = f"{rng.choice(_BINS[funding])}******{rng.randint(0, 9999):04d}"
    amount = rng.choice(
        [rng.randint(100, 9_999), rng.randint(1_000, 99_999), rng.randint(10_000, 899_999)]
    )
    settled = n > DEMO_BATCH_SALES or (occurred < now - dt.timedelta(days=1) and rng.random() < 0.6)
    return SuspendedOrder(
        order_no=f"POS{occurred.astimezone(dt.UTC):%Y%m%d}{n:05d}",
        merchant_no=DEMO_MERCHANT_NO,
        terminal_no=DEMO_TERMINAL_NO,
        occurred_at=occurred,
        location=f"演示便利店（人民路店）{rng.choice(['1', '2'])}号收银台",
        amount_fen=amount,
        txn_type=TxnType.QR
        if funding is Funding.QR
        else rng.choice([TxnType.SALE, TxnType.SALE, TxnType.PREAUTH_COMPLETE]),
        funding=funding,
        card_masked=card,
        card_last4=card[-4:] if card else None,
        trace_no=f"{rng.randint(1, 999_999):06d}",
        rrn=f"{rng.randint(10**11, 10**12 - 1)}",
        batch_no=f"{(occurred - dt.datetime(2026, 1, 1, tzinfo=dt.UTC)).days % 999_999:06d}",
        auth_code=f"{rng.randint(0, 999_999):06d}",
        operation_no=f"{n:06d}",
        cause=list(Cause)[n % len(Cause)],
        settled=settled,
        success_notified=not settled and rng.random() < 0.15,
        status=OrderStatus.OPEN,
        cashier=rng.choice(cashiers),
        source=OrderSource.DEMO,
    )


def seed_demo(
    session: Session, *, orders: int = 200, seed: int = 20261127, files_dir: object = None
) -> DemoStore:
    """Fill an empty database with the demo store. Cases are made through the real services."""
    rng = random.Random(seed)
    set_up_store(
        session,
        StoreSetup(
            merchant_name="演示便利店（人民路店）",
            merchant_no=DEMO_MERCHANT_NO,
            terminal_no=DEMO_TERMINAL_NO,
            admin_name="王芳",
            admin_pin=DEMO_USERS["王芳"][1],
            lead_name="李四",
            lead_pin=DEMO_USERS["李四"][1],
            store_name="演示便利店",
            fee_class=FeeClass.STANDARD,
            demo=True,
        ),
    )
    admin = session.query(User).filter_by(name="王芳").one()
    lead = session.query(User).filter_by(name="李四").one()
    from app.models import Role

    cashier = create_user(
        session, "张三", Role.CASHIER, DEMO_USERS["张三"][1], admin, phone="13812345678", demo=True
    )
    cashier2 = create_user(
        session, "赵敏", Role.CASHIER, DEMO_USERS["赵敏"][1], admin, phone="13987654321", demo=True
    )
    lead.phone = "13700001111"
    now = utcnow()
    from app.payments.qr import demo as qr_demo

    # A demo of a real size carries the QR orders too (支付宝 and 微信支付: paid, not charged,
    # closed), left open for a newcomer to walk through against the built-in simulators.
    qr = qr_demo.qr_orders(now, DEMO_MERCHANT_NO, DEMO_TERMINAL_NO) if orders >= 100 else []
    made = [_order(rng, n, now, ["张三", "赵敏"]) for n in range(1, orders - len(qr) + 1)]
    made.sort(key=lambda o: o.occurred_at)
    session.add_all(made)
    session.flush()
    _seed_cases(session, rng, made, cashier, cashier2, lead, admin)
    session.add_all(qr)
    session.flush()
    return DemoStore(cashier, cashier2, lead, admin)


def _contact(reason: ContactReason) -> workflow.ContactInput:
    from app.templates import explanation_template, guidance_template

    return workflow.ContactInput(
        channel=Channel.IN_PERSON,
        reason=reason,
        explanation=explanation_template(reason) or "客户说明情况，同意撤销。",
        guidance=guidance_template(reason) or "下次支付前请确认金额。",
        customer_agreed=True,
        customer_name="陈先生",
        customer_phone="13912345678",
    )


def _through_form(session: Session, case: CancellationCase, cashier: User) -> None:
    workflow.verify(session, case, cashier, dict.fromkeys(workflow.VERIFY_FIELDS, True))
    workflow.record_contact(session, case, cashier, _contact(ContactReason.NETWORK))
    defaults = workflow.form_defaults(session, case, cashier)
    workflow.fill_form(session, case, cashier, defaults)


def _seed_cases(
    session: Session,
    rng: random.Random,
    orders: list[SuspendedOrder],
    cashier: User,
    cashier2: User,
    lead: User,
    admin: User,
) -> None:
    """Cases at every stage, on the newest orders that fit each route."""
    voidable = [
        o
        for o in reversed(orders)
        if not o.settled and not o.success_notified and o.amount_fen < 500_000
    ]
    refundable = [
        o
        for o in reversed(orders)
        if o.settled and o.amount_fen < 500_000 and (utcnow() - o.occurred_at).days < 25
    ]
    plan = [
        (voidable, "verify"),
        (voidable, "contact"),
        (voidable, "form"),
        (voidable, "escalated"),
        (voidable, "pending"),
        (voidable, "pending"),
        (refundable, "pending"),
        (voidable, "rejected"),
        (voidable, "approved"),
        (voidable, "voided"),
        (voidable, "voided"),
        (refundable, "refunded"),
        (voidable, "closed"),
    ]
    for pool, target in plan:
        if not pool:  # a small demo (few orders) simply has fewer cases
            continue
        order = pool.pop(0)
        who = rng.choice([cashier, cashier2])
        case = workflow.open_case(session, order.id, who)
        if target == "verify":
            continue
        if target == "escalated":
            workflow.escalate(
                session, case, who, "签购单上的交易时间与系统记录相差 1 小时，请主管核实。"
            )
            continue
        workflow.verify(session, case, who, dict.fromkeys(workflow.VERIFY_FIELDS, True))
        if target == "contact":
            continue
        workflow.record_contact(session, case, who, _contact(rng.choice(list(ContactReason)[:-1])))
        if target == "form":
            continue
        workflow.fill_form(session, case, who, workflow.form_defaults(session, case, who))
        workflow.submit(session, case, who)
        if target == "pending":
            continue
        if target in ("rejected", "closed"):
            workflow.reject(
                session,
                case,
                lead.name,
                DEMO_USERS["李四"][1],
                "请补充客户沟通记录和签购单照片。",
                close=target == "closed",
            )
            continue
        workflow.approve(session, case, lead.name, DEMO_USERS["李四"][1], "同意。")
        if target == "approved":
            continue
        _record_done(session, case, who)


def _record_done(session: Session, case: CancellationCase, who: User) -> None:
    """A finished case as the terminal would have left it (demo history; no terminal is driven)."""
    from app.workflow.outcome import record_outcome

    intent = TerminalIntent(
        case_id=case.id,
        command=case.route or Route.VOID,
        amount_fen=case.form_amount_fen or case.order.amount_fen,
        ticket=f"D{case.case_no[-4:]}",
        original_operation_no=case.order.operation_no,
        manual=case.route is Route.REFUND,
        state=IntentState.OPEN,
    )
    session.add(intent)
    session.flush()
    record_outcome(
        session,
        case,
        intent,
        who,
        response_code="00",
        auth_code=f"{zlib.crc32(case.case_no.encode()) % 999_999:06d}",
        operation_no=f"9{case.order.operation_no}",
        rrn=case.order.rrn if case.route is Route.REFUND else "",
        manual=case.route is Route.REFUND,
    )
    assert case.stage is Stage.DONE


def create_demo(store: Store, *, orders: int = 200) -> DemoStore | None:
    """The demo store in `store` (if it is empty) and its simulated terminal's journal."""
    from sqlalchemy import select

    from app.payments.card.store_terminal import seed_simulator, simulator_journal
    from app.setup import store_is_set_up

    with store.transaction() as session:
        if store_is_set_up(session):
            return None
        demo = seed_demo(session, orders=orders)
        # The demo's history was made here in one go: nobody is working on those orders now,
        # and another counter of the demo store must not be told they are held.
        from sqlalchemy import delete

        from app.models import OrderLease

        session.execute(delete(OrderLease))
    with store.transaction() as session:
        in_batch = [  # the sales of the terminal's open batch; the rest were settled
            order
            for order in session.execute(select(SuspendedOrder)).scalars()
            if not (order.operation_no.isdigit() and int(order.operation_no) > DEMO_BATCH_SALES)
        ]
        seed_simulator(simulator_journal(store), in_batch, terminal_id=DEMO_TERMINAL_NO)
    if orders >= 100:
        from app.payments.qr import demo as qr_demo

        qr_demo.seed_simulators(store, utcnow())  # the trades behind the demo's QR orders
    return demo
