"""Step 5 against a driver double: answers, declines, link failures, lost answers, manual refunds."""

from __future__ import annotations

import dataclasses

import pytest

from app import workflow
from app.errors import DomainError, IllegalTransition, ValidationFailed
from app.models import IntentState, OrderStatus, Stage, TerminalIntent
from app.payments.card.base import Capability
from app.workflow import (
    ExecutionRefused,
    ManualSlip,
    OutcomeUnknown,
    execute,
    needs_manual_refund,
    reconcile_open_intents,
    record_manual_execution,
    resend_void,
    start_manual,
)
from tests.core.helpers import (
    PINS,
    FakeTerminal,
    drive_to_approved,
    make_order,
    photo,
    seed_staff,
)

PNG = photo(1)


@pytest.fixture
def approved(store):  # type: ignore[no-untyped-def]
    with store.transaction() as s:
        staff = seed_staff(s)
        order = make_order(s)
        case = drive_to_approved(s, staff, order)
    return store, staff, case.id, order.operation_no


def _intents(store, case_id):  # type: ignore[no-untyped-def]
    with store.transaction() as s:
        return [
            (i.state, i.outcome_key) for i in s.query(TerminalIntent).filter_by(case_id=case_id)
        ]


def test_decline_keeps_case_approved_and_retry_is_safe(approved) -> None:  # type: ignore[no-untyped-def]
    store, staff, case_id, op = approved
    terminal = FakeTerminal(sales={op: False}, fail_next="decline:02")
    with pytest.raises(ExecutionRefused) as err:
        execute(store, case_id, staff.cashier.id, terminal)
    assert err.value.key == "terminal.rc.02"
    assert _intents(store, case_id) == [(IntentState.FAILED, "terminal.rc.02")]
    execute(store, case_id, staff.cashier.id, terminal)
    assert terminal.voids_sent == 1
    with store.transaction() as s:
        assert workflow.get_case(s, case_id).order.status is OrderStatus.CANCELLED


def test_link_failure_before_ack_means_no_money_moved(approved) -> None:  # type: ignore[no-untyped-def]
    store, staff, case_id, op = approved
    terminal = FakeTerminal(sales={op: False}, fail_next="link")
    with pytest.raises(ExecutionRefused) as err:
        execute(store, case_id, staff.cashier.id, terminal)
    assert err.value.key == "terminal.link.no_ack"
    assert _intents(store, case_id) == [(IntentState.FAILED, "terminal.link.no_ack")]


def test_lost_answer_is_reconciled_from_the_journal_never_resent(approved) -> None:  # type: ignore[no-untyped-def]
    store, staff, case_id, op = approved
    terminal = FakeTerminal(sales={op: False}, fail_next="answer_lost")
    outcome = execute(store, case_id, staff.cashier.id, terminal)
    assert outcome.response_code == "00" and terminal.voids_sent == 1
    assert _intents(store, case_id) == [(IntentState.DONE, "execute.reconciled_journal")]


def test_lost_answer_when_nothing_moved_allows_retry(approved) -> None:  # type: ignore[no-untyped-def]
    store, staff, case_id, op = approved
    terminal = FakeTerminal(sales={op: False}, fail_next="answer_lost_not_moved")
    with pytest.raises(ExecutionRefused) as err:
        execute(store, case_id, staff.cashier.id, terminal)
    assert err.value.key == "execute.not_moved"
    execute(store, case_id, staff.cashier.id, terminal)
    assert terminal.voids_sent == 1


