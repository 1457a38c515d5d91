"""Sign-in with name and PIN; the lockout message after five wrong PINs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from ui.dialogs.signin import SignInDialog


def _dialog(qtbot: Any, ctx: Any) -> SignInDialog:
    dialog = SignInDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.name_box.count() == 4, timeout=5000)
    return dialog


def _try(qtbot: Any, dialog: SignInDialog, name: str, pin: str) -> None:
    dialog.name_box.setEditText(name)
    qtbot.keyClicks(dialog.pin, pin)
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled() and dialog.ctx.tasks.idle, timeout=5000)


def test_good_pin_signs_in(qtbot: Any, ctx: Any) -> None:
    dialog = _dialog(qtbot, ctx)
    assert "张三" in [dialog.name_box.itemText(i) for i in range(dialog.name_box.count())]
    _try(qtbot, dialog, "张三", "111111")
    assert dialog.result() == SignInDialog.DialogCode.Accepted
    assert ctx.user is not None and ctx.user.name == "张三" and ctx.user.role == "CASHIER"


def test_bad_pin_then_lockout_after_five(qtbot: Any, ctx: Any) -> None:
    dialog = _dialog(qtbot, ctx)
    _try(qtbot, dialog, "张三", "000000")
    assert ctx.user is None
    assert "PIN" in dialog.message.text() and dialog.pin.text() == ""
    for _ in range(4):
        _try(qtbot, dialog, "张三", "000000")
    assert "锁定" in dialog.message.text()
    # even the right PIN is refused while locked
    _try(qtbot, dialog, "张三", "111111")
    assert ctx.user is None
    assert "锁定" in dialog.message.text()


def test_the_last_user_of_this_counter_is_offered_first(qtbot: Any, ctx: Any) -> None:
    dialog = _dialog(qtbot, ctx)
    _try(qtbot, dialog, "赵敏", "444444")
    assert dialog.result() == SignInDialog.DialogCode.Accepted
    again = _dialog(qtbot, ctx)
    assert again.name_box.currentText() == "赵敏"


def test_a_pin_typed_while_the_store_opens_is_checked_once_it_is_open(qtbot: Any, ctx: Any) -> None:
    """The sign-in shows before the store has opened (ui/main.py): this counter's usual cashier
    is offered from the counter's own file, Enter waits, and the PIN is checked on opening."""
    from ui.dialogs.signin import _counter_state

    _counter_state().setValue("last_user", "张三")
    store = ctx.store
    ctx.store = ctx.tasks.store = None
    dialog = SignInDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.name_box.currentText() == "张三" and dialog.message.text() == "正在打开数据库…"
    qtbot.keyClicks(dialog.pin, "111111")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert ctx.user is None and not dialog.buttons.isEnabled()  # waiting for the store
    ctx.set_store(store)
    dialog.store_ready()
    qtbot.waitUntil(lambda: dialog.result() == SignInDialog.DialogCode.Accepted, timeout=5000)
    assert ctx.user is not None and ctx.user.name == "张三"
    assert dialog.name_box.count() == 4  # the names came too
