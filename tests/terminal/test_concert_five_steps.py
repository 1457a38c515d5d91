"""A whole case, all five steps, with the money moved back by a Concert terminal — the simulator
on a real pty through the wire driver: a void (cancellation, type 2) and a refund (credit,
type 1, the card present); then a lost answer, which Concert cannot be asked about: the case
blocks, nothing is re-sent, and a lead settles it from the terminal's own receipt."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from app import workflow
from app.audit import verify_chain
from app.counter import counter_id
from app.errors import IllegalTransition
from app.models import OrderStatus, Route, Stage
from app.payments.card.channel import CardTerminalChannel
from app.payments.card.concert import protocol as c
from app.payments.card.concert.driver import ConcertDriver
from app.payments.card.concert.simulator import ConcertTerminal, SimulatorServer, open_pty
from app.payments.channel import ChannelCapability
from app.workflow import execute
from app.workflow.manual import resolve_unknown
from app.workflow.outcome import OutcomeUnknown
from app.workflow.reconcile import reconcile_case, reconcile_open_intents, resend_void
from tests.core.helpers import PINS, TERMINAL_NO, drive_to_approved, make_order, photo, seed_staff

FAST = {"ack_timeout": 0.3, "answer_timeout": 1.0, "inter_byte_timeout": 0.05}
AMOUNT = 12_800


@pytest.fixture
def world(store: Any) -> Iterator[tuple[Any, Any, ConcertTerminal, CardTerminalChannel]]:
    with store.transaction() as s:
        staff = seed_staff(s)
    terminal = ConcertTerminal()
    terminal.seed_sales([AMOUNT])
    server: SimulatorServer = open_pty(terminal, ack_timeout=0.5, gap=0.1, eot_timeout=0.3)
    # 8N1 on a pty (it cannot do 7E1)
    driver = ConcertDriver(server.url, bytesize=8, parity="N", terminal_id=TERMINAL_NO, **FAST)  # type: ignore[arg-type]
    channel = CardTerminalChannel(driver, counter_id=counter_id(), terminal_no=TERMINAL_NO)
    yield store, staff, terminal, channel
    driver.close()
    server.close()


def approved_case(store: Any, staff: Any, **order: object) -> Any:
    with store.transaction() as s:
        return drive_to_approved(s, staff, make_order(s, amount_fen=AMOUNT, **order)).id


def test_the_capabilities_say_what_concert_can_and_cannot(world: Any) -> None:
    _store, _staff, _terminal, channel = world
    assert channel.capabilities == {ChannelCapability.VOID, ChannelCapability.REFUND}
    assert ChannelCapability.ASK not in channel.capabilities  # no journal, no last transaction
    assert ChannelCapability.SAFE_RESEND not in channel.capabilities


def test_a_void_through_all_five_steps(world: Any) -> None:
    store, staff, terminal, channel = world
    case_id = approved_case(store, staff)
    outcome = execute(store, case_id, staff.cashier.id, channel)
    assert outcome.route is Route.VOID and outcome.response_code == "0"
    with store.transaction() as s:
        case = workflow.get_case(s, case_id)
        assert case.stage is Stage.DONE and case.order.status is OrderStatus.CANCELLED
        assert case.evidence_locked and case.result_terminal_id == TERMINAL_NO
        assert verify_chain(s).ok
    assert [m.amount_fen for m in terminal.of_kind(c.Kind.CANCEL)] == [AMOUNT]


def test_a_refund_through_all_five_steps(world: Any) -> None:
    store, staff, terminal, channel = world
    case_id = approved_case(store, staff, settled=True)
    outcome = execute(store, case_id, staff.cashier.id, channel)
    assert outcome.route is Route.REFUND and outcome.amount_fen == AMOUNT
    with store.transaction() as s:
        case = workflow.get_case(s, case_id)
        assert case.stage is Stage.DONE and case.order.status is OrderStatus.REFUNDED
        assert case.order.refunded_fen == AMOUNT
    assert [m.amount_fen for m in terminal.of_kind(c.Kind.CREDIT)] == [AMOUNT]


@pytest.mark.parametrize(("route", "kind"), [("REFUND", c.Kind.CREDIT), ("VOID", c.Kind.CANCEL)])
def test_a_lost_answer_blocks_the_case_until_a_lead_reads_the_terminals_receipt(
    world: Any, route: str, kind: c.Kind
) -> None:
    store, staff, terminal, channel = world
    case_id = approved_case(store, staff, settled=route == "REFUND")
    terminal.misbehaviour.drop_answer = 1  # the money moves, the answer never comes
    with pytest.raises(OutcomeUnknown) as unknown:
        execute(store, case_id, staff.cashier.id, channel)
    assert not unknown.value.resend_safe
    # Nothing can be asked, nothing is sent again: not by 核对终端, not at start-up, and a
    # re-send is refused outright.
    with pytest.raises(OutcomeUnknown):
        reconcile_case(store, case_id, channel)
    (report,) = reconcile_open_intents(store, channel)
    assert report.moved is None
    with pytest.raises(IllegalTransition):
        resend_void(store, case_id, staff.cashier.id, channel)
    with pytest.raises(IllegalTransition):
        execute(store, case_id, staff.cashier.id, channel)
    assert len(terminal.of_kind(kind)) == 1
    # The lead prints the terminal's receipt: it shows the money moved.
    outcome = resolve_unknown(
        store,
        case_id,
        staff.cashier.id,
        staff.lead.name,
        PINS["lead"],
        moved=True,
        note="终端小票显示交易成功",
        evidence_name="receipt.png",
        evidence=photo(7),
    )
    assert outcome is not None and outcome.manual
    with store.transaction() as s:
        case = workflow.get_case(s, case_id)
        assert case.stage is Stage.DONE
        assert case.order.status is (
            OrderStatus.REFUNDED if route == "REFUND" else OrderStatus.CANCELLED
        )
    assert len(terminal.of_kind(kind)) == 1  # once, on the terminal's own count


def test_a_refusal_closes_the_intent_and_the_step_may_be_retried(world: Any) -> None:
    store, staff, terminal, channel = world
    case_id = approved_case(store, staff, settled=True)
    terminal.misbehaviour.decline = "7"
    with pytest.raises(workflow.ExecutionRefused) as refused:
        execute(store, case_id, staff.cashier.id, channel)
    assert refused.value.key == "terminal.concert.refused"
    terminal.misbehaviour.decline = ""
    assert execute(store, case_id, staff.cashier.id, channel).route is Route.REFUND
    assert len(terminal.of_kind(c.Kind.CREDIT)) == 1