def test_unreachable_terminal_leaves_intent_open_and_blocks_the_case(approved) -> None:  # type: ignore[no-untyped-def]
    store, staff, case_id, op = approved
    terminal = FakeTerminal(sales={op: False}, fail_next="answer_lost")
    terminal.reachable = True

    def lose_and_vanish(operation_no: str, amount_fen: int | None = None):  # type: ignore[no-untyped-def]
        try:
            return FakeTerminal.void(terminal, operation_no, amount_fen)
        finally:
            terminal.reachable = False

    terminal.void = lose_and_vanish  # type: ignore[method-assign]
    with pytest.raises(OutcomeUnknown):
        execute(store, case_id, staff.cashier.id, terminal)
    # still open (unknown), and it names what went wrong on the link
    assert _intents(store, case_id) == [(IntentState.OPEN, "terminal.link.no_ack")]
    with pytest.raises(IllegalTransition) as err:
        execute(store, case_id, staff.cashier.id, terminal)
    assert err.value.key == "execute.open_intent"
    terminal.reachable = True
    reports = reconcile_open_intents(store, terminal)
    assert [r.moved for r in reports] == [True]
    with store.transaction() as s:
        assert workflow.get_case(s, case_id).stage is Stage.DONE
    assert terminal.voids_sent == 1


def test_already_voided_answer_means_the_money_is_back_and_says_so(approved) -> None:  # type: ignore[no-untyped-def]
    store, staff, case_id, op = approved
    terminal = FakeTerminal(sales={op: True})  # voided by an attempt the database never heard of
    outcome = execute(store, case_id, staff.cashier.id, terminal)
    assert outcome.response_code == "04" and terminal.voids_sent == 0
    assert outcome.note_key == "execute.voided_earlier_no_numbers"


def _approved_refund(store, staff):  # type: ignore[no-untyped-def]
    with store.transaction() as s:
        order = make_order(s, settled=True)
        return drive_to_approved(s, staff, order).id


def test_refund_goes_manual_on_a_terminal_without_refund(approved) -> None:  # type: ignore[no-untyped-def]
    store, staff, _, _ = approved
    case_id = _approved_refund(store, staff)
    terminal = FakeTerminal()
    with store.transaction() as s:
        assert needs_manual_refund(workflow.get_case(s, case_id), terminal)
    with pytest.raises(IllegalTransition) as err:
        execute(store, case_id, staff.cashier.id, terminal)
    assert err.value.key == "execute.manual_refund_required"
    slip = ManualSlip(
        reference="556677889900", auth_code="ab12cd", amount_fen=12_800, trace_no="000777"
    )
    with pytest.raises(IllegalTransition) as err:  # keying starts with an intent, not after
        record_manual_execution(
            store, case_id, staff.cashier.id, staff.lead.name, PINS["lead"], slip, "s.png", PNG
        )
    assert err.value.key == "manual.not_started"
    start_manual(store, case_id, staff.cashier.id, terminal)
    with pytest.raises(ValidationFailed) as not_lead:
        record_manual_execution(
            store,
            case_id,
            staff.cashier.id,
            staff.cashier2.name,
            PINS["cashier2"],
            slip,
            "slip.png",
            PNG,
        )
    assert [p.key for p in not_lead.value.problems] == ["approve.lead_only"]
    with pytest.raises(ValidationFailed) as bad:
        record_manual_execution(
            store,
            case_id,
            staff.cashier.id,
            staff.lead.name,
            PINS["lead"],
            ManualSlip(reference="123", auth_code="", amount_fen=1),
            "slip.png",
            PNG,
        )
    assert sorted(p.field or "" for p in bad.value.problems) == [
        "amount",
        "auth_code",
        "reference",
        "trace_no",
    ]
    outcome = record_manual_execution(
        store, case_id, staff.cashier.id, staff.lead.name, PINS["lead"], slip, "slip.png", PNG
    )
    assert outcome.manual and outcome.fee_effect_fen == 0  # refunds keep the fee by default
    with store.transaction() as s:
        case = workflow.get_case(s, case_id)
        assert case.order.status is OrderStatus.REFUNDED and case.order.refunded_fen == 12_800
        assert case.result_rrn == "556677889900" and case.result_auth_code == "AB12CD"
        assert case.result_manual and case.result_confirmed_by_id == staff.lead.id
        assert [a.purpose for a in case.attachments] == ["SLIP"]


