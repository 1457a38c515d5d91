"""QR intents left open (a busy provider, a lost answer, a crash) are settled by asking the
provider under the intent's own key — at start-up, from the CLI, in the background — never by
the card terminal, never by a refund under a new key."""

from __future__ import annotations

from typing import Any

import pytest

from app.models import IntentState, OrderStatus, Role
from app.payments.qr.base import ProviderName
from app.payments.qr.config import ProviderConfig, save_config
from app.payments.qr.recovery import open_qr_intents, reconcile_provider_intents
from app.payments.qr.sim_server import private_pem, public_pem
from app.workflow import OutcomeUnknown, reconcile_open_intents
from tests.core.helpers import FakeTerminal
from tests.qr.conftest import APP_ID, Pair
from tests.qr.test_qr_step5 import COUNTER, World, seed, world


def configure_alipay(w: World, sim_keys: Any) -> None:
    """The store sets 支付宝 up (after its cases were approved: step 1 would ask it first)."""
    with w.store.transaction() as s:
        admin = s.merge(w.staff.admin)
        admin.role = Role.ADMIN
        config = ProviderConfig(
            ProviderName.ALIPAY,
            APP_ID,
            w.pair.client.gateway.url,
            public_pem(sim_keys.provider_key.public_key()).decode(),
        )
        save_config(s, config, admin, private_pem(sim_keys.merchant_key).decode())


def busy_refund(w: World, no: str) -> Any:
    seed(w, no)
    case_id = w.approved(no, refund=True)
    w.pair.mb.busy, w.pair.mb.only = 1, frozenset({"refund"})
    with pytest.raises(OutcomeUnknown):
        w.run(case_id)
    return case_id


def test_a_refund_the_provider_never_received_goes_again_under_its_own_key(
    store: Any, alipay: Pair, sim_keys: Any
) -> None:
    w = world(store, alipay)
    case_id = busy_refund(w, "R-BUSY")
    configure_alipay(w, sim_keys)
    assert [i.case_id for i in open_qr_intents(store, COUNTER)] == [case_id]
    # Start-up: asked, not re-sent: the provider has no refund under the key.
    (report,) = reconcile_provider_intents(store, COUNTER)
    assert report.moved is None and report.key == "qr.refund_not_received"
    assert alipay.journal.refund_count("R-BUSY") == 0
    # The follow-up sends the same request under the same key, once.
    (report,) = reconcile_provider_intents(
        store, COUNTER, follow_up=True, actor_id=w.staff.cashier.id
    )
    assert report.moved is True
    key = w.intent(case_id).idempotency_key
    assert list(alipay.journal.find("R-BUSY").refunds) == [key]  # type: ignore[union-attr]
    assert reconcile_provider_intents(store, COUNTER) == []
    with store.transaction() as s:
        from app.workflow import get_case

        assert get_case(s, case_id).order.status is OrderStatus.REFUNDED


def test_a_lost_answer_after_the_money_moved_is_recorded_from_the_query(
    store: Any, alipay: Pair, sim_keys: Any
) -> None:
    w = world(store, alipay)
    seed(w, "R-LOST")
    case_id = w.approved("R-LOST", refund=True)
    # The refund is made and its answer lost; the answer to the query after it too.
    alipay.mb.lose_answer = 2
    alipay.mb.only = frozenset({"refund", "refund_query"})
    with pytest.raises(OutcomeUnknown):
        w.run(case_id)
    assert alipay.journal.refund_count("R-LOST") == 1
    configure_alipay(w, sim_keys)
    (report,) = reconcile_provider_intents(
        store, COUNTER, follow_up=True, actor_id=w.staff.cashier.id
    )
    assert report.moved is True
    assert alipay.journal.refund_count("R-LOST") == 1  # recorded, never sent again
    assert w.intent(case_id).state is IntentState.DONE


def test_the_card_terminal_is_never_asked_about_a_qr_intent(
    store: Any, alipay: Pair, sim_keys: Any
) -> None:
    w = world(store, alipay)
    case_id = busy_refund(w, "R-CARD")
    terminal = FakeTerminal()
    from app.payments.card.channel import CardTerminalChannel

    card = CardTerminalChannel(terminal, counter_id=COUNTER)  # type: ignore[arg-type]
    assert reconcile_open_intents(store, card) == []
    assert w.intent(case_id).state is IntentState.OPEN


def test_without_the_providers_key_on_this_pc_the_intent_waits(store: Any, alipay: Pair) -> None:
    w = world(store, alipay)
    case_id = busy_refund(w, "R-NOKEY")
    (report,) = reconcile_provider_intents(store, COUNTER)  # 支付宝 not set up here
    assert report.moved is None and report.key == "qr.key.missing.alipay"
    assert w.intent(case_id).state is IntentState.OPEN
