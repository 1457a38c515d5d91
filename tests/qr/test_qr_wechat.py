"""The 微信支付 APIv3 client against the simulator: every answer and every misbehaviour."""

from __future__ import annotations

import datetime as dt

import pytest

from app.payments.qr.base import BadSignature, OutcomeUnknown, RefundState, Refused, TradeState
from app.payments.qr.sim_journal import ALWAYS, SimState
from app.payments.qr.sim_server import new_rsa_key
from app.payments.qr.wechat import WechatClient
from tests.qr.conftest import APPID, MCHID, Pair


def ago(**kw: float) -> dt.datetime:
    return dt.datetime.now(dt.UTC) - dt.timedelta(**kw)


def test_query_reports_each_state_in_our_words(wechat: Pair) -> None:
    j = wechat.journal
    j.seed("W-PAID", 2_000, paid_at=ago(minutes=1))
    j.seed("W-NOT", 2_000, SimState.NOT_PAID)
    j.seed("W-CLOSED", 2_000, SimState.CLOSED)
    j.seed("W-REVOKED", 2_000, SimState.REVOKED)
    j.seed("W-REF", 2_000, refunded_fen=500)
    got = {n: wechat.client.query(n).state for n in list(j.trades) + ["W-NONE"]}
    assert got == {
        "W-PAID": TradeState.PAID,
        "W-NOT": TradeState.NOT_PAID,
        "W-CLOSED": TradeState.CLOSED,
        "W-REVOKED": TradeState.REVOKED,
        "W-REF": TradeState.REFUNDED,
        "W-NONE": TradeState.NOT_FOUND,
    }
    paid = wechat.client.query("W-PAID")
    assert paid.merchant_id == MCHID and paid.amount_fen == 2_000
    assert paid.paid_at is not None and abs(paid.paid_at - ago(minutes=1)).total_seconds() < 5
    assert paid.raw.header("Wechatpay-Signature")


def test_userpaying_turns_success_later(wechat: Pair) -> None:
    wechat.journal.seed("W1", 990, SimState.PAYING, paying_polls=2)
    assert wechat.client.query("W1").state is TradeState.PAYING
    assert wechat.client.query("W1").state is TradeState.PAID


def test_reverse_revokes_and_the_query_confirms(wechat: Pair) -> None:
    wechat.journal.seed("W1", 990, paid_at=ago(minutes=5))
    wechat.journal.seed("W2", 990, SimState.NOT_PAID)
    wechat.client.cancel("W1")
    wechat.client.cancel("W2")
    assert wechat.client.query("W1").state is TradeState.REVOKED
    assert wechat.journal.find("W1").refunded_fen == 990  # type: ignore[union-attr]
    assert wechat.client.query("W2").state is TradeState.REVOKED
    assert wechat.journal.find("W2").refunded_fen == 0  # type: ignore[union-attr]


def test_reverse_after_seven_days_is_refused_and_capabilities_say_refund(wechat: Pair) -> None:
    wechat.journal.seed("OLD", 990, paid_at=ago(days=8))
    with pytest.raises(Refused) as refused:
        wechat.client.cancel("OLD")
    assert refused.value.code == "TRADE_ERROR"
    caps, now = wechat.client.capabilities, dt.datetime.now(dt.UTC)
    assert not caps.may_cancel_paid(ago(days=8), now)
    assert not caps.may_cancel_paid(ago(seconds=5), now)  # not sooner than 15 s
    assert caps.may_cancel_paid(ago(minutes=1), now)


def test_a_reverse_that_lies_is_caught_by_the_query(wechat: Pair) -> None:
    wechat.journal.seed("W1", 990, paid_at=ago(minutes=5))
    wechat.mb.lying_reverse = 1
    wechat.client.cancel("W1")  # "success"
    assert wechat.client.query("W1").state is TradeState.PAID


def test_partial_refunds_then_the_remainder_then_one_too_many(wechat: Pair) -> None:
    wechat.journal.seed("W1", 10_000)
    a = wechat.client.refund("W1", "R1", 4_000, 10_000, "部分退款")
    b = wechat.client.refund("W1", "R2", 6_000, 10_000, "余款")
    assert (a.state, b.state) == (RefundState.SUCCESS, RefundState.SUCCESS)
    with pytest.raises(Refused) as refused:
        wechat.client.refund("W1", "R3", 1, 10_000, "多退")
    assert refused.value.code == "INVALID_REQUEST"
    total = sum(wechat.client.refund_query("W1", n).amount_fen for n in ("R1", "R2"))
    assert total == 10_000
    assert wechat.client.query("W1").state is TradeState.REFUNDED


