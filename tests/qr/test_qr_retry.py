"""等待联网: a QR refund whose provider cannot be reached waits, visibly, and is asked again with
backoff; when the link returns the query settles it (the same key re-sent only where the query
proves the provider never had it). The simulator's offline switch refuses connections."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from app.models import AuditEvent, IntentState, OrderStatus
from app.payments.qr.retry import BACKOFF_S, IDLE_S, RetryPlan, RoundResult, retry_round
from app.queries import order_row
from app.workflow import OutcomeUnknown, get_case
from tests.qr.conftest import Pair
from tests.qr.test_qr_recovery import configure_alipay
from tests.qr.test_qr_step5 import COUNTER, seed, world


def waiting(w: Any, case_id: Any) -> bool:
    with w.store.transaction() as s:
        row = order_row(s, get_case(s, case_id).order_id)
        assert row is not None
        return row.waiting


@pytest.mark.parametrize("lost", [False, True], ids=["never-arrived", "answer-lost"])
def test_offline_then_online_settles_by_the_query_once(
    store: Any, alipay: Pair, sim_keys: Any, lost: bool
) -> None:
    w = world(store, alipay)
    seed(w, "N-1")
    case_id = w.approved("N-1", refund=True)
    configure_alipay(w, sim_keys)
    if lost:  # the refund is made, then the network drops before its answer and the query
        alipay.mb.lose_answer, alipay.mb.only = 2, frozenset({"refund", "refund_query"})
    else:  # the provider is busy: nothing done, and then the network drops
        alipay.mb.busy, alipay.mb.only = 1, frozenset({"refund"})
    with pytest.raises(OutcomeUnknown):
        w.run(case_id)
    assert waiting(w, case_id)  # the list says 等待联网
    alipay.server.go_offline()
    plan = RetryPlan()
    delays = []
    for _ in range(3):
        result = retry_round(store, COUNTER, w.staff.cashier.id)
        assert result == RoundResult(settled=0, waiting=1)
        delays.append(plan.next_delay(result))
    assert delays == list(BACKOFF_S[:3])  # less and less often
    assert waiting(w, case_id) and w.intent(case_id).outcome_key.startswith("qr.net.")
    assert alipay.journal.refund_count("N-1") == (1 if lost else 0)

    alipay.server.go_online()
    result = retry_round(store, COUNTER, w.staff.cashier.id)
    assert result == RoundResult(settled=1, waiting=0)
    assert plan.next_delay(result) == IDLE_S and plan.failures == 0
    assert alipay.journal.refund_count("N-1") == 1  # once, under the intent's key
    assert list(alipay.journal.find("N-1").refunds) == [w.intent(case_id).idempotency_key]  # type: ignore[union-attr]
    assert w.intent(case_id).state is IntentState.DONE and not waiting(w, case_id)
    with store.transaction() as s:
        assert get_case(s, case_id).order.status is OrderStatus.REFUNDED
        # The refund the background round recorded names the signed-in user, whether it sent
        # the request again or only asked (every event has an actor).
        actors = s.scalars(
            select(AuditEvent.actor_id).where(
                AuditEvent.case_id == case_id, AuditEvent.kind == "terminal.refund"
            )
        ).all()
        assert actors == [w.staff.cashier.id]


def test_without_a_signed_in_user_it_only_asks(store: Any, alipay: Pair, sim_keys: Any) -> None:
    w = world(store, alipay)
    seed(w, "N-2")
    case_id = w.approved("N-2", refund=True)
    configure_alipay(w, sim_keys)
    alipay.mb.busy, alipay.mb.only = 1, frozenset({"refund"})
    with pytest.raises(OutcomeUnknown):
        w.run(case_id)
    assert retry_round(store, COUNTER, None) == RoundResult(0, 1)
    assert alipay.journal.refund_count("N-2") == 0  # nobody to send it in the name of
    assert retry_round(store, COUNTER, w.staff.cashier.id) == RoundResult(1, 0)


def test_nothing_waiting_is_a_quiet_round() -> None:
    plan = RetryPlan(failures=4)
    assert plan.next_delay(RoundResult(0, 0)) == IDLE_S and plan.failures == 0
    assert plan.next_delay(RoundResult(1, 1)) == BACKOFF_S[0]  # some came back: keep pace
    assert plan.link_returned() == 0.0
