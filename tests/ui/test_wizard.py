"""The cancellation wizard driven like a cashier would, steps 1 to 4: verify, contact,
form, submit, the lead's PIN dialog; inline messages, escalation, reject and revise, resume.

Shared helpers for test_wizard_execute.py live here too.
"""

from __future__ import annotations

import datetime as dt
import gc
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QDate, Qt
from shiboken6 import isValid

from tests.core.helpers import photo
from tests.ui.conftest import MERCHANT_NO, PINS, sign_in_as, wait_idle
from ui.wizard import WizardDialog

PNG = photo(24)  # a real image: the evidence check decodes what it accepts
_OPENED: list[WizardDialog] = []


@pytest.fixture(autouse=True)
def wizards_die_on_the_gui_thread(qtbot: Any) -> Iterator[None]:
    """Delete each test's wizards here, then collect: a Qt widget freed by a garbage
    collection that happens to run on a worker thread would crash the process."""
    yield
    for dialog in _OPENED:
        if isValid(dialog):
            dialog.hide()
            shiboken6.delete(dialog)
    _OPENED.clear()
    gc.collect()


# --- helpers --------------------------------------------------------------------------------


def add_order(ctx: Any, **overrides: Any) -> uuid.UUID:
    """One suspended order of the seeded merchant; unique order number."""
    from app.clock import utcnow
    from app.models import Cause, Funding, SuspendedOrder, TxnType

    values: dict[str, Any] = dict(
        order_no=f"W{uuid.uuid4().hex[:10].upper()}",
        merchant_no=MERCHANT_NO,
        terminal_no="12345678",
        occurred_at=utcnow() - dt.timedelta(hours=1),
        location="测试便利店 1号收银台",
        amount_fen=12_800,
        txn_type=TxnType.SALE,
        funding=Funding.CREDIT,
        card_masked="622588******1234",
        card_last4="1234",
        trace_no="000123",
        rrn="123456789012",
        batch_no="000001",
        auth_code="A1B2C3",
        operation_no="000001",
        cause=Cause.NETWORK,
        cashier="张三",
    )
    values.update(overrides)
    with ctx.store.transaction() as s:
        order = SuspendedOrder(**values)
        s.add(order)
        s.flush()
        return order.id


def open_dialog(qtbot: Any, ctx: Any, order_id: uuid.UUID, opener: Any = None) -> WizardDialog:
    dialog = WizardDialog(ctx, order_id, open_terminal=opener)
    _OPENED.append(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.snap is not None, timeout=5000)
    return dialog


def press_next(qtbot: Any, dialog: WizardDialog) -> None:
    assert dialog.next_button.isEnabled(), dialog.message.text()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog.ctx)


def type_into(qtbot: Any, widget: Any, text: str) -> None:
    """Type like a user; Chinese goes in as an input method would (QTest types ASCII only)."""
    widget.clear()
    if text.isascii():
        qtbot.keyClicks(widget, text)
    elif hasattr(widget, "insertPlainText"):
        widget.insertPlainText(text)
    else:
        widget.insert(text)


def submit(qtbot: Any, dialog: WizardDialog) -> None:
    """Step 4's own 提交申请 button (the footer's Next never submits)."""
    button = dialog.approval_page.submit_button
    assert button.isVisible() and button.isEnabled(), dialog.message.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog.ctx)


def verify_all(qtbot: Any, dialog: WizardDialog) -> None:
    for box in dialog.verify_page.checks.values():
        if not box.isChecked():
            box.click()
    press_next(qtbot, dialog)


def contact_agreed(qtbot: Any, dialog: WizardDialog, phone: str = "13900001111") -> None:
    page = dialog.contact_page
    type_into(qtbot, page.customer_phone, phone)
    if not page.agreed.isChecked():
        page.agreed.click()
    press_next(qtbot, dialog)


def fill_form(qtbot: Any, dialog: WizardDialog, tmp_path: Path) -> None:
    page = dialog.form_page
    type_into(qtbot, page.inputs["applicant_phone"], "13812345678")
    evidence = tmp_path / "slip-photo.png"
    evidence.write_bytes(PNG)
    page.attachments.add_files([evidence])  # what "Add files…" does after its file dialog
    wait_idle(qtbot, dialog.ctx)
    assert page.attachments.table.rowCount() == 1
    press_next(qtbot, dialog)


