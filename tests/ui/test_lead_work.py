"""The shift lead's work (issue 14): the signed-in lead offered first as approver, step 4
showing everything to judge, 已等待 counted from submission, and repeated PIN lockouts or
self-approval attempts flagged in 异常."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt

from tests.ui.conftest import PINS, SPECIAL_ORDER_NO, wait_idle
from tests.ui.test_session import pending_case, select


def wizards() -> list[Any]:
    from PySide6.QtWidgets import QApplication

    from ui.wizard.dialog import WizardDialog

    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, WizardDialog) and w.isVisible()
    ]


def pending_with_evidence(ctx: Any) -> Any:
    """Like test_session.pending_case (by 张三), with a photo of the slip attached."""
    import dataclasses

    from app import workflow
    from app.users import find_user
    from app.workflow.evidence import add_attachment
    from tests.core.helpers import CONTACT, photo
    from tests.ui.test_session import order_id_of

    order_id = order_id_of(ctx)
    with ctx.store.transaction() as s:
        user = find_user(s, "张三")
        case = workflow.open_case(s, order_id, user)
        workflow.verify(s, case, user, dict.fromkeys(workflow.VERIFY_FIELDS, True))
        workflow.record_contact(s, case, user, CONTACT)
        form = workflow.form_defaults(s, case, user)
        workflow.fill_form(s, case, user, dataclasses.replace(form, applicant_phone="13812345678"))
        add_attachment(s, ctx.store.attachments_dir, case, user, "签购单.png", photo(3))
        workflow.submit(s, case, user)
    return order_id


def open_step4(qtbot: Any, window: Any) -> Any:
    for leftover in wizards():  # an earlier test's wizard, still on screen in a long run
        leftover.hide()
    window.queue_buttons[1].click()  # 待审批
    select(qtbot, window, SPECIAL_ORDER_NO)
    qtbot.mouseClick(window.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(wizards()) and wizards()[0].snap is not None, timeout=5000)
    wizard = wizards()[0]
    assert wizard.index == 3
    return wizard


def test_the_signed_in_lead_is_offered_first_and_types_only_the_pin(
    qtbot: Any, make_window: Any
) -> None:
    window = make_window("李四")
    pending_case(window.ctx, by="张三")
    wizard = open_step4(qtbot, window)
    qtbot.mouseClick(wizard.approval_page.approve_button, Qt.MouseButton.LeftButton)
    dialog = wizard.pin_dialog
    qtbot.waitUntil(lambda: dialog.lead_box.count() > 0, timeout=5000)
    assert dialog.lead_box.itemText(0) == "李四"  # the signed-in lead, first
    assert "张三" not in [dialog.lead_box.itemText(i) for i in range(dialog.lead_box.count())]
    assert dialog.lead_name.text() == "李四"  # already filled in: no input method needed
    qtbot.waitUntil(dialog.pin.hasFocus, timeout=3000)
    qtbot.keyClicks(dialog.pin, PINS["李四"])
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.snap.stage == "APPROVED", timeout=5000)


def test_the_applicant_is_never_offered_and_big_amounts_offer_admins_only(
    qtbot: Any, make_window: Any
) -> None:
    from app.workflow.approvers import approver_names

    window = make_window("李四")
    order_id = pending_case(window.ctx, by="李四")  # the lead applied themself
    with window.ctx.store.transaction() as s:
        from app import workflow

        case = workflow.active_case_for(s, order_id)
        assert approver_names(s, window.ctx.user_id, case.id) == ["王芳"]
        case.form_amount_fen = 900_000  # over the ¥5,000.00 threshold
        assert approver_names(s, window.ctx.user_id, case.id) == ["王芳"]
        case.submitted_by_id = None
        assert approver_names(s, window.ctx.user_id, case.id) == ["王芳"]  # admins only
        case.form_amount_fen = 100
        # 李四 opened and filled the case: whoever worked on it is never offered (issue 11)
        assert approver_names(s, window.ctx.user_id, case.id) == ["王芳"]
        s.rollback()
    other_id = pending_case(window.ctx, "T000003", by="张三")
    with window.ctx.store.transaction() as s:
        other = workflow.active_case_for(s, other_id)
        assert approver_names(s, window.ctx.user_id, other.id) == ["李四", "王芳"]


def test_step_4_shows_what_the_lead_judges_and_the_wait_since_submission(
    qtbot: Any, make_window: Any
) -> None:
    from app.models import CancellationCase
    from app.workflow import active_case_for

    window = make_window("李四")
    ctx = window.ctx
    order_id = pending_with_evidence(ctx)
    with ctx.store.transaction() as s:
        case: CancellationCase = active_case_for(s, order_id)  # type: ignore[assignment]
        case.submitted_at = case.submitted_at - dt.timedelta(minutes=12, seconds=5)
    wizard = open_step4(qtbot, window)
    page = wizard.approval_page
    review = page.review
    assert review.isVisibleTo(page)
    rows = review.contact_rows
    assert rows["reason"][1].text() not in ("", "—")  # the buyer's reason
    assert rows["explanation"][1].text() not in ("", "—")
    assert "顾客同意" in rows["consent"][1].text()  # the consent, in words
    assert review.form_rows["reason"][1].text() not in ("", "—")  # the form's reason
    assert review.form_rows["amount"][1].text() == "¥128.00"
    assert review.evidence.count() == 1 and review.evidence.item(0).text().startswith("签购单.png")
    qtbot.waitUntil(lambda: review.timeline.count() >= 4, timeout=5000)  # opened … submitted
    lines = [review.timeline.item(i).text() for i in range(review.timeline.count())]
    assert any("张三" in line for line in lines) and not any("{" in line for line in lines)
    assert "12 分" in page.detail.text()  # 已等待 from submission, not from opening
    assert "0 秒" not in page.detail.text()


def test_repeated_lockouts_and_self_approval_are_flagged_in_the_anomalies(
    qtbot: Any, make_window: Any
) -> None:
    from app import workflow
    from app.errors import DomainError
    from app.settings import StoreSettings

    max_failures = StoreSettings().pin_max_tries

    window = make_window("李四")
    ctx = window.ctx
    order_id = pending_case(ctx, by="李四")
    attempts = [("李四", PINS["李四"])] * 2 + [("王芳", "000000")] * max_failures
    for name, pin in attempts:
        try:
            with ctx.store.transaction() as s:
                workflow.approve(s, workflow.active_case_for(s, order_id), name, pin, "")
        except DomainError:
            pass
    window.queue_buttons[4].click()  # 报表
    view = window.reports_page
    qtbot.waitUntil(lambda: view.data is not None, timeout=10_000)
    wait_idle(qtbot, ctx)
    kinds = {a.kind.value: a for a in view.data.anomalies}
    assert "auth_trouble" in kinds
    flagged = kinds["auth_trouble"]
    assert flagged.subject == "李四" and order_id in flagged.order_ids
    view.tabs.setCurrentIndex(3)
    texts = [
        view.anomaly_model.data(view.anomaly_model.index(r, c)) or ""
        for r in range(view.anomaly_model.rowCount())
        for c in range(view.anomaly_model.columnCount())
    ]
    assert any("本人审批" in str(t) for t in texts)
    assert any("试图审批自己的申请 2 次" in str(t) for t in texts)
