"""Keyboard (issue 14): from the search box Enter and Down go to the first result; the wizard
opens with the cursor in its first field, and a refused step puts it in the field in error."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import SPECIAL_ORDER_NO, sign_in_as, wait_idle
from tests.ui.test_wizard import (  # noqa: F401 (the autouse fixture applies here too)
    add_order,
    contact_agreed,
    open_dialog,
    press_next,
    type_into,
    verify_all,
    wizards_die_on_the_gui_thread,
)


def test_enter_and_down_in_the_search_box_go_to_the_first_result(
    qtbot: Any, make_window: Any
) -> None:
    window = make_window("张三")
    window.activateWindow()
    window.focus_search()
    qtbot.keyClicks(window.search, SPECIAL_ORDER_NO)
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.selected_order_id() is not None, timeout=5000)
    assert window.table.hasFocus()
    assert window.model.row_at(0).order_no == SPECIAL_ORDER_NO

    window.table.clearSelection()
    window.focus_search()
    window.search.clear()
    wait_idle(qtbot, window.ctx)
    qtbot.keyClick(window.search, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.selected_order_id() is not None, timeout=5000)
    assert window.table.hasFocus() and window.table.selectionModel().selectedRows()[0].row() == 0


def _focused_in(page: Any) -> Any:
    widget = QApplication.focusWidget()
    return widget if widget is not None and page.isAncestorOf(widget) else None


def test_the_wizard_opens_in_its_first_field_and_a_refusal_goes_to_the_field_in_error(
    qtbot: Any, ctx: Any
) -> None:
    sign_in_as(ctx, "张三")
    dialog = open_dialog(qtbot, ctx, add_order(ctx))
    dialog.activateWindow()
    qtbot.waitUntil(lambda: _focused_in(dialog.verify_page) is not None, timeout=3000)
    first = next(iter(dialog.verify_page.checks.values()))
    assert QApplication.focusWidget() is first  # step 1's first check, ready for Space

    verify_all(qtbot, dialog)
    contact_agreed(qtbot, dialog)
    form = dialog.form_page
    qtbot.waitUntil(lambda: _focused_in(form) is not None, timeout=3000)  # step 3 on screen
    form.inputs["application_date"].setDate(QDate.currentDate())
    type_into(qtbot, form.inputs["applicant_phone"], "0000")
    form.inputs["merchant_name"].setFocus()
    press_next(qtbot, dialog)
    assert form.errors["applicant_phone"].isVisible()
    assert QApplication.focusWidget() is form.inputs["applicant_phone"]
