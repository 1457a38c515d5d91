"""Issue 10: step 5 is safe against a terminal that speaks only the documented layout, and with
several counters on one database. Each test replays one of the audit's findings."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import func, select

from app import workflow
from app.errors import DomainError, IllegalTransition, ValidationFailed
from app.models import (
    AuditEvent,
    IntentState,
    OrderStatus,
    Stage,
    SuspendedOrder,
    Terminal,
    TerminalIntent,
)
from app.payments.card.base import Capability
from app.payments.card.channel import CardTerminalChannel
from app.payments.card.store_terminal import close_terminal_batch, reconcile_journal
from app.workflow import (
    ExecutionRefused,
    ManualSlip,
    OutcomeUnknown,
    execute,
    reconcile_case,
    reconcile_open_intents,
    record_manual_execution,
    resend_void,
    resolve_unknown,
    start_manual,
)
from tests.core.helpers import (
    MERCHANT_NO,
    PINS,
    TERMINAL_NO,
    FakeTerminal,
    drive_to_approved,
    make_order,
    photo,
    seed_staff,
)

OTHER_TERMINAL = "87654321"
COUNTER_A, COUNTER_B = "counter-a", "counter-b"


@dataclasses.dataclass
class DocumentedTerminal(FakeTerminal):
    """Answers only what the documented layout carries: its journal never says 'voided'."""

    capabilities: frozenset[Capability] = FakeTerminal.capabilities - {Capability.VOID_STATUS}

    def sales_journal(self):  # type: ignore[no-untyped-def]
        return [dataclasses.replace(t, voided=False) for t in super().sales_journal()]


def channel(terminal: FakeTerminal, counter: str, terminal_no: str) -> CardTerminalChannel:
    return CardTerminalChannel(terminal, counter_id=counter, terminal_no=terminal_no)


def _states(store, case_id):  # type: ignore[no-untyped-def]
    with store.transaction() as s:
        return [
            i.state
            for i in s.scalars(select(TerminalIntent).where(TerminalIntent.case_id == case_id))
        ]


@pytest.fixture
def two_counters(store):  # type: ignore[no-untyped-def]
    """Counter A drives terminal 12345678, counter B drives 87654321; both terminals hold a
    sale under operation number 000001 (numbers restart on every terminal)."""
    with store.transaction() as s:
        staff = seed_staff(s)
        merchant_id = s.scalars(select(Terminal.merchant_id)).first()
        s.add(Terminal(merchant_id=merchant_id, terminal_no=OTHER_TERMINAL, counter="2号收银台"))
        s.execute(
            Terminal.__table__.update()
            .where(Terminal.terminal_no == TERMINAL_NO)
            .values(counter="1号收银台")
        )
        case_a = drive_to_approved(s, staff, make_order(s, operation_no="000001", amount_fen=7_700))
        order_b = make_order(s, operation_no="000001", amount_fen=12_900)
        order_b.terminal_no = OTHER_TERMINAL
        s.flush()
        case_b = drive_to_approved(s, staff, order_b)
        ids = (case_a.id, case_b.id)
    term_a = DocumentedTerminal(sales={"000001": False}, amounts={"000001": 7_700})
    term_b = DocumentedTerminal(
        sales={"000001": False}, amounts={"000001": 12_900}, terminal_id=OTHER_TERMINAL
    )
    return store, staff, ids, term_a, term_b


def test_start_up_reconciliation_never_touches_another_counters_intent(two_counters) -> None:  # type: ignore[no-untyped-def]
    """Item 1: B's lost answer leaves an open intent; A starting up must not void A's own
    000001 for it, nor mark B's order cancelled with A's numbers."""
    store, staff, (_, case_b), term_a, term_b = two_counters
    term_b.fail_next = "answer_lost"
    with pytest.raises(OutcomeUnknown):
        execute(store, case_b, staff.cashier.id, channel(term_b, COUNTER_B, OTHER_TERMINAL))
    reports = reconcile_open_intents(store, channel(term_a, COUNTER_A, TERMINAL_NO))
    assert reports == []  # not A's to settle
    assert term_a.voids_sent == 0 and term_a.sales == {"000001": False}
    with store.transaction() as s:
        assert workflow.get_case(s, case_b).order.status is OrderStatus.APPROVED
    # Even asked directly, A refuses B's intent, naming the counter that holds it.
    with pytest.raises(DomainError) as err:
        reconcile_case(store, case_b, channel(term_a, COUNTER_A, TERMINAL_NO))
    assert err.value.key == "execute.intent_other_counter" and "2号收银台" in err.value.message()
    # B settles it, with B's terminal: an explicit re-send is answered 04 (it had voided).
    out = resend_void(store, case_b, staff.cashier.id, channel(term_b, COUNTER_B, OTHER_TERMINAL))
    assert out.response_code == "04" and term_b.voids_sent == 1 and term_a.voids_sent == 0


def test_an_order_of_another_terminal_is_refused_at_this_counter(two_counters) -> None:  # type: ignore[no-untyped-def]
    """Item 2: with equal operation numbers (and even equal amounts) counter A would void its
    own customer's sale; refuse in plain words, saying which counter holds the order."""
    store, staff, (_, case_b), term_a, _ = two_counters
    term_a.sales = {"000001": False}
    with pytest.raises(DomainError) as err:
        execute(store, case_b, staff.cashier.id, channel(term_a, COUNTER_A, TERMINAL_NO))
    assert err.value.key == "execute.other_counter"
    assert "2号收银台" in err.value.message() and OTHER_TERMINAL in err.value.message()
    assert term_a.voids_sent == 0 and _states(store, case_b) == []