def to_pending(qtbot: Any, ctx: Any, tmp_path: Path, **order: Any) -> WizardDialog:
    """A case submitted by the signed-in user, the wizard waiting on step 4."""
    opener = order.pop("opener", None)
    dialog = open_dialog(qtbot, ctx, add_order(ctx, **order), opener)
    verify_all(qtbot, dialog)
    contact_agreed(qtbot, dialog)
    fill_form(qtbot, dialog, tmp_path)
    assert dialog.index == 3
    submit(qtbot, dialog)
    assert dialog.snap.stage == "PENDING_APPROVAL"
    return dialog


def lead_decides(
    qtbot: Any, dialog: WizardDialog, name: str, pin: str, comment: str = "", approve: bool = True
) -> Any:
    qtbot.mouseClick(dialog.approval_page.approve_button, Qt.MouseButton.LeftButton)
    pin_dialog = dialog.pin_dialog
    qtbot.waitUntil(pin_dialog.isVisible)
    # the leads and admins to pick from, never the signed-in user
    qtbot.waitUntil(lambda: pin_dialog.lead_box.count() > 0)
    offered = [pin_dialog.lead_box.itemText(i) for i in range(pin_dialog.lead_box.count())]
    assert dialog.ctx.user_name not in offered
    assert "王芳" in offered and ("李四" in offered or dialog.ctx.user_name == "李四")
    type_into(qtbot, pin_dialog.lead_name, name)
    type_into(qtbot, pin_dialog.pin, pin)
    if comment:
        type_into(qtbot, pin_dialog.comment, comment)
    if approve:
        qtbot.keyClick(pin_dialog.pin, Qt.Key.Key_Return)  # Enter approves
    else:
        qtbot.mouseClick(pin_dialog.reject_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog.ctx)
    return pin_dialog


def order_status(ctx: Any, order_id: uuid.UUID) -> str:
    from app.models import SuspendedOrder

    with ctx.store.transaction() as s:
        return s.get_one(SuspendedOrder, order_id).status.value


# --- tests ----------------------------------------------------------------------------------


def test_steps_one_to_four_then_approval_by_a_lead(qtbot: Any, ctx: Any, tmp_path: Path) -> None:
    from app.models import ContactReason
    from app.templates import explanation_template

    sign_in_as(ctx, "张三")
    order_id = add_order(ctx)
    dialog = open_dialog(qtbot, ctx, order_id)
    assert "¥128.00" in dialog.windowTitle()
    assert dialog.rail.mark(0) == "●" and dialog.rail.mark(1) == "○"
    assert not dialog.verify_page.route_box.isVisibleTo(dialog)  # no route before verifying

    verify_all(qtbot, dialog)
    assert dialog.index == 1
    assert dialog.rail.mark(0) == "✔" and dialog.rail.mark(1) == "●"
    assert "撤销" in dialog.subheading.text()  # the route, kept in view on every step
    page = dialog.contact_page
    assert page.reason.currentData() == "NETWORK"  # the order's cause
    expected = explanation_template(ContactReason.NETWORK, "zh_CN", route="VOID", funding="CREDIT")
    assert page.explanation.toPlainText() == expected

    contact_agreed(qtbot, dialog)
    assert dialog.index == 2
    assert dialog.form_page.inputs["merchant_no"].text() == MERCHANT_NO  # form_defaults
    assert dialog.form_page.inputs["amount"].text() == "128.00"
    fill_form(qtbot, dialog, tmp_path)
    qtbot.waitUntil(lambda: dialog.form_page.preview.renders >= 1, timeout=5000)
    assert dialog.form_page.preview.document.pageCount() >= 1
    row_sha = dialog.form_page.attachments.table.item(0, 2).text()
    assert len(row_sha) == 12

    assert dialog.index == 3
    assert not dialog.next_button.isEnabled()  # Next never submits
    assert "提交申请" in dialog.approval_page.submit_button.text()
    submit(qtbot, dialog)
    assert dialog.snap.stage == "PENDING_APPROVAL"
    assert not dialog.back_button.isEnabled()  # no way back after submission
    assert order_status(ctx, order_id) == "PENDING_APPROVAL"

    pin_dialog = lead_decides(qtbot, dialog, "李四", "222222", "核对无误")
    qtbot.waitUntil(lambda: dialog.snap.stage == "APPROVED", timeout=5000)
    assert not isValid(pin_dialog) or not pin_dialog.isVisible()  # closed on success
    assert dialog.index == 4
    assert ctx.user_name == "张三"  # approving never switches the signed-in user


