"""Step 5 of the wizard against the in-process simulated terminal: the void with progress,
a terminal error then a safe retry, and the refund's guided manual path."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from app.payments.card.integrado.simulator import ALWAYS, Misbehaviour, SimulatedTerminal
from app.payments.card.ports import open_driver
from tests.core.helpers import photo
from tests.ui.conftest import sign_in_as, wait_idle
from tests.ui.test_wizard import (  # noqa: F401 (the autouse fixture applies here too)
    PNG,
    lead_decides,
    order_status,
    press_next,
    to_pending,
    type_into,
    wizards_die_on_the_gui_thread,
)


def simulator(journal: Path, misbehaviour: Misbehaviour | None = None) -> Any:
    """An opener for the wizard: the in-process simulator keeping its journal in `journal`."""

    def open_terminal(progress: Any) -> Any:
        driver = open_driver("simulator", journal=journal, progress=progress)
        if misbehaviour is not None:
            driver.terminal.misbehaviour = misbehaviour
        return driver

    return open_terminal


def approved(qtbot: Any, ctx: Any, tmp_path: Path, opener: Any, **order: Any) -> Any:
    sign_in_as(ctx, "张三")
    dialog = to_pending(qtbot, ctx, tmp_path, opener=opener, **order)
    lead_decides(qtbot, dialog, "李四", "222222")
    qtbot.waitUntil(lambda: dialog.snap.stage == "APPROVED", timeout=5000)
    assert dialog.index == 4
    return dialog


def test_void_on_the_terminal_cancels_the_order(qtbot: Any, ctx: Any, tmp_path: Path) -> None:
    journal = tmp_path / "sim.json"
    sale = SimulatedTerminal(journal, terminal_id="12345678").sale(12_800, "T00001")
    dialog = approved(qtbot, ctx, tmp_path, simulator(journal), operation_no=sale.operation_no)
    page = dialog.execute_page
    assert "¥128.00" in page.amount.text()

    press_next(qtbot, dialog)  # the amount is not confirmed yet: refused in words, inline
    assert page.confirm_error.isVisibleTo(page) and "勾选" in page.confirm_error.text()
    assert not page.error_box.isVisibleTo(page)  # nothing was sent: no failure, no 重试
    assert dialog.next_button.text().startswith("执行撤销")
    page.confirm.click()
    assert not page.confirm_error.isVisibleTo(page)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert page.running  # the terminal works on its own thread; the window stays live
    assert not dialog.save_close.isEnabled()
    qtbot.waitUntil(lambda: dialog.snap.stage == "DONE", timeout=8000)
    wait_idle(qtbot, ctx)
    assert page.stack.currentWidget() is page.summary
    for stage in ("connecting", "waiting", "done"):  # the progress went all the way
        assert page.stage_labels[stage].text().startswith("✔")
    summary = page.summary
    assert summary.rows["response_code"][1].text() == "00"
    assert summary.rows["amount"][1].text() == "¥128.00"
    assert "¥0.77" in summary.rows["fee"][1].text()  # 0.60% of ¥128.00 comes back on a void
    assert order_status(ctx, dialog.snap.order_id) == "CANCELLED"
    assert SimulatedTerminal(journal).sales()[0].voided
    assert not dialog.back_button.isEnabled()

    out = tmp_path / "form.pdf"
    summary.save_pdf_to(out)
    qtbot.waitUntil(out.exists, timeout=5000)
    wait_idle(qtbot, ctx)
    assert out.read_bytes().startswith(b"%PDF-")

    press_next(qtbot, dialog)  # "Close"
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)


def test_terminal_error_in_words_then_retry(qtbot: Any, ctx: Any, tmp_path: Path) -> None:
    journal = tmp_path / "sim.json"
    sale = SimulatedTerminal(journal, terminal_id="12345678").sale(12_800, "T00001")
    silent = simulator(journal, Misbehaviour(ignore=ALWAYS))
    dialog = approved(qtbot, ctx, tmp_path, silent, operation_no=sale.operation_no)
    page = dialog.execute_page
    page.confirm.click()
    press_next(qtbot, dialog)
    qtbot.waitUntil(lambda: page.error_box.isVisibleTo(page), timeout=5000)
    assert "终端没有应答" in page.error_label.text()  # what happened and what to do
    assert (
        "✘" in page.stage_labels["connecting"].text() or "✘" in page.stage_labels["waiting"].text()
    )
    assert dialog.snap.stage == "APPROVED"
    assert dialog.next_button.text().startswith(("Retry", "重试"))

    page.open_terminal = simulator(journal)  # the cable is back
    press_next(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.snap.stage == "DONE", timeout=8000)
    assert order_status(ctx, dialog.snap.order_id) == "CANCELLED"


def test_refund_goes_the_guided_manual_way(qtbot: Any, ctx: Any, tmp_path: Path) -> None:
    journal = tmp_path / "sim.json"
    dialog = approved(qtbot, ctx, tmp_path, simulator(journal), settled=True)
    assert "退货" in dialog.subheading.text()
    page = dialog.execute_page
    qtbot.waitUntil(lambda: page.mode == "manual", timeout=5000)
    manual = page.manual
    assert manual.steps.text().startswith("1. ")
    assert "123456789012" in manual.steps.text()  # the original reference to key in
    assert not manual.slip_box.isEnabled()  # nothing is keyed before the intent is written
    qtbot.mouseClick(manual.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.snap.manual_started, timeout=5000)
    wait_idle(qtbot, ctx)
    assert manual.slip_box.isEnabled() and not manual.start_button.isVisible()

    type_into(qtbot, manual.inputs["reference"], "12345")
    type_into(qtbot, manual.inputs["auth_code"], "654321")
    type_into(qtbot, manual.inputs["trace_no"], "000321")
    type_into(qtbot, manual.inputs["amount"], "128.00")
    type_into(qtbot, manual.inputs["lead_name"], "李四")
    type_into(qtbot, manual.inputs["lead_pin"], "222222")
    press_next(qtbot, dialog)  # no slip photo yet
    assert manual.errors["attachment"].isVisible()
    slip = tmp_path / "slip.png"
    slip.write_bytes(photo(7))
    manual.set_slip_file(slip)
    type_into(qtbot, manual.inputs["lead_pin"], "222222")
    press_next(qtbot, dialog)
    assert manual.errors["reference"].isVisible()  # 12 digits on the slip
    assert "12 位数字" in manual.errors["reference"].text()

    type_into(qtbot, manual.inputs["reference"], "998877665544")
    type_into(qtbot, manual.inputs["lead_pin"], "222222")
    press_next(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.snap.stage == "DONE", timeout=5000)
    wait_idle(qtbot, ctx)
    assert page.stack.currentWidget() is page.summary
    assert page.summary.rows["rrn"][1].text() == "998877665544"
    assert order_status(ctx, dialog.snap.order_id) == "REFUNDED"


def test_a_case_left_blocked_by_a_crash_is_settled_by_asking_the_terminal(
    qtbot: Any, ctx: Any, tmp_path: Path
) -> None:
    from app.models import IntentState, Route, TerminalIntent

    journal = tmp_path / "sim.json"
    terminal = SimulatedTerminal(journal, terminal_id="12345678")
    sale = terminal.sale(12_800, "T00009")
    dialog = approved(qtbot, ctx, tmp_path, simulator(journal), operation_no=sale.operation_no)
    # The till died after the terminal voided the sale and before the answer was recorded.
    with ctx.store.transaction() as s:
        s.add(TerminalIntent(case_id=dialog.snap.case_id, command=Route.VOID, amount_fen=12_800,
                             ticket="CRASH1", original_operation_no=sale.operation_no))  # fmt: skip
    terminal.void(sale.operation_no)
    page = dialog.execute_page
    page._reload()
    qtbot.waitUntil(lambda: dialog.snap.blocked, timeout=5000)
    assert page.blocked_box.isVisibleTo(page) and not dialog.next_button.isEnabled()
    qtbot.mouseClick(page.reconcile_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.snap.stage == "DONE", timeout=8000)
    wait_idle(qtbot, ctx)
    assert order_status(ctx, dialog.snap.order_id) == "CANCELLED"
    assert len(SimulatedTerminal(journal).voids()) == 1  # recorded, never voided twice
    with ctx.store.transaction() as s:
        states = [i.state for i in s.query(TerminalIntent).filter_by(case_id=dialog.snap.case_id)]
    assert states == [IntentState.DONE]


def test_the_windows_start_up_settles_a_crashed_void_in_the_signed_in_users_name(
    qtbot: Any, ctx: Any, tmp_path: Path, make_window: Any, monkeypatch: Any
) -> None:
    """Issue 11: every event has an actor — the start-up reconciliation too."""
    from app.models import AuditEvent, IntentState, Route, TerminalIntent
    from app.users import find_user

    journal = tmp_path / "sim.json"
    terminal = SimulatedTerminal(journal, terminal_id="12345678")
    sale = terminal.sale(12_800, "T00009")
    dialog = approved(qtbot, ctx, tmp_path, simulator(journal), operation_no=sale.operation_no)
    case_id = dialog.snap.case_id
    with ctx.store.transaction() as s:  # the till died after the terminal voided the sale
        s.add(TerminalIntent(case_id=case_id, command=Route.VOID, amount_fen=12_800,
                             ticket="CRASH2", original_operation_no=sale.operation_no))  # fmt: skip
    terminal.void(sale.operation_no)
    dialog.close()
    wait_idle(qtbot, ctx)
    monkeypatch.setattr(
        "ui.main_window.MainWindow._open_terminal",
        lambda _self: open_driver("simulator", journal=journal),
    )
    make_window("李四")

    def settled() -> bool:
        with ctx.store.transaction() as s:
            return (
                s.query(TerminalIntent).filter_by(ticket="CRASH2").one().state == IntentState.DONE
            )

    qtbot.waitUntil(settled, timeout=8000)
    wait_idle(qtbot, ctx)
    with ctx.store.transaction() as s:
        lead = find_user(s, "李四").id
        voids = s.query(AuditEvent).filter_by(case_id=case_id, kind="terminal.void").all()
        assert [(e.actor_id, e.actor_name) for e in voids] == [(lead, "李四")]
    assert len(SimulatedTerminal(journal).voids()) == 1  # recorded, never voided twice


def documented(journal: Path) -> Any:
    """An opener for an in-process simulator whose records cannot say whether a sale was
    voided (the documented layout): after a lost answer only a re-send or a lead can tell."""
    from app.payments.card.base import Capability

    def open_terminal(progress: Any) -> Any:
        driver = open_driver("simulator", journal=journal, progress=progress)
        driver.capabilities = driver.capabilities - {
            Capability.VOID_STATUS,
            Capability.LAST_TRANSACTION,  # (its documented answer shows the last sale only)
        }
        return driver

    return open_terminal


def _blocked(qtbot: Any, ctx: Any, tmp_path: Path) -> tuple[Any, SimulatedTerminal, Any]:
    from app.models import Route, TerminalIntent

    journal = tmp_path / "sim.json"
    terminal = SimulatedTerminal(journal, terminal_id="12345678")
    sale = terminal.sale(12_800, "T00010")
    dialog = approved(qtbot, ctx, tmp_path, documented(journal), operation_no=sale.operation_no)
    with ctx.store.transaction() as s:  # the till died after the terminal took the void
        s.add(TerminalIntent(case_id=dialog.snap.case_id, command=Route.VOID, amount_fen=12_800,
                             ticket="CRASH2", original_operation_no=sale.operation_no,
                             terminal_id="12345678"))  # fmt: skip
    terminal.void(sale.operation_no)
    page = dialog.execute_page
    page._reload()
    qtbot.waitUntil(lambda: dialog.snap.blocked, timeout=5000)
    return dialog, terminal, page


def test_a_terminal_that_cannot_tell_offers_the_safe_resend(
    qtbot: Any, ctx: Any, tmp_path: Path
) -> None:
    dialog, terminal, page = _blocked(qtbot, ctx, tmp_path)
    wait_idle(qtbot, ctx)
    qtbot.mouseClick(page.reconcile_button, Qt.MouseButton.LeftButton)  # only reads
    qtbot.waitUntil(lambda: not page.running, timeout=8000)
    wait_idle(qtbot, ctx)
    assert dialog.snap.stage == "APPROVED" and len(terminal.voids()) == 1
    assert page.stage_labels["done"].text().startswith("？")  # unknown, never a green 完成
    assert "结果未知" in page.stage_labels["done"].text()
    assert page.resend_button.isVisibleTo(page)
    qtbot.mouseClick(page.resend_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.snap.stage == "DONE", timeout=8000)
    wait_idle(qtbot, ctx)
    assert len(SimulatedTerminal(tmp_path / "sim.json").voids()) == 1  # 04: never twice
    assert page.summary.rows["response_code"][1].text() == "04"


def test_a_lead_records_what_the_terminals_print_out_shows(
    qtbot: Any, ctx: Any, tmp_path: Path
) -> None:
    dialog, terminal, page = _blocked(qtbot, ctx, tmp_path)
    wait_idle(qtbot, ctx)
    qtbot.mouseClick(page.resolve_button, Qt.MouseButton.LeftButton)
    resolve = page.resolve_dialog
    qtbot.waitUntil(resolve.isVisible, timeout=3000)
    resolve.buttons.accepted.emit()  # nothing chosen: said in words, nothing recorded
    assert resolve.message.text()
    resolve.moved.setChecked(True)
    type_into(qtbot, resolve.note, "终端流水打印：该笔已撤销")
    shot = tmp_path / "print.png"
    shot.write_bytes(photo(9))
    resolve.set_photo(shot)
    type_into(qtbot, resolve.lead_name, "李四")
    type_into(qtbot, resolve.lead_pin, "222222")
    resolve.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.snap.stage == "DONE", timeout=8000)
    wait_idle(qtbot, ctx)
    assert order_status(ctx, dialog.snap.order_id) == "CANCELLED"
    assert dialog.snap.result.manual and dialog.snap.result.confirmed_by == "李四"
    assert page.summary.box.title() == "手工登记结果"  # not the terminal's answer
    assert page.summary.note.text() == "主管按终端记录登记，由李四确认。"
    assert len(terminal.voids()) == 1


def concert(journal: Path, misbehaviour: Any = None) -> Any:
    """An opener for the in-process Concert simulator: void and card-present refund, no
    journal to ask."""

    def open_terminal(progress: Any) -> Any:
        driver = open_driver("simulator", protocol="concert", journal=journal, progress=progress)
        if misbehaviour is not None:
            driver.terminal.misbehaviour = misbehaviour
        return driver

    return open_terminal


def test_on_concert_a_lost_answer_goes_to_the_lead_not_to_the_terminal(
    qtbot: Any, ctx: Any, tmp_path: Path
) -> None:
    """The wizard reads the channel's capabilities: Concert cannot be asked, so 核对终端 is not
    offered and the blocked case says a lead reads the terminal's receipt."""
    from app.payments.card.concert import protocol as c
    from app.payments.card.concert.simulator import ConcertTerminal, Misbehaviour

    journal = tmp_path / "concert.json"
    ConcertTerminal(journal).seed_sales([12_800])
    lose = Misbehaviour(drop_answer=1)  # the money moves, the answer never comes
    dialog = approved(qtbot, ctx, tmp_path, concert(journal, lose))
    page = dialog.execute_page
    qtbot.waitUntil(lambda: page.mode == "terminal", timeout=5000)
    page.confirm.click()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.snap.blocked and not page.running, timeout=8000)
    wait_idle(qtbot, ctx)
    assert page.blocked_box.isVisibleTo(page)
    assert not page.reconcile_button.isVisibleTo(page) and not page.resend_button.isVisibleTo(page)
    assert "无法查询" in page.blocked_label.text()
    qtbot.mouseClick(page.resolve_button, Qt.MouseButton.LeftButton)
    resolve = page.resolve_dialog
    qtbot.waitUntil(resolve.isVisible, timeout=3000)
    resolve.moved.setChecked(True)
    type_into(qtbot, resolve.note, "终端小票：撤销成功")
    shot = tmp_path / "receipt.png"
    shot.write_bytes(photo(11))
    resolve.set_photo(shot)
    type_into(qtbot, resolve.lead_name, "李四")
    type_into(qtbot, resolve.lead_pin, "222222")
    resolve.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.snap.stage == "DONE", timeout=8000)
    wait_idle(qtbot, ctx)
    assert order_status(ctx, dialog.snap.order_id) == "CANCELLED"
    assert len(ConcertTerminal(journal).of_kind(c.Kind.CANCEL)) == 1  # once, never re-sent


def test_while_the_terminal_works_the_page_shows_elapsed_time_against_the_timeout(
    qtbot: Any, ctx: Any, tmp_path: Path
) -> None:
    """Not a static 等待终端处理…… for a minute: seconds against the limit, then what the app
    does once the limit passed (asks the terminal; nothing is sent twice)."""
    journal = tmp_path / "sim.json"
    sale = SimulatedTerminal(journal, terminal_id="12345678").sale(12_800, "T00001")
    slow = Misbehaviour(slow_ms=3000)
    dialog = approved(
        qtbot, ctx, tmp_path, simulator(journal, slow), operation_no=sale.operation_no
    )
    page = dialog.execute_page
    page.confirm.click()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert page.running
    qtbot.waitUntil(lambda: "终端最长应答时间 60 秒" in page.detail.text(), timeout=3000)
    page._started -= 61  # as if a minute had passed (no test waits that long)
    qtbot.waitUntil(lambda: "正在向终端查询这笔交易的结果" in page.detail.text(), timeout=3000)
    qtbot.waitUntil(lambda: dialog.snap.stage == "DONE", timeout=10_000)
    wait_idle(qtbot, ctx)
    assert "已用时" not in page.detail.text()  # done: no clock any more
