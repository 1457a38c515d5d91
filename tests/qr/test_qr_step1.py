"""Step 1 for QR orders: 查单 beside the till's record, the signed answer kept, the route from it."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

import pytest

from app import workflow
from app.errors import DomainError
from app.models import OrderStatus, PayChannel, Route, Setting, Stage
from app.payments.qr.channel import QrChannel
from app.payments.qr.sim_journal import SimState
from app.payments.qr.step1 import ask_provider, close_with_answer, latest_verdict
from tests.core.helpers import all_checked, seed_staff
from tests.qr.conftest import Pair
from tests.qr.test_qr_step5 import qr_order


def opened(store: Any, pair: Pair, no: str, amount: int = 12_800) -> tuple[Any, Any, QrChannel]:
    """A QR order of a provider this store has set up, its case open at step 1."""
    kind = PayChannel.QR_ALIPAY if pair.client.name.value == "alipay" else PayChannel.QR_WECHAT
    with store.transaction() as s:
        staff = seed_staff(s)
        # set up (the test hands the client over itself): step 1 must ask it first
        s.add(Setting(key=f"qr.{pair.client.name.value}", value={"merchant_id": "1"}))
        order = qr_order(s, kind, no, amount_fen=amount, operation_no="")
        case = workflow.open_case(s, order.id, staff.cashier)
        return staff, case.id, QrChannel(pair.client, counter_id="c1")


@pytest.fixture(params=["alipay", "wechat"])
def pair(request: Any) -> Pair:
    found: Pair = request.getfixturevalue(request.param)
    return found


def test_paid_the_answer_is_kept_and_the_route_is_cancel(store: Any, pair: Pair) -> None:
    pair.journal.seed("S1", 12_800, paid_at=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1))
    staff, case_id, channel = opened(store, pair, "S1")
    with pytest.raises(DomainError) as first, store.transaction() as s:  # no answer: query first
        workflow.verify(s, workflow.get_case(s, case_id), s.merge(staff.cashier), all_checked())
    assert first.value.key == "qr.verdict.query_first"
    verdict = ask_provider(store, case_id, staff.cashier.id, channel, store.attachments_dir)
    assert (verdict.state, verdict.advice) == ("PAID", "VOID")
    with store.transaction() as s:
        case = workflow.get_case(s, case_id)
        kept = [a for a in case.attachments if a.purpose == "PROVIDER_ANSWER"]
        assert len(kept) == 1 and kept[0].sha256 == verdict.sha256
        body = (store.attachments_dir / verdict.sha256[:2] / verdict.sha256).read_bytes()
        assert hashlib.sha256(body).hexdigest() == verdict.sha256
        assert case.order.provider_trade_no == pair.journal.find("S1").trade_no  # type: ignore[union-attr]
        decision = workflow.verify(s, case, s.merge(staff.cashier), all_checked())
        assert decision.route is Route.VOID and decision.reason_key == "qr.verdict.paid_cancel"
        assert latest_verdict(s, case) == verdict


def test_unpaid_routes_to_a_cancel_that_moves_no_money(store: Any, pair: Pair) -> None:
    pair.journal.seed("S2", 12_800, SimState.NOT_PAID)
    staff, case_id, channel = opened(store, pair, "S2")
    verdict = ask_provider(store, case_id, staff.cashier.id, channel, store.attachments_dir)
    assert verdict.advice == "CLOSE_UNPAID"
    with store.transaction() as s:
        decision = workflow.verify(
            s, workflow.get_case(s, case_id), s.merge(staff.cashier), all_checked()
        )
    assert decision.reason_key == "qr.verdict.unpaid.NOT_PAID"


def test_closed_or_unknown_trade_closes_the_case_with_the_answer(store: Any, pair: Pair) -> None:
    staff, case_id, channel = opened(store, pair, "S-NONE")
    verdict = ask_provider(store, case_id, staff.cashier.id, channel, store.attachments_dir)
    assert verdict.state == "NOT_FOUND" and verdict.advice == "NOTHING"
    with store.transaction() as s, pytest.raises(DomainError) as instead:
        workflow.verify(s, workflow.get_case(s, case_id), s.merge(staff.cashier), all_checked())
    assert instead.value.key == "qr.verdict.close_instead"
    close_with_answer(store, case_id, staff.cashier.id)
    with store.transaction() as s:
        case = workflow.get_case(s, case_id)
        assert case.stage is Stage.CLOSED and case.order.status is OrderStatus.CLOSED
        assert case.evidence_locked


def test_a_different_amount_escalates_and_offline_records_nothing(store: Any, pair: Pair) -> None:
    pair.journal.seed("S3", 9_900)
    staff, case_id, channel = opened(store, pair, "S3")
    assert (
        ask_provider(store, case_id, staff.cashier.id, channel, store.attachments_dir).advice
        == "ESCALATE"
    )
    pair.server.close()
    with pytest.raises(DomainError) as offline:
        ask_provider(store, case_id, staff.cashier.id, channel, store.attachments_dir)
    assert offline.value.key == "qr.offline"
    with store.transaction() as s:
        assert latest_verdict(s, workflow.get_case(s, case_id)).advice == "ESCALATE"  # type: ignore[union-attr]
