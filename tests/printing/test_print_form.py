"""The application form: every value on paper, font embedded, QR readable, long text boxed."""

from __future__ import annotations

import dataclasses
import io
import shutil
import subprocess
from pathlib import Path

import pytest
from pdfcheck import LONG_REASON, Seeded, pages_text, squash, text_chunks
from pypdf import PdfReader
from sqlalchemy import select

from app.models import CancellationCase
from printing.application_form import (
    CELL_PAD,
    CONTENT_W,
    LABEL_W,
    MARGIN_X,
    PAGE_W,
    render_form,
    render_forms,
)
from printing.form_view import ApplicationFormView, blank_form_view, form_view_from_case


@pytest.fixture(scope="module")
def views(seeded: Seeded) -> dict[str, ApplicationFormView]:
    with seeded.store.transaction() as s:
        cases = s.scalars(select(CancellationCase)).all()
        return {c.case_no: form_view_from_case(c) for c in cases}


@pytest.fixture(scope="module")
def full_view(views: dict[str, ApplicationFormView], seeded: Seeded) -> ApplicationFormView:
    return views[seeded.full]


@pytest.fixture(scope="module")
def full_pdf(full_view: ApplicationFormView) -> bytes:
    return render_form(full_view)


@pytest.fixture(scope="module")
def long_pdf(views: dict[str, ApplicationFormView], seeded: Seeded) -> bytes:
    return render_form(views[seeded.refund])


def test_view_reads_case_order_attachments_and_latest_decision(
    full_view: ApplicationFormView,
) -> None:
    v = full_view
    assert v.case_no == "CX20261127-0001"
    assert v.merchant_name == "某某便利店有限公司"  # from the merchant table
    assert (v.merchant_no, v.terminal_no) == ("898310058120001", "12345678")
    assert v.txn_time == "2026-11-27 14:02"  # stored UTC, shown in Asia/Shanghai
    assert v.txn_amount == "¥1,234.56"
    assert v.txn_amount_capital == "人民币壹仟贰佰叁拾肆元伍角陆分"
    assert (v.txn_type, v.funding, v.route) == ("消费", "信用卡", "撤销")
    assert v.card_masked == "622848******1234"
    assert v.customer_phone == "138****5678"
    assert v.customer_agreed == "是"
    assert [(a.filename, a.sha256_12) for a in v.attachments or ()] == [
        ("小票照片.jpg", "a3f1c2d4e5f6"),
        ("终端流水.pdf", "0123456789ab"),
    ]
    assert (v.approver, v.approval_opinion) == ("王五", "同意：金额核对无误")
    assert v.approval_date == "2026-11-27 15:00"


def test_every_value_is_printed(full_view: ApplicationFormView, full_pdf: bytes) -> None:
    pages = pages_text(full_pdf)
    assert len(pages) == 1
    text = squash(pages[0])
    for field in dataclasses.fields(full_view):
        value = getattr(full_view, field.name)
        if field.name == "attachments":
            for line in value:
                assert squash(line.filename) in text and line.sha256_12 in text
        elif value is not None:
            assert squash(value) in text, field.name
    for label in ("撤销POS机交易申请表", "商户名称", "申请人签字", "主管签字", "商户盖章"):
        assert label in text
    assert "✔消费" in text and "✔信用卡" in text and "✔撤销" in text and "✔退货" not in text
    assert "第1页/共1页" in text
    assert "13800138000" not in text and "secret" not in text


def test_font_is_embedded(full_pdf: bytes) -> None:
    page = PdfReader(io.BytesIO(full_pdf)).pages[0]
    fonts = [f.get_object() for f in page["/Resources"]["/Font"].values()]
    embedded = {f["/BaseFont"] for f in fonts if "/FontFile2" in f.get("/FontDescriptor", {})}
    assert embedded and all(name.endswith("+WenQuanYiMicroHei-0") for name in embedded)
    used: set[str] = set()

    def visit(text: str, _cm: object, _tm: object, font: dict | None, _size: float) -> None:
        if text.strip() and font:
            used.add(font["/BaseFont"])

    page.extract_text(visitor_text=visit)
    assert used and used <= embedded  # every visible glyph comes from the embedded subset


@pytest.mark.skipif(
    not (shutil.which("pdftoppm") and shutil.which("zbarimg")), reason="needs poppler + zbar"
)
def test_qr_decodes_to_the_case_number(full_pdf: bytes, tmp_path: Path) -> None:
    (tmp_path / "f.pdf").write_bytes(full_pdf)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "150", "-f", "1", "-l", "1", "f.pdf", "page"],
        cwd=tmp_path,
        check=True,
    )
    image = next(tmp_path.glob("page*.png"))
    found = subprocess.run(
        ["zbarimg", "--quiet", "--raw", str(image)], capture_output=True, text=True
    )
    assert found.stdout.split() == ["CX20261127-0001"]