def test_inline_messages_next_to_the_field(qtbot: Any, ctx: Any, tmp_path: Path) -> None:
    sign_in_as(ctx, "张三")
    dialog = open_dialog(qtbot, ctx, add_order(ctx))
    press_next(qtbot, dialog)  # nothing ticked
    assert dialog.index == 0
    assert dialog.verify_page.errors["occurred_at"].isVisible()
    assert "交易时间、交易地点" in dialog.verify_page.errors["occurred_at"].text()

    verify_all(qtbot, dialog)
    page = dialog.contact_page
    type_into(qtbot, page.customer_phone, "12345")
    press_next(qtbot, dialog)
    assert dialog.index == 1
    assert page.errors["customer_phone"].isVisible()
    assert "电话号码格式不对" in page.errors["customer_phone"].text()
    assert page.errors["customer_agreed"].isVisible()  # not agreed yet
    assert "客户尚未同意" in page.errors["customer_agreed"].text()
    contact_agreed(qtbot, dialog)
    assert dialog.index == 2
    assert not page.errors["customer_phone"].isVisible()

    form = dialog.form_page
    tomorrow = QDate.currentDate().addDays(2)
    form.inputs["application_date"].setDate(tomorrow)
    type_into(qtbot, form.inputs["applicant_phone"], "0000")
    press_next(qtbot, dialog)
    assert dialog.index == 2
    assert "申请日期不能晚于今天" in form.errors["application_date"].text()
    assert form.errors["application_date"].isVisible()
    assert "电话号码格式不对" in form.errors["applicant_phone"].text()
    type_into(qtbot, form.inputs["amount"], "12x")
    form.inputs["amount"].setReadOnly(False)
    type_into(qtbot, form.inputs["amount"], "abc")
    press_next(qtbot, dialog)
    assert form.errors["amount"].isVisible()


def test_save_and_close_then_resume_on_the_current_step(qtbot: Any, ctx: Any) -> None:
    sign_in_as(ctx, "张三")
    order_id = add_order(ctx)
    dialog = open_dialog(qtbot, ctx, order_id)
    verify_all(qtbot, dialog)
    page = dialog.contact_page
    type_into(qtbot, page.customer_name, "王先生")
    page.agreed.click()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc saves the edited step, then closes
    wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)

    sign_in_as(ctx, "赵敏")  # another cashier, as on another counter
    again = open_dialog(qtbot, ctx, order_id)
    assert again.index == 2  # the contact was saved: the case stands at the form
    assert again.snap.customer_name == "王先生"
    qtbot.mouseClick(again.back_button, Qt.MouseButton.LeftButton)
    assert again.index == 1
    assert again.contact_page.customer_name.text() == "王先生"


def test_escalation_blocks_until_a_lead_corrects(qtbot: Any, ctx: Any) -> None:
    from app.users import find_user
    from app.workflow import correct_order, get_case

    sign_in_as(ctx, "张三")
    dialog = open_dialog(qtbot, ctx, add_order(ctx, operation_no=""))
    for box in dialog.verify_page.checks.values():
        box.click()
    press_next(qtbot, dialog)  # a void needs the operation number: refused, said in words
    assert dialog.index == 0
    assert dialog.verify_page.errors["operation_no"].isVisible()

    qtbot.mouseClick(dialog.verify_page.escalate_button, Qt.MouseButton.LeftButton)
    note_dialog = dialog.escalate_dialog
    qtbot.waitUntil(note_dialog.isVisible)
    note_dialog.accept()  # empty note
    wait_idle(qtbot, ctx)
    assert note_dialog.errors["note"].isVisible()
    type_into(qtbot, note_dialog.note, "签购单上的操作号是 000001，系统里没有")
    note_dialog.accept()
    wait_idle(qtbot, ctx)
    assert dialog.snap.stage == "ESCALATED"
    assert dialog.verify_page.escalated_box.isVisible()
    assert not dialog.next_button.isEnabled()
    assert not dialog.verify_page.checks_box.isEnabled()

    with ctx.store.transaction() as s:
        lead = find_user(s, "李四")
        case = get_case(s, dialog.snap.case_id)
        correct_order(s, case, lead, {"operation_no": "000001"}, "补录", pin=PINS["李四"])
    # the waiting wizard notices the correction by itself
    qtbot.waitUntil(lambda: dialog.snap.stage == "VERIFY", timeout=6000)
    assert not dialog.verify_page.escalated_box.isVisible()
    verify_all(qtbot, dialog)
    assert dialog.index == 1


