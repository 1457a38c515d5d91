"""Approval and execution rules for every caller (issue 11): no money moves without an eligible
approval the chain knows, nobody approves a case they worked on, the ADMIN threshold counts the
order's earlier refunds, a refund never exceeds what is left, settings are an admin's, a store
set up takes no user from nobody, an attachment's purpose is one of the known ones."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import text

from app import workflow
from app.errors import DomainError, IllegalTransition, PermissionDenied
from app.models import OrderStatus, Role
from app.settings import load_settings, save_settings
from app.users import create_user
from app.workflow import execute
from app.workflow.rules import require_amount_within_paid
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


def _submitted(s, staff, order, worker=None):  # type: ignore[no-untyped-def]
    worker = worker or staff.cashier
    case = workflow.open_case(s, order.id, worker)
    workflow.verify(s, case, worker, all_checked())
    workflow.record_contact(s, case, worker, CONTACT)
    workflow.fill_form(
        s, case, worker,
        dataclasses.replace(workflow.form_defaults(s, case, worker), applicant_phone="13700001111"),
    )  # fmt: skip
    return case


def test_execute_refuses_a_case_set_approved_by_hand_with_no_decision(world) -> None:  # type: ignore[no-untyped-def]
    store, staff = world
    with store.transaction() as s:
        order = make_order(s)
        case = _submitted(s, staff, order)
        workflow.submit(s, case, staff.cashier)
        case_id, op = case.id, order.operation_no
    with store.transaction() as s:  # what sqlite3 did in the audit: no approval decision at all
        s.execute(text("UPDATE cancellation_cases SET stage='APPROVED'"))
        s.execute(text("UPDATE suspended_orders SET status='APPROVED'"))
    terminal = FakeTerminal(sales={op: False})
    with pytest.raises(IllegalTransition) as err:
        execute(store, case_id, staff.cashier.id, terminal)
    assert err.value.key == "execute.no_approval"
    assert terminal.voids_sent == 0
    assert "PIN" in err.value.message("zh_CN") and "approve" in err.value.message("en")


def test_a_lead_who_worked_on_the_case_may_not_approve_it(world) -> None:  # type: ignore[no-untyped-def]
    store, staff = world
    with store.transaction() as s:
        case = _submitted(s, staff, make_order(s), worker=staff.lead)  # opened, verified, filled
        workflow.submit(s, case, staff.cashier)  # a cashier only clicked submit
        with pytest.raises(PermissionDenied) as err:
            workflow.approve(s, case, staff.lead.name, PINS["lead"])
        assert err.value.key == "approve.worked_on_case"
        workflow.approve(s, case, staff.lead2.name, PINS["lead2"])
        assert case.stage.value == "APPROVED"


def test_a_lead_who_corrected_the_orders_data_may_not_approve_it(world) -> None:  # type: ignore[no-untyped-def]
    store, staff = world
    with store.transaction() as s:
        order = make_order(s)
        case = workflow.open_case(s, order.id, staff.cashier)
        workflow.escalate(s, case, staff.cashier, "地点不对")
        workflow.correct_order(
            s, case, staff.lead, {"location": "人民路店 2号收银台"}, "按小票更正", pin=PINS["lead"]
        )
        workflow.verify(s, case, staff.cashier, all_checked())
        workflow.record_contact(s, case, staff.cashier, CONTACT)
        workflow.fill_form(
            s, case, staff.cashier,
            dataclasses.replace(
                workflow.form_defaults(s, case, staff.cashier), applicant_phone="13700001111"
            ),
        )  # fmt: skip
        workflow.submit(s, case, staff.cashier)
        with pytest.raises(PermissionDenied) as err:
            workflow.approve(s, case, staff.lead.name, PINS["lead"])
        assert err.value.key == "approve.worked_on_case"
        workflow.approve(s, case, staff.lead2.name, PINS["lead2"])  # another lead may


def test_the_admin_threshold_counts_the_orders_earlier_refunds(world) -> None:  # type: ignore[no-untyped-def]
    """¥8,000 refunded as two ¥4,000 refunds: the second one passes the ¥5,000 threshold."""
    store, staff = world
    with store.transaction() as s:
        assert load_settings(s).approval_threshold_fen == 500_000
        order = make_order(
            s, amount_fen=800_000, refunded_fen=400_000, settled=True, status=OrderStatus.REFUNDED
        )
        case = _submitted(s, staff, order)
        form = dataclasses.replace(
            workflow.form_defaults(s, case, staff.cashier), amount_fen=400_000
        )
        workflow.fill_form(s, case, staff.cashier, form)
        workflow.submit(s, case, staff.cashier)
        with pytest.raises(PermissionDenied) as err:
            workflow.approve(s, case, staff.lead.name, PINS["lead"])
        assert err.value.key == "approve.admin_needed"
        assert "¥8,000.00" in err.value.message("zh_CN")
        workflow.approve(s, case, staff.admin.name, PINS["admin"])


def test_a_refund_never_exceeds_what_is_left_at_execution(world) -> None:  # type: ignore[no-untyped-def]
    store, staff = world
    with store.transaction() as s:
        order = make_order(s, amount_fen=10_000, settled=True)
        case = drive_to_approved(s, staff, order)
        order.refunded_fen = 9_000  # say another refund of this sale went through meanwhile
        with pytest.raises(IllegalTransition) as err:
            require_amount_within_paid(case, case.form_amount_fen or 0)
        assert err.value.key == "execute.amount_exceeds_paid"
        assert err.value.params["remaining"] == 1_000
        require_amount_within_paid(case, 1_000)


def test_an_amount_raised_in_the_database_after_approval_moves_no_money(world) -> None:  # type: ignore[no-untyped-def]
    store, staff = world
    with store.transaction() as s:
        order = make_order(s)
        case = drive_to_approved(s, staff, order)
        case_id, op = case.id, order.operation_no
    with store.transaction() as s:
        s.execute(text("UPDATE cancellation_cases SET form_amount_fen = form_amount_fen + 100000"))
        s.execute(text("UPDATE suspended_orders SET amount_fen = amount_fen + 100000"))
    terminal = FakeTerminal(sales={op: False}, amounts={op: 112_800})
    with pytest.raises(DomainError) as err:
        execute(store, case_id, staff.cashier.id, terminal)
    assert err.value.key == "audit.state_mismatch"
    assert terminal.voids_sent == 0


def test_a_role_raised_with_sqlite_cannot_approve(world) -> None:  # type: ignore[no-untyped-def]
    store, staff = world
    with store.transaction() as s:
        case = _submitted(s, staff, make_order(s))
        workflow.submit(s, case, staff.cashier)
        case_id = case.id
    with store.transaction() as s:
        s.execute(text("UPDATE users SET role='LEAD' WHERE name='赵敏'"))
    with pytest.raises(DomainError) as err, store.transaction() as s:
        workflow.approve(s, workflow.get_case(s, case_id), "赵敏", PINS["cashier2"])
    assert err.value.key == "audit.state_mismatch"


def test_a_pin_hash_copied_onto_the_lead_cannot_approve(world) -> None:  # type: ignore[no-untyped-def]
    store, staff = world
    with store.transaction() as s:
        case = _submitted(s, staff, make_order(s))
        workflow.submit(s, case, staff.cashier)
        case_id = case.id
    with store.transaction() as s:
        s.execute(
            text(
                "UPDATE users SET pin_hash=(SELECT pin_hash FROM users WHERE name='赵敏') "
                "WHERE name='李四'"
            )
        )
    with pytest.raises(DomainError) as err, store.transaction() as s:
        workflow.approve(s, workflow.get_case(s, case_id), "李四", PINS["cashier2"])
    assert err.value.key == "audit.state_mismatch"


def test_a_threshold_raised_with_sqlite_is_refused_at_approval(world) -> None:  # type: ignore[no-untyped-def]
    store, staff = world
    with store.transaction() as s:
        settings = load_settings(s)
        save_settings(s, settings, staff.admin)
        case = _submitted(s, staff, make_order(s, amount_fen=600_000))
        workflow.submit(s, case, staff.cashier)
        case_id = case.id
    with store.transaction() as s:
        s.execute(
            text(
                "UPDATE settings SET value=json_set(value, '$.approval_threshold_fen', 100000000) "
                "WHERE key='store'"
            )
        )
    with pytest.raises(DomainError) as err, store.transaction() as s:
        workflow.approve(s, workflow.get_case(s, case_id), "李四", PINS["lead"])
    assert err.value.key == "audit.state_mismatch"


def test_only_an_admin_saves_the_settings(world) -> None:  # type: ignore[no-untyped-def]
    store, staff = world
    with store.transaction() as s:
        settings = load_settings(s)
        settings.approval_threshold_fen = 100_000_000
        for who in (staff.cashier, staff.lead, None):
            with pytest.raises(PermissionDenied) as err:
                save_settings(s, settings, who)
            assert err.value.key == "perm.admin_only"
        assert load_settings(s).approval_threshold_fen == 500_000
        save_settings(s, settings, staff.admin)
        assert load_settings(s).approval_threshold_fen == 100_000_000


def test_no_user_from_nobody_on_a_store_already_set_up(world) -> None:  # type: ignore[no-untyped-def]
    store, staff = world
    with store.transaction() as s:
        with pytest.raises(PermissionDenied) as err:
            create_user(s, "黑客", Role.ADMIN, "582047", None)
        assert err.value.key == "user.admin_required"
        with pytest.raises(PermissionDenied):
            create_user(s, "黑客", Role.ADMIN, "582047", staff.lead)
        assert create_user(s, "新同事", Role.CASHIER, "582047", staff.admin).name == "新同事"


@pytest.mark.parametrize("purpose", ["evidence", "EVIDENCE ", "SLIP2", "", "PROVIDER_ANSWER"])
def test_an_unknown_attachment_purpose_cannot_pass_the_lock(world, tmp_path, purpose: str) -> None:  # type: ignore[no-untyped-def]
    store, staff = world
    with store.transaction() as s:
        case = drive_to_approved(s, staff, make_order(s))
        with pytest.raises(DomainError) as err:
            workflow.add_attachment(
                s, tmp_path, case, staff.cashier, "late.png", photo(3), purpose=purpose
            )
        assert err.value.key in ("attachment.bad_purpose", "attachment.locked")
        with pytest.raises(IllegalTransition) as locked:  # a slip only with a hand-keyed intent
            workflow.add_attachment(
                s, tmp_path, case, staff.cashier, "late.png", photo(3), purpose="SLIP"
            )
        assert locked.value.key == "attachment.locked"
        assert case.attachments == []
