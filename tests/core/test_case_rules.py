"""Issue 14's wizard rules in app/: the reason from the order's cause, texts that follow the
route, the phone when reached by phone, further refunds of a partly refunded order."""

from __future__ import annotations

import dataclasses

import pytest

from app import templates, workflow
from app.errors import ValidationFailed
from app.models import Cause, Channel, ContactReason, Funding, OrderStatus, Route, Stage
from app.settings import StoreSettings
from tests.core.helpers import CONTACT, all_checked, make_order, seed_staff


@pytest.fixture
def world(store):  # type: ignore[no-untyped-def]
    with store.transaction() as s:
        staff = seed_staff(s)
    return store, staff


def _keys(exc: ValidationFailed) -> list[str]:
    return [p.key for p in exc.problems]


def test_the_reason_comes_from_the_cause_and_nothing_is_chosen_where_none_maps() -> None:
    assert templates.default_reason(Cause.NETWORK) is ContactReason.NETWORK
    assert templates.default_reason("OPERATOR_ERROR") is ContactReason.OPERATOR_ERROR
    assert templates.default_reason(Cause.CUSTOMER_REQUEST) is ContactReason.CUSTOMER_CANCEL
    for cause in (Cause.PROMOTION, Cause.SYSTEM_ERROR, Cause.PAYMENT_FAILED):
        assert templates.default_reason(cause) is None  # never 密码错误 by accident


def test_the_texts_follow_the_route_and_the_funding() -> None:
    void = templates.explanation_template(ContactReason.NETWORK, route=Route.VOID)
    refund = templates.explanation_template(ContactReason.NETWORK, route=Route.REFUND)
    assert "撤销" in void and "不会扣收" in void and "退货" not in void
    assert "退货" in refund and "7 个工作日" in refund and "不会扣收" not in refund
    assert "原卡" in refund
    qr = templates.explanation_template(
        ContactReason.NETWORK, route=Route.REFUND, funding=Funding.QR, working_days=3
    )
    assert "原支付账户" in qr and "3 个工作日" in qr
    assert templates.consent_text(Route.VOID) == "顾客同意撤销此笔交易，款项不会扣收"
    consent = templates.consent_text(Route.REFUND, working_days=5)
    assert "退货" in consent and "5 个工作日" in consent and "撤销" not in consent
    english = templates.consent_text(Route.REFUND, "en", working_days=5)
    assert "refund" in english and "5 working days" in english
    guide = templates.guidance_template(ContactReason.DUPLICATE, route=Route.VOID)
    assert "工作日" not in guide  # a void has no refund to wait for
    assert "工作日" in templates.guidance_template(ContactReason.DUPLICATE, route=Route.REFUND)


def test_the_refund_working_days_setting_has_a_sensible_range() -> None:
    assert StoreSettings().refund_working_days == templates.DEFAULT_WORKING_DAYS
    with pytest.raises(ValidationFailed) as err:
        StoreSettings(refund_working_days=0).validate()
    assert _keys(err.value) == ["settings.refund_working_days"]


def _at_contact(s, staff, **order):  # type: ignore[no-untyped-def]
    case = workflow.open_case(s, make_order(s, **order).id, staff.cashier)
    workflow.verify(s, case, staff.cashier, all_checked())
    return case


def test_a_reason_must_be_chosen_and_a_phone_given_when_reached_by_phone(world) -> None:  # type: ignore[no-untyped-def]
    store, staff = world
    with store.transaction() as s:
        case = _at_contact(s, staff)
        by_phone = dataclasses.replace(
            CONTACT, channel=Channel.PHONE, customer_phone="", reason=None
        )
        with pytest.raises(ValidationFailed) as err:
            workflow.record_contact(s, case, staff.cashier, by_phone)
        assert sorted(_keys(err.value)) == ["contact.phone_required", "contact.reason_required"]
        assert {p.field for p in err.value.problems} == {"customer_phone", "reason"}
        assert case.stage is Stage.CONTACT  # nothing half-written
        other = dataclasses.replace(CONTACT, reason=ContactReason.OTHER, reason_other=" ")
        with pytest.raises(ValidationFailed) as err:
            workflow.record_contact(s, case, staff.cashier, other)
        assert _keys(err.value) == ["contact.reason_other_required"]

        workflow.record_contact(
            s, case, staff.cashier, dataclasses.replace(by_phone, customer_phone="13912345678",
                                                        reason=ContactReason.NETWORK)
        )  # fmt: skip
        # once on file, a blank phone keeps it, by phone too
        workflow.record_contact(
            s, case, staff.cashier, dataclasses.replace(by_phone, reason=ContactReason.NETWORK)
        )
        assert case.customer_phone_masked.endswith("5678")


def test_a_partly_refunded_order_gets_a_further_refund_up_to_what_remains(world) -> None:  # type: ignore[no-untyped-def]
    store, staff = world
    with store.transaction() as s:
        # refunded once already; the batch is not even marked settled: only a refund is right
        case = _at_contact(
            s, staff, amount_fen=85_100, refunded_fen=10_000, status=OrderStatus.REFUNDED
        )
        assert case.route is Route.REFUND and case.route_reason == "route.refunded_before"
        workflow.record_contact(s, case, staff.cashier, CONTACT)
        good = workflow.form_defaults(s, case, staff.cashier)
        assert good.amount_fen == 75_100
        with pytest.raises(ValidationFailed) as err:
            workflow.fill_form(s, case, staff.cashier, dataclasses.replace(good, amount_fen=75_101))
        assert _keys(err.value) == ["form.amount_too_high"]
        workflow.fill_form(s, case, staff.cashier, good)
        assert case.form_amount_fen == 75_100