def test_reject_for_changes_goes_back_to_the_form(qtbot: Any, ctx: Any, tmp_path: Path) -> None:
    sign_in_as(ctx, "张三")
    dialog = to_pending(qtbot, ctx, tmp_path)
    pin_dialog = lead_decides(qtbot, dialog, "李四", "222222", approve=False)
    assert pin_dialog.isVisible()
    assert "驳回时必须填写意见" in pin_dialog.errors["comment"].text()

    pin_dialog.pin.setText("222222")
    pin_dialog.comment.setPlainText("附件看不清，请重新拍照")
    qtbot.mouseClick(pin_dialog.reject_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: dialog.snap.stage == "FORM", timeout=5000)
    assert dialog.index == 2
    assert dialog.form_page.returned_box.isVisible()
    assert "附件看不清" in dialog.form_page.returned_label.text()
    assert dialog.form_page.attachments.remove_button.isEnabled()  # editable again
    press_next(qtbot, dialog)
    submit(qtbot, dialog)  # again
    assert dialog.snap.stage == "PENDING_APPROVAL"


def test_wrong_pin_and_who_may_approve(qtbot: Any, ctx: Any, tmp_path: Path) -> None:
    sign_in_as(ctx, "张三")
    dialog = to_pending(qtbot, ctx, tmp_path)
    pin_dialog = lead_decides(qtbot, dialog, "李四", "999999")
    assert pin_dialog.isVisible()
    assert pin_dialog.errors["pin"].isVisible()
    assert "PIN 不正确" in pin_dialog.errors["pin"].text()
    assert pin_dialog.pin.text() == ""  # a wrong PIN never stays on screen

    type_into(qtbot, pin_dialog.lead_name, "张三")  # the applicant, a cashier
    type_into(qtbot, pin_dialog.pin, "111111")
    qtbot.mouseClick(pin_dialog.approve_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    assert "值班主管" in pin_dialog.message.text()
    assert dialog.snap.stage == "PENDING_APPROVAL"
    pin_dialog.reject()

    # a lead who applied cannot approve their own application
    sign_in_as(ctx, "李四")
    own = to_pending(qtbot, ctx, tmp_path)
    pin_dialog = lead_decides(qtbot, own, "李四", "222222")
    assert "申请人不能审批自己的申请" in pin_dialog.message.text()
    assert own.snap.stage == "PENDING_APPROVAL"


def test_a_decision_made_at_another_counter_shows_up(qtbot: Any, ctx: Any, tmp_path: Path) -> None:
    from app.workflow import approve, get_case

    sign_in_as(ctx, "张三")
    dialog = to_pending(qtbot, ctx, tmp_path)
    with ctx.store.transaction() as s:  # the lead approves from their own counter
        approve(s, get_case(s, dialog.snap.case_id), "李四", "222222", "同意")
    qtbot.waitUntil(lambda: dialog.snap.stage == "APPROVED", timeout=6000)
    assert dialog.index == 4
    assert dialog.rail.mark(3) == "✔" and dialog.rail.mark(4) == "●"


def test_language_switch_retranslates_the_open_wizard(qtbot: Any, ctx: Any) -> None:
    sign_in_as(ctx, "张三")
    dialog = open_dialog(qtbot, ctx, add_order(ctx))
    verify_all(qtbot, dialog)
    assert "撤销" in dialog.subheading.text()
    ctx.set_language("en")
    qtbot.waitUntil(lambda: "Void" in dialog.subheading.text(), timeout=3000)
    assert "Void" in dialog.verify_page.route_label.text()


def test_enter_goes_on_and_esc_keeps_a_refused_page_open(qtbot: Any, ctx: Any) -> None:
    sign_in_as(ctx, "张三")
    dialog = open_dialog(qtbot, ctx, add_order(ctx))
    for box in dialog.verify_page.checks.values():
        box.click()
    qtbot.keyClick(dialog.verify_page.checks["funding"], Qt.Key.Key_Return)  # Enter = Next
    wait_idle(qtbot, ctx)
    assert dialog.index == 1

    page = dialog.contact_page
    type_into(qtbot, page.customer_phone, "123")
    qtbot.keyClick(page.customer_phone, Qt.Key.Key_Escape)  # Esc tries to save first
    wait_idle(qtbot, ctx)
    assert dialog.isVisible()
    assert page.errors["customer_phone"].isVisible()
    assert "Esc" in dialog.status.text()
    qtbot.keyClick(page.customer_phone, Qt.Key.Key_Escape)  # again: close without this page
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)


