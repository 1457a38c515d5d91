"""The demo's QR orders and its built-in simulators agree, so a newcomer can walk a QR case end
to end: 查单 shows each order's state, a paid one is cancelled through the provider."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app import workflow
from app.demo import DEMO_USERS, create_demo
from app.models import OrderStatus, Route, SuspendedOrder
from app.payments.qr import demo as qr_demo
from app.payments.qr.channel import QrChannel
from app.payments.qr.routing import channel_for_order
from app.payments.qr.step1 import ask_provider
from tests.core.helpers import CONTACT, all_checked

EXPECTED = {"PAID": "PAID", "NOT_PAID": "NOT_PAID", "CLOSED": "CLOSED", "REVOKED": "REVOKED"}


@pytest.fixture
def demo(store: Any) -> Iterator[Any]:
    made = create_demo(store)
    assert made is not None
    assert len(qr_demo.start_providers(store)) == 2
    yield made
    qr_demo.stop_providers()


def channel_of(store: Any, order_no: str) -> tuple[Any, QrChannel]:
    with store.transaction() as s:
        order = s.scalars(select(SuspendedOrder).where(SuspendedOrder.order_no == order_no)).one()
        channel = channel_for_order(s, order, lambda: None, "demo-counter")
        assert isinstance(channel, QrChannel)
        return order.id, channel


def test_every_demo_qr_order_is_at_its_provider_in_its_state(store: Any, demo: Any) -> None:
    kinds = set()
    for q in qr_demo.DEMO_QR:
        _, channel = channel_of(store, q.order_no)
        answer = channel.query(q.out_trade_no)
        assert answer.state.value == EXPECTED[q.state], q
        assert answer.amount_fen == q.amount_fen
        kinds.add((q.channel.value, q.state))
    assert {s for _, s in kinds} == {"PAID", "NOT_PAID", "CLOSED", "REVOKED"}
    assert {c for c, _ in kinds} == {"QR_ALIPAY", "QR_WECHAT"}


def test_a_paid_demo_order_is_cancelled_end_to_end(store: Any, demo: Any, tmp_path: Path) -> None:
    order_id, channel = channel_of(store, "QR-WX-001")
    with store.transaction() as s:
        case_id = workflow.open_case(s, order_id, demo.cashier).id
    verdict = ask_provider(store, case_id, demo.cashier.id, channel, tmp_path)
    assert verdict.advice == "VOID"
    with store.transaction() as s:
        case = workflow.get_case(s, case_id)
        assert workflow.verify(s, case, demo.cashier, all_checked()).route is Route.VOID
        workflow.record_contact(s, case, demo.cashier, CONTACT)
        workflow.fill_form(s, case, demo.cashier, workflow.form_defaults(s, case, demo.cashier))
        workflow.submit(s, case, demo.cashier)
        workflow.approve(s, case, demo.lead.name, DEMO_USERS["李四"][1], "同意")
    outcome = workflow.execute(store, case_id, demo.cashier.id, channel)
    assert outcome.note_key == "qr.void_done"
    with store.transaction() as s:
        assert s.get_one(SuspendedOrder, order_id).status is OrderStatus.CANCELLED
