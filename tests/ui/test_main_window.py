"""The main window driven like a cashier would: list, paging, search, filters, detail,
language switch, lock, new-order notice."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from typing import Any

from PySide6.QtCore import Qt

from tests.ui.conftest import MERCHANT_NO, SPECIAL_ORDER_NO, wait_idle
from ui.filters import DATE_7
from ui.orders_model import COL_AMOUNT, COL_CARD, COL_FUNDING, COL_ORDER_NO, COL_STATUS

OPEN_ORDERS = 201  # 200 of the 250 seeded are OPEN, plus the special one


def _search(qtbot: Any, window: Any, text: str) -> None:
    window.search.clear()
    qtbot.keyClicks(window.search, text)
    wait_idle(qtbot, window.ctx)


def _cells(window: Any, col: int) -> list[str]:
    return [window.model.index(r, col).data() for r in range(window.model.rowCount())]


def test_list_fills_first_page_and_fetches_more_on_scroll(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    assert window.model.rowCount() == 100
    assert window.model.total == OPEN_ORDERS
    assert window.count_label.text() == f"共 {OPEN_ORDERS} 笔"
    assert window.model.index(0, COL_ORDER_NO).data() == SPECIAL_ORDER_NO  # newest first
    window.table.scrollToBottom()
    qtbot.waitUntil(lambda: window.model.rowCount() == 200, timeout=5000)
    window.table.scrollToBottom()
    qtbot.waitUntil(lambda: window.model.rowCount() == OPEN_ORDERS, timeout=5000)
    assert not window.model.canFetchMore()


def test_search_by_order_no_last4_and_amount(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()
    _search(qtbot, window, "ZX2026")
    assert _cells(window, COL_ORDER_NO) == [SPECIAL_ORDER_NO]
    _search(qtbot, window, "4321")
    assert _cells(window, COL_ORDER_NO) == [SPECIAL_ORDER_NO]
    assert _cells(window, COL_CARD) == ["6228…4321"]
    _search(qtbot, window, "128")
    assert _cells(window, COL_AMOUNT) == ["¥128.00"]
    _search(qtbot, window, "128.00")
    assert _cells(window, COL_ORDER_NO) == [SPECIAL_ORDER_NO]
    # prefix: T000010 … T000019 — a search looks through every order, finished ones too
    _search(qtbot, window, "T00001")
    assert window.model.total == 10 and all(
        c.startswith("T00001") for c in _cells(window, COL_ORDER_NO)
    )
    window.search.clear()
    wait_idle(qtbot, window.ctx)
    assert window.model.total == OPEN_ORDERS


def test_filters_and_queues_narrow_the_list(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    funding = window.filters.funding_combo
    funding.setCurrentIndex(funding.findData("DEBIT"))
    wait_idle(qtbot, window.ctx)
    assert set(_cells(window, COL_FUNDING)) == {"借记卡"}
    assert window.model.total == 68  # 67 seeded debit OPEN + the special order
    cause = window.filters.cause_combo
    cause.setCurrentIndex(cause.findData("PROMOTION"))
    wait_idle(qtbot, window.ctx)
    assert _cells(window, COL_ORDER_NO) == [SPECIAL_ORDER_NO]
    cause.setCurrentIndex(0)
    funding.setCurrentIndex(0)
    # the last 7 days (store zone): the seeded orders span about ten days, one an hour, so
    # some fall inside at any hour of the day (unlike "today" just after midnight)
    window.filters.date_combo.setCurrentIndex(window.filters.date_combo.findData(DATE_7))
    wait_idle(qtbot, window.ctx)
    assert 0 < window.model.total < OPEN_ORDERS
    window.filters.date_combo.setCurrentIndex(0)
    qtbot.mouseClick(window.queue_buttons[3], Qt.MouseButton.LeftButton)  # 已处理
    wait_idle(qtbot, window.ctx)
    assert window.model.total == 50 and set(_cells(window, COL_STATUS)) == {"已撤销"}


def test_detail_pane_shows_fee_net_and_timeline(qtbot: Any, make_window: Any) -> None:
    from app import workflow
    from app.users import find_user

    window = make_window()
    with window.ctx.store.transaction() as s:
        order_id = window.model.index(0, 0).data(Qt.ItemDataRole.UserRole + 1)
        workflow.open_case(s, order_id, find_user(s, "张三"))
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: window.detail.detail is not None, timeout=5000)
    values = {
        n.text(): v.text()
        for n, v in zip(window.detail.name_labels, window.detail.value_labels, strict=True)
    }
    assert values["单号"] == SPECIAL_ORDER_NO
    assert values["金额"] == "¥128.00"
    assert values["手续费"] == "¥0.64"  # debit 0.50 %
    assert values["净额"] == "¥127.36"
    assert values["商户编号"] == MERCHANT_NO
    assert window.detail.timeline.count() >= 1
    assert "张三" in window.detail.timeline.item(0).text()
    assert window.detail.print_button.isEnabled()


def test_language_switch_retranslates_the_open_window(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    assert window.queue_buttons[0].text().startswith("挂单")
    assert window.model.headerData(0, Qt.Orientation.Horizontal) == "时间"
    window.actions_by_name["lang_en"].trigger()
    qtbot.waitUntil(lambda: window.queue_buttons[0].text().startswith("Suspended"), timeout=3000)
    assert window.model.headerData(0, Qt.Orientation.Horizontal) == "Time"
    assert window.search.placeholderText() == "Order no. / card last 4 / amount"
    assert window.model.index(0, COL_FUNDING).data() == "Debit"
    assert "Cashier" in window.status.user_label.text()
    window.actions_by_name["lang_zh_CN"].trigger()
    qtbot.waitUntil(lambda: window.queue_buttons[0].text().startswith("挂单"), timeout=3000)
    assert window.model.index(0, COL_FUNDING).data() == "借记卡"


def test_ctrl_l_locks_and_the_users_pin_unlocks(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked and window.stack.currentWidget() is window.locked_page
    dialog = window.lock_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    qtbot.keyClicks(dialog.pin, "000000")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(dialog.message.text()), timeout=5000)
    assert window.locked
    qtbot.keyClicks(dialog.pin, "111111")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.locked, timeout=5000)
    assert window.stack.currentWidget() is window.list_page


def test_idle_lock(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    window.idle.set_timeout_ms(150)
    window.idle.start()
    qtbot.waitUntil(lambda: window.locked, timeout=3000)
    assert window.lock_dialog.isVisible()


def test_new_orders_are_noticed_by_the_poll(qtbot: Any, make_window: Any) -> None:
    from sqlalchemy import insert

    from app.clock import utcnow
    from app.models import SuspendedOrder

    window = make_window()
    qtbot.waitUntil(lambda: window.total_seen is not None, timeout=5000)
    with window.ctx.store.engine.begin() as conn:  # another counter adds an order
        conn.execute(
            insert(SuspendedOrder),
            [
                {
                    "id": uuid.uuid4(),
                    "order_no": "NEW0001",
                    "merchant_no": MERCHANT_NO,
                    "terminal_no": "12345678",
                    "occurred_at": utcnow() - dt.timedelta(seconds=5),
                    "location": "2号收银台",
                    "amount_fen": 4_200,
                    "txn_type": "QR",
                    "funding": "QR",
                    "cause": "NETWORK",
                    "status": "OPEN",
                    "cashier": "赵敏",
                    "created_at": utcnow(),
                    "version": 1,
                }
            ],
        )
    window.poll()
    qtbot.waitUntil(lambda: "新增 1 笔" in window.status.notice_label.text(), timeout=5000)
    qtbot.waitUntil(lambda: window.model.index(0, COL_ORDER_NO).data() == "NEW0001", timeout=5000)
    assert window.queue_buttons[0].text() == f"挂单 {OPEN_ORDERS + 1}"


def test_lead_sees_approval_and_escalation_queues_cashier_does_not(make_window: Any) -> None:
    window = make_window("张三")
    assert not window.queue_buttons[1].isVisibleTo(window)
    window.ctx.sign_out()
    from tests.ui.conftest import sign_in_as

    sign_in_as(window.ctx, "李四")
    assert window.queue_buttons[1].isVisibleTo(window) and window.queue_buttons[2].isVisibleTo(
        window
    )
    assert not window.actions_by_name["settings"].isEnabled()


def test_every_action_shows_its_shortcut_in_its_tooltip(make_window: Any) -> None:
    window = make_window()
    for name in ("start", "refresh", "print", "lock", "find", "import"):
        action = window.actions_by_name[name]
        assert action.shortcut().toString() in action.toolTip()
    assert "F2" in window.detail.start_button.toolTip()


def test_lead_corrects_an_escalated_order(qtbot: Any, make_window: Any) -> None:
    from app import workflow
    from app.models import CancellationCase
    from app.users import find_user
    from ui.dialogs.correction_dialog import CorrectionDialog

    window = make_window("李四")
    order_id = window.model.index(0, 0).data(Qt.ItemDataRole.UserRole + 1)
    with window.ctx.store.transaction() as s:
        case = workflow.open_case(s, order_id, find_user(s, "张三"))
        workflow.escalate(s, case, find_user(s, "张三"), "金额与签购单不符")
        case_id = case.id
    qtbot.mouseClick(window.queue_buttons[2], Qt.MouseButton.LeftButton)  # 已升级
    wait_idle(qtbot, window.ctx)
    assert window.model.total == 1
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: window.detail.detail is not None, timeout=5000)
    assert window.detail.correct_button.isVisibleTo(window)
    dialog = CorrectionDialog(window.ctx, window.detail.detail, window)
    qtbot.addWidget(dialog)
    assert "金额与签购单不符" in dialog.note_label.text()
    dialog.amount.setText("118.00")
    dialog.note.setPlainText("按签购单更正")
    qtbot.keyClicks(dialog.pin, "222222")  # a correction is confirmed with the lead's own PIN
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.save()
    with window.ctx.store.transaction() as s:
        case = s.get(CancellationCase, case_id)
        assert case.stage.value == "VERIFY" and case.order.amount_fen == 11_800


def test_ctrl_p_previews_the_form_and_saving_it_is_audited(
    qtbot: Any, make_window: Any, tmp_path: Any
) -> None:
    from pypdf import PdfReader
    from sqlalchemy import select

    from app import workflow
    from app.models import AuditEvent
    from app.users import find_user

    window = make_window()
    with window.ctx.store.transaction() as s:
        order_id = window.model.index(0, 0).data(Qt.ItemDataRole.UserRole + 1)
        case_no = workflow.open_case(s, order_id, find_user(s, "张三")).case_no
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: window.detail.detail is not None, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(window, "preview_dialog", None) is not None, timeout=5000)
    dialog = window.preview_dialog
    assert dialog.document.pageCount() == 1
    assert case_no in dialog.windowTitle()
    target = tmp_path / "form.pdf"
    with qtbot.waitSignal(dialog.printed, timeout=5000):
        dialog.save(str(target))
    assert case_no in PdfReader(str(target)).pages[0].extract_text()
    with window.ctx.store.transaction() as s:
        kinds = s.scalars(select(AuditEvent.kind).where(AuditEvent.kind == "print.form")).all()
    assert kinds == ["print.form"]
    dialog.close()


def test_an_anomaly_opens_its_order_in_the_list(qtbot: Any, make_window: Any) -> None:
    window = make_window("李四")
    qtbot.mouseClick(window.queue_buttons[4], Qt.MouseButton.LeftButton)  # 报表
    assert window.stack.currentWidget() is window.reports_holder and window.reports_page.isVisible()
    assert not window.search.isVisibleTo(window) and not window.filters.isVisibleTo(window)
    order_id = window.model.index(0, 0).data(Qt.ItemDataRole.UserRole + 1)
    window.reports_page.open_order.emit(order_id)
    qtbot.waitUntil(lambda: window.search.text() == SPECIAL_ORDER_NO, timeout=5000)
    assert window.stack.currentWidget() is window.list_page and window.search.isVisibleTo(window)
    qtbot.waitUntil(lambda: window.model.total == 1, timeout=5000)


def test_lead_prints_a_batch_and_checks_the_terminal_journal(
    qtbot: Any, make_window: Any, tmp_path: Any
) -> None:
    from pypdf import PdfReader
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QCheckBox

    from app import workflow
    from app.models import Cause, OrderSource, SuspendedOrder
    from app.payments.card.integrado.simulator import SimulatedTerminal
    from app.payments.card.store_terminal import simulator_journal
    from app.users import find_user
    from tests.core.helpers import CONTACT, all_checked
    from ui import actions

    window = make_window("李四")
    ctx = window.ctx
    with ctx.store.transaction() as s:
        cashier = find_user(s, "张三")
        order_id = window.model.index(0, 0).data(Qt.ItemDataRole.UserRole + 1)
        case = workflow.open_case(s, order_id, cashier)
        workflow.verify(s, case, cashier, all_checked())
        workflow.record_contact(s, case, cashier, CONTACT)
        form = workflow.form_defaults(s, case, cashier)
        workflow.fill_form(
            s, case, cashier, dataclasses.replace(form, applicant_phone="13812345678")
        )
        workflow.submit(s, case, cashier)
        case_no = case.case_no

    def all_of_today() -> None:  # today's range, as offered; the case still awaits approval
        window.batch_dialog.findChild(QCheckBox, "includeAll").setChecked(True)
        window.batch_dialog.accept()

    QTimer.singleShot(0, all_of_today)
    actions.print_batch(window)
    qtbot.waitUntil(lambda: getattr(window, "preview_dialog", None) is not None, timeout=5000)
    target = tmp_path / "batch.pdf"
    with qtbot.waitSignal(window.preview_dialog.printed, timeout=5000):
        window.preview_dialog.save(str(target))
    assert case_no in PdfReader(str(target)).pages[0].extract_text()
    window.preview_dialog.close()

    terminal = SimulatedTerminal(simulator_journal(ctx.store))
    terminal.next_operation_no = 900_001  # beyond every operation number the store has
    terminal.sale(7_700, "LOST")  # charged on the terminal; the till has no order
    actions.reconcile_terminal(window)
    from sqlalchemy import select

    def created() -> list[Any]:
        with ctx.store.transaction() as s:
            query = select(SuspendedOrder).where(
                SuspendedOrder.source == OrderSource.TERMINAL_JOURNAL
            )
            return [(o.amount_fen, o.cause) for o in s.scalars(query)]

    qtbot.waitUntil(lambda: bool(created()), timeout=5000)  # the poll may then announce it too
    assert created() == [(7_700, Cause.TERMINAL_NO_RECORD)]


def test_the_painted_cells_get_their_texts_in_one_call_each(make_window: Any) -> None:
    """The view's delegate reads a cell through the model's multiData (one call into Python for
    all its roles): the text and the amount's alignment reach what it paints."""
    from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

    window = make_window()
    model = window.model
    calls: list[int] = []
    data = model.data
    model.data = lambda index, role=Qt.ItemDataRole.DisplayRole: (
        calls.append(role) or data(index, role)
    )
    try:
        option = QStyleOptionViewItem()
        QStyledItemDelegate().initStyleOption(option, model.index(0, COL_AMOUNT))
    finally:
        del model.data
    assert option.text == model.index(0, COL_AMOUNT).data() and option.text.startswith("¥")
    assert option.displayAlignment & Qt.AlignmentFlag.AlignRight
    assert calls == []  # not one data() call per role (Qt's own multiData makes seven)