def test_a_terminal_reporting_another_id_is_refused(two_counters) -> None:  # type: ignore[no-untyped-def]
    """Item 1: a counter with no binding (the store's first terminal) but the other counter's
    terminal plugged in: the terminal's own id gives it away before anything is sent."""
    store, staff, (case_a, _), _, term_b = two_counters
    with pytest.raises(DomainError) as err:
        execute(store, case_a, staff.cashier.id, channel(term_b, COUNTER_A, ""))
    assert err.value.key == "execute.wrong_terminal"
    assert term_b.voids_sent == 0 and _states(store, case_a) == []


def test_an_answer_from_another_terminal_or_with_another_cases_numbers_is_not_believed(
    store,
) -> None:  # type: ignore[no-untyped-def]
    """Item 4: a stale 1210 answer (case 1's numbers) must not archive case 2."""
    with store.transaction() as s:
        staff = seed_staff(s)
        first = drive_to_approved(s, staff, make_order(s, operation_no="000001"))
        second = drive_to_approved(s, staff, make_order(s, operation_no="000002"))
        ids = (first.id, second.id)
    terminal = FakeTerminal(sales={"000001": False, "000002": False})
    execute(store, ids[0], staff.cashier.id, terminal)
    with store.transaction() as s:
        recorded = workflow.get_case(s, ids[0]).result_operation_no

    class Stale(FakeTerminal):
        def void(self, operation_no, amount_fen=None):  # type: ignore[no-untyped-def]
            self.voids_sent += 1  # the terminal declined; the line still held case 1's answer
            from app.payments.card.base import VoidResult

            return VoidResult("00", True, MERCHANT_NO, TERMINAL_NO, "V12345", recorded)

    stale = Stale(sales={"000002": False})
    with pytest.raises(OutcomeUnknown) as err:
        execute(store, ids[1], staff.cashier.id, stale)
    assert err.value.key == "execute.answer_not_ours"
    with store.transaction() as s:
        case = workflow.get_case(s, ids[1])
        assert case.stage is Stage.APPROVED and case.result_operation_no == ""
    assert _states(store, ids[1]) == [IntentState.OPEN]  # unknown: asked again, never guessed


