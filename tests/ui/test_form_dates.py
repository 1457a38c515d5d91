"""Step 3's application date: typed as a cashier types it, refused in words at once when it
is no date, in the future or before the sale; the calendar offers only the allowed days; a
save shows every problem at once (an amount that is no number with the others)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate

from app.clock import today
from tests.ui.conftest import sign_in_as
from tests.ui.test_wizard import (  # noqa: F401 (the autouse fixture applies here too)
    add_order,
    contact_agreed,
    open_dialog,
    press_next,
    type_into,
    verify_all,
    wizards_die_on_the_gui_thread,
)


def test_typed_dates_are_read_or_refused_in_words(qtbot: Any, ctx: Any) -> None:
    sign_in_as(ctx, "张三")
    dialog = open_dialog(qtbot, ctx, add_order(ctx))
    verify_all(qtbot, dialog)
    contact_agreed(qtbot, dialog)
    form = dialog.form_page
    field, error = form.inputs["application_date"], form.errors["application_date"]
    now = today(ctx.settings.timezone)
    assert field.text() == now.isoformat()  # today by default

    # the calendar offers the sale's day up to today, nothing later
    calendar = field.calendar
    assert calendar.maximumDate().toPython() == now
    assert calendar.minimumDate().toPython() == dialog.snap.order_date
    tomorrow = calendar.dateTextFormat(QDate(now + dt.timedelta(days=1)))
    assert tomorrow.foreground().color().name() == "#b8bcc2"  # drawn as not offered

    future = now + dt.timedelta(days=3)
    type_into(qtbot, field.edit, future.strftime("%Y/%m/%d"))
    assert error.isVisible() and now.isoformat() in error.text()  # at once, not on 下一步
    assert "不能晚于今天" in error.text()
    type_into(qtbot, field.edit, "2026-13-40")
    assert "没有这一天" in error.text()
    type_into(qtbot, field.edit, "昨天")
    assert "年-月-日" in error.text()
    type_into(qtbot, field.edit, now.strftime("%Y%m%d"))  # eight digits are read too
    assert not error.isVisible()
    type_into(qtbot, field.edit, f"{now.year}年{now.month}月{now.day}日")
    assert not error.isVisible() and field.date() == now

    # every problem at once: a date that is no date, an amount that is no number, a phone
    type_into(qtbot, field.edit, "12月")
    form.inputs["amount"].setReadOnly(False)
    type_into(qtbot, form.inputs["amount"], "abc")
    type_into(qtbot, form.inputs["applicant_phone"], "0000")
    press_next(qtbot, dialog)
    qtbot.waitUntil(lambda: form.errors["applicant_phone"].isVisible(), timeout=3000)
    assert dialog.index == 2
    assert "年-月-日" in error.text() and error.isVisible()
    assert form.errors["amount"].isVisible() and "128.00" in form.errors["amount"].text()
