"""The void/refund slip: narrow PDF fitted to its content, and ESC/POS bytes in GB18030."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pdfcheck import Seeded, pages_text, squash
from pypdf import PdfReader
from reportlab.lib.units import mm
from sqlalchemy import select

from app.models import CancellationCase
from printing.form_view import SlipView, slip_view_from_case
from printing.slip import (
    FS_CHINESE_OFF,
    FS_CHINESE_ON,
    SlipPrinterError,
    print_slip_escpos,
    render_slip_pdf,
    slip_text_lines,
)


@pytest.fixture(scope="module")
def slip(seeded: Seeded) -> SlipView:
    with seeded.store.transaction() as s:
        case = s.scalars(
            select(CancellationCase).where(CancellationCase.case_no == seeded.full)
        ).one()
        return slip_view_from_case(case)


def test_slip_view_carries_the_terminal_answer(slip: SlipView) -> None:
    assert slip.store_name == "某某便利店"
    assert (slip.route, slip.original_amount, slip.result_amount) == (
        "撤销",
        "¥1,234.56",
        "¥1,234.56",
    )
    assert (slip.response_code, slip.auth_code, slip.operation_no) == ("00", "Z9Y8X7", "000988")
    assert slip.executed_at == "2026-11-27 15:10:02"
    assert slip.cashier == "张三"


@pytest.mark.parametrize("width", [58, 80])
def test_slip_pdf(slip: SlipView, width: int) -> None:
    data = render_slip_pdf(slip, width_mm=width, training=True)
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert abs(float(box.width) - width * mm) < 0.5
    assert float(box.height) < 160 * mm  # fitted to the content, not a page
    text = squash(pages_text(data)[0])
    for value in (
        "撤销凭条",
        "某某便利店",
        "898310058120001",
        "12345678",
        "CX20261127-0001",
        "¥1,234.56",
        "622848******1234",
        "123456789012",
        "000123",
        "Z9Y8X7",
        "000988",
        "2026-11-2715:10:02",
        "张三",
        "持卡人签名",
        "培训",
    ):
        assert value in text, value


def test_escpos_to_a_file_target(slip: SlipView, tmp_path: Path) -> None:
    target = tmp_path / "printer.bin"
    print_slip_escpos(slip, f"file:{target}", width_mm=58)
    data = target.read_bytes()
    assert data.startswith(b"\x1b@")  # ESC @ initialise
    assert data.index(FS_CHINESE_ON) < data.index("撤销凭条".encode("gb18030"))
    for value in ("CX20261127-0001", "￥1,234.56", "622848******1234", "应答码", "Z9Y8X7"):
        assert value.encode("gb18030") in data, value
    assert FS_CHINESE_OFF in data
    assert b"\x1dV" in data  # GS V: cut
    assert "¥".encode("gb18030") not in data


def test_escpos_lines_fit_the_paper(slip: SlipView) -> None:
    long = SlipView(**{**slip.__dict__, "merchant_name": "某某" * 30})
    for width, cols in ((58, 32), (80, 48)):
        for line in slip_text_lines(long, width, training=True):
            assert len(line.encode("gbk", errors="replace")) <= cols, line


def test_unknown_printer_url_is_refused(slip: SlipView) -> None:
    with pytest.raises(SlipPrinterError, match="打印机地址"):
        print_slip_escpos(slip, "lpt1")
    with pytest.raises(SlipPrinterError, match="连接失败"):
        print_slip_escpos(slip, "file:/nonexistent-dir/x.bin")
