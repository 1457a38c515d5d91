"""The shift's money handover (issue 14): per funding the orders suspended, voided, refunded
and still open, the fee effect and the cases carried over; 交班人 and 接班人 sign with their
own PINs, which is an audit event; the A4 report and the 80 mm slip carry the sign-off."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from tests.ui.conftest import PINS, SPECIAL_ORDER_NO, wait_idle
from tests.ui.test_lost_cases import finished_case
from tests.ui.test_session import pending_case


def pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def handover_tab(qtbot: Any, window: Any) -> Any:
    window.queue_buttons[4].click()  # 报表; the handover tab is the first
    view = window.reports_page
    qtbot.waitUntil(lambda: view.data is not None and view.data.shift is not None, timeout=10_000)
    wait_idle(qtbot, window.ctx)
    return view


def cell(box: Any, row: int, col: int) -> str:
    return box.table.item(row, col).text()


def test_the_shifts_money_per_funding_and_the_signed_handover(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    window = make_window("李四")
    ctx = window.ctx
    finished_case(ctx, SPECIAL_ORDER_NO)  # ¥128.00 debit card, voided this shift
    pending_case(ctx, "T000002")  # a case still in progress: carried over
    view = handover_tab(qtbot, window)
    box = view.shift_box
    assert box.isVisible()
    assert [cell(box, r, 0) for r in range(3)] == ["银行卡", "扫码", "合计"]
    assert cell(box, 0, 2) == "1 笔 ¥128.00"  # voided, card
    assert cell(box, 1, 2) == "0 笔 ¥0.00"  # nothing voided by QR
    assert cell(box, 0, 5) == "¥0.64"  # 0.50% of ¥128.00 comes back (debit)
    assert cell(box, 2, 4).startswith("200 笔")  # every unfinished order is carried over
    assert "1 笔撤销申请仍在处理中" in box.carried.text()
    assert box.outgoing.currentText() == "李四"  # who signed in hands over

    box.incoming.setEditText("张三")
    qtbot.keyClicks(box.outgoing_pin, PINS["李四"])
    qtbot.keyClicks(box.incoming_pin, "999999")  # not 张三's PIN
    qtbot.mouseClick(box.sign_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    assert box.errors["incoming"].isVisible() and box.signed is None
    assert box.incoming_pin.text() == ""

    qtbot.keyClicks(box.outgoing_pin, PINS["李四"])
    qtbot.keyClicks(box.incoming_pin, PINS["张三"])
    qtbot.keyClick(box.incoming_pin, Qt.Key.Key_Return)  # Enter signs
    qtbot.waitUntil(lambda: box.signed is not None, timeout=5000)
    assert "李四" in box.state.text() and "张三" in box.state.text()

    from sqlalchemy import select

    from app.models import AuditEvent

    with ctx.store.transaction() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.kind == "shift.handover")).one()
        payload = json.loads(event.payload)
    assert event.actor_name == "李四" and payload["incoming"] == "张三"
    card = payload["rows"][0]
    assert card["group"] == "CARD" and card["voided"] == {"count": 1, "amount_fen": 12_800}

    out = tmp_path / "handover.pdf"
    with qtbot.waitSignal(view.saved, timeout=10_000):
        view.print_pdf(out)
    text = pdf_text(out.read_bytes())
    assert "本班资金" in text and "¥128.00" in text and "银行卡" in text
    compact = text.replace("\n", "")
    assert "交班人：李四（PIN 已确认）" in compact and "接班人：张三（PIN 已确认）" in compact

    from printing.reports.shift import render_handover_slip

    slip = render_handover_slip(box.signed.money, box.signed, store_name="测试便利店")
    from pypdf import PdfReader

    page = PdfReader(io.BytesIO(slip)).pages[0]
    assert round(float(page.mediabox.width) / 72 * 25.4) == 80  # the receipt's own width
    slip_text = pdf_text(slip).replace("\n", "")
    assert "交班单" in slip_text and "交班人：李四" in slip_text and "¥128.00" in slip_text


def test_the_next_shift_starts_at_the_signed_handover(qtbot: Any, make_window: Any) -> None:
    from app.reports.shift import shift_money, sign_handover

    window = make_window("李四")
    ctx = window.ctx
    finished_case(ctx, SPECIAL_ORDER_NO)
    with ctx.store.transaction() as s:
        sign_handover(s, ("李四", PINS["李四"]), ("张三", PINS["张三"]))
    with ctx.store.transaction() as s:
        money = shift_money(s)
    assert money.total.voided.count == 0  # the void belongs to the shift handed over
    assert money.last_handover == "李四 → 张三"
    view = handover_tab(qtbot, window)
    assert "上次交接：李四 → 张三" in view.shift_box.state.text()


def test_money_totals_on_the_causes_and_per_cashier_reports(qtbot: Any, make_window: Any) -> None:
    window = make_window("李四")
    finished_case(window.ctx, SPECIAL_ORDER_NO)  # ¥128.00 voided by 张三, cause PROMOTION
    view = handover_tab(qtbot, window)
    assert "已撤销 ¥128.00" in view.causes_summary.text()
    model = view.causes_model
    rows = [
        [model.data(model.index(r, c)) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    promotion = next(row for row in rows if row[0] == "促销调整")
    assert promotion[-1] == "¥128.00"  # the amount column: the orders of that cause
    cashiers = view.cashier_model
    header = [
        cashiers.headerData(c, Qt.Orientation.Horizontal) for c in range(cashiers.columnCount())
    ]
    assert "撤销金额" in header and "退货金额" in header
    zhang = next(
        [cashiers.data(cashiers.index(r, c)) for c in range(cashiers.columnCount())]
        for r in range(cashiers.rowCount())
        if cashiers.data(cashiers.index(r, 0)) == "张三"
    )
    assert zhang[header.index("撤销金额")] == "¥128.00"
