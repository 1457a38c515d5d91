"""The store's terminal: step 5 on the demo's simulated terminal, journal reconciliation, batch close."""

from __future__ import annotations

from sqlalchemy import select

from app import workflow
from app.demo import DEMO_USERS, create_demo
from app.models import Cause, OrderSource, OrderStatus, PayChannel, Route, Stage, SuspendedOrder
from app.payments.card.store_terminal import (
    configured_driver,
    mark_batch_settled,
    reconcile_journal,
    simulator_journal,
)
from app.settings import load_settings
from app.workflow import execute
from tests.core.helpers import CONTACT, all_checked


def test_demo_void_runs_on_the_configured_simulator(store) -> None:  # type: ignore[no-untyped-def]
    demo = create_demo(store, orders=120)
    assert demo is not None and simulator_journal(store).exists()
    with store.transaction() as s:
        order = (
            s.execute(
                select(SuspendedOrder).where(
                    SuspendedOrder.status == OrderStatus.OPEN,
                    SuspendedOrder.settled.is_(False),
                    SuspendedOrder.success_notified.is_(False),
                    SuspendedOrder.amount_fen < 500_000,
                )
            )
            .scalars()
            .first()
        )
        assert order is not None
        case = workflow.open_case(s, order.id, demo.cashier)
        assert workflow.verify(s, case, demo.cashier, all_checked()).route is Route.VOID
        workflow.record_contact(s, case, demo.cashier, CONTACT)
        workflow.fill_form(s, case, demo.cashier, workflow.form_defaults(s, case, demo.cashier))
        workflow.submit(s, case, demo.cashier)
        workflow.approve(s, case, demo.lead.name, DEMO_USERS["李四"][1])
        settings = load_settings(s)
        case_id = case.id
    seen = []
    driver = configured_driver(store, settings, progress=seen.append)
    outcome = execute(store, case_id, demo.cashier.id, driver)
    assert outcome.response_code == "00"
    assert seen, "the driver reports progress"
    with store.transaction() as s:
        assert workflow.get_case(s, case_id).stage is Stage.DONE
    # The terminal's own memory is the truth (its documented answers do not say "voided").
    from app.payments.card.integrado.simulator import SimulatedTerminal

    terminal = SimulatedTerminal(simulator_journal(store))
    sale = next(m for m in terminal.sales() if m.operation_no == order.operation_no)
    assert sale.voided


def test_reconcile_journal_creates_terminal_only_orders(store) -> None:  # type: ignore[no-untyped-def]
    demo = create_demo(store, orders=10)
    assert demo is not None
    with store.transaction() as s:
        driver = configured_driver(store, load_settings(s))
    driver.sale(4_321, "X1")  # type: ignore[attr-defined]  # charged on the terminal, no till order
    sales = driver.sales_journal()
    with store.transaction() as s:
        created = reconcile_journal(s, sales, "898310048161230", "12345678", demo.cashier)
        assert [(o.amount_fen, o.cause) for o in created] == [(4_321, Cause.TERMINAL_NO_RECORD)]
        assert created[0].card_masked and created[0].card_masked.startswith("******")
    with store.transaction() as s:
        assert reconcile_journal(s, sales, "898310048161230", "12345678", demo.cashier) == []


def test_close_batch_marks_that_terminals_orders_settled(store) -> None:  # type: ignore[no-untyped-def]
    create_demo(store, orders=30)
    with store.transaction() as s:
        before = (
            s.execute(select(SuspendedOrder).where(SuspendedOrder.settled.is_(False)))
            .scalars()
            .all()
        )
        assert before
        qr = before[0]  # a 支付宝 trade through the store's own account, rung up at this till
        qr.channel = PayChannel.QR_ALIPAY
        qr.terminal_no = "12345678"
        s.flush()
        count = mark_batch_settled(s, "12345678", None)
        in_batch = [
            o for o in before if o.channel in (PayChannel.CARD_TERMINAL, PayChannel.QR_TERMINAL)
        ]
        assert count == len([o for o in in_batch if o.terminal_no == "12345678"
                             and o.status is not OrderStatus.CANCELLED])  # fmt: skip
        s.refresh(qr)
        assert not qr.settled  # the provider's money is not in the card terminal's batch
    with store.transaction() as s:
        standing = (
            s.execute(select(SuspendedOrder).where(SuspendedOrder.status == OrderStatus.OPEN))
            .scalars()
            .first()
        )
        assert standing is not None and standing.settled
        cashier = _cashier(s)
        case = workflow.open_case(s, standing.id, cashier)
        assert workflow.verify(s, case, cashier, all_checked()).route is Route.REFUND


def _cashier(s):  # type: ignore[no-untyped-def]
    from app.users import find_user

    return find_user(s, "张三")


def test_terminal_commands_reconcile_and_settle_the_store(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from app.cli import main
    from app.db import open_store
    from app.payments.card.integrado.simulator import SimulatedTerminal

    db = tmp_path / "store.sqlite3"
    assert main(["--db", str(db), "demo-data", "--orders", "30"]) == 0
    SimulatedTerminal(tmp_path / "store-simulator.json").sale(
        9_900, "LOST01"
    )  # charged, no till order
    capsys.readouterr()
    from tests.core.helpers import pin_on_stdin

    with pin_on_stdin("222222", "222222"):  # the demo's lead, 李四
        assert main(["--db", str(db), "terminal", "reconcile", "--user", "李四"]) == 0
        recon_out = capsys.readouterr().out
        assert main(["--db", str(db), "terminal", "close-batch", "--user", "李四"]) == 0
    assert "新建挂单 1 笔" in recon_out
    assert "标记为已清算" in capsys.readouterr().out
    store = open_store(str(db))
    with store.transaction() as s:
        lost = s.execute(
            select(SuspendedOrder).where(SuspendedOrder.source == OrderSource.TERMINAL_JOURNAL)
        ).scalar_one()
        assert lost.amount_fen == 9_900 and lost.settled and lost.cause is Cause.TERMINAL_NO_RECORD
        assert not s.execute(
            select(SuspendedOrder).where(
                SuspendedOrder.settled.is_(False), SuspendedOrder.status != OrderStatus.CANCELLED
            )
        ).first()