def test_every_lost_answer_waits_for_an_explicit_resend_on_a_documented_terminal(store) -> None:  # type: ignore[no-untyped-def]
    """Item 5: no automatic re-send; 核对终端 only reads; the re-send is one audited step
    that records what the terminal said."""
    with store.transaction() as s:
        staff = seed_staff(s)
        case_id = drive_to_approved(s, staff, make_order(s, operation_no="000009")).id
    terminal = DocumentedTerminal(sales={"000009": False}, fail_next="answer_lost")
    with pytest.raises(OutcomeUnknown) as err:
        execute(store, case_id, staff.cashier.id, terminal)
    assert err.value.resend_safe and terminal.voids_sent == 1
    for _ in range(3):  # each press of 核对终端 asks; none sends a void
        with pytest.raises(OutcomeUnknown):
            reconcile_case(store, case_id, terminal)
    assert terminal.voids_sent == 1
    out = resend_void(store, case_id, staff.cashier.id, terminal)
    assert out.response_code == "04" and out.note_key == "execute.voided_earlier_no_numbers"
    with store.transaction() as s:
        kinds = list(s.scalars(select(AuditEvent.kind).where(AuditEvent.case_id == case_id)))
    assert kinds.count("terminal.void_resent") == 1 and "terminal.void" in kinds


def test_the_manual_path_commits_an_intent_and_claims_the_case_for_one_counter(store) -> None:  # type: ignore[no-untyped-def]
    """Item 6: an intent before anything is keyed; a second counter cannot start; a slip
    closes one case only; the photo must be a real image; a void goes by hand only while the
    terminal cannot be reached."""
    with store.transaction() as s:
        staff = seed_staff(s)
        one = drive_to_approved(s, staff, make_order(s, settled=True)).id
        two = drive_to_approved(s, staff, make_order(s, settled=True)).id
        void = drive_to_approved(s, staff, make_order(s, operation_no="000003")).id
    terminal = FakeTerminal(sales={"000003": False})
    a, b = channel(terminal, COUNTER_A, TERMINAL_NO), channel(terminal, COUNTER_B, TERMINAL_NO)
    intent = start_manual(store, one, staff.cashier.id, a)
    assert start_manual(store, one, staff.cashier.id, a) == intent  # the same, not a second
    assert _states(store, one) == [IntentState.OPEN]
    with pytest.raises(DomainError) as err:
        start_manual(store, one, staff.cashier.id, b)
    assert err.value.key == "manual.other_counter"
    slip = ManualSlip("556677889900", "AB12CD", 12_800, "000321")
    with pytest.raises(DomainError) as other:
        record_manual_execution(
            store, one, staff.cashier.id, staff.lead.name, PINS["lead"], slip, "s.png",
            photo(1), counter_id=COUNTER_B,
        )  # fmt: skip
    assert other.value.key == "manual.other_counter"
    fake = b"\x89PNG\r\n\x1a\nnot a photo at all"
    with pytest.raises(ValidationFailed) as bad:
        record_manual_execution(
            store, one, staff.cashier.id, staff.lead.name, "000000",
            ManualSlip("12", "AB12", 1, "12"), "s.png", fake, counter_id=COUNTER_A,
        )  # fmt: skip
    keys = sorted(p.key for p in bad.value.problems)  # every problem at once, PIN included
    assert keys == sorted(
        [
            "manual.reference_invalid",
            "manual.auth_invalid",
            "manual.trace_invalid",
            "manual.amount_mismatch",
            "manual.photo_not_image",
            "auth.bad_pin",
        ]
    )
    record_manual_execution(
        store, one, staff.cashier.id, staff.lead.name, PINS["lead"], slip, "s.png", photo(1),
        counter_id=COUNTER_A,
    )  # fmt: skip
    start_manual(store, two, staff.cashier.id, a)
    for reused in (slip, dataclasses.replace(slip, reference="556677889901")):
        with pytest.raises(DomainError) as used:
            record_manual_execution(
                store,
                two,
                staff.cashier.id,
                staff.lead.name,
                PINS["lead"],
                reused,
                "s.png",
                photo(1),
                counter_id=COUNTER_A,
            )  # fmt: skip  (the same slip, or the same photo under another number)
        assert used.value.key == "manual.slip_used"
    with pytest.raises(DomainError) as busy:  # one movement per terminal at a time
        start_manual(store, void, staff.cashier.id, a)
    assert busy.value.key == "execute.terminal_busy"
    record_manual_execution(
        store, two, staff.cashier.id, staff.lead.name, PINS["lead"],
        ManualSlip("556677889902", "AB12CE", 12_800, "000322"), "t.png", photo(2),
        counter_id=COUNTER_A,
    )  # fmt: skip
    with pytest.raises(DomainError) as reachable:
        start_manual(store, void, staff.cashier.id, a)
    assert reachable.value.key == "manual.void_terminal_reachable"
    terminal.reachable = False
    start_manual(store, void, staff.cashier.id, a)
    record_manual_execution(
        store, void, staff.cashier.id, staff.lead.name, PINS["lead"],
        ManualSlip("556677889911", "ZX98CV", 12_800, "000654"), "v.png", photo(3),
        counter_id=COUNTER_A,
    )  # fmt: skip
    with store.transaction() as s:
        assert workflow.get_case(s, void).journal_check == "PENDING"
    terminal.reachable = True
    terminal.sales["000003"] = True  # the cashier did void it on the terminal
    reconcile_open_intents(store, a)  # start-up: the hand-recorded void is checked
    with store.transaction() as s:
        assert workflow.get_case(s, void).journal_check == "OK"


