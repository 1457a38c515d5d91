"""Time the application form PDF against a bare reportlab page carrying the same text.

    .venv/bin/python benchmarks/print_forms.py [--repeat 30] [--batch 200]

Budgets (DESIGN.md §10): one form ≤ 15 ms warm, ≤ 150 ms cold (a fresh process, imports
and font registration included, timed from the script's first line), a 200-form batch
≤ 3 s. The floor is the same text drawn by a bare reportlab canvas with the same embedded
font, in the same run. Prints figures and ratios only.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from printing.form_view import ApplicationFormView, AttachmentLine  # noqa: E402

SAMPLE = ApplicationFormView(
    case_no="CX20261127-0001",
    merchant_name="某某便利店有限公司（南京西路店）",
    merchant_no="898310058120001",
    terminal_no="12345678",
    order_no="POS-20261127-000123",
    txn_time="2026-11-27 14:02",
    txn_location="某某便利店 1号收银台",
    txn_amount="¥1,234.56",
    txn_amount_capital="人民币壹仟贰佰叁拾肆元伍角陆分",
    txn_type="消费",
    funding="信用卡",
    card_masked="622848******1234",
    rrn="123456789012",
    trace_no="000123",
    batch_no="000045",
    auth_code="A1B2C3",
    route="撤销",
    applied_amount="¥1,234.56",
    applied_amount_capital="人民币壹仟贰佰叁拾肆元伍角陆分",
    reason="网络中断导致终端已扣款但收银系统无记录，客户要求撤销。已核对终端流水与小票。",
    contact_channel="当面",
    contact_time="2026-11-27 14:10",
    customer_name="李四",
    customer_phone="138****5678",
    contact_reason="网络问题",
    bank_contact="已联系发卡行，热线 95588，参考 REF2026",
    customer_agreed="是",
    applicant_name="张三",
    applicant_phone="13812345678",
    application_date="2026-11-27",
    attachments=(
        AttachmentLine("小票照片.jpg", "a3f1c2d4e5f6"),
        AttachmentLine("终端流水.pdf", "0123456789ab"),
    ),
    approver="王五",
    approval_opinion="同意：金额核对无误",
    approval_date="2026-11-27 15:00",
)

LABELS = [
    "撤销POS机交易申请表",
    "商户名称",
    "商户编号",
    "终端号",
    "交易时间",
    "交易地点",
    "交易金额",
    "金额大写",
    "交易类型",
    "交易资金",
    "卡号",
    "参考号",
    "凭证号",
    "批次号",
    "授权码",
    "挂单单号",
    "处理方式",
    "申请金额",
    "申请原因",
    "沟通方式",
    "沟通时间",
    "客户姓名",
    "客户电话",
    "沟通原因",
    "客户是否同意",
    "发卡行联系",
    "申请人姓名",
    "联系方式",
    "申请日期",
    "附件",
    "审批人",
    "审批日期",
    "审批意见",
    "申请人签字",
    "主管签字",
    "商户盖章",
    "第",
    "1",
    "页",
    "/",
    "共",
    "1",
    "页",
]


def view_strings(view: ApplicationFormView) -> list[str]:
    out = list(LABELS)
    for field in dataclasses.fields(view):
        value = getattr(view, field.name)
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, tuple):
            out += [f"{a.filename} {a.sha256_12}" for a in value]
    return out


def bare_page(strings: list[str]) -> bytes:
    """The floor: the same text drawn line by line on one A4 page, same embedded font."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from printing.fonts import ensure_font

    font = ensure_font()
    out = io.BytesIO()
    canv = Canvas(out, pagesize=A4)
    canv.setFont(font, 9.5)
    y = A4[1] - 40
    for text in strings:
        canv.drawString(40, y, text)
        y -= 12
        if y < 40:
            y = A4[1] - 40
            canv.showPage()
            canv.setFont(font, 9.5)
    canv.showPage()
    canv.save()
    return out.getvalue()


