"""Import, settings, user administration and first run, driven through their widgets."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.ui.conftest import sign_in_as, type_text, wait_idle

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


def _count(ctx: Any) -> int:
    from app.queries import total_orders

    with ctx.store.transaction() as s:
        return total_orders(s)


def test_import_of_a_bad_file_shows_each_problem_and_imports_nothing(
    qtbot: Any, ctx: Any, tmp_path: Path
) -> None:
    from ui.dialogs.import_dialog import ImportDialog

    sign_in_as(ctx, "张三")
    before = _count(ctx)
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "order_no,occurred_at,location,amount,txn_type,funding,card,merchant_no,terminal_no,cause\n"
        "B1,2026-11-20 10:00:00,Counter 1,12.00,SALE,CREDIT,622588******1234,898310048161234,12345678,NETWORK\n"
        "B2,2026-13-40 10:00:00,Counter 1,abc,SALE,CREDIT,622588******1234,12345,12345678,NETWORK\n",
        encoding="utf-8",
    )
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_path(bad)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=5000)
    assert dialog.problems.isVisible()
    assert "未导入任何挂单" in dialog.result_label.text()
    rows = {dialog.problems.item(r, 0).text() for r in range(dialog.problems.rowCount())}
    assert rows == {"3"}  # every problem is on the second data line (CSV row 3)
    messages = [dialog.problems.item(r, 2).text() for r in range(dialog.problems.rowCount())]
    assert any("金额" in m for m in messages) and all(
        m and not m.startswith("import.") for m in messages
    )
    assert _count(ctx) == before


def test_import_of_a_good_file_adds_the_orders(qtbot: Any, ctx: Any, tmp_path: Path) -> None:
    from app.demo import DEMO_MERCHANT_NO
    from tests.ui.conftest import MERCHANT_NO
    from ui.dialogs.import_dialog import ImportDialog

    sign_in_as(ctx, "张三")
    before = _count(ctx)
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    # The sample is the demo store's; this store has a merchant number of its own, and an
    # import of another merchant's orders is refused (issue 11).
    ours = tmp_path / "orders-zh.csv"
    sample = (SAMPLES / "orders-zh.csv").read_text(encoding="utf-8")
    ours.write_text(sample.replace(DEMO_MERCHANT_NO, MERCHANT_NO), encoding="utf-8")
    dialog.set_path(ours)
    with qtbot.waitSignal(ctx.orders_changed, timeout=5000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.report.ok and dialog.report.imported > 0
    assert _count(ctx) == before + dialog.report.imported
    assert not dialog.problems.isVisible()


def test_settings_are_saved_by_an_admin(qtbot: Any, ctx: Any) -> None:
    from app.settings import load_settings
    from ui.dialogs.settings_dialog import SettingsDialog

    sign_in_as(ctx, "王芳")
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.waitUntil(save.isEnabled, timeout=5000)
    assert dialog.port.findData("simulator") >= 0
    dialog.idle_minutes.setValue(9)
    dialog.threshold.clear()
    qtbot.keyClicks(dialog.threshold, "8000.00")
    dialog.refund_days.setValue(45)
    dialog.baud.setCurrentIndex(dialog.baud.findData(9600))
    with qtbot.waitSignal(ctx.settings_changed, timeout=5000):
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    with ctx.store.transaction() as s:
        saved = load_settings(s)
    assert (saved.idle_lock_minutes, saved.approval_threshold_fen, saved.refund_window_days) == (
        9,
        800_000,
        45,
    )
    assert ctx.settings.idle_lock_minutes == 9
    from app.counter import load_binding

    assert load_binding().baudrate == 9600  # this counter's terminal: its binding, on this PC


def test_the_terminal_box_chooses_protocol_and_line_and_tests_the_connection(
    qtbot: Any, ctx: Any
) -> None:
    from app.counter import CounterBinding, load_binding, save_binding
    from ui.dialogs.settings_dialog import SettingsDialog

    save_binding(CounterBinding())
    sign_in_as(ctx, "王芳")
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.waitUntil(lambda: save.isEnabled() and dialog.protocol.count() >= 2, timeout=5000)
    assert any(
        str(dialog.port.itemData(i)).startswith("socket://") for i in range(dialog.port.count())
    )
    index = dialog.protocol.findData("concert")
    assert index >= 0 and "Concert" in dialog.protocol.itemText(index)
    dialog.protocol.setCurrentIndex(index)
    dialog.protocol.activated.emit(index)  # as a click on the item does
    assert (dialog.baud.currentData(), dialog.line.currentData()) == (9600, "7E1")
    dialog.port.setCurrentIndex(dialog.port.findData("simulator"))
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "终端已应答" in dialog.test_result.text(), timeout=5000)
    assert "不报告终端号" in dialog.test_result.text()  # Concert never says which terminal
    # a port where nothing answers is said in plain words
    dialog.protocol.setCurrentIndex(dialog.protocol.findData("integrado"))
    dialog.port.setEditText("socket://127.0.0.1:9")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "终端没有应答" in dialog.test_result.text(), timeout=10000)
    dialog.protocol.setCurrentIndex(index)
    dialog.port.setCurrentIndex(dialog.port.findData("simulator"))
    with qtbot.waitSignal(ctx.settings_changed, timeout=5000):
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    binding = load_binding()
    assert (binding.protocol, binding.port, binding.baudrate) == ("concert", "simulator", 9600)
    assert (binding.bytesize, binding.parity, binding.stopbits) == (7, "E", 1)
    save_binding(CounterBinding())


def test_settings_refuse_a_bad_threshold(qtbot: Any, ctx: Any) -> None:
    from ui.dialogs.settings_dialog import SettingsDialog

    sign_in_as(ctx, "王芳")
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.waitUntil(save.isEnabled, timeout=5000)
    dialog.threshold.setText("八千")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert "5000.00" in dialog.message.text()


def test_user_admin_add_disable_and_reset_pin(qtbot: Any, ctx: Any) -> None:
    from app.users import authenticate, find_user
    from ui.dialogs.users_dialog import UsersDialog

    sign_in_as(ctx, "王芳")
    dialog = UsersDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 4, timeout=5000)
    type_text(qtbot, dialog.name_edit, "钱七")
    dialog.role_box.setCurrentIndex(dialog.role_box.findData("LEAD"))
    qtbot.keyClicks(dialog.add_pin, "765432")  # a run down: refused in words (issue 11)
    qtbot.keyClicks(dialog.add_pin_again, "765432")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "太容易被猜到" in dialog.add_errors["pin"].text(), timeout=5000)
    assert dialog.table.rowCount() == 4
    # typed twice, differently, and a phone that is no phone: both said at once, by their fields
    qtbot.keyClicks(dialog.add_pin, "765942")
    qtbot.keyClicks(dialog.add_pin_again, "765943")
    type_text(qtbot, dialog.phone_edit, "12345")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "不一致" in dialog.add_errors["pin_again"].text(), timeout=5000)
    assert "电话号码格式不对" in dialog.add_errors["phone"].text()
    assert dialog.add_errors["pin"].text() == ""  # the fixed problem has cleared
    assert dialog.add_pin.text() == "" and dialog.add_pin_again.text() == ""
    assert dialog.table.rowCount() == 4
    qtbot.keyClicks(dialog.add_pin, "765942")
    qtbot.keyClicks(dialog.add_pin_again, "765942")
    dialog.phone_edit.clear()
    type_text(qtbot, dialog.phone_edit, "13912345678")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 5, timeout=5000)
    assert "钱七" in dialog.message.text()
    row = next(i for i, r in enumerate(dialog.rows) if r.name == "钱七")
    assert dialog.table.item(row, 2).text() == "139****5678"  # masked on screen
    with ctx.store.transaction() as s:
        assert find_user(s, "钱七").phone == "13912345678"  # in full for the printed form

    # a PIN that is too short is refused in words
    type_text(qtbot, dialog.name_edit, "孙八")
    qtbot.keyClicks(dialog.add_pin, "12")
    qtbot.keyClicks(dialog.add_pin_again, "12")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    assert dialog.table.rowCount() == 5 and "PIN" in dialog.add_errors["pin"].text()

    row = next(i for i, r in enumerate(dialog.rows) if r.name == "钱七")
    dialog.table.selectRow(row)
    qtbot.mouseClick(dialog.toggle_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: any(r.name == "钱七" and not r.active for r in dialog.rows), timeout=5000
    )

    row = next(i for i, r in enumerate(dialog.rows) if r.name == "张三")
    dialog.table.selectRow(row)
    qtbot.keyClicks(dialog.new_pin, "990788")
    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "张三" in dialog.message.text(), timeout=5000)
    with ctx.store.transaction() as s:
        assert not find_user(s, "钱七").active
        assert authenticate(s, "张三", "990788").name == "张三"


def test_first_run_sets_up_the_store(qtbot: Any, qapp: Any, tmp_path: Path) -> None:
    from app.db import open_store
    from app.setup import current_merchant, store_is_set_up
    from ui.context import AppContext
    from ui.dialogs.first_run import CHOICE_SETUP, FirstRunDialog

    store = open_store(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    ctx = AppContext(store)
    try:
        dialog = FirstRunDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.mouseClick(dialog.setup_button, Qt.MouseButton.LeftButton)
        values = {
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
        for key, text in values.items():
            type_text(qtbot, dialog.fields[key], text)
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.choice == CHOICE_SETUP, timeout=5000)
        with store.transaction() as s:
            assert store_is_set_up(s)
            assert current_merchant(s).merchant_no == "898310048169999"
    finally:
        ctx.tasks.shutdown()
        store.dispose()
