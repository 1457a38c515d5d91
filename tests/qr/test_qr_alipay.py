"""The 支付宝 client against the simulator: every answer and every misbehaviour."""

from __future__ import annotations

import datetime as dt
import socket

import pytest

from app.payments.qr.alipay import AlipayClient
from app.payments.qr.base import (
    BadSignature,
    CancelAction,
    NotSent,
    OutcomeUnknown,
    RefundState,
    Refused,
    TradeState,
)
from app.payments.qr.sim_journal import ALWAYS, SimState
from app.payments.qr.sim_server import new_rsa_key
from tests.qr.conftest import APP_ID, Pair, gateway


def test_query_reports_each_state_in_our_words(alipay: Pair) -> None:
    j = alipay.journal
    j.seed("T-PAID", 12_800)
    j.seed("T-WAIT", 500, SimState.NOT_PAID)
    j.seed("T-CLOSED", 500, SimState.CLOSED)
    j.seed("T-FIN", 500, SimState.FINISHED)
    got = {
        no: alipay.client.query(no) for no in ("T-PAID", "T-WAIT", "T-CLOSED", "T-FIN", "T-NONE")
    }
    assert {k: v.state for k, v in got.items()} == {
        "T-PAID": TradeState.PAID,
        "T-WAIT": TradeState.NOT_PAID,
        "T-CLOSED": TradeState.CLOSED,
        "T-FIN": TradeState.FINISHED,
        "T-NONE": TradeState.NOT_FOUND,
    }
    paid = got["T-PAID"]
    assert paid.amount_fen == 12_800 and paid.provider_state == "TRADE_SUCCESS"
    assert paid.trade_no == j.find("T-PAID").trade_no  # type: ignore[union-attr]
    assert paid.paid_at is not None and paid.raw.signature_ok
    assert b'"sign"' in paid.raw.body  # the signed bytes are kept for evidence
    assert got["T-NONE"].provider_state == "ACQ.TRADE_NOT_EXIST"


def test_partial_refunds_add_up_and_one_too_many_is_refused(alipay: Pair) -> None:
    alipay.journal.seed("T1", 10_000)
    first = alipay.client.refund("T1", "R1", 3_000, 10_000, "顾客退货")
    assert first.state is RefundState.SUCCESS and first.refunded_total_fen == 3_000
    second = alipay.client.refund("T1", "R2", 7_000, 10_000, "余款")
    assert second.refunded_total_fen == 10_000
    with pytest.raises(Refused) as refused:
        alipay.client.refund("T1", "R3", 1, 10_000, "多退")
    assert refused.value.code in ("ACQ.TRADE_STATUS_ERROR", "ACQ.REFUND_AMT_NOT_EQUAL_TOTAL")
    assert alipay.client.query("T1").state is TradeState.CLOSED  # fully refunded: TRADE_CLOSED
    assert alipay.client.refund_query("T1", "R2").amount_fen == 7_000


def test_over_refund_is_refused_in_plain_words(alipay: Pair) -> None:
    alipay.journal.seed("T1", 10_000)
    alipay.client.refund("T1", "R1", 6_000, 10_000, "")
    with pytest.raises(Refused) as refused:
        alipay.client.refund("T1", "R2", 5_000, 10_000, "")
    assert refused.value.code == "ACQ.REFUND_AMT_NOT_EQUAL_TOTAL"
    assert refused.value.key == "qr.refused.ACQ.REFUND_AMT_NOT_EQUAL_TOTAL"
    assert alipay.journal.find("T1").refunded_fen == 6_000  # type: ignore[union-attr]


def test_the_same_out_request_no_never_refunds_twice(alipay: Pair) -> None:
    alipay.journal.seed("T1", 10_000)
    alipay.client.refund("T1", "R1", 2_000, 10_000, "")
    again = alipay.client.refund("T1", "R1", 2_000, 10_000, "")
    assert again.state is RefundState.PROCESSING  # fund_change=N: the query decides
    assert again.refunded_total_fen == 2_000
    assert alipay.client.refund_query("T1", "R1").state is RefundState.SUCCESS
    with pytest.raises(Refused) as refused:
        alipay.client.refund("T1", "R1", 2_500, 10_000, "")
    assert refused.value.code == "ACQ.DISCORDANT_REPEAT_REQUEST"
    assert alipay.journal.find("T1").refunded_fen == 2_000  # type: ignore[union-attr]


def test_refund_query_of_a_refund_never_made_is_not_found(alipay: Pair) -> None:
    alipay.journal.seed("T1", 1_000)
    assert alipay.client.refund_query("T1", "NEVER").state is RefundState.NOT_FOUND


def test_cancel_closes_unpaid_and_refunds_paid(alipay: Pair) -> None:
    alipay.journal.seed("UNPAID", 800, SimState.NOT_PAID)
    alipay.journal.seed("PAID", 800)
    assert alipay.client.cancel("UNPAID").action is CancelAction.CLOSED
    assert alipay.client.query("UNPAID").state is TradeState.CLOSED
    assert alipay.client.cancel("PAID").action is CancelAction.REFUNDED
    assert alipay.journal.find("PAID").refunded_fen == 800  # type: ignore[union-attr]