def median_ms(fn: object, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def cpu_ms(fn: object, repeat: int = 1) -> float:
    """This process's CPU per call: what a busy machine inflates less than the wall time."""
    start = time.process_time()
    for _ in range(repeat):
        fn()  # type: ignore[operator]
    return (time.process_time() - start) * 1000 / repeat


COLD_FORM = """
import time; t0 = time.perf_counter()
import sys; sys.path.insert(0, {root!r}); sys.path.insert(0, {here!r})
from print_forms import SAMPLE
from printing.application_form import render_form
render_form(SAMPLE)
print((time.perf_counter() - t0) * 1000)
"""
COLD_BARE = """
import time; t0 = time.perf_counter()
import sys; sys.path.insert(0, {root!r}); sys.path.insert(0, {here!r})
from print_forms import SAMPLE, bare_page, view_strings
bare_page(view_strings(SAMPLE))
print((time.perf_counter() - t0) * 1000)
"""


def cold_ms(script: str, home: str, runs: int = 5, fresh: bool = False) -> tuple[float, float]:
    """(median in-process ms from first line to PDF bytes, median wall ms of the process).

    `fresh`: every run gets an empty GUADAN_HOME, so the parsed-font cache is absent
    (the very first print after installing); otherwise the cache written by a first,
    untimed run is used.
    """
    inner, wall = [], []
    code = script.format(root=str(ROOT), here=str(Path(__file__).resolve().parent))
    env = dict(os.environ, GUADAN_HOME=home)
    subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, check=True)
    for run in range(runs):
        if fresh:
            env["GUADAN_HOME"] = f"{home}/fresh-{run}"
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
        )
        wall.append((time.perf_counter() - start) * 1000)
        inner.append(float(done.stdout.split()[-1]))
    return statistics.median(inner), statistics.median(wall)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--batch", type=int, default=200)
    args = parser.parse_args()

    from printing.application_form import render_form, render_forms

    strings = view_strings(SAMPLE)
    render_form(SAMPLE), bare_page(strings)  # warm both paths: font parsed, modules imported
    warm = median_ms(lambda: render_form(SAMPLE), args.repeat)
    warm_bare = median_ms(lambda: bare_page(strings), args.repeat)
    warm_cpu = cpu_ms(lambda: render_form(SAMPLE), args.repeat)
    warm_bare_cpu = cpu_ms(lambda: bare_page(strings), args.repeat)

    with tempfile.TemporaryDirectory() as home:
        cold, cold_wall = cold_ms(COLD_FORM, home)
        cold_bare, cold_bare_wall = cold_ms(COLD_BARE, home)
        first, _ = cold_ms(COLD_FORM, home, fresh=True)

    views = [dataclasses.replace(SAMPLE, case_no=f"CX20261127-{i:04d}") for i in range(args.batch)]
    bare_strings = strings * args.batch
    start, cpu = time.perf_counter(), time.process_time()
    batch_pdf = render_forms(views)
    batch, batch_cpu = time.perf_counter() - start, time.process_time() - cpu
    start, cpu = time.perf_counter(), time.process_time()
    bare_page(bare_strings)
    batch_bare, batch_bare_cpu = time.perf_counter() - start, time.process_time() - cpu

    print(
        f"one form, warm : {warm:7.1f} ms  (bare page {warm_bare:5.1f} ms, x{warm / warm_bare:.1f})  goal ≤ 15 ms"
    )
    print(
        f"one form, cold : {cold:7.1f} ms  (bare page {cold_bare:5.1f} ms, x{cold / cold_bare:.1f})  goal ≤ 150 ms"
        f"   [whole process incl. interpreter: {cold_wall:.0f} ms vs {cold_bare_wall:.0f} ms]"
    )
    print(
        f"  CPU: one form {warm_cpu:.1f} ms vs bare page {warm_bare_cpu:.1f} ms "
        f"(x{warm_cpu / warm_bare_cpu:.1f}); {args.batch}-form batch {batch_cpu * 1000:.0f} ms "
        f"vs bare pages {batch_bare_cpu * 1000:.0f} ms"
    )
    print(f"one form, first start ever (no parsed-font cache yet): {first:7.1f} ms")
    print(
        f"{args.batch}-form batch: {batch * 1000:7.0f} ms  (bare pages {batch_bare * 1000:5.0f} ms,"
        f" x{batch / batch_bare:.1f})  goal ≤ 3000 ms  [{len(batch_pdf) / 1e6:.1f} MB]"
    )


if __name__ == "__main__":
    main()