def test_long_reason_flows_to_two_pages_inside_its_box(long_pdf: bytes, seeded: Seeded) -> None:
    pages = pages_text(long_pdf)
    assert len(pages) == 2
    for n, page in enumerate(pages, 1):
        assert f"第{n}页/共2页" in squash(page)
        assert seeded.refund in page
    assert squash(LONG_REASON) in squash("".join(pages))

    box_left = MARGIN_X + LABEL_W + CELL_PAD
    box_right = MARGIN_X + CONTENT_W - CELL_PAD
    reason_lines = 0
    for page_no in range(2):
        for chunk in text_chunks(long_pdf, page_no):
            # nothing on the page leaves the ruled area
            assert chunk.x0 >= MARGIN_X - 0.5 and chunk.x1 <= PAGE_W - MARGIN_X + 0.5, chunk
            if chunk.x0 >= box_left - 0.5 and squash(chunk.text) in squash(LONG_REASON):
                assert chunk.x1 <= box_right + 0.5, chunk
                reason_lines += 1
    assert reason_lines > 30  # it did wrap, many times


def test_blank_form_prints_labels_and_lines_only() -> None:
    data = render_form(blank_form_view())
    pages = pages_text(data)
    assert len(pages) == 1
    text = squash(pages[0])
    for label in ("商户名称", "交易金额", "卡号", "申请原因", "客户电话", "审批意见", "商户盖章"):
        assert label in text
    assert "消费" in text and "✔" not in text
    assert "CX" not in text


def test_training_watermark_on_every_page(
    views: dict[str, ApplicationFormView], seeded: Seeded
) -> None:
    plain = pages_text(render_form(views[seeded.full]))
    assert "培训" not in "".join(plain)
    pages = pages_text(render_form(views[seeded.refund], training=True))
    assert len(pages) == 2 and all("培训" in page for page in pages)


def test_batch_counts_pages_per_form(views: dict[str, ApplicationFormView], seeded: Seeded) -> None:
    order = [seeded.full, seeded.refund, seeded.old]
    pages = [squash(p) for p in pages_text(render_forms([views[c] for c in order]))]
    assert len(pages) == 4
    expected = [
        (seeded.full, 1, 1),
        (seeded.refund, 1, 2),
        (seeded.refund, 2, 2),
        (seeded.old, 1, 1),
    ]
    for page, (case_no, x, y) in zip(pages, expected, strict=True):
        assert case_no in page and f"第{x}页/共{y}页" in page
    assert "不适用（扫码支付）" in pages[3] and "✔扫码" in pages[3]


def test_font_cache_round_trip_matches_a_fresh_parse(tmp_path: Path) -> None:
    from reportlab.pdfbase.ttfonts import TTFont

    from printing.fonts import font_path, load_font

    fresh = TTFont("WQYMicroHei", str(font_path()), subfontIndex=0)
    load_font(font_path(), tmp_path)  # parses and writes the cache
    assert list(tmp_path.glob("font-*.marshal"))
    cached = load_font(font_path(), tmp_path)
    assert set(vars(cached)) == set(vars(fresh))
    for key, value in vars(fresh.face).items():
        if key != "_pdfScale":
            assert getattr(cached.face, key) == value, key
    assert cached.face._pdfScale(2048) == fresh.face._pdfScale(2048)
    assert cached.stringWidth("撤销POS机", 10) == fresh.stringWidth("撤销POS机", 10)
    assert cached.face.makeSubset([0x41, 0x64A4]) == fresh.face.makeSubset([0x41, 0x64A4])
    (next(tmp_path.glob("font-*.marshal"))).write_bytes(b"garbage")
    assert load_font(font_path(), tmp_path).face.unitsPerEm == fresh.face.unitsPerEm


def test_a_resubmitted_form_does_not_print_the_old_rejection(store) -> None:  # type: ignore[no-untyped-def]
    from app import workflow
    from printing.form_view import form_view_from_case
    from tests.core.helpers import CONTACT, PINS, all_checked, make_order, seed_staff

    with store.transaction() as s:
        staff = seed_staff(s)
        case = workflow.open_case(s, make_order(s).id, staff.cashier)
        workflow.verify(s, case, staff.cashier, all_checked())
        workflow.record_contact(s, case, staff.cashier, CONTACT)
        workflow.fill_form(s, case, staff.cashier, workflow.form_defaults(s, case, staff.cashier))
        workflow.submit(s, case, staff.cashier)
        workflow.reject(s, case, staff.lead.name, PINS["lead"], "金额写错")
        assert "金额写错" in (form_view_from_case(case).approval_opinion or "")
        workflow.submit(s, case, staff.cashier)  # revised and sent again: no decision yet
        view = form_view_from_case(case)
        assert view.approver is None and view.approval_opinion is None