def test_cancel_of_a_paid_trade_from_an_earlier_day_is_refused(alipay: Pair) -> None:
    alipay.journal.seed("OLD", 800, paid_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=2))
    with pytest.raises(Refused):
        alipay.client.cancel("OLD")
    caps = alipay.client.capabilities
    now = dt.datetime.now(dt.UTC)
    assert not caps.may_cancel_paid(now - dt.timedelta(days=2), now)


def test_retry_flag_y_is_unknown_and_nothing_was_done(alipay: Pair) -> None:
    alipay.journal.seed("T1", 800, SimState.NOT_PAID)
    alipay.mb.retry_flag = 1
    with pytest.raises(OutcomeUnknown) as unknown:
        alipay.client.cancel("T1")
    assert unknown.value.key == "qr.alipay.retry"
    assert alipay.client.cancel("T1").action is CancelAction.CLOSED


def test_busy_20000_and_http_500_are_unknown(alipay: Pair) -> None:
    alipay.journal.seed("T1", 800)
    alipay.mb.busy = 1
    with pytest.raises(OutcomeUnknown) as busy:
        alipay.client.refund("T1", "R1", 100, 800, "")
    assert busy.value.key == "qr.alipay.busy"
    alipay.mb.http_500 = 1
    with pytest.raises(OutcomeUnknown) as five:
        alipay.client.refund("T1", "R1", 100, 800, "")
    assert five.value.key == "qr.net.server_error"
    assert alipay.journal.find("T1").refunded_fen == 0  # type: ignore[union-attr]


def test_timeout_is_unknown_then_the_query_decides(alipay: Pair) -> None:
    alipay.journal.seed("T1", 800)
    alipay.mb.timeout = 1
    with pytest.raises(OutcomeUnknown) as unknown:
        alipay.client.refund("T1", "R1", 800, 800, "")
    assert unknown.value.key == "qr.net.no_answer"
    assert alipay.client.refund_query("T1", "R1").state is RefundState.NOT_FOUND


def test_lost_answer_after_the_refund_then_the_same_key_does_not_refund_twice(
    alipay: Pair,
) -> None:
    alipay.journal.seed("T1", 800)
    alipay.mb.lose_answer = 1
    alipay.mb.only = frozenset({"refund"})
    with pytest.raises(OutcomeUnknown):
        alipay.client.refund("T1", "R1", 800, 800, "")
    assert alipay.client.refund_query("T1", "R1").state is RefundState.SUCCESS
    alipay.client.refund("T1", "R1", 800, 800, "")  # a retry under the same key
    assert alipay.journal.find("T1").refunded_fen == 800  # type: ignore[union-attr]
    assert alipay.journal.refund_count("T1") == 1


def test_a_bad_answer_signature_is_never_success(alipay: Pair) -> None:
    alipay.journal.seed("T1", 800)
    alipay.mb.bad_signature = ALWAYS
    alipay.mb.only = frozenset({"refund"})
    with pytest.raises(BadSignature) as bad:
        alipay.client.refund("T1", "R1", 800, 800, "")
    assert isinstance(bad.value, OutcomeUnknown)
    assert bad.value.raw is not None and not bad.value.raw.signature_ok


def test_an_answer_signed_by_another_key_is_refused(alipay: Pair, sim_keys) -> None:  # type: ignore[no-untyped-def]
    alipay.journal.seed("T1", 800)
    stranger = AlipayClient(
        APP_ID, sim_keys.merchant_key, new_rsa_key().public_key(), alipay.client.gateway
    )
    with pytest.raises(BadSignature):
        stranger.query("T1")


def test_the_simulator_checks_our_request_signature(alipay: Pair, sim_keys) -> None:  # type: ignore[no-untyped-def]
    impostor = AlipayClient(
        APP_ID, new_rsa_key(), sim_keys.provider_key.public_key(), alipay.client.gateway
    )
    with pytest.raises(Refused) as refused:
        impostor.query("T1")
    assert refused.value.code == "isv.invalid-signature"
    wrong_app = AlipayClient(
        "2021999", sim_keys.merchant_key, sim_keys.provider_key.public_key(), alipay.client.gateway
    )
    with pytest.raises(Refused) as app:
        wrong_app.query("T1")
    assert app.value.code == "isv.invalid-app-id"


def test_nothing_listening_is_not_sent(sim_keys) -> None:  # type: ignore[no-untyped-def]
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    client = AlipayClient(
        APP_ID,
        sim_keys.merchant_key,
        sim_keys.provider_key.public_key(),
        gateway(f"http://127.0.0.1:{port}/gateway.do"),
    )
    with pytest.raises(NotSent) as not_sent:
        client.query("T1")
    assert not_sent.value.key == "qr.net.unreachable"


def test_slow_answers_within_the_timeout_are_fine(alipay: Pair) -> None:
    alipay.journal.seed("T1", 800)
    alipay.mb.slow_ms = 150
    alipay.mb.only = frozenset({"query"})
    assert alipay.client.query("T1").state is TradeState.PAID


def test_a_lying_cancel_is_caught_by_the_query(alipay: Pair) -> None:
    alipay.journal.seed("T1", 800)
    alipay.mb.lying_reverse = 1
    assert alipay.client.cancel("T1").action is CancelAction.REFUNDED  # it says so …
    assert alipay.client.query("T1").state is TradeState.PAID  # … and the query says not
