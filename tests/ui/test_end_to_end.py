"""The cashier's whole path, as issue 4 states it: sign in → find the order by search → steps
1–3 → submit → a lead approves through the PIN dialog → step 5 on the simulated terminal →
the list shows 已撤销. Real widgets throughout; the terminal is the store's configured one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from shiboken6 import isValid

from app.payments.card.integrado.simulator import SimulatedTerminal
from app.payments.card.store_terminal import simulator_journal
from tests.ui.conftest import wait_idle
from tests.ui.test_wizard import (  # noqa: F401 (the autouse fixture applies here too)
    _OPENED,
    add_order,
    contact_agreed,
    fill_form,
    lead_decides,
    press_next,
    submit,
    verify_all,
    wizards_die_on_the_gui_thread,
)
from ui.wizard import WizardDialog


def test_sign_in_search_five_steps_and_the_list_shows_voided(
    qtbot: Any, ctx: Any, tmp_path: Path
) -> None:
    from ui.dialogs.signin import SignInDialog
    from ui.main_window import MainWindow

    sale = SimulatedTerminal(simulator_journal(ctx.store))
    sale.next_operation_no = 900_001  # an operation number no seeded order uses
    operation_no = sale.sale(12_800, "E2E001").operation_no
    add_order(ctx, order_no="E2E20261127", operation_no=operation_no)

    signin = SignInDialog(ctx)
    qtbot.addWidget(signin)
    signin.show()
    qtbot.waitUntil(lambda: signin.name_box.count() > 0, timeout=5000)
    signin.name_box.setEditText("张三")
    qtbot.keyClicks(signin.pin, "111111")
    qtbot.keyClick(signin.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ctx.user is not None, timeout=5000)
    assert ctx.user.name == "张三"

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search, "E2E2026")
    qtbot.waitUntil(lambda: window.model.total == 1, timeout=5000)
    window.table.selectRow(0)
    qtbot.keyClick(window, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: window.findChild(WizardDialog) is not None, timeout=3000)
    dialog = window.findChild(WizardDialog)
    _OPENED.append(dialog)
    qtbot.waitUntil(lambda: dialog.snap is not None, timeout=5000)

    verify_all(qtbot, dialog)
    contact_agreed(qtbot, dialog)
    fill_form(qtbot, dialog, tmp_path)
    submit(qtbot, dialog)
    assert dialog.snap.stage == "PENDING_APPROVAL"
    lead_decides(qtbot, dialog, "李四", "222222", "核对无误")
    qtbot.waitUntil(lambda: dialog.snap.stage == "APPROVED", timeout=5000)
    assert ctx.user_name == "张三"  # the lead's PIN never signed anyone else in

    page = dialog.execute_page
    page.confirm.click()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.snap.stage == "DONE", timeout=8000)
    wait_idle(qtbot, ctx)
    assert SimulatedTerminal(simulator_journal(ctx.store)).sales()[-1].voided
    press_next(qtbot, dialog)  # close
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible(), timeout=3000)

    qtbot.mouseClick(window.queue_buttons[3], Qt.MouseButton.LeftButton)  # 已处理
    qtbot.waitUntil(lambda: window.model.total == 1, timeout=5000)
    shown = [window.model.index(0, c).data() for c in range(window.model.columnCount())]
    assert "E2E20261127" in shown and "已撤销" in shown