def test_a_batch_close_waits_for_open_intents_and_a_lead_can_resolve_with_evidence(store) -> None:  # type: ignore[no-untyped-def]
    """Item 7: closing the batch with an intent open would strand the case for good."""
    with store.transaction() as s:
        staff = seed_staff(s)
        case_id = drive_to_approved(s, staff, make_order(s, operation_no="000004")).id
    terminal = DocumentedTerminal(sales={"000004": False}, fail_next="answer_lost")
    with pytest.raises(OutcomeUnknown):
        execute(store, case_id, staff.cashier.id, terminal)
    with pytest.raises(DomainError) as err:
        close_terminal_batch(store, terminal)
    assert err.value.key == "terminal.close_batch_open_intent"
    with pytest.raises(ValidationFailed) as bad:  # a note and a real photo are required
        resolve_unknown(
            store, case_id, staff.cashier.id, staff.lead.name, PINS["lead"],
            moved=True, note="", evidence_name="j.png", evidence=b"nope",
        )  # fmt: skip
    assert {p.key for p in bad.value.problems} == {
        "resolve.note_required",
        "manual.photo_not_image",
    }
    out = resolve_unknown(
        store, case_id, staff.cashier.id, staff.lead.name, PINS["lead"],
        moved=True, note="终端流水打印显示 000004 已撤销", evidence_name="j.png",
        evidence=photo(5),
    )  # fmt: skip
    assert out is not None and out.manual and out.confirmed_by == staff.lead.name
    assert close_terminal_batch(store, terminal) >= 0  # nothing open now


def test_operation_numbers_have_one_spelling_everywhere(store) -> None:  # type: ignore[no-untyped-def]
    """Item 8: "1" and "000001" are one sale: the journal reconciliation finds it, the order
    stores it canonically, and the migration normalised old rows."""
    from app.payments.card.base import Transaction

    with store.transaction() as s:
        staff = seed_staff(s)
        order = make_order(s, operation_no="1", trace_no="42", batch_no="7")
        assert (order.operation_no, order.trace_no, order.batch_no) == (
            "000001",
            "000042",
            "000007",
        )
        sale = Transaction(
            "00", MERCHANT_NO, TERMINAL_NO, "1", "AUTH01", order.amount_fen, "1234", "000001",
            "CR", "", "", "VI", "", "", "", 0,
        )  # fmt: skip
        again = dataclasses.replace(sale, operation_no="1")
        created = reconcile_journal(s, [sale, again], MERCHANT_NO, TERMINAL_NO, staff.cashier)
        assert created == []  # both spellings are the order the store already has
        assert s.scalar(select(func.count()).select_from(SuspendedOrder)) == 1


