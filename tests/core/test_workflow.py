"""The five steps through the Python API, and every rule refusing the wrong thing with its key."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from app import workflow
from app.audit import verify_chain
from app.errors import (
    AuthFailure,
    DomainError,
    IllegalTransition,
    PermissionDenied,
    ValidationFailed,
)
from app.models import (
    ContactReason,
    DataCorrection,
    OrderStatus,
    Route,
    Stage,
)
from app.settings import load_settings, save_settings
from app.workflow import execute
from tests.core.helpers import (
    CONTACT,
    PINS,
    FakeTerminal,
    all_checked,
    drive_to_approved,
    make_order,
    photo,
    seed_staff,
)


@pytest.fixture
def world(store):  # type: ignore[no-untyped-def]
    with store.transaction() as s:
        staff = seed_staff(s)
    return store, staff


def keys(exc: DomainError) -> list[str]:
    if isinstance(exc, ValidationFailed):
        return [p.key for p in exc.problems]
    return [exc.key]


def test_whole_case_voided_through_all_five_steps(world) -> None:  # type: ignore[no-untyped-def]
    store, staff = world
    with store.transaction() as s:
        order = make_order(s)
        case = drive_to_approved(s, staff, order)
        case_id, op_no = case.id, order.operation_no
    terminal = FakeTerminal(sales={op_no: False})
    outcome = execute(store, case_id, staff.cashier.id, terminal)
    assert outcome.route is Route.VOID and outcome.response_code == "00"
    assert outcome.fee_effect_fen == 77  # 0.60% of ¥128.00 = 76.8 → 77 fen reversed
    with store.transaction() as s:
        case = workflow.get_case(s, case_id)
        assert case.stage is Stage.DONE
        assert case.order.status is OrderStatus.CANCELLED
        assert case.evidence_locked
        assert verify_chain(s).ok
    assert terminal.voids_sent == 1


def test_route_is_refund_when_settled_or_notified(world) -> None:  # type: ignore[no-untyped-def]
    store, staff = world
    with store.transaction() as s:
        for flags, why in (
            ({"settled": True}, "route.settled"),
            ({"success_notified": True}, "route.notified"),
            ({}, "route.unsettled"),
        ):
            order = make_order(s, **flags)
            case = workflow.open_case(s, order.id, staff.cashier)
            decision = workflow.verify(s, case, staff.cashier, all_checked())
            assert decision.reason_key == why
            assert decision.route is (Route.VOID if not flags else Route.REFUND)


def test_refund_window_refuses_old_sale(world) -> None:  # type: ignore[no-untyped-def]
    store, staff = world
    with store.transaction() as s:
        order = make_order(
            s, settled=True, occurred_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=31)
        )
        case = workflow.open_case(s, order.id, staff.cashier)
        with pytest.raises(DomainError) as err:
            workflow.verify(s, case, staff.cashier, all_checked())
        assert err.value.key == "verify.refund_window"
        assert case.stage is Stage.VERIFY
        settings = load_settings(s)
        settings.refund_window_days = 40
        save_settings(s, settings, staff.admin)
        assert workflow.verify(s, case, staff.cashier, all_checked()).route is Route.REFUND


def test_verify_needs_every_field_confirmed(world) -> None:  # type: ignore[no-untyped-def]
    store, staff = world
    with store.transaction() as s:
        case = workflow.open_case(s, make_order(s).id, staff.cashier)
        checks = all_checked() | {"amount": False}
        with pytest.raises(DomainError) as err:
            workflow.verify(s, case, staff.cashier, checks)
        assert err.value.key == "verify.unconfirmed" and err.value.field == "amount"


def test_escalation_blocks_until_a_lead_corrects_and_is_audited(world) -> None:  # type: ignore[no-untyped-def]
    store, staff = world
    with store.transaction() as s:
        order = make_order(s, rrn="", settled=True)
        case = workflow.open_case(s, order.id, staff.cashier)
        with pytest.raises(DomainError) as err:
            workflow.verify(s, case, staff.cashier, all_checked())
        assert err.value.key == "verify.refund_needs_rrn"
        workflow.escalate(s, case, staff.cashier, "参考号缺失")
        assert order.status is OrderStatus.ESCALATED
        for step in (
            lambda: workflow.verify(s, case, staff.cashier, all_checked()),
            lambda: workflow.record_contact(s, case, staff.cashier, CONTACT),
        ):
            with pytest.raises(IllegalTransition):
                step()
        with pytest.raises(PermissionDenied):
            workflow.correct_order(
                s, case, staff.cashier, {"rrn": "998877665544"}, "按签购单", pin=PINS["cashier"]
            )
        with pytest.raises(DomainError) as bad:
            workflow.correct_order(s, case, staff.lead, {"rrn": "12"}, "按签购单", pin=PINS["lead"])
        assert bad.value.key == "correct.bad_value"
        workflow.correct_order(
            s,
            case,
            staff.lead,
            {"rrn": "998877665544", "amount_fen": 13_000},
            "按签购单更正",
            pin=PINS["lead"],
        )
        assert case.stage is Stage.VERIFY and order.rrn == "998877665544"
        rows = {c.field: (c.old_value, c.new_value) for c in s.query(DataCorrection).all()}
        assert rows == {"rrn": ("", "998877665544"), "amount_fen": ("12800", "13000")}
        from app.models import AuditEvent

        event = s.query(AuditEvent).filter_by(kind="case.corrected").one()
        assert "998877665544" in event.payload and "12800" in event.payload
        assert workflow.verify(s, case, staff.cashier, all_checked()).route is Route.REFUND


def test_no_progress_without_customer_agreement(world) -> None:  # type: ignore[no-untyped-def]
    store, staff = world
    with store.transaction() as s:
        case = workflow.open_case(s, make_order(s).id, staff.cashier)
        workflow.verify(s, case, staff.cashier, all_checked())
        with pytest.raises(ValidationFailed) as err:
            workflow.record_contact(
                s, case, staff.cashier, dataclasses.replace(CONTACT, customer_agreed=False)
            )
        assert "contact.no_agreement" in keys(err.value)
        assert case.stage is Stage.CONTACT and case.contact_channel is None
        with pytest.raises(IllegalTransition):
            workflow.fill_form(
                s, case, staff.cashier, workflow.form_defaults(s, case, staff.cashier)
            )


def test_contact_stores_phone_encrypted_and_masked(world) -> None:  # type: ignore[no-untyped-def]
    from app.secrets import decrypt_phone

    store, staff = world
    with store.transaction() as s:
        case = workflow.open_case(s, make_order(s).id, staff.cashier)
        workflow.verify(s, case, staff.cashier, all_checked())
        workflow.record_contact(s, case, staff.cashier, CONTACT)
        assert case.customer_phone_masked == "139****5678"
        assert case.customer_phone_enc and b"13912345678" not in case.customer_phone_enc
        assert decrypt_phone(case.customer_phone_enc) == "13912345678"
        other = dataclasses.replace(CONTACT, reason=ContactReason.OTHER, reason_other="")
        with pytest.raises(ValidationFailed) as err:
            workflow.record_contact(s, case, staff.cashier, other)
        assert [p.field for p in err.value.problems] == ["reason_other"]


def _at_form(s, staff, **order):  # type: ignore[no-untyped-def]
    case = workflow.open_case(s, make_order(s, **order).id, staff.cashier)
    workflow.verify(s, case, staff.cashier, all_checked())
    workflow.record_contact(s, case, staff.cashier, CONTACT)
    return case


def test_form_validation_reports_every_bad_field_and_saves_nothing(world) -> None:  # type: ignore[no-untyped-def]
    store, staff = world
    with store.transaction() as s:
        case = _at_form(s, staff)
        good = workflow.form_defaults(s, case, staff.cashier)
        bad = dataclasses.replace(
            good,
            merchant_no="12345",
            terminal_no="1234",
            applicant_phone="12345",
            application_date=dt.date.today() + dt.timedelta(days=2),
            amount_fen=100,
        )
        with pytest.raises(ValidationFailed) as err:
            workflow.fill_form(s, case, staff.cashier, bad)
        assert sorted(keys(err.value)) == sorted(
            [
                "form.merchant_no_invalid",
                "form.terminal_no_invalid",
                "form.phone_invalid",
                "form.date_future",
                "form.void_full_amount",
            ]
        )
        assert case.form_filled_at is None and case.form_merchant_no == ""
        early = dataclasses.replace(good, application_date=dt.date.today() - dt.timedelta(days=30))
        with pytest.raises(ValidationFailed) as err2:
            workflow.fill_form(s, case, staff.cashier, early)
        assert keys(err2.value) == ["form.date_before_order"]
        workflow.fill_form(
            s, case, staff.cashier, dataclasses.replace(good, applicant_phone="010-62345678")
        )
        assert case.applicant_phone == "010-62345678"


def test_partial_refund_amount_rules(world) -> None:  # type: ignore[no-untyped-def]
    store, staff = world
    with store.transaction() as s:
        case = _at_form(s, staff, settled=True, refunded_fen=2_800)
        good = workflow.form_defaults(s, case, staff.cashier)
        assert good.amount_fen == 10_000  # what is left to refund
        for amount, key in ((0, "form.amount_positive"), (10_001, "form.amount_too_high")):
            with pytest.raises(ValidationFailed) as err:
                workflow.fill_form(
                    s, case, staff.cashier, dataclasses.replace(good, amount_fen=amount)
                )
            assert keys(err.value) == [key]
        workflow.fill_form(s, case, staff.cashier, dataclasses.replace(good, amount_fen=5_000))
        assert case.form_amount_fen == 5_000


def test_approval_rules(world) -> None:  # type: ignore[no-untyped-def]
    store, staff = world
    with store.transaction() as s:
        case = _at_form(s, staff)
        workflow.fill_form(s, case, staff.cashier, workflow.form_defaults(s, case, staff.cashier))
        with pytest.raises(IllegalTransition):
            workflow.approve(s, case, staff.lead.name, PINS["lead"])  # not yet submitted
        workflow.submit(s, case, staff.cashier)
        with pytest.raises(PermissionDenied) as err:
            workflow.approve(s, case, staff.cashier2.name, PINS["cashier2"])
        assert err.value.key == "approve.lead_only"
        with pytest.raises(AuthFailure):
            workflow.approve(s, case, staff.lead.name, "999999")
        with pytest.raises(DomainError) as no_comment:
            workflow.reject(s, case, staff.lead.name, PINS["lead"], "  ")
        assert no_comment.value.key == "reject.comment_required"
        workflow.reject(s, case, staff.lead.name, PINS["lead"], "请补充附件")
        assert case.stage is Stage.FORM and case.order.status is OrderStatus.REJECTED
        workflow.submit(s, case, staff.cashier)
        approver = workflow.approve(s, case, staff.lead.name, PINS["lead"])
        assert approver.name == staff.lead.name and case.stage is Stage.APPROVED


def test_lead_cannot_approve_own_application(world) -> None:  # type: ignore[no-untyped-def]
    store, staff = world
    with store.transaction() as s:
        case = workflow.open_case(s, make_order(s).id, staff.lead)
        workflow.verify(s, case, staff.lead, all_checked())
        workflow.record_contact(s, case, staff.lead, CONTACT)
        workflow.fill_form(
            s,
            case,
            staff.lead,
            dataclasses.replace(
                workflow.form_defaults(s, case, staff.lead), applicant_phone="13700001111"
            ),
        )
        workflow.submit(s, case, staff.lead)
        with pytest.raises(PermissionDenied) as err:
            workflow.approve(s, case, staff.lead.name, PINS["lead"])
        assert err.value.key == "approve.not_applicant"
        workflow.approve(s, case, staff.lead2.name, PINS["lead2"])


def test_amount_above_threshold_needs_an_admin(world) -> None:  # type: ignore[no-untyped-def]
    store, staff = world
    with store.transaction() as s:
        case = _at_form(s, staff, amount_fen=600_000)
        workflow.fill_form(s, case, staff.cashier, workflow.form_defaults(s, case, staff.cashier))
        workflow.submit(s, case, staff.cashier)
        with pytest.raises(PermissionDenied) as err:
            workflow.approve(s, case, staff.lead.name, PINS["lead"])
        assert err.value.key == "approve.admin_needed"
        workflow.approve(s, case, staff.admin.name, PINS["admin"])


def test_nothing_in_step_five_before_approval(world) -> None:  # type: ignore[no-untyped-def]
    store, staff = world
    with store.transaction() as s:
        order = make_order(s)
        case = _at_form(s, staff)
        case_id = case.id
    terminal = FakeTerminal(sales={order.operation_no: False})
    with pytest.raises(IllegalTransition) as err:
        execute(store, case_id, staff.cashier.id, terminal)
    assert err.value.key == "case.wrong_stage"
    assert terminal.voids_sent == 0


def test_wrong_lead_pin_counts_toward_lockout_even_though_the_step_fails(world) -> None:  # type: ignore[no-untyped-def]
    store, staff = world
    with store.transaction() as s:
        case = _at_form(s, staff)
        workflow.fill_form(s, case, staff.cashier, workflow.form_defaults(s, case, staff.cashier))
        workflow.submit(s, case, staff.cashier)
        case_id = case.id
    for _ in range(5):
        with pytest.raises(AuthFailure), store.transaction() as s:
            workflow.approve(s, workflow.get_case(s, case_id), staff.lead.name, "000000")
    with pytest.raises(AuthFailure) as err, store.transaction() as s:
        workflow.approve(s, workflow.get_case(s, case_id), staff.lead.name, PINS["lead"])
    assert err.value.key == "auth.locked"
    with store.transaction() as s:
        assert workflow.get_case(s, case_id).stage is Stage.PENDING_APPROVAL


def test_attachments_by_hash_and_read_only_after_submission(world, tmp_path) -> None:  # type: ignore[no-untyped-def]
    store, staff = world
    png = photo(100)  # a real image: evidence is decoded, not judged by its first bytes
    with store.transaction() as s:
        case = _at_form(s, staff)
        att = workflow.add_attachment(s, tmp_path, case, staff.cashier, "签购单.png", png)
        assert (
            len(att.sha256) == 64 and (tmp_path / att.sha256[:2] / att.sha256).read_bytes() == png
        )
        for data, key in (
            (b"hello", "attachment.bad_type"),
            (b"%PDF-" + b"0" * (10 * 1024 * 1024), "attachment.too_big"),
        ):
            with pytest.raises(DomainError) as err:
                workflow.add_attachment(s, tmp_path, case, staff.cashier, "x", data)
            assert err.value.key == key
        workflow.fill_form(s, case, staff.cashier, workflow.form_defaults(s, case, staff.cashier))
        workflow.submit(s, case, staff.cashier)
        with pytest.raises(IllegalTransition):
            workflow.add_attachment(s, tmp_path, case, staff.cashier, "late.pdf", b"%PDF-1.4 late")
        with pytest.raises(IllegalTransition):
            workflow.remove_attachment(s, case, staff.cashier, att.id)


def test_finished_order_cannot_be_opened_again(world) -> None:  # type: ignore[no-untyped-def]
    store, staff = world
    with store.transaction() as s:
        order = make_order(s, status=OrderStatus.CANCELLED)
        with pytest.raises(IllegalTransition) as err:
            workflow.open_case(s, order.id, staff.cashier)
        assert err.value.key == "case.order_finished"


def test_resume_returns_the_active_case(world) -> None:  # type: ignore[no-untyped-def]
    store, staff = world
    with store.transaction() as s:
        order = make_order(s)
        first = workflow.open_case(s, order.id, staff.cashier)
    with store.transaction() as s:
        again = workflow.open_case(s, order.id, staff.cashier2)
        assert again.id == first.id


def test_concurrent_edit_is_refused_by_the_version_check(world) -> None:  # type: ignore[no-untyped-def]
    from app.errors import StaleData

    store, staff = world
    with store.transaction() as s:
        case_id = workflow.open_case(s, make_order(s).id, staff.cashier).id
    with pytest.raises(StaleData), store.transaction() as b:
        case_b = workflow.get_case(b, case_id)  # the second counter reads the case …
        with store.transaction() as a:  # … the first counter escalates it meanwhile …
            workflow.escalate(a, workflow.get_case(a, case_id), staff.cashier, "first counter")
        workflow.escalate(
            b, case_b, staff.cashier2, "second counter"
        )  # … and the second is refused
    with store.transaction() as s:
        case = workflow.get_case(s, case_id)
        assert case.escalation_note == "first counter" and case.version == 2


def test_a_removed_attachment_keeps_its_row(world, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from app.models import Attachment

    store, staff = world
    png = photo(101)
    with store.transaction() as s:
        case = _at_form(s, staff)
        att = workflow.add_attachment(s, tmp_path, case, staff.cashier, "a.png", png)
        workflow.remove_attachment(s, case, staff.cashier, att.id)
        assert case.attachments == []
        row = s.get(Attachment, att.id)
        assert row is not None and row.removed_at is not None
        again = workflow.add_attachment(s, tmp_path, case, staff.cashier, "a.png", png)
        assert [a.id for a in case.attachments] == [again.id]


def test_a_form_filled_before_a_correction_must_be_filled_again(world) -> None:  # type: ignore[no-untyped-def]
    store, staff = world
    with store.transaction() as s:
        case = _at_form(s, staff)
        workflow.fill_form(s, case, staff.cashier, workflow.form_defaults(s, case, staff.cashier))
        workflow.escalate(s, case, staff.cashier, "金额不符")
        workflow.correct_order(
            s,
            case,
            staff.lead,
            {"amount_fen": 1_280, "settled": True},
            "按签购单",
            pin=PINS["lead"],
        )
        assert case.form_filled_at is None
        workflow.verify(s, case, staff.cashier, all_checked())
        workflow.record_contact(s, case, staff.cashier, CONTACT)
        with pytest.raises(IllegalTransition) as err:
            workflow.submit(s, case, staff.cashier)
        assert err.value.key == "submit.form_missing"


def test_submit_refuses_when_the_batch_was_settled_after_the_form(world) -> None:  # type: ignore[no-untyped-def]
    store, staff = world
    with store.transaction() as s:
        case = _at_form(s, staff)
        workflow.fill_form(s, case, staff.cashier, workflow.form_defaults(s, case, staff.cashier))
        case.order.settled = True  # the terminal's batch closed meanwhile
        with pytest.raises(IllegalTransition) as err:
            workflow.submit(s, case, staff.cashier)
        assert err.value.key == "submit.route_changed" and case.stage is Stage.FORM


def test_a_lead_withdraws_an_approval_the_terminal_cannot_carry_out(world) -> None:  # type: ignore[no-untyped-def]
    store, staff = world
    with store.transaction() as s:
        case = drive_to_approved(s, staff, make_order(s))
        with pytest.raises(DomainError) as err:
            workflow.withdraw_approval(s, case, staff.lead.name, PINS["lead"], " ")
        assert err.value.key == "reject.comment_required"
        workflow.withdraw_approval(s, case, staff.lead.name, PINS["lead"], "批次已结算，改走退货")
        assert (
            case.stage is Stage.VERIFY
            and case.route is None
            and case.order.status is OrderStatus.IN_PROGRESS
        )
        case.order.settled = True
        assert workflow.verify(s, case, staff.cashier, all_checked()).route is Route.REFUND


def test_an_earlier_partial_refund_keeps_the_order_refunded(world) -> None:  # type: ignore[no-untyped-def]
    store, staff = world
    with store.transaction() as s:
        order = make_order(s, settled=True, refunded_fen=5_000, status=OrderStatus.REFUNDED)
        case = workflow.open_case(s, order.id, staff.cashier)
        workflow.withdraw(s, case, staff.cashier, "客户改主意")
        assert order.status is OrderStatus.REFUNDED


def test_a_damaged_evidence_file_is_written_again(tmp_path) -> None:  # type: ignore[no-untyped-def]
    png = photo(102)
    digest = workflow.store_evidence(tmp_path, png)
    target = tmp_path / digest[:2] / digest
    target.chmod(0o644)
    target.write_bytes(b"")  # what a power cut can leave behind
    assert workflow.store_evidence(tmp_path, png) == digest
    assert target.read_bytes() == png


def _escalated(s, staff):  # type: ignore[no-untyped-def]
    order = make_order(s, rrn="", settled=True)
    case = workflow.open_case(s, order.id, staff.cashier)
    workflow.escalate(s, case, staff.cashier, "参考号缺失")
    return case


def test_a_correction_needs_a_note_and_the_leads_own_pin(world) -> None:  # type: ignore[no-untyped-def]
    """Like an approval (issue 14): for every caller, not only the dialog."""
    from app.models import AuditEvent

    store, staff = world
    with store.transaction() as s:
        case = _escalated(s, staff)
        change = {"rrn": "998877665544"}
        with pytest.raises(DomainError) as err:
            workflow.correct_order(s, case, staff.lead, change, "  ", pin=PINS["lead"])
        assert err.value.key == "correct.note_required" and err.value.field == "note"
        with pytest.raises(DomainError) as err:
            workflow.correct_order(s, case, staff.lead, change, "按签购单", pin="")
        assert err.value.key == "correct.pin_required" and err.value.field == "pin"
        with pytest.raises(DomainError) as err:
            workflow.correct_order(s, case, staff.lead, change, "按签购单", pin=PINS["lead2"])
        assert err.value.key == "auth.bad_pin"  # another lead's PIN is not this lead's
        assert case.order.rrn == "" and case.stage is Stage.ESCALATED
        failed = s.query(AuditEvent).filter_by(kind="auth.failed").one()
        assert failed.case_id == case.id and failed.order_id == case.order_id
        workflow.correct_order(s, case, staff.lead, change, "按签购单", pin=PINS["lead"])
        assert case.order.rrn == "998877665544"


def _submitted(s, staff, by=None):  # type: ignore[no-untyped-def]
    case = _at_form(s, staff)
    workflow.fill_form(s, case, staff.cashier, workflow.form_defaults(s, case, staff.cashier))
    workflow.submit(s, case, by or staff.cashier)
    return case


def test_a_self_approval_attempt_is_recorded_though_refused(world) -> None:  # type: ignore[no-untyped-def]
    """The refusal commits its audit event (on the case's timeline) and nothing else."""
    from app.models import AuditEvent
    from app.queries import timeline

    store, staff = world
    with store.transaction() as s:
        case = _submitted(s, staff, by=staff.lead)  # a lead submitted it, then tries to approve
        case_id, order_id = case.id, case.order_id
    with pytest.raises(PermissionDenied) as err, store.transaction() as s:
        workflow.approve(s, workflow.get_case(s, case_id), "李四", PINS["lead"], "")
    assert err.value.key == "approve.not_applicant"
    with store.transaction() as s:
        kinds = [e.kind for e in timeline(s, order_id)]
        assert kinds[-1] == "approval.self_attempt"
        event = s.query(AuditEvent).filter_by(kind="approval.self_attempt").one()
        assert event.actor_name == "李四" and event.case_id == case_id
        assert workflow.get_case(s, case_id).stage is Stage.PENDING_APPROVAL


def test_a_lockout_at_approval_lands_on_the_cases_timeline(world) -> None:  # type: ignore[no-untyped-def]
    from app.queries import timeline
    from app.settings import StoreSettings

    MAX_FAILURES = StoreSettings().pin_max_tries

    store, staff = world
    with store.transaction() as s:
        case = _submitted(s, staff)
        case_id, order_id = case.id, case.order_id
    for _ in range(MAX_FAILURES):
        with pytest.raises(DomainError), store.transaction() as s:
            workflow.approve(s, workflow.get_case(s, case_id), "李四", "999999", "")
    with store.transaction() as s:
        kinds = [e.kind for e in timeline(s, order_id)]
    assert kinds.count("auth.failed") == MAX_FAILURES - 1
    assert kinds[-1] == "auth.locked"
