"""A shift lead's work in the main window, driven through the widgets: correcting an escalated
order (note and own PIN, every message filled in), and the 待审批 queue's own approval action."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import Qt
from shiboken6 import isValid

from tests.ui.conftest import PINS, SPECIAL_ORDER_NO, type_text, wait_idle


def _order_id(ctx: Any, order_no: str) -> Any:
    from sqlalchemy import select

    from app.models import SuspendedOrder

    with ctx.store.transaction() as s:
        return s.scalars(select(SuspendedOrder.id).where(SuspendedOrder.order_no == order_no)).one()


def escalate(ctx: Any, order_no: str = SPECIAL_ORDER_NO) -> Any:
    """The cashier 张三 opened the order and escalated it (the data is wrong)."""
    from app import workflow
    from app.users import find_user

    order_id = _order_id(ctx, order_no)
    with ctx.store.transaction() as s:
        cashier = find_user(s, "张三")
        case = workflow.open_case(s, order_id, cashier)
        workflow.escalate(s, case, cashier, "签购单金额是 ¥182.00，系统里是 ¥128.00")
    return order_id


def select_order(qtbot: Any, window: Any, order_no: str) -> None:
    window.search.clear()
    qtbot.keyClicks(window.search, order_no)
    wait_idle(qtbot, window.ctx)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=5000)
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: window.detail.detail is not None, timeout=5000)


def open_correction(qtbot: Any, window: Any) -> Any:
    qtbot.waitUntil(window.detail.correct_button.isVisible, timeout=5000)
    qtbot.mouseClick(window.detail.correct_button, Qt.MouseButton.LeftButton)
    dialog = window.correction_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    return dialog


def _save(qtbot: Any, dialog: Any) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    wait_idle(qtbot, dialog.ctx)


def test_correction_dialog_messages_note_and_pin(qtbot: Any, make_window: Any) -> None:
    window = make_window("李四")
    order_id = escalate(window.ctx)
    window.queue_buttons[2].click()  # 已升级
    wait_idle(qtbot, window.ctx)
    select_order(qtbot, window, SPECIAL_ORDER_NO)
    dialog = open_correction(qtbot, window)

    dialog.texts["rrn"].setText("12")  # a reference number has 12 digits
    type_text(qtbot, dialog.note, "按签购单更正")
    qtbot.keyClicks(dialog.pin, PINS["李四"])
    _save(qtbot, dialog)
    shown = dialog.errors["rrn"].text() + dialog.message.text()
    assert "参考号" in shown and "{" not in shown  # was: “{field}”的新值格式不对
    assert dialog.isVisible()

    dialog.texts["rrn"].setText("")
    dialog.amount.setText("182.00")
    dialog.note.clear()
    _save(qtbot, dialog)
    assert dialog.errors["note"].isVisible() and "备注" in dialog.errors["note"].text()
    assert dialog.isVisible()

    type_text(qtbot, dialog.note, "按签购单更正金额")
    dialog.pin.clear()
    qtbot.keyClicks(dialog.pin, "999999")  # not 李四's PIN
    _save(qtbot, dialog)
    assert dialog.errors["pin"].isVisible() and "PIN" in dialog.errors["pin"].text()
    assert dialog.pin.text() == "" and dialog.note.toPlainText() == "按签购单更正金额"

    qtbot.keyClicks(dialog.pin, PINS["李四"])
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: not isValid(dialog), timeout=5000)  # closed, deleted
    with window.ctx.store.transaction() as s:
        from app.models import SuspendedOrder

        order = s.get(SuspendedOrder, order_id)
        assert order.amount_fen == 18_200


def test_pin_lockout_and_self_approval_show_on_the_orders_timeline(
    qtbot: Any, make_window: Any
) -> None:
    """Audit events filed on the case (app/), shown by the detail pane in words."""
    from app import workflow
    from app.errors import DomainError
    from app.settings import StoreSettings
    from app.users import find_user
    from tests.core.helpers import CONTACT

    MAX_FAILURES = StoreSettings().pin_max_tries

    window = make_window("李四")
    ctx = window.ctx
    order_id = _order_id(ctx, SPECIAL_ORDER_NO)
    with ctx.store.transaction() as s:
        lead = find_user(s, "李四")
        case = workflow.open_case(s, order_id, lead)
        workflow.verify(s, case, lead, dict.fromkeys(workflow.VERIFY_FIELDS, True))
        case_id = case.id
    with ctx.store.transaction() as s:
        case = workflow.get_case(s, case_id)
        workflow.record_contact(s, case, lead_of(s), CONTACT)
        form = workflow.form_defaults(s, case, lead_of(s))
        form = dataclasses.replace(form, applicant_phone="13812345678")
        workflow.fill_form(s, case, lead_of(s), form)
        workflow.submit(s, case, lead_of(s))
    for name, pin in [("李四", PINS["李四"]), *[("王芳", "000000")] * MAX_FAILURES]:
        try:
            with ctx.store.transaction() as s:
                workflow.approve(s, workflow.get_case(s, case_id), name, pin, "")
        except DomainError:
            pass
    window.queue_buttons[1].click()  # 待审批
    select_order(qtbot, window, SPECIAL_ORDER_NO)
    lines = [window.detail.timeline.item(i).text() for i in range(window.detail.timeline.count())]
    assert any("申请人试图审批自己的申请" in line and "李四" in line for line in lines)
    assert sum("PIN 输入错误" in line for line in lines) == MAX_FAILURES - 1
    assert any("PIN 连续输错，用户被锁定" in line and "王芳" in line for line in lines)
    assert not any("{" in line for line in lines)


def lead_of(s: Any) -> Any:
    from app.users import find_user

    return find_user(s, "李四")