def test_two_counters_reconciling_at_once_skip_what_the_other_settled(store) -> None:  # type: ignore[no-untyped-def]
    """Item 10: the second reconciliation must not die on IllegalTransition and skip the rest."""
    with store.transaction() as s:
        staff = seed_staff(s)
        first = drive_to_approved(s, staff, make_order(s, operation_no="000005")).id
        second = drive_to_approved(s, staff, make_order(s, operation_no="000006")).id
    terminal = FakeTerminal(sales={"000005": False, "000006": False})
    for case_id in (first, second):
        with store.transaction() as s:
            case = workflow.get_case(s, case_id)
            s.add(
                TerminalIntent(
                    case_id=case.id, command=case.route, amount_fen=12_800, ticket="X",
                    original_operation_no=case.order.operation_no, counter_id=COUNTER_A,
                    terminal_id=TERMINAL_NO,
                )
            )  # fmt: skip
    terminal.sales["000005"] = terminal.sales["000006"] = True  # both voids went through

    class SettledMeanwhile(FakeTerminal):
        """Another start-up settles the first intent while this one reads the terminal."""

        done = False

        def sales_journal(self):  # type: ignore[no-untyped-def]
            if not self.done:
                self.done = True
                reconcile_case(store, first, channel(terminal, COUNTER_A, TERMINAL_NO))
            return super().sales_journal()

    racing = SettledMeanwhile(sales=dict(terminal.sales))
    reports = reconcile_open_intents(store, channel(racing, COUNTER_A, TERMINAL_NO))
    assert [r.moved for r in reports] == [None, True]  # the first skipped, the second settled
    assert reports[0].key == "execute.already_closed"
    with store.transaction() as s:
        assert workflow.get_case(s, second).stage is Stage.DONE
        assert workflow.get_case(s, first).stage is Stage.DONE


def test_a_refused_precondition_sends_nothing_and_opens_no_intent(store) -> None:  # type: ignore[no-untyped-def]
    with store.transaction() as s:
        staff = seed_staff(s)
        case_id = drive_to_approved(s, staff, make_order(s, operation_no="000007")).id
    terminal = FakeTerminal(sales={"000007": False}, fail_next="decline:05")
    with pytest.raises(ExecutionRefused):
        execute(store, case_id, staff.cashier.id, terminal)
    assert _states(store, case_id) == [IntentState.FAILED]
    with pytest.raises(IllegalTransition):
        resend_void(store, case_id, staff.cashier.id, terminal)  # nothing open: nothing to re-send


def test_one_money_movement_per_terminal_until_the_unknown_one_is_settled(store) -> None:  # type: ignore[no-untyped-def]
    """Item 4: a second void while the first one's answer is lost could be answered with the
    first one's late answer; it waits until the first is settled."""
    with store.transaction() as s:
        staff = seed_staff(s)
        first = drive_to_approved(s, staff, make_order(s, operation_no="000011")).id
        second = drive_to_approved(s, staff, make_order(s, operation_no="000012")).id
    terminal = DocumentedTerminal(sales={"000011": False, "000012": False}, fail_next="answer_lost")
    with pytest.raises(OutcomeUnknown):
        execute(store, first, staff.cashier.id, terminal)
    with pytest.raises(DomainError) as busy:
        execute(store, second, staff.cashier.id, terminal)
    assert busy.value.key == "execute.terminal_busy" and terminal.voids_sent == 1
    resend_void(store, first, staff.cashier.id, terminal)
    assert execute(store, second, staff.cashier.id, terminal).response_code == "00"
