"""Step 5 of a void with the terminal out of reach: the guided manual path (key the void on
the terminal, record its slip with a lead's PIN), every slip problem at once, the lead's PIN
kept until the record succeeds, and a summary that says 手工登记 and who confirmed it."""

from __future__ import annotations

import socket
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from app.payments.card.ports import open_driver
from tests.core.helpers import photo
from tests.ui.conftest import wait_idle
from tests.ui.test_wizard import (  # noqa: F401 (the autouse fixture applies here too)
    order_status,
    press_next,
    type_into,
    wizards_die_on_the_gui_thread,
)
from tests.ui.test_wizard_execute import approved


def unplugged() -> Any:
    """An opener for a terminal whose port refuses the connection (the cable is out)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # nobody listens there once the probe is closed

    def open_terminal(progress: Any) -> Any:
        return open_driver(f"socket://127.0.0.1:{port}", progress=progress)

    return open_terminal


def test_a_void_with_the_terminal_unplugged_goes_by_hand(
    qtbot: Any, ctx: Any, tmp_path: Path
) -> None:
    dialog = approved(qtbot, ctx, tmp_path, unplugged())
    page = dialog.execute_page
    page.confirm.click()
    press_next(qtbot, dialog)
    qtbot.waitUntil(lambda: page.error_box.isVisibleTo(page), timeout=5000)
    wait_idle(qtbot, ctx)
    assert page.manual_void_button.isVisibleTo(page)  # nothing was sent: the void may go by hand
    assert "手工撤销" in page.manual_void_button.text()
    qtbot.mouseClick(page.manual_void_button, Qt.MouseButton.LeftButton)
    manual = page.manual
    assert page.stack.currentWidget() is manual
    assert "终端无法连接" in manual.intro.text()
    assert "撤销金额为 ¥128.00" in manual.steps.text() and "退货" not in manual.steps.text()
    assert dialog.next_button.text().startswith("登记手工撤销")
    qtbot.mouseClick(manual.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.snap.manual_started, timeout=5000)
    wait_idle(qtbot, ctx)
    assert manual.slip_box.isEnabled()

    # Everything wrong at once, no photo, the lead's right PIN: one round shows it all.
    type_into(qtbot, manual.inputs["reference"], "12")
    type_into(qtbot, manual.inputs["auth_code"], "AB12")
    type_into(qtbot, manual.inputs["trace_no"], "12")
    type_into(qtbot, manual.inputs["amount"], "一百")
    type_into(qtbot, manual.inputs["lead_name"], "李四")
    type_into(qtbot, manual.inputs["lead_pin"], "222222")
    press_next(qtbot, dialog)
    qtbot.waitUntil(lambda: manual.errors["attachment"].isVisible(), timeout=5000)
    wait_idle(qtbot, ctx)
    for name, words in (
        ("reference", "12 位数字"),
        ("auth_code", "6 位"),
        ("trace_no", "6 位数字"),
        ("amount", "¥128.00"),
        ("attachment", "照片"),
    ):
        assert manual.errors[name].isVisible(), name
        assert words in manual.errors[name].text(), name
    assert manual.inputs["lead_pin"].text() == "222222"  # kept until the record succeeds
    assert dialog.focusWidget() is manual.inputs["reference"]  # the topmost field in error

    type_into(qtbot, manual.inputs["reference"], "998877665544")
    type_into(qtbot, manual.inputs["auth_code"], "ab12cd")
    type_into(qtbot, manual.inputs["trace_no"], "000321")
    type_into(qtbot, manual.inputs["amount"], "128.00")
    slip = tmp_path / "slip.png"
    slip.write_bytes(photo(11))
    manual.set_slip_file(slip)
    assert not manual.slip_button.autoDefault()  # Enter after choosing is Next, not the chooser
    press_next(qtbot, dialog)  # the PIN was not typed again
    qtbot.waitUntil(lambda: dialog.snap.stage == "DONE", timeout=5000)
    wait_idle(qtbot, ctx)
    summary = page.summary
    assert page.stack.currentWidget() is summary
    assert summary.headline.text() == "✔ 已手工登记撤销"  # not 撤销成功: typed from the slip
    assert summary.rows["response_code"][0].text() == "登记方式"
    assert summary.rows["response_code"][1].text() == "手工登记，由李四确认"
    assert "00" not in summary.rows["response_code"][1].text()
    assert summary.rows["rrn"][1].text() == "998877665544"
    assert summary.rows["auth_code"][1].text() == "AB12CD"
    assert order_status(ctx, dialog.snap.order_id) == "CANCELLED"
    assert manual.inputs["lead_pin"].text() == ""


def test_stop_waiting_on_a_slow_terminal_leaves_the_case_blocked_but_safe(
    qtbot: Any, ctx: Any, tmp_path: Path
) -> None:
    """The terminal has the command and takes its time: 停止等待 frees the wizard, the case
    stays blocked (nothing can be sent again), and the late answer is still recorded."""
    from app.payments.card.integrado.simulator import SimulatedTerminal

    journal = tmp_path / "sim.json"
    sale = SimulatedTerminal(journal, terminal_id="12345678").sale(12_800, "T00001")
    answer = threading.Event()  # the terminal answers when the test says so

    def slow_terminal(progress: Any) -> Any:
        driver = open_driver("simulator", journal=journal, progress=progress)
        void = driver.terminal.void

        def void_later(operation_no: str) -> Any:
            answer.wait(10)
            return void(operation_no)

        driver.terminal.void = void_later
        return driver

    dialog = approved(qtbot, ctx, tmp_path, slow_terminal, operation_no=sale.operation_no)
    page = dialog.execute_page
    page.confirm.click()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert page.running and not dialog.save_close.isEnabled()
    qtbot.waitUntil(lambda: page.stop_button.isVisibleTo(page), timeout=3000)
    assert "停止等待" in page.stop_button.text()
    qtbot.mouseClick(page.stop_button, Qt.MouseButton.LeftButton)
    assert not page.running and dialog.save_close.isEnabled()  # the wizard may be closed
    qtbot.waitUntil(lambda: page.blocked_box.isVisibleTo(page), timeout=3000)
    assert dialog.snap.blocked and "不会重复" in page.blocked_label.text()
    assert not page.reconcile_button.isEnabled()  # the terminal still has the command
    assert not dialog.next_button.isEnabled()  # no second void while it is out
    answer.set()
    qtbot.waitUntil(lambda: dialog.snap.stage == "DONE", timeout=8000)  # the late answer
    wait_idle(qtbot, ctx)
    assert order_status(ctx, dialog.snap.order_id) == "CANCELLED"
    assert len([s for s in SimulatedTerminal(journal).sales() if s.voided]) == 1


def test_the_slip_photo_chooser_opens_in_pictures_not_the_working_folder(
    qtbot: Any, ctx: Any, monkeypatch: Any
) -> None:
    """Qt's file dialog opens where the app was started from when given "" (it showed the
    program's own folder); a slip's photo is looked for in Pictures (else Documents)."""
    import os

    from PySide6.QtWidgets import QFileDialog

    from ui.print_job import photos_dir
    from ui.wizard.manual_refund import ManualRefundView

    asked: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *args, **kw: (asked.append(args[2]), ("", ""))[1]
    )
    view = ManualRefundView(ctx)
    qtbot.addWidget(view)
    qtbot.mouseClick(view.slip_button, Qt.MouseButton.LeftButton)
    assert asked == [photos_dir()] and asked[0] not in ("", os.getcwd())
