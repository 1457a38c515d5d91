"""Step 5 through a QR provider: execute / reconcile / resend against the simulators.

Only the query's state counts; after any unknown outcome the same key is re-used; the
simulator's journal is the truth a double refund would show in.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest

from app import workflow
from app.errors import DomainError
from app.models import Funding, IntentState, OrderStatus, PayChannel, Stage, TerminalIntent, TxnType
from app.payments.qr.channel import QrChannel
from app.payments.qr.sim_journal import ALWAYS, SimState
from app.workflow import ExecutionRefused, OutcomeUnknown, execute, reconcile_case, resend_void
from tests.core.helpers import drive_to_approved, make_order, seed_staff
from tests.qr.conftest import Pair

COUNTER = "counter-qr-test"


def qr_order(session: Any, channel: PayChannel, out_trade_no: str, **kw: Any) -> Any:
    values: dict[str, Any] = dict(
        txn_type=TxnType.QR,
        funding=Funding.QR,
        card_masked=None,
        card_last4=None,
        channel=channel,
        out_trade_no=out_trade_no,
        terminal_no="87654321",  # another counter's terminal: QR money is not on a terminal
        amount_fen=12_800,
    )
    values.update(kw)
    return make_order(session, **values)


@dataclasses.dataclass
class World:
    store: Any
    staff: Any
    pair: Pair
    channel: QrChannel

    def approved(self, out_trade_no: str, *, refund: bool = False, amount: int = 12_800) -> Any:
        kind = (
            PayChannel.QR_ALIPAY
            if self.pair.client.name.value == "alipay"
            else PayChannel.QR_WECHAT
        )
        with self.store.transaction() as s:
            order = qr_order(s, kind, out_trade_no, settled=refund, amount_fen=amount)
            return drive_to_approved(s, self.staff, order).id

    def run(self, case_id: Any) -> Any:
        return execute(self.store, case_id, self.staff.cashier.id, self.channel)

    def intent(self, case_id: Any) -> TerminalIntent:
        with self.store.transaction() as s:
            intent: TerminalIntent = s.query(TerminalIntent).filter_by(case_id=case_id).one()
            s.expunge(intent)
            return intent


def world(store: Any, pair: Pair) -> World:
    with store.transaction() as s:
        staff = seed_staff(s)
    return World(store, staff, pair, QrChannel(pair.client, counter_id=COUNTER))


@pytest.fixture(params=["alipay", "wechat"])
def w(request: Any, store: Any) -> Iterator[World]:
    pair: Pair = request.getfixturevalue(request.param)
    yield world(store, pair)


BEIJING = dt.timezone(dt.timedelta(hours=8))


def cancellable_paid_at(now: dt.datetime | None = None) -> dt.datetime:
    """A payment both providers still let us cancel: minutes ago (微信: at least 15 s), and on
    today's Beijing date (支付宝). Two minutes back crosses Beijing midnight from 16:00 to
    16:02 UTC, which made these tests fail in that window."""
    now = now or dt.datetime.now(dt.UTC)
    before = now - dt.timedelta(minutes=2)
    if before.astimezone(BEIJING).date() == now.astimezone(BEIJING).date():
        return before
    return now - dt.timedelta(seconds=16)


def seed(w: World, no: str, amount: int = 12_800, **kw: Any) -> None:
    kw.setdefault("paid_at", cancellable_paid_at())
    w.pair.journal.seed(no, amount, **kw)


def test_paid_trade_is_cancelled_and_the_query_confirms(w: World) -> None:
    seed(w, "Q-PAID")
    case_id = w.approved("Q-PAID")
    outcome = w.run(case_id)
    assert outcome.note_key == "qr.void_done"
    assert w.pair.journal.find("Q-PAID").refunded_fen == 12_800  # type: ignore[union-attr]
    with w.store.transaction() as s:
        case = workflow.get_case(s, case_id)
        assert case.order.status is OrderStatus.CANCELLED and case.stage is Stage.DONE


def test_unpaid_trade_is_closed_and_no_money_moves(w: World) -> None:
    seed(w, "Q-UNPAID", state=SimState.NOT_PAID, paid_at=None)
    outcome = w.run(w.approved("Q-UNPAID"))
    assert outcome.note_key == "qr.void_done"
    trade = w.pair.journal.find("Q-UNPAID")
    assert trade.state in (SimState.CLOSED, SimState.REVOKED) and trade.refunded_fen == 0  # type: ignore[union-attr]


def test_paid_refund_route_refunds_under_the_intents_key(w: World) -> None:
    seed(w, "Q-REF")
    case_id = w.approved("Q-REF", refund=True)
    outcome = w.run(case_id)
    assert outcome.note_key == "qr.refund.SUCCESS"
    key = w.intent(case_id).idempotency_key
    trade = w.pair.journal.find("Q-REF")
    assert list(trade.refunds) == [key]  # type: ignore[union-attr]


def test_lost_answer_after_the_refund_is_settled_by_the_refund_query(w: World) -> None:
    seed(w, "Q-LOST")
    w.pair.mb.lose_answer, w.pair.mb.only = 1, frozenset({"refund"})
    outcome = w.run(w.approved("Q-LOST", refund=True))
    assert outcome.route.value == "REFUND"
    assert w.pair.journal.refund_count("Q-LOST") == 1


def test_timeout_before_the_refund_landed_then_the_same_key_once(w: World) -> None:
    seed(w, "Q-TIME")
    case_id = w.approved("Q-TIME", refund=True)
    w.pair.mb.timeout, w.pair.mb.only = 1, frozenset({"refund"})
    with pytest.raises(OutcomeUnknown) as unknown:
        w.run(case_id)
    assert unknown.value.resend_safe
    assert w.intent(case_id).state is IntentState.OPEN
    assert w.pair.journal.refund_count("Q-TIME") == 0
    key = w.intent(case_id).idempotency_key
    resend_void(w.store, case_id, w.staff.cashier.id, w.channel)
    assert list(w.pair.journal.find("Q-TIME").refunds) == [key]  # type: ignore[union-attr]
    with pytest.raises(DomainError):
        resend_void(w.store, case_id, w.staff.cashier.id, w.channel)  # closed: never again
    assert w.pair.journal.refund_count("Q-TIME") == 1


def test_busy_or_500_then_reconcile_from_the_refund_query(w: World) -> None:
    seed(w, "Q-BUSY")
    case_id = w.approved("Q-BUSY", refund=True)
    w.pair.mb.busy, w.pair.mb.only = 1, frozenset({"refund"})
    with pytest.raises(OutcomeUnknown):
        w.run(case_id)
    with pytest.raises(OutcomeUnknown) as still:  # 核对: the provider never received it …
        reconcile_case(w.store, case_id, w.channel, w.staff.cashier.id)
    assert still.value.key == "qr.refund_not_received" and still.value.resend_safe
    # … so the same key goes again, once
    resend_void(w.store, case_id, w.staff.cashier.id, w.channel)
    assert w.pair.journal.refund_count("Q-BUSY") == 1


def test_a_bad_answer_signature_is_unknown_and_the_query_decides(w: World) -> None:
    seed(w, "Q-SIG")
    w.pair.mb.bad_signature, w.pair.mb.only = 1, frozenset({"refund"})
    outcome = w.run(w.approved("Q-SIG", refund=True))  # the refund did happen: the query says
    assert outcome.note_key == "qr.refund.SUCCESS"
    assert w.pair.journal.refund_count("Q-SIG") == 1


def test_a_reverse_that_lies_is_caught_and_nothing_is_recorded(w: World) -> None:
    seed(w, "Q-LIE")
    case_id = w.approved("Q-LIE")
    w.pair.mb.lying_reverse = 1
    with pytest.raises(ExecutionRefused) as refused:
        w.run(case_id)
    assert refused.value.key == "qr.void_did_nothing"
    assert w.pair.journal.find("Q-LIE").refunded_fen == 0  # type: ignore[union-attr]
    outcome = w.run(case_id)  # a retry, under a new intent, really cancels it
    assert outcome.note_key == "qr.void_done"


def test_offline_nothing_is_committed_and_it_says_waiting_for_the_network(w: World) -> None:
    seed(w, "Q-OFF")
    case_id = w.approved("Q-OFF")
    w.pair.server.close()
    with pytest.raises(DomainError) as offline:
        w.run(case_id)
    assert offline.value.key == "qr.offline"
    assert "等待联网" in offline.value.message()
    with w.store.transaction() as s:
        assert s.query(TerminalIntent).filter_by(case_id=case_id).count() == 0


def test_mismatched_amount_and_closed_trades_are_refused_before_any_intent(w: World) -> None:
    seed(w, "Q-AMT", amount=9_900)
    with pytest.raises(DomainError) as mismatch:
        w.run(w.approved("Q-AMT"))
    assert mismatch.value.key == "qr.amount_mismatch"
    seed(w, "Q-SHUT", state=SimState.CLOSED, paid_at=None)
    with pytest.raises(DomainError) as shut:
        w.run(w.approved("Q-SHUT"))
    assert shut.value.key == "qr.nothing_to_do.CLOSED"


def test_retry_flag_y_on_cancel_is_never_success(alipay: Pair, store: Any) -> None:
    w = world(store, alipay)
    seed(w, "Q-RF")
    case_id = w.approved("Q-RF")
    alipay.mb.retry_flag = 1
    with pytest.raises(ExecutionRefused) as refused:  # the query after it: still paid
        w.run(case_id)
    assert refused.value.key == "qr.void_did_nothing"
    assert w.run(case_id).note_key == "qr.void_done"
    assert alipay.journal.find("Q-RF").refunded_fen == 12_800  # type: ignore[union-attr]


def test_bad_signature_on_every_query_keeps_the_case_blocked(wechat: Pair, store: Any) -> None:
    w = world(store, wechat)
    seed(w, "Q-BLK")
    case_id = w.approved("Q-BLK", refund=True)
    wechat.mb.bad_signature, wechat.mb.only = ALWAYS, frozenset({"refund", "refund_query"})
    with pytest.raises(OutcomeUnknown):
        w.run(case_id)
    assert w.intent(case_id).state is IntentState.OPEN  # never taken for success


def test_a_cancellable_payment_stays_on_todays_beijing_date() -> None:
    just_after_midnight = dt.datetime(2026, 12, 3, 16, 1, tzinfo=dt.UTC)  # 00:01 in Beijing
    paid = cancellable_paid_at(just_after_midnight)
    assert paid.astimezone(BEIJING).date() == just_after_midnight.astimezone(BEIJING).date()
    assert just_after_midnight - paid >= dt.timedelta(seconds=15)  # 微信's earliest 撤销
    noon = dt.datetime(2026, 12, 3, 4, 0, tzinfo=dt.UTC)
    assert noon - cancellable_paid_at(noon) == dt.timedelta(minutes=2)


def test_the_fee_effect_is_the_providers_not_the_card_acquirers(w: World) -> None:
    """A 撤销 that closes an unpaid trade gives back no fee (none was charged); a paid one and a
    refund get the provider's fee back in proportion (0.38% of ¥128.00 = 49 fen), whatever the
    card acquirer's refund policy says."""
    seed(w, "F-UNPAID", state=SimState.NOT_PAID, paid_at=None)
    seed(w, "F-PAID")
    seed(w, "F-REF")
    cases = {
        "F-UNPAID": w.approved("F-UNPAID"),
        "F-PAID": w.approved("F-PAID"),
        "F-REF": w.approved("F-REF", refund=True),
    }
    for case_id in cases.values():
        w.run(case_id)
    with w.store.transaction() as s:
        effects = {no: workflow.get_case(s, c).fee_effect_fen for no, c in cases.items()}
    assert effects == {"F-UNPAID": 0, "F-PAID": 49, "F-REF": 49}