def test_a_sale_not_on_this_terminal_or_of_another_amount_is_never_voided(store) -> None:  # type: ignore[no-untyped-def]
    with store.transaction() as s:
        staff = seed_staff(s)
        other = drive_to_approved(s, staff, make_order(s, operation_no="000777"))
        pricier = drive_to_approved(
            s, staff, make_order(s, operation_no="000778", amount_fen=99_900)
        )
        ids = (other.id, pricier.id)
    terminal = FakeTerminal(sales={"000778": False})  # its 000778 is a ¥128.00 sale
    for case_id, key in zip(
        ids, ("execute.sale_not_on_terminal", "execute.sale_mismatch"), strict=True
    ):
        with pytest.raises(DomainError) as err:
            execute(store, case_id, staff.cashier.id, terminal)
        assert err.value.key == key
        assert _intents(store, case_id) == []  # refused before any intent
    assert terminal.voids_sent == 0


def test_operation_numbers_match_with_or_without_leading_zeros(store) -> None:  # type: ignore[no-untyped-def]
    with store.transaction() as s:
        staff = seed_staff(s)
        case_id = drive_to_approved(s, staff, make_order(s, operation_no="42")).id
    terminal = FakeTerminal(sales={"000042": False}, fail_next="answer_lost")
    terminal_void = terminal.void
    terminal.void = lambda op, amount=None: terminal_void(op.zfill(6), amount)  # type: ignore[method-assign]
    assert execute(store, case_id, staff.cashier.id, terminal).response_code == "00"
    assert terminal.voids_sent == 1


class DocumentedTerminal(FakeTerminal):
    """A terminal that answers only the documented fields: its journal never says 'voided'."""

    def sales_journal(self):  # type: ignore[no-untyped-def]
        return [dataclasses.replace(t, voided=False) for t in super().sales_journal()]


def test_a_real_terminal_without_void_status_is_voided_again_only_when_asked(approved) -> None:  # type: ignore[no-untyped-def]
    store, staff, case_id, op = approved
    terminal = DocumentedTerminal(sales={op: False}, fail_next="answer_lost")
    terminal.capabilities = terminal.capabilities - {Capability.VOID_STATUS}
    with pytest.raises(OutcomeUnknown) as unknown:
        execute(store, case_id, staff.cashier.id, terminal)
    # The answer was lost and the journal cannot tell: nothing is sent again by itself.
    assert unknown.value.resend_safe and terminal.voids_sent == 1
    assert reconcile_open_intents(store, terminal)[0].moved is None
    assert terminal.voids_sent == 1
    # The explicit, audited re-send: the terminal refuses a second void with 04 (already
    # voided), which means the money moved: recorded once, never voided twice.
    outcome = resend_void(store, case_id, staff.cashier.id, terminal)
    assert outcome.response_code == "04" and terminal.voids_sent == 1
    with store.transaction() as s:
        assert workflow.get_case(s, case_id).stage is Stage.DONE


def test_two_counters_pressing_execute_at_once_send_one_void(approved) -> None:  # type: ignore[no-untyped-def]
    import threading

    from app.errors import StaleData

    store, staff, case_id, op = approved
    barrier = threading.Barrier(2, timeout=10)

    class Racing(FakeTerminal):
        def sales_journal(self):  # type: ignore[no-untyped-def]
            journal = super().sales_journal()
            barrier.wait()  # both counters have passed the first checks
            return journal

    terminal = Racing(sales={op: False})
    results: list[object] = []

    def counter() -> None:
        try:
            results.append(execute(store, case_id, staff.cashier.id, terminal))
        except DomainError as exc:
            results.append(exc)

    threads = [threading.Thread(target=counter) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=20)
    assert terminal.voids_sent == 1
    refused = [r for r in results if isinstance(r, DomainError)]
    assert len(refused) == 1 and isinstance(refused[0], StaleData | IllegalTransition)
    assert [state for state, _ in _intents(store, case_id)] == [IntentState.DONE]
