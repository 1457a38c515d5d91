"""Partial refunds of a QR order through the whole workflow: step 1 asks the provider, each
refund has its own out_request_no / out_refund_no, they add up to at most what was paid
(minus what went back earlier, here or — as the provider's own refusal shows — elsewhere)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from app import workflow
from app.errors import IllegalTransition, ValidationFailed
from app.models import (
    IntentState,
    OrderStatus,
    PayChannel,
    Route,
    SuspendedOrder,
    TerminalIntent,
)
from app.payments.qr.sim_journal import SimRefund
from app.payments.qr.step1 import ask_provider
from app.workflow import ExecutionRefused, execute
from tests.core.helpers import CONTACT, PINS, all_checked
from tests.qr.conftest import Pair
from tests.qr.test_qr_step5 import World, qr_order, world


@pytest.fixture(name="w", params=["alipay", "wechat"])
def each_provider(request: Any, store: Any) -> World:
    return world(store, request.getfixturevalue(request.param))


def open_and_ask(w: World, order_id: Any, files: Path) -> Any:
    with w.store.transaction() as s:
        case_id = workflow.open_case(s, order_id, w.staff.cashier).id
    ask_provider(w.store, case_id, w.staff.cashier.id, w.channel, files)
    return case_id


def approve_refund(w: World, case_id: Any, amount: int) -> Route:
    with w.store.transaction() as s:
        case = workflow.get_case(s, case_id)
        workflow.verify(s, case, w.staff.cashier, all_checked())
        workflow.record_contact(s, case, w.staff.cashier, CONTACT)
        form = workflow.form_defaults(s, case, w.staff.cashier)
        workflow.fill_form(s, case, w.staff.cashier, dataclasses.replace(form, amount_fen=amount))
        workflow.submit(s, case, w.staff.cashier)
        workflow.approve(s, case, w.staff.lead.name, PINS["lead"], "同意")
        assert case.route is not None
        return case.route


def order_state(w: World, order_id: Any) -> tuple[OrderStatus, int]:
    with w.store.transaction() as s:
        row = s.get_one(SuspendedOrder, order_id)
        return row.status, row.refunded_fen


def new_order(w: World, no: str, paid_days_ago: int) -> Any:
    paid = dt.datetime.now(dt.UTC) - dt.timedelta(days=paid_days_ago, minutes=2)
    w.pair.journal.seed(no, 12_800, paid_at=paid)
    kind = PayChannel.QR_ALIPAY if w.pair.client.name.value == "alipay" else PayChannel.QR_WECHAT
    with w.store.transaction() as s:
        return qr_order(s, kind, no).id


def test_two_partial_refunds_add_up_and_a_third_is_refused(w: World, tmp_path: Path) -> None:
    order_id = new_order(w, "P-TWO", paid_days_ago=10)
    first = open_and_ask(w, order_id, tmp_path)
    assert approve_refund(w, first, 5_000) is Route.REFUND
    execute(w.store, first, w.staff.cashier.id, w.channel)
    assert order_state(w, order_id) == (OrderStatus.REFUNDED, 5_000)

    # The second refund: the provider says charged (支付宝 TRADE_SUCCESS, 微信 REFUND), the
    # till knows ¥50.00 went back: the rest only by refund, ¥78.00 at most.
    second = open_and_ask(w, order_id, tmp_path)
    with w.store.transaction() as s:
        case = workflow.get_case(s, second)
        assert workflow.form_defaults(s, case, w.staff.cashier).amount_fen == 7_800
    with pytest.raises(ValidationFailed):
        approve_refund(w, second, 7_801)
    assert approve_refund(w, second, 7_800) is Route.REFUND
    execute(w.store, second, w.staff.cashier.id, w.channel)
    assert order_state(w, order_id) == (OrderStatus.REFUNDED, 12_800)

    trade = w.pair.journal.find("P-TWO")
    assert trade is not None and trade.refunded_fen == 12_800
    with w.store.transaction() as s:
        keys = [i.idempotency_key for i in s.query(TerminalIntent).all()]
    assert sorted(keys) == sorted(trade.refunds) and len(set(keys)) == 2  # one key a refund

    with w.store.transaction() as s, pytest.raises(IllegalTransition) as done:
        workflow.open_case(s, order_id, w.staff.cashier)  # nothing left to give back
    assert done.value.key == "case.order_finished"


def test_a_paid_today_order_partly_refunded_is_refunded_not_cancelled(
    w: World, tmp_path: Path
) -> None:
    """撤销 would take the whole trade back: once part of it went back, only 退款."""
    order_id = new_order(w, "P-TODAY", paid_days_ago=0)
    trade = w.pair.journal.find("P-TODAY")
    assert trade is not None
    trade.refunds["EARLIER"] = SimRefund("EARLIER", 2_000, "R0", trade.paid_at)
    with w.store.transaction() as s:
        order = s.get_one(SuspendedOrder, order_id)
        order.refunded_fen, order.status = 2_000, OrderStatus.REFUNDED  # an earlier case's
    case_id = open_and_ask(w, order_id, tmp_path)
    assert approve_refund(w, case_id, 1_000) is Route.REFUND
    execute(w.store, case_id, w.staff.cashier.id, w.channel)
    assert order_state(w, order_id) == (OrderStatus.REFUNDED, 3_000)
    assert trade.refunded_fen == 3_000


def test_money_refunded_elsewhere_is_refused_by_the_provider_and_nothing_moves(
    store: Any, alipay: Pair, tmp_path: Path
) -> None:
    """支付宝 still reads TRADE_SUCCESS after a refund made in its portal: the till offers the
    whole amount, the provider refuses what it no longer holds. (微信 reads REFUND: step 1
    says there is nothing left to do by this till.)"""
    w = world(store, alipay)
    order_id = new_order(w, "P-ELSE", paid_days_ago=10)
    trade = w.pair.journal.find("P-ELSE")
    assert trade is not None
    # ¥30.00 went back in the provider's merchant portal; the till does not know.
    trade.refunds["PORTAL-1"] = SimRefund("PORTAL-1", 3_000, "R1", trade.paid_at)
    case_id = open_and_ask(w, order_id, tmp_path)
    approve_refund(w, case_id, 12_800)
    with pytest.raises(ExecutionRefused):
        execute(w.store, case_id, w.staff.cashier.id, w.channel)
    assert trade.refunded_fen == 3_000
    assert w.intent(case_id).state is IntentState.FAILED
    assert order_state(w, order_id) == (OrderStatus.APPROVED, 0)
