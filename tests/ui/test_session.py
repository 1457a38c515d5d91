"""Who works at the counter, driven through the real widgets: the signed-in user in the header,
切换用户 without quitting (an open wizard saved first), the lock covering every window and
offering another user, one key one meaning, F2 and F4 in the main window."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from tests.ui.conftest import PINS, SPECIAL_ORDER_NO, wait_idle


def order_id_of(ctx: Any, order_no: str = SPECIAL_ORDER_NO) -> uuid.UUID:
    from sqlalchemy import select

    from app.models import SuspendedOrder

    with ctx.store.transaction() as s:
        return s.scalars(select(SuspendedOrder.id).where(SuspendedOrder.order_no == order_no)).one()


def pending_case(ctx: Any, order_no: str = SPECIAL_ORDER_NO, by: str = "张三") -> uuid.UUID:
    """Steps 1–3 done and submitted by `by` (through app/, as any counter would)."""
    from app import workflow
    from app.users import find_user
    from tests.core.helpers import CONTACT

    order_id = order_id_of(ctx, order_no)
    with ctx.store.transaction() as s:
        user = find_user(s, by)
        case = workflow.open_case(s, order_id, user)
        workflow.verify(s, case, user, dict.fromkeys(workflow.VERIFY_FIELDS, True))
        workflow.record_contact(s, case, user, CONTACT)
        form = dataclasses.replace(
            workflow.form_defaults(s, case, user), applicant_phone="13812345678"
        )
        workflow.fill_form(s, case, user, form)
        workflow.submit(s, case, user)
    return order_id


def wizards() -> list[Any]:
    """The visible wizards of this test's window (an earlier test's leftover, still on screen
    in a long run, is not ours: taking it once let the test tick the wrong wizard)."""
    from ui.wizard.dialog import WizardDialog

    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, WizardDialog) and w.isVisible() and w.ctx is _CTX[-1]
    ]


_CTX: list[Any] = []


@pytest.fixture(autouse=True)
def _hide_leftover_wizards(ctx: Any) -> Iterator[None]:
    """Wizards other tests left open are hidden first; this test's context is the one whose
    wizards the helpers look at."""
    from ui.wizard.dialog import WizardDialog

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, WizardDialog) and widget.isVisible():
            widget.hide()
    _CTX.append(ctx)
    yield
    _CTX.clear()


def open_wizard_on(qtbot: Any, window: Any, order_no: str) -> Any:
    select(qtbot, window, order_no)
    qtbot.keyClick(window.table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: bool(wizards()) and wizards()[0].snap is not None, timeout=5000)
    return wizards()[0]


def select(qtbot: Any, window: Any, order_no: str) -> None:
    window.search.clear()
    qtbot.keyClicks(window.search, order_no)
    wait_idle(qtbot, window.ctx)
    qtbot.waitUntil(lambda: window.model.rowCount() >= 1, timeout=5000)
    window.table.setFocus()
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: window.detail.detail is not None, timeout=5000)


def sign_in(qtbot: Any, dialog: Any, name: str) -> None:
    dialog.name_box.setEditText(name)
    dialog.pin.clear()
    qtbot.keyClicks(dialog.pin, PINS[name])
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)


def test_the_header_always_names_the_signed_in_user_and_role(qtbot: Any, make_window: Any) -> None:
    window = make_window("张三")
    assert window.user_label.isVisible()
    assert window.user_label.text() == "张三（收银员）"
    window.ctx.set_language("en")
    qtbot.waitUntil(lambda: window.user_label.text() == "张三 (Cashier)", timeout=3000)
    assert window.switch_button.text() == "Switch user"


def test_switch_user_returns_to_sign_in_and_saves_the_open_wizard(
    qtbot: Any, make_window: Any
) -> None:
    window = make_window("张三")
    wizard = open_wizard_on(qtbot, window, SPECIAL_ORDER_NO)
    for box in wizard.verify_page.checks.values():
        box.click()  # step 1 ticked but not yet saved with 下一步
    qtbot.keyClick(wizard, Qt.Key.Key_F12, Qt.KeyboardModifier.ShiftModifier)  # 切换用户
    qtbot.waitUntil(lambda: window.session.signin_dialog is not None, timeout=8000)
    assert not wizards()
    with window.ctx.store.transaction() as s:
        from app.queries import latest_case

        assert latest_case(s, order_id_of(window.ctx)).stage.value == "CONTACT"  # saved
    dialog = window.session.signin_dialog
    assert dialog.isVisible() and window.isVisible()  # nothing quit
    assert window.ctx.user is None and window.user_label.text() == "未登录"
    assert window.session.covered_windows() and "张三" not in window.windowTitle()
    sign_in(qtbot, dialog, "李四")
    qtbot.waitUntil(lambda: window.ctx.user is not None, timeout=8000)
    qtbot.waitUntil(lambda: not window.locked, timeout=5000)
    assert window.user_label.text() == "李四（值班主管）"
    assert window.queue_buttons[1].isVisible()  # the lead's queues are there now
    assert not window.session.covered_windows()


def test_cancel_at_the_switch_sign_in_quits_rather_than_going_back(
    qtbot: Any, make_window: Any
) -> None:
    window = make_window("李四")
    window.switch_user()
    qtbot.waitUntil(lambda: window.session.signin_dialog is not None, timeout=8000)
    dialog = window.session.signin_dialog
    assert "退出 guadan" in [b.text() for b in dialog.buttons.buttons()]
    dialog.reject()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    assert window.ctx.user is None


def test_the_lock_covers_every_window_and_offers_another_user(qtbot: Any, make_window: Any) -> None:
    from ui.session import LockCover

    window = make_window("张三")
    wizard = open_wizard_on(qtbot, window, SPECIAL_ORDER_NO)
    assert SPECIAL_ORDER_NO in wizard.windowTitle()
    qtbot.keyClick(wizard, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # Ctrl+L = lock
    qtbot.waitUntil(lambda: window.locked, timeout=3000)
    lock = window.lock_dialog
    assert lock.isVisible()
    for top in (window, wizard):
        cover = top.findChild(LockCover)
        assert cover is not None and cover.isVisible()
        assert cover.geometry() == top.rect()
        assert SPECIAL_ORDER_NO not in top.windowTitle() and "¥" not in top.windowTitle()
    assert not lock.findChild(LockCover)
    qtbot.mouseClick(lock.switch_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session.signin_dialog is not None, timeout=8000)
    assert not wizards()
    sign_in(qtbot, window.session.signin_dialog, "赵敏")
    qtbot.waitUntil(lambda: window.ctx.user_name == "赵敏" and not window.locked, timeout=8000)


def test_unlock_gives_the_same_windows_back(qtbot: Any, make_window: Any) -> None:
    from ui.session import LockCover

    window = make_window("张三")
    wizard = open_wizard_on(qtbot, window, SPECIAL_ORDER_NO)
    title = wizard.windowTitle()
    window.ctx.settings = dataclasses.replace(window.ctx.settings, idle_lock_minutes=1)
    window.idle.set_timeout_ms(60)  # the idle lock, not a key
    qtbot.waitUntil(lambda: window.locked, timeout=3000)
    window.idle.set_timeout_ms(60 * 60_000)  # not locked again the moment it unlocks
    assert wizard.findChild(LockCover).isVisible()
    qtbot.keyClicks(window.lock_dialog.pin, PINS["张三"])
    qtbot.keyClick(window.lock_dialog.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.locked, timeout=5000)
    qtbot.waitUntil(lambda: wizard.windowTitle() == title, timeout=2000)
    assert isValid(wizard) and wizard.isVisible()


def test_f4_is_approval_in_the_wizard_and_the_pending_queue_has_its_own_action(
    qtbot: Any, make_window: Any
) -> None:
    window = make_window("李四")
    pending_case(window.ctx)
    window.queue_buttons[1].click()  # 待审批
    wait_idle(qtbot, window.ctx)
    assert window.approve_button.isVisible()
    select(qtbot, window, SPECIAL_ORDER_NO)
    qtbot.mouseClick(window.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(wizards()) and wizards()[0].snap is not None, timeout=5000)
    wizard = wizards()[0]
    assert wizard.index == 3  # straight to step 4: what the lead must judge
    qtbot.keyClick(wizard, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.locked, timeout=3000)  # Ctrl+L locks here too
    assert getattr(wizard, "pin_dialog", None) is None
    qtbot.keyClicks(window.lock_dialog.pin, PINS["李四"])
    qtbot.keyClick(window.lock_dialog.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.locked, timeout=5000)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow, timeout=3000)
    assert wizard.approval_page.approve_button.isVisible()
    qtbot.keyClick(wizard, Qt.Key.Key_F4)  # F4 = approve or reject
    qtbot.waitUntil(lambda: getattr(wizard, "pin_dialog", None) is not None, timeout=3000)
    assert wizard.pin_dialog.isVisible()


def test_f2_and_f4_with_nothing_selected_say_what_to_do(qtbot: Any, make_window: Any) -> None:
    window = make_window("李四")
    window.table.clearSelection()
    qtbot.waitUntil(lambda: window.selected_order_id() is None, timeout=2000)
    qtbot.keyClick(window.table, Qt.Key.Key_F2)
    assert window.status.notice_label.text() == "请先选择一笔挂单"
    qtbot.keyClick(window.table, Qt.Key.Key_F4)
    assert "请先选择" in window.status.notice_label.text()
    assert not wizards()


def test_sign_in_tab_goes_from_the_user_to_the_pin(qtbot: Any, ctx: Any) -> None:
    from ui.dialogs.signin import SignInDialog

    dialog = SignInDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.name_box.count() > 0, timeout=5000)
    dialog.name_box.setFocus()
    qtbot.waitUntil(dialog.name_box.hasFocus, timeout=2000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.pin.hasFocus()
