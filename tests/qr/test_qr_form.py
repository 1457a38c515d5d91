"""The application form of a QR case prints what the provider's query said."""

from __future__ import annotations

from typing import Any

from app import workflow
from app.payments.qr.sim_journal import SimState
from app.payments.qr.step1 import ask_provider
from printing.application_form import render_form
from printing.form_view import form_view_from_case
from tests.printing.pdfcheck import pages_text, squash
from tests.qr.conftest import Pair
from tests.qr.test_qr_step1 import opened


def test_the_form_says_not_charged_and_that_nothing_is_refunded(store: Any, alipay: Pair) -> None:
    alipay.journal.seed("F1", 12_800, SimState.NOT_PAID)
    staff, case_id, channel = opened(store, alipay, "F1")
    verdict = ask_provider(store, case_id, staff.cashier.id, channel, store.attachments_dir)
    with store.transaction() as s:
        view = form_view_from_case(workflow.get_case(s, case_id))
    assert view.provider_answer is not None and "未扣款" in view.provider_answer
    text = squash(" ".join(pages_text(render_form(view))))
    assert "渠道查单" in text and "未扣款" in text and "不退款" in text
    assert verdict.sha256[:12] in text


def test_a_card_form_has_no_provider_line(store: Any) -> None:
    from tests.core.helpers import make_order, seed_staff

    with store.transaction() as s:
        staff = seed_staff(s)
        case = workflow.open_case(s, make_order(s).id, staff.cashier)
        assert form_view_from_case(case).provider_answer is None
