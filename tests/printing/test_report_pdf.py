"""Report PDFs and the `guadan report` commands, read back with pypdf."""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))

import report_data as rd  # noqa: E402

from app import reports  # noqa: E402
from app.cli import main as core_main  # noqa: E402
from printing.reports.cli import add_report_commands  # noqa: E402
from printing.reports.pdf import render_anomalies, render_causes, render_handover  # noqa: E402


@pytest.fixture
def report_store(store):  # type: ignore[no-untyped-def]
    with store.transaction() as s:
        rd.plant_anomalies(s, rd.seed_clean(s))
    return store


def _text(data: bytes) -> list[str]:
    return ["".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(data)).pages]


def test_handover_pdf_lists_open_orders_oldest_first(report_store) -> None:  # type: ignore[no-untyped-def]
    with report_store.transaction() as s:
        report = reports.handover(s, now=rd.NOW)
    pages = _text(render_handover(report, store_name="测试便利店"))
    reader = PdfReader(io.BytesIO(render_handover(report)))
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert width > height  # A4 landscape: one line per order
    first = pages[0]
    assert "挂单交接测试便利店" in first and f"未结挂单{report.total}笔" in first
    assert f"第1页/共{len(pages)}页" in first
    assert "交班人签字" in pages[-1] and "接班人签字" in pages[-1]
    numbers = [r.order_no for r in report.rows]
    text = "".join(pages)
    assert all(n in text for n in numbers)
    positions = [text.index(n) for n in numbers]
    assert positions == sorted(positions)  # oldest first on paper too
    assert "未开始（待收银员处理）" in first  # the step, in words; the chart's label as well


def test_causes_and_anomalies_pdfs(report_store) -> None:  # type: ignore[no-untyped-def]
    first, last = rd.local_date(6), rd.local_date(0)
    with report_store.transaction() as s:
        causes = reports.causes(s, first, last)
        cashiers = reports.per_cashier(s, first, last)
        found = reports.anomalies(s, now=rd.NOW)
    text = "".join(_text(render_causes(causes, cashiers, store_name="测试便利店")))
    assert "每日挂单" in text and "按挂单原因" in text and "网络故障" in text
    assert "各收银员执行的撤销与退货" in text and "张三" in text
    text = "".join(_text(render_anomalies(found, days=7, generated_at=rd.NOW)))
    assert f"{len(found)}项" in text
    for a in found:
        assert a.kind_label() in text
    assert "622848******9999" in text
    empty = "".join(_text(render_anomalies([], days=7, generated_at=rd.NOW)))
    assert "近7天没有发现异常" in empty


def _run(store, capsys, *argv: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = core_main(["--db", store.url, "report", *argv], hooks=[add_report_commands])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_csv_and_pdf(report_store, capsys, tmp_path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = _run(report_store, capsys, "handover", "--csv")
    rows = list(csv.reader(io.StringIO(out)))
    assert code == 0 and rows[0][0] == "交易时间" and len(rows) >= 2
    code, out, _ = _run(
        report_store,
        capsys,
        "causes",
        "--from",
        str(rd.local_date(6)),
        "--to",
        str(rd.local_date(0)),
        "--csv",
    )
    assert code == 0 and "挂单原因" in out and "收银员" in out
    code, out, _ = _run(report_store, capsys, "anomalies", "--days", "7", "--csv")
    assert code == 0 and out.startswith("严重程度,")
    pdf = tmp_path / "h.pdf"
    code, out, _ = _run(report_store, capsys, "handover", "--pdf", str(pdf))
    assert code == 0 and pdf.read_bytes().startswith(b"%PDF") and str(pdf) in out
    code, _, err = _run(report_store, capsys, "causes", "--from", "2026-13-01")
    assert code == 1 and "YYYY-MM-DD" in err
    code, _, err = _run(
        report_store, capsys, "causes", "--from", "2026-11-20", "--to", "2026-11-01"
    )
    assert code == 1 and "--to" in err


def test_handover_prints_the_audit_checkpoint(report_store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The chain's head leaves the PC on paper: digits a person can read back, and a QR code
    that decodes to the same checkpoint; a broken chain prints a warning instead."""
    import shutil
    import subprocess

    from sqlalchemy import text as sql

    from app.audit import anchor, handover_seal, record

    with report_store.transaction() as s:
        report = reports.handover(s, now=rd.NOW)
        for n in range(5):
            record(s, "test.event", None, n=n)
    seal = handover_seal(report_store, "李四")
    assert seal.ok and seal.codes
    code = seal.codes[0]
    pdf = render_handover(report, seal=seal)
    flat = "".join(_text(pdf))
    assert "审计检查点" in flat and code.digits in flat and f"第{code.seq}条事件" in flat
    with report_store.transaction() as s:
        assert anchor.check_printed_code(s, code.counter_label, code.seq, code.digits)
    if shutil.which("pdftoppm") and shutil.which("zbarimg"):
        (tmp_path / "h.pdf").write_bytes(pdf)
        # 300 dpi, as the handover is printed: at 150 the 19 mm code is under 3 px a module
        subprocess.run(["pdftoppm", "-png", "-r", "300", "h.pdf", "page"], cwd=tmp_path, check=True)
        decoded = []
        for image in sorted(tmp_path.glob("page*.png")):
            out = subprocess.run(
                ["zbarimg", "--quiet", "--raw", str(image)], capture_output=True, text=True
            )
            decoded += out.stdout.split()
        assert code.qr_text in decoded
    with report_store.engine.begin() as c:
        c.execute(sql("DELETE FROM audit_events WHERE counter_seq > 3"))
    broken = handover_seal(report_store, "李四")
    assert not broken.ok and not broken.codes
    flat = "".join(_text(render_handover(report, seal=broken)))
    assert "审计链校验未通过" in flat and code.digits not in flat


def test_handover_command_prints_the_check_digits(report_store, capsys) -> None:  # type: ignore[no-untyped-def]
    from app.audit import record

    with report_store.transaction() as s:
        record(s, "test.event", None)
    assert core_main(["--db", report_store.url, "report", "handover"]) == 0
    out = capsys.readouterr().out
    assert "审计检查点" in out and "校验码" in out