def test_reject_and_close_ends_the_case(qtbot: Any, ctx: Any, tmp_path: Path) -> None:
    sign_in_as(ctx, "张三")
    dialog = to_pending(qtbot, ctx, tmp_path)
    qtbot.mouseClick(dialog.approval_page.approve_button, Qt.MouseButton.LeftButton)
    pin_dialog = dialog.pin_dialog
    type_into(qtbot, pin_dialog.lead_name, "李四")
    type_into(qtbot, pin_dialog.pin, "222222")
    type_into(qtbot, pin_dialog.comment, "顾客已改用现金支付，无需撤销")
    pin_dialog.close_case.click()
    qtbot.mouseClick(pin_dialog.reject_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.snap.stage == "CLOSED", timeout=5000)
    assert dialog.index == 3
    assert "无需撤销" in dialog.approval_page.closed_label.text()
    assert order_status(ctx, dialog.snap.order_id) == "CLOSED"
    press_next(qtbot, dialog)  # "Close"
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)


def test_f2_in_the_main_window_opens_the_wizard(qtbot: Any, make_window: Any) -> None:
    window = make_window("张三")
    window.table.selectRow(0)
    qtbot.keyClick(window, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: window.findChild(WizardDialog) is not None, timeout=3000)
    dialog = window.findChild(WizardDialog)
    _OPENED.append(dialog)
    qtbot.waitUntil(lambda: dialog.snap is not None, timeout=5000)
    assert dialog.isVisible() and dialog.isModal()
    assert dialog.snap.order_id == window.selected_order_id()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing edited: closes at once
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible(), timeout=3000)


def test_withdraw_when_the_customer_does_not_agree(qtbot: Any, ctx: Any) -> None:
    sign_in_as(ctx, "张三")
    order_id = add_order(ctx)
    dialog = open_dialog(qtbot, ctx, order_id)
    verify_all(qtbot, dialog)
    press_next(qtbot, dialog)  # no agreement: refused
    assert dialog.contact_page.errors["customer_agreed"].isVisible()
    assert dialog.withdraw_button.isVisible()
    qtbot.mouseClick(dialog.withdraw_button, Qt.MouseButton.LeftButton)
    note_dialog = dialog.withdraw_dialog
    qtbot.waitUntil(note_dialog.isVisible)
    type_into(qtbot, note_dialog.note, "顾客不同意撤销，坚持保留交易")
    note_dialog.accept()
    wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    assert order_status(ctx, order_id) == "OPEN"  # suspended again, nothing moved


def test_a_double_click_on_next_at_step_3_does_not_submit(
    qtbot: Any, ctx: Any, tmp_path: Path
) -> None:
    from ui.wizard.common import SteadyButton

    SteadyButton.settle_ms = None  # the platform's double-click interval, as at the counter
    sign_in_as(ctx, "张三")
    dialog = open_dialog(qtbot, ctx, add_order(ctx))
    interval = qtbot_interval()
    for box in dialog.verify_page.checks.values():
        box.click()
    qtbot.wait(interval + 50)
    press_next(qtbot, dialog)
    qtbot.wait(interval + 50)
    page = dialog.contact_page
    type_into(qtbot, page.customer_phone, "13900001111")
    page.agreed.click()
    qtbot.wait(interval + 50)
    press_next(qtbot, dialog)
    assert dialog.index == 2
    type_into(qtbot, dialog.form_page.inputs["applicant_phone"], "13812345678")
    qtbot.wait(interval + 50)

    # The first click saves the form and moves to step 4; the second lands where 下一步 was.
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.index == 3, timeout=5000)
    qtbot.mouseDClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # and Enter, held or pressed twice
    wait_idle(qtbot, ctx)
    assert dialog.snap.stage == "FORM"  # nothing submitted, nothing locked
    assert dialog.index == 3
    assert dialog.next_button.text().startswith("下一步")  # the footer keeps its meaning
    assert not dialog.next_button.isEnabled()
    assert dialog.form_page.attachments.add_button.isEnabled()

    # A click on the submit button right after it appeared is the same double-click: ignored.
    qtbot.mouseClick(dialog.approval_page.submit_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    assert dialog.snap.stage == "FORM"
    qtbot.wait(interval + 50)
    submit(qtbot, dialog)  # a deliberate press
    assert dialog.snap.stage == "PENDING_APPROVAL"


def qtbot_interval() -> int:
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.styleHints().mouseDoubleClickInterval()