def test_same_out_refund_no_is_idempotent_and_a_new_amount_under_it_refused(wechat: Pair) -> None:
    wechat.journal.seed("W1", 10_000)
    first = wechat.client.refund("W1", "R1", 3_000, 10_000, "")
    again = wechat.client.refund("W1", "R1", 3_000, 10_000, "")
    assert again.refund_id == first.refund_id
    with pytest.raises(Refused):
        wechat.client.refund("W1", "R1", 3_500, 10_000, "")
    assert wechat.journal.refund_count("W1") == 1


def test_processing_refund_reads_processing_then_success(wechat: Pair) -> None:
    wechat.journal.seed("W1", 500)
    wechat.mb.refund_processing = 1
    assert wechat.client.refund("W1", "R1", 500, 500, "").state is RefundState.PROCESSING
    assert wechat.client.refund_query("W1", "R1").state is RefundState.PROCESSING
    assert wechat.client.refund_query("W1", "R1").state is RefundState.SUCCESS
    assert wechat.client.refund_query("W1", "NOPE").state is RefundState.NOT_FOUND


def test_timeout_500_and_lost_answer_are_unknown_and_the_query_decides(wechat: Pair) -> None:
    wechat.journal.seed("W1", 500)
    wechat.mb.timeout = 1
    with pytest.raises(OutcomeUnknown):
        wechat.client.refund("W1", "R1", 500, 500, "")
    assert wechat.client.refund_query("W1", "R1").state is RefundState.NOT_FOUND
    wechat.mb.http_500 = 1
    with pytest.raises(OutcomeUnknown) as five:
        wechat.client.refund("W1", "R1", 500, 500, "")
    assert five.value.key == "qr.net.server_error"
    wechat.mb.lose_answer = 1
    with pytest.raises(OutcomeUnknown):
        wechat.client.refund("W1", "R1", 500, 500, "")
    assert wechat.client.refund_query("W1", "R1").state is RefundState.SUCCESS
    wechat.client.refund("W1", "R1", 500, 500, "")
    assert wechat.journal.refund_count("W1") == 1


def test_bad_signature_wrong_serial_and_stale_answers_are_unknown(wechat: Pair, sim_keys) -> None:  # type: ignore[no-untyped-def]
    wechat.journal.seed("W1", 500)
    wechat.mb.bad_signature = ALWAYS
    with pytest.raises(BadSignature):
        wechat.client.query("W1")
    wechat.mb.bad_signature = 0
    other_serial = WechatClient(
        MCHID, APPID, sim_keys.merchant_serial, sim_keys.merchant_key,
        sim_keys.provider_key.public_key(), "ABCDEF", wechat.client.gateway,
    )  # fmt: skip
    with pytest.raises(BadSignature) as serial:
        other_serial.query("W1")
    assert "serial" in serial.value.detail
    late = WechatClient(
        MCHID, APPID, sim_keys.merchant_serial, sim_keys.merchant_key,
        sim_keys.provider_key.public_key(), sim_keys.provider_serial, wechat.client.gateway,
        clock=lambda: dt.datetime.now(dt.UTC) + dt.timedelta(minutes=4),
    )  # fmt: skip
    late.query("W1")  # 4 minutes of skew still passes both checks
    stale = WechatClient(
        MCHID, APPID, sim_keys.merchant_serial, sim_keys.merchant_key,
        sim_keys.provider_key.public_key(), sim_keys.provider_serial, wechat.client.gateway,
        clock=lambda: dt.datetime.now(dt.UTC) + dt.timedelta(minutes=6),
    )  # fmt: skip
    with pytest.raises(BadSignature) as old:
        stale.query("W1")
    assert old.value.detail == "stale"
    assert wechat.client.query("W1").state is TradeState.PAID


def test_the_simulator_refuses_a_request_signed_with_another_key(wechat: Pair, sim_keys) -> None:  # type: ignore[no-untyped-def]
    impostor = WechatClient(
        MCHID, APPID, sim_keys.merchant_serial, new_rsa_key(),
        sim_keys.provider_key.public_key(), sim_keys.provider_serial, wechat.client.gateway,
    )  # fmt: skip
    with pytest.raises(Refused) as refused:
        impostor.query("W1")
    assert refused.value.code == "SIGN_ERROR"
    assert refused.value.key == "qr.refused.SIGN_ERROR"
