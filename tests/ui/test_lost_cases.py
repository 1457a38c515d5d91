"""Cases that got lost (issue 14): an order waiting for approval or escalated stays in the
default view, in a search and in the badge; F2 on a finished order shows its case read-only;
the order just handled stays selected; an empty list says why and how to clear it."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import PINS, SPECIAL_ORDER_NO, wait_idle
from tests.ui.test_lead import escalate
from tests.ui.test_session import order_id_of, pending_case, select


def finished_case(ctx: Any, order_no: str) -> uuid.UUID:
    """Steps 1–5 through app/: submitted by 张三, approved by 李四, voided (the terminal's
    answer recorded as the workflow records it)."""
    from app import workflow
    from app.models import IntentState, Route, TerminalIntent
    from app.users import find_user
    from app.workflow.outcome import record_outcome

    order_id = pending_case(ctx, order_no)
    with ctx.store.transaction() as s:
        case = workflow.active_case_for(s, order_id)
        workflow.approve(s, case, "李四", PINS["李四"], "同意，按流程撤销。")
        intent = TerminalIntent(
            case_id=case.id,
            command=Route.VOID,
            amount_fen=case.form_amount_fen,
            ticket="T0001",
            original_operation_no=case.order.operation_no,
            manual=False,
            state=IntentState.OPEN,
        )
        s.add(intent)
        s.flush()
        record_outcome(
            s, case, intent, find_user(s, "张三"), response_code="00", auth_code="123456",
            operation_no="900001", rrn="", manual=False,
        )  # fmt: skip
    return order_id


def shown_order_nos(window: Any) -> list[str]:
    return [window.model.row_at(i).order_no for i in range(window.model.rowCount())]


def test_submitted_and_escalated_orders_stay_in_the_default_view_search_and_badge(
    qtbot: Any, make_window: Any
) -> None:
    window = make_window("张三")  # a cashier: no 待审批 / 已升级 buttons of their own
    ctx = window.ctx
    qtbot.waitUntil(lambda: "OPEN" in window.counts, timeout=5000)
    open_before = window.counts["OPEN"]
    pending_case(ctx, SPECIAL_ORDER_NO)
    escalate(ctx, "T000001")
    window.refresh()
    wait_idle(qtbot, ctx)
    rows = shown_order_nos(window)
    assert SPECIAL_ORDER_NO in rows and "T000001" in rows  # the default view, 全部状态
    assert window.counts["OPEN"] == open_before  # still counted: they are not finished
    assert window.queue_buttons[0].text().endswith(str(open_before))

    window.queue_buttons[3].click()  # 已处理: a search there still finds the order
    wait_idle(qtbot, ctx)
    qtbot.keyClicks(window.search, SPECIAL_ORDER_NO)
    qtbot.waitUntil(lambda: shown_order_nos(window) == [SPECIAL_ORDER_NO], timeout=5000)
    assert window.model.row_at(0).status == "PENDING_APPROVAL"


def test_f2_on_a_finished_order_shows_its_case_read_only(qtbot: Any, make_window: Any) -> None:
    from ui.wizard.dialog import WizardDialog

    window = make_window("张三")
    finished_case(window.ctx, SPECIAL_ORDER_NO)
    select(qtbot, window, SPECIAL_ORDER_NO)
    assert window.detail.start_button.text() == "查看已处理案件 (F2)"
    qtbot.keyClick(window.table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: getattr(window, "case_summary", None) is not None, timeout=3000)
    summary = window.case_summary
    qtbot.waitUntil(lambda: summary.snap is not None, timeout=5000)
    assert (
        not [  # no wizard of this window (earlier tests' may linger, hidden)
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, WizardDialog) and w.isVisible() and w.ctx is window.ctx
        ]
    )
    assert "已撤销" in summary.subheading.text() and "CANCELLED" not in summary.subheading.text()
    assert summary.state.text() == "✔ 撤销成功"
    assert summary.result.rows["response_code"][1].text() == "00"  # the terminal's answer
    review = summary.review
    assert review.decision_rows["approver"][1].text() == "李四"  # the approval
    assert review.decision_rows["comment"][1].text() == "同意，按流程撤销。"
    assert "顾客同意" in review.contact_rows["consent"][1].text()
    assert review.evidence.item(0).text() == "未附证据文件。"  # the list is there, and says so
    lines = [review.timeline.item(i).text() for i in range(review.timeline.count())]
    assert len(lines) >= 5 and not any("{" in line or "case." in line for line in lines)
    assert summary.result.print_form.isVisible() and summary.result.print_slip.isVisible()
    assert all(summary.rail.mark(i) == "✔" for i in range(5))  # the steps, all done
    qtbot.mouseClick(summary.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not summary.isVisible(), timeout=3000)


def test_the_order_just_handled_stays_selected_after_the_wizard(
    qtbot: Any, make_window: Any
) -> None:
    from ui.wizard.dialog import WizardDialog

    window = make_window("张三")
    ctx = window.ctx
    order_id = order_id_of(ctx)
    select(qtbot, window, SPECIAL_ORDER_NO)
    window.search.clear()  # back to the whole list, the order selected in it
    wait_idle(qtbot, ctx)
    row = window.model.row_of(order_id)
    window.table.selectRow(row)
    qtbot.keyClick(window.table, Qt.Key.Key_F2)

    def mine() -> list[Any]:
        return [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, WizardDialog) and w.isVisible() and w.ctx is ctx
        ]

    qtbot.waitUntil(lambda: bool(mine()), timeout=3000)
    wizard = mine()[0]
    qtbot.waitUntil(lambda: wizard.snap is not None, timeout=5000)
    # The case finishes elsewhere while the wizard is open (the order leaves the 挂单 queue).
    with ctx.store.transaction() as s:
        from app import workflow
        from app.users import find_user

        workflow.withdraw(
            s, workflow.active_case_for(s, order_id), find_user(s, "张三"), "顾客离开"
        )
        from app.models import OrderStatus, SuspendedOrder

        s.get(SuspendedOrder, order_id).status = OrderStatus.CANCELLED
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=3000)
    wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: window.selected_order_id() == order_id, timeout=5000)
    assert window.model.row_at(window.model.row_of(order_id)).status == "CANCELLED"
    qtbot.waitUntil(lambda: window.detail.detail is not None, timeout=5000)
    assert window.detail.detail.id == order_id  # Ctrl+P prints this order's form
    window.filters.funding_combo.setCurrentIndex(1)  # a new question: it no longer stays
    wait_idle(qtbot, ctx)
    assert window.model.row_of(order_id) == -1


def test_an_empty_result_says_why_and_clears_the_filters(qtbot: Any, make_window: Any) -> None:
    window = make_window("张三")
    ctx = window.ctx
    window.filters.cause_combo.setCurrentIndex(window.filters.cause_combo.findData("PROMOTION"))
    wait_idle(qtbot, ctx)
    qtbot.keyClicks(window.search, "9999")  # nothing with this card or amount, and a promotion
    wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: window.model.rowCount() == 0, timeout=5000)
    panel = window.empty_panel
    assert window.list_stack.currentWidget() is panel and panel.isVisible()
    assert panel.title.text() == "没有符合条件的挂单"
    assert "9999" in panel.filters.text() and "促销" in panel.filters.text()
    assert panel.clear_button.isVisible()
    qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=5000)
    assert window.search.text() == "" and window.filters.cause_combo.currentIndex() == 0
    assert window.list_stack.currentWidget() is window.table


def test_the_detail_pane_starts_at_the_top_for_another_order(qtbot: Any, make_window: Any) -> None:
    window = make_window("张三")
    window.resize(1024, 600)  # the fields do not fit: the pane scrolls
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: window.detail.detail is not None, timeout=5000)
    bar = window.detail.scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=3000)
    bar.setValue(bar.maximum())
    first = window.detail.detail.id
    window.table.selectRow(1)
    qtbot.waitUntil(lambda: window.detail.detail.id != first, timeout=5000)
    assert bar.value() == 0
