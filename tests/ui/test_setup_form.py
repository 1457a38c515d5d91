"""The first-run set-up form as a new store's admin meets it: keyboard only, wrong input,
nothing jumping under the cursor; the demo hint names every demo user."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt

from tests.ui.conftest import type_text, wait_idle

GOOD = {
    "merchant_name": "人民路便利店",
    "merchant_no": "898310048169999",
    "terminal_no": "87654321",
    "admin_name": "管理员甲",
    "admin_pin": "135790",
    "admin_pin_again": "135790",
    "lead_name": "主管乙",
    "lead_pin": "246802",
    "lead_pin_again": "246802",
}


@pytest.fixture
def first_run(qtbot: Any, qapp: Any, tmp_path: Path) -> Any:
    from app.db import open_store
    from ui import i18n
    from ui.context import AppContext
    from ui.dialogs.first_run import FirstRunDialog

    i18n.install("zh_CN")
    store = open_store(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    ctx = AppContext(store)
    dialog = FirstRunDialog(ctx)
    dialog.show()
    qtbot.mouseClick(dialog.setup_button, Qt.MouseButton.LeftButton)
    yield dialog
    close_before_the_store(qtbot, dialog, ctx, store)


def close_before_the_store(qtbot: Any, dialog: Any, ctx: Any, store: Any) -> None:
    """The dialog goes first, on this thread, with its queued callbacks; then the workers
    and the store (a widget outliving its context crashed the next test's event loop)."""
    wait_idle(qtbot, ctx)
    dialog.close()
    shiboken6.delete(dialog)
    qtbot.wait(10)
    ctx.tasks.shutdown(wait=True)
    store.dispose()


def fill(qtbot: Any, dialog: Any, values: dict[str, str]) -> None:
    for key, text in values.items():
        dialog.fields[key].clear()
        type_text(qtbot, dialog.fields[key], text)


def test_enter_submits_the_set_up_form(qtbot: Any, first_run: Any) -> None:
    from app.setup import store_is_set_up
    from ui.dialogs.first_run import CHOICE_SETUP

    dialog = first_run
    fill(qtbot, dialog, GOOD)
    dialog.fields["lead_pin"].setFocus()
    qtbot.keyClick(dialog.fields["lead_pin"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.choice == CHOICE_SETUP, timeout=8000)
    with dialog.ctx.store.transaction() as s:
        assert store_is_set_up(s)


def test_the_form_does_not_jump_as_errors_come_and_go(qtbot: Any, first_run: Any) -> None:
    dialog = first_run
    fill(qtbot, dialog, GOOD | {"merchant_no": "123", "terminal_no": "1"})
    positions = {
        key: field.mapTo(dialog, field.rect().topLeft()) for key, field in dialog.fields.items()
    }
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog.ctx)
    qtbot.waitUntil(lambda: dialog.errors["merchant_no"].text() != "", timeout=5000)
    assert dialog.errors["terminal_no"].text()
    shown = {
        key: field.mapTo(dialog, field.rect().topLeft()) for key, field in dialog.fields.items()
    }
    assert shown == positions  # the errors took room kept for them
    fill(qtbot, dialog, {"merchant_no": GOOD["merchant_no"]})
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog.ctx)
    qtbot.waitUntil(lambda: dialog.errors["merchant_no"].text() == "", timeout=5000)
    assert dialog.errors["terminal_no"].text()
    cleared = {
        key: field.mapTo(dialog, field.rect().topLeft()) for key, field in dialog.fields.items()
    }
    assert cleared == positions


def test_the_demo_hint_names_every_demo_user(qtbot: Any, qapp: Any, tmp_path: Path) -> None:
    from app.db import open_store
    from app.demo import DEMO_USERS
    from ui.context import AppContext
    from ui.dialogs.first_run import FirstRunDialog

    store = open_store(f"sqlite:///{tmp_path / 'e.sqlite3'}")
    ctx = AppContext(store)
    dialog = FirstRunDialog(ctx)
    try:
        for name, (_role, pin) in DEMO_USERS.items():
            assert name in dialog.demo_note.text() and pin in dialog.demo_note.text()
        assert "赵敏" in dialog.demo_note.text()
    finally:
        close_before_the_store(qtbot, dialog, ctx, store)


def test_a_trivial_pin_is_refused_under_its_field(qtbot: Any, first_run: Any) -> None:
    from app.setup import store_is_set_up

    dialog = first_run
    fill(qtbot, dialog, GOOD | {"admin_pin": "123456", "admin_pin_again": "123456"})
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog.ctx)
    qtbot.waitUntil(lambda: dialog.errors["admin_pin"].text() != "", timeout=5000)
    assert "太容易被猜到" in dialog.errors["admin_pin"].text()
    assert dialog.errors["lead_pin"].text() == ""
    with dialog.ctx.store.transaction() as s:
        assert not store_is_set_up(s)


def test_each_pin_is_typed_twice(qtbot: Any, first_run: Any) -> None:
    """A typo in a masked PIN would lock the store's only admin out: typed twice, compared."""
    from app.setup import store_is_set_up

    dialog = first_run
    fill(qtbot, dialog, GOOD | {"lead_pin_again": "246803", "merchant_no": "12"})
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog.ctx)
    qtbot.waitUntil(lambda: dialog.errors["lead_pin_again"].text() != "", timeout=5000)
    assert "不一致" in dialog.errors["lead_pin_again"].text()
    assert dialog.errors["merchant_no"].text()  # with the other problems, at once
    assert dialog.errors["admin_pin_again"].text() == ""
    with dialog.ctx.store.transaction() as s:
        assert not store_is_set_up(s)


def test_enter_on_a_refused_form_stays_on_the_form(qtbot: Any, first_run: Any) -> None:
    """Enter set the store up when all was right, but with a problem it went 返回 to the
    first page: 返回 was the dialog's default button, not 完成设置."""
    dialog = first_run
    fill(qtbot, dialog, GOOD | {"merchant_no": "123"})
    field = dialog.fields["lead_pin_again"]
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Return)
    wait_idle(qtbot, dialog.ctx)
    qtbot.waitUntil(lambda: dialog.errors["merchant_no"].text() != "", timeout=5000)
    assert dialog.pages.currentIndex() == 1  # still the form, its problem shown
    assert dialog.create_button.isDefault() and not dialog.back_button.autoDefault()
