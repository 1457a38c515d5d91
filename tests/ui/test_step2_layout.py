"""Step 2's ticks are one size: 已联系发卡行 (a checkable group's title) was drawn at the
style's 13 px while 顾客同意 had the wizard's 20 px."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QStyle, QStyleOptionButton, QStyleOptionGroupBox

from tests.ui.conftest import sign_in_as
from tests.ui.test_wizard import (  # noqa: F401 (the autouse fixture applies here too)
    add_order,
    open_dialog,
    verify_all,
    wizards_die_on_the_gui_thread,
)


def test_every_tick_on_step_2_is_the_same_size(qtbot: Any, ctx: Any) -> None:
    sign_in_as(ctx, "张三")
    dialog = open_dialog(qtbot, ctx, add_order(ctx))
    verify_all(qtbot, dialog)
    page = dialog.contact_page
    box, agreed = page.bank_box, page.agreed

    group = QStyleOptionGroupBox()
    box.initStyleOption(group)
    bank_tick = box.style().subControlRect(
        QStyle.ComplexControl.CC_GroupBox, group, QStyle.SubControl.SC_GroupBoxCheckBox, box
    )
    button = QStyleOptionButton()
    agreed.initStyleOption(button)
    agreed_tick = agreed.style().subElementRect(
        QStyle.SubElement.SE_CheckBoxIndicator, button, agreed
    )
    assert agreed_tick.size().width() == 20
    assert bank_tick.size() == agreed_tick.size()


def test_a_fixed_field_stops_saying_it_is_wrong(qtbot: Any, ctx: Any) -> None:
    """The errors stayed after the fields were fixed, until the next 下一步."""
    from app.models import Cause
    from tests.ui.test_wizard import press_next

    sign_in_as(ctx, "张三")
    dialog = open_dialog(qtbot, ctx, add_order(ctx, cause=Cause.SYSTEM_ERROR))  # no reason preset
    verify_all(qtbot, dialog)
    page = dialog.contact_page
    press_next(qtbot, dialog)
    qtbot.waitUntil(lambda: page.errors["reason"].isVisible(), timeout=3000)
    assert page.errors["explanation"].isVisible() and page.errors["customer_agreed"].isVisible()
    page.reason.setCurrentIndex(page.reason.findData("NETWORK"))  # fills both templates
    assert not page.errors["reason"].isVisible()
    assert not page.errors["explanation"].isVisible() and not page.errors["guidance"].isVisible()
    assert page.errors["customer_agreed"].isVisible()  # not fixed yet
    assert "1 项" in dialog.message.text()  # the footer's count follows the fixes
    page.agreed.click()
    assert not page.errors["customer_agreed"].isVisible()
    assert not dialog.message.isVisible()
