"""操作日志 (issue 14): a lead reads the audit trail in the window — filtered by user, order,
case, kind and date, paged from SQL — with the chain's state, and a 校验 button running the
check `guadan audit verify` runs, in the background."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from tests.ui.conftest import SPECIAL_ORDER_NO, wait_idle
from tests.ui.test_session import pending_case


def open_log(qtbot: Any, window: Any) -> Any:
    window.actions_by_name["oplog"].trigger()
    qtbot.waitUntil(lambda: getattr(window, "operation_log", None) is not None, timeout=3000)
    dialog = window.operation_log
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)  # verified on open
    wait_idle(qtbot, window.ctx)
    return dialog


def shown(dialog: Any, col: int) -> list[str]:
    model = dialog.model
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


def test_a_lead_filters_the_log_and_sees_the_chain_verified(qtbot: Any, make_window: Any) -> None:
    window = make_window("李四")
    assert window.actions_by_name["oplog"].isEnabled()
    ctx = window.ctx
    pending_case(ctx, SPECIAL_ORDER_NO, by="张三")
    dialog = open_log(qtbot, window)
    assert dialog.chain_state.text().startswith("✔")
    assert dialog.report.ok

    dialog.order_no.setText(SPECIAL_ORDER_NO)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 5, timeout=5000)  # opened … submitted
    assert set(shown(dialog, 3)) == {SPECIAL_ORDER_NO}
    assert shown(dialog, 1)[0] == "提交审批"  # newest first, in words
    assert set(shown(dialog, 2)) == {"张三"}
    case_no = shown(dialog, 4)[0]

    dialog.order_no.clear()
    dialog.case_no.setText(case_no)
    dialog.kind.setCurrentIndex(dialog.kind.findData("case.submitted"))
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=5000)
    dialog.case_no.clear()
    dialog.kind.setCurrentIndex(0)
    wait_idle(qtbot, ctx)
    dialog.user.setEditText("王芳")  # the admin did nothing to this order
    qtbot.waitUntil(lambda: not dialog._debounce.isActive(), timeout=3000)  # asked once typed
    wait_idle(qtbot, ctx)
    assert SPECIAL_ORDER_NO not in shown(dialog, 3) and set(shown(dialog, 2)) <= {"王芳"}
    dialog.user.setEditText("张三")
    qtbot.waitUntil(lambda: SPECIAL_ORDER_NO in shown(dialog, 3), timeout=5000)
    assert set(shown(dialog, 2)) == {"张三"}
    assert "共" in dialog.count_label.text()


def test_the_log_pages_from_sql_and_verify_finds_an_edited_event(
    qtbot: Any, make_window: Any
) -> None:
    from sqlalchemy import update

    from app import audit
    from app.models import AuditEvent
    from app.users import find_user

    window = make_window("李四")
    ctx = window.ctx
    with ctx.store.transaction() as s:
        lead = find_user(s, "李四")
        for i in range(230):
            audit.record(s, "auth.signin", lead, note=f"n{i}")
    dialog = open_log(qtbot, window)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 100, timeout=5000)  # one page
    assert dialog.model.total >= 230 and dialog.model.canFetchMore()
    dialog.table.scrollToBottom()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 200, timeout=5000)  # the next page
    seqs = [row.seq for row in dialog.model.rows]
    assert seqs == sorted(seqs, reverse=True) and len(set(seqs)) == 200

    with ctx.store.transaction() as s:  # someone edits an event behind the app's back
        s.execute(update(AuditEvent).where(AuditEvent.seq == seqs[10]).values(actor_name="王芳"))
        edited = s.get_one(AuditEvent, seqs[10]).counter_seq  # the chain counts per counter
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None and not dialog.report.ok, timeout=10_000)
    assert dialog.chain_state.text().startswith("✘")
    assert f"第 {edited} 条事件内容被修改" in dialog.chain_state.text()


def test_a_cashier_has_no_operation_log(make_window: Any) -> None:
    window = make_window("张三")
    assert not window.actions_by_name["oplog"].isEnabled()
    window.open_operation_log()
    assert getattr(window, "operation_log", None) is None
