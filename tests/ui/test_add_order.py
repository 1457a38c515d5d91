"""An empty store says what to do next (导入 / 新增), and 文件 → 新增挂单 takes one order by
hand with the import's rules: every problem at once under its field, a full card number
masked before it is saved."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from sqlalchemy import delete, select

from app.clock import format_local, utcnow
from app.models import SuspendedOrder
from tests.ui.conftest import sign_in_as, type_text, wait_idle


def test_an_empty_store_offers_import_and_add_and_the_order_goes_in(qtbot: Any, ctx: Any) -> None:
    from ui.main_window import MainWindow

    with ctx.store.engine.begin() as conn:
        conn.execute(delete(SuspendedOrder))
    sign_in_as(ctx, "张三")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    window.start()
    panel = window.empty_panel
    qtbot.waitUntil(lambda: panel.title.text() == "还没有挂单", timeout=5000)
    assert window.list_stack.currentWidget() is panel
    assert panel.import_button.isVisibleTo(window) and "导入" in panel.import_button.text()
    assert panel.add_button.isVisibleTo(window) and "新增" in panel.add_button.text()

    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    dialog = window.add_order_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    wait_idle(qtbot, ctx)
    assert dialog.inputs["merchant_no"].text() == "898310048161234"  # the store's own
    assert dialog.inputs["cause"].currentData() == ""  # nothing pre-chosen

    type_text(qtbot, dialog.inputs["amount"], "abc")
    type_text(qtbot, dialog.inputs["trace_no"], "12")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.errors["order_no"].text() != "", timeout=5000)
    for name in ("order_no", "occurred_at", "amount", "cause", "trace_no", "card"):
        assert dialog.errors[name].text(), name  # all at once, each under its field
    assert "128.00" in dialog.errors["amount"].text()
    assert dialog.isVisible()

    type_text(qtbot, dialog.inputs["order_no"], "M20261203001")
    when = format_local(utcnow())
    type_text(qtbot, dialog.inputs["occurred_at"], when)
    dialog.inputs["amount"].clear()
    type_text(qtbot, dialog.inputs["amount"], "88.00")
    funding = dialog.inputs["funding"]
    funding.setCurrentIndex(funding.findData("DEBIT"))
    type_text(qtbot, dialog.inputs["card"], "6228480402564890018")
    cause = dialog.inputs["cause"]
    cause.setCurrentIndex(cause.findData("NETWORK"))
    for name, text in (
        ("trace_no", "000123"),
        ("rrn", "123456789012"),
        ("batch_no", "000001"),
        ("auth_code", "A1B2C3"),
        ("operation_no", "000123"),
    ):
        dialog.inputs[name].clear()
        type_text(qtbot, dialog.inputs[name], text)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=5000)  # saved, closed
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=5000)
    with ctx.store.transaction() as s:
        order = s.execute(select(SuspendedOrder)).scalar_one()
        assert order.order_no == "M20261203001" and order.amount_fen == 8800
        assert order.card_masked == "622848******0018"  # never the full number
