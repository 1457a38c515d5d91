"""The lead reports as A4 PDFs: the 挂单交接 handover (signed by both shifts), causes and
outcomes, and anomalies, each with bar charts drawn by reportlab's graphics and
"第 x 页 / 共 y 页" on every page. Text comes from app.reports.export_csv, so paper and CSV agree.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from html import escape
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    LongTable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.clock import DEFAULT_ZONE, format_local
from app.messages import label, tr
from app.money import format_fen
from app.reports import (
    Anomaly,
    CashierReport,
    CausesReport,
    HandoverReport,
    Severity,
    step_key,
)
from app.reports.export_csv import (
    ANOMALY_COLUMNS,
    CASHIER_COLUMNS,
    HANDOVER_COLUMNS,
    anomaly_rows,
    cashier_rows,
    format_age,
    handover_rows,
)
from printing.fonts import ensure_font

PAGE_W, PAGE_H = A4
MARGIN = 14 * mm
CONTENT_W = PAGE_W - 2 * MARGIN
WIDE_W = PAGE_H - 2 * MARGIN  # landscape
BAR = colors.HexColor("#3b6ea5")
ALERT = colors.HexColor("#c0392b")
GRID = colors.HexColor("#b0b7c3")
HEAD_BG = colors.HexColor("#e8edf3")
SEVERITY_BG = {
    Severity.HIGH: colors.HexColor("#f9d6d2"),
    Severity.MEDIUM: colors.HexColor("#fdebc8"),
    Severity.LOW: colors.HexColor("#eef1f5"),
}


def _styles() -> dict[str, ParagraphStyle]:
    font = ensure_font()
    return {
        "title": ParagraphStyle("title", fontName=font, fontSize=16, leading=22, spaceAfter=2),
        "meta": ParagraphStyle(
            "meta", fontName=font, fontSize=9, leading=13, textColor=colors.grey
        ),
        "h2": ParagraphStyle(
            "h2", fontName=font, fontSize=11.5, leading=16, spaceBefore=8, spaceAfter=4
        ),
        "cell": ParagraphStyle("cell", fontName=font, fontSize=8, leading=10.5),
        "body": ParagraphStyle("body", fontName=font, fontSize=9.5, leading=14),
    }


class _PagedCanvas(Canvas):
    """Holds pages back until the end so each footer can say 第 x 页 / 共 y 页."""

    footer_left = ""
    page_w = PAGE_W

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, 1):
            self.__dict__.update(state)
            self.setFont(ensure_font(), 8)
            self.setFillColor(colors.grey)
            self.drawString(MARGIN, 8 * mm, self.footer_left)
            self.drawRightString(self.page_w - MARGIN, 8 * mm, f"第 {number} 页 / 共 {total} 页")
            super().showPage()
        super().save()


def _build(flowables: list[Flowable], title: str, footer: str, *, wide: bool = False) -> bytes:
    """`wide`: A4 landscape, for a table with many columns that should read one line a row."""
    out = io.BytesIO()
    page = landscape(A4) if wide else A4
    doc = SimpleDocTemplate(
        out,
        pagesize=page,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=14 * mm,
        bottomMargin=16 * mm,
        title=title,
        author="guadan",
        creator="guadan",
    )
    canvas_class = type("ReportCanvas", (_PagedCanvas,), {"footer_left": footer, "page_w": page[0]})
    doc.build(flowables, canvasmaker=canvas_class)
    return out.getvalue()


def _heading(title: str, meta: str) -> list[Flowable]:
    s = _styles()
    return [Paragraph(escape(title), s["title"]), Paragraph(escape(meta), s["meta"]), Spacer(0, 4)]


def _table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    row_colors: Sequence[Any] = (),
) -> Flowable:
    """A ruled table whose header repeats on every page; cells wrap as paragraphs."""
    s = _styles()["cell"]
    data = [[Paragraph(escape(h), s) for h in header]]
    data += [[Paragraph(escape(c), s) for c in row] for row in rows]
    table = LongTable(data, colWidths=list(widths), repeatRows=1)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    style += [("BACKGROUND", (0, i + 1), (-1, i + 1), c) for i, c in enumerate(row_colors) if c]
    table.setStyle(TableStyle(style))
    return table


def _fit(widths: Sequence[float], total: float = CONTENT_W) -> list[float]:
    scale = total / sum(widths)
    return [w * scale for w in widths]


# ---------------------------------------------------------------- charts


def bar_chart(
    title: str,
    labels: Sequence[str],
    values: Sequence[int | float],
    *,
    horizontal: bool = False,
    height: float = 52 * mm,
    color: Any = BAR,
    width: float = CONTENT_W,
) -> Drawing:
    """One series of bars with its title, labelled in the CJK font; every label is shown
    unless there are too many to read (long date ranges show every nth day)."""
    font = ensure_font()
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 11, title, fontName=font, fontSize=9.5))
    chart: Any = HorizontalBarChart() if horizontal else VerticalBarChart()
    label_room = 30 * mm if horizontal else 0
    chart.x = 8 * mm + label_room
    chart.y = 6 * mm if horizontal else 10 * mm
    chart.width = width - chart.x - 6 * mm
    chart.height = height - chart.y - 18
    chart.data = [list(values) or [0]]
    chart.bars[0].fillColor = color
    chart.bars[0].strokeColor = None
    chart.categoryAxis.categoryNames = list(labels) or [""]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    top = max(values, default=0)
    chart.valueAxis.valueMax = max(1, top * 1.15)
    chart.valueAxis.valueStep = _step(top)
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 6.5
    chart.barLabelFormat = "%d"
    chart.barLabels.nudge = 6
    if horizontal:
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.categoryAxis.labels.dx = -3
        chart.categoryAxis.reverseDirection = True  # first label on top, as it reads
    else:
        every = max(1, -(-len(labels) // 16))
        chart.categoryAxis.categoryNames = [
            name if i % every == 0 else "" for i, name in enumerate(labels)
        ] or [""]
        chart.categoryAxis.labels.angle = 0 if len(labels) <= 10 else 30
        chart.categoryAxis.labels.boxAnchor = "n" if len(labels) <= 10 else "ne"
        if len(labels) > 20:
            chart.barLabelFormat = None  # numbers on 30+ thin bars only add noise
    drawing.add(chart)
    return drawing


def _step(top: float) -> float:
    for step in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000):
        if top / step <= 6:
            return step
    return max(1.0, top / 6)


def _short_day(day: dt.date) -> str:
    return f"{day.month}/{day.day}"


# ---------------------------------------------------------------- the three documents


def render_handover(
    report: HandoverReport,
    *,
    store_name: str = "",
    zone: str = DEFAULT_ZONE,
    lang: str = "zh_CN",
    seal: Any = None,
    money: Any = None,
    signed: Any = None,
) -> bytes:
    """挂单交接: open orders oldest first with age and step, a chart of the steps, and the
    handing-over and taking-over signatures; with `seal` (app.audit.handover_seal) the audit
    chain's checkpoint, printed so that it leaves the PC. With `money`
    (app.reports.shift.ShiftMoney) the shift's money per funding; with `signed` the names of
    who signed with their PINs on the signature lines."""
    s = _styles()
    when = format_local(report.generated_at, zone)
    meta = f"生成时间 {when}  ·  未结挂单 {report.total} 笔"
    if report.rows:
        meta += f"  ·  最久已等待 {format_age(report.rows[0].age, lang)}"
    flow: list[Flowable] = _heading(f"挂单交接 {store_name}".strip(), meta)
    if money is not None:
        from printing.reports.shift import money_flowables

        flow += money_flowables(money, WIDE_W, zone, lang)
    steps = [(tr(step_key(stage), lang), n) for stage, n in report.by_step]
    if steps:
        flow.append(
            bar_chart(
                "按当前步骤统计未结挂单（笔）",
                [name for name, _ in steps],
                [n for _, n in steps],
                horizontal=True,
                height=(len(steps) * 5 + 16) * mm,
                width=WIDE_W,
            )
        )
    if report.by_channel:
        flow.append(Paragraph("按支付渠道", s["h2"]))
        rows = [
            [label("pay_channel", c.channel, lang), str(c.orders), format_fen(c.amount_fen)]
            for c in report.by_channel
        ]
        flow.append(_table(["支付渠道", "未结笔数", "金额"], rows, _fit([60, 30, 40])))
    flow.append(Paragraph("未结挂单（最早的在前）", s["h2"]))
    if report.rows:
        header = [zh for zh, _ in HANDOVER_COLUMNS]
        widths = _fit([24, 16, 30, 18, 22, 15, 30, 12, 12, 28, 28], WIDE_W)
        flow.append(_table(header, handover_rows(report, lang, zone), widths))
        if report.truncated:
            more = f"另有 {report.total - len(report.rows)} 笔未列出（导出 CSV 可得全部）。"
            flow.append(Paragraph(more, s["meta"]))
    else:
        flow.append(Paragraph("没有未结挂单。", s["body"]))
    flow.append(Spacer(0, 10 * mm))
    from printing.reports.shift import signers

    signature_row = [cell for pair in signers(signed, zone) for cell in pair]
    signatures = Table(
        [signature_row],
        colWidths=_fit([22, 40, 22, 40, 20, 36], WIDE_W),
    )
    signatures.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), ensure_font(), 10),
                ("LINEBELOW", (1, 0), (1, 0), 0.6, colors.black),
                ("LINEBELOW", (3, 0), (3, 0), 0.6, colors.black),
                ("LINEBELOW", (5, 0), (5, 0), 0.6, colors.black),
            ]
        )
    )
    flow.append(KeepTogether([signatures]))
    if seal is not None:
        from printing.audit_block import checkpoint_flowables

        flow += checkpoint_flowables(seal, WIDE_W, lang, zone)
    return _build(flow, "挂单交接", f"guadan · 挂单交接 · {when}", wide=True)


def render_causes(
    report: CausesReport,
    cashiers: CashierReport | None = None,
    *,
    store_name: str = "",
    lang: str = "zh_CN",
) -> bytes:
    """Causes and outcomes of a date range: bars per day, per cause, per buyer reason and
    per cashier, and the outcome shares."""
    s = _styles()
    span = f"{report.date_from} 至 {report.date_to}"
    meta = f"{store_name}  ·  {span}  ·  挂单 {report.orders} 笔  ·  案件 {report.cases} 件"
    flow: list[Flowable] = _heading("挂单原因与结果", meta)
    per_day = {d: 0 for d in report.days}
    for item in report.by_cause:
        per_day[item.day] = per_day.get(item.day, 0) + item.count
    flow.append(
        bar_chart("每日挂单（笔）", [_short_day(d) for d in per_day], list(per_day.values()))
    )
    causes = report.totals(report.by_cause)
    if causes:
        flow.append(
            bar_chart(
                "按挂单原因（笔）",
                [label("cause", k, lang) for k in causes],
                list(causes.values()),
                horizontal=True,
                height=(len(causes) * 6 + 16) * mm,
            )
        )
    reasons = report.totals(report.by_reason)
    if reasons:
        flow.append(
            bar_chart(
                "按买家沟通原因（件）",
                [label("reason", k, lang) for k in reasons],
                list(reasons.values()),
                horizontal=True,
                height=(len(reasons) * 6 + 16) * mm,
            )
        )
    if report.by_channel:
        flow.append(Paragraph("按支付渠道", s["h2"]))
        rows = [
            [
                label("pay_channel", c.channel, lang), str(c.orders), format_fen(c.amount_fen),
                str(c.voided), str(c.refunded), format_fen(c.returned_fen),
            ]
            for c in report.by_channel
        ]  # fmt: skip
        header = ["支付渠道", "挂单", "金额", "撤销", "退款", "退回金额"]
        flow.append(_table(header, rows, _fit([34, 16, 26, 16, 16, 26])))
    flow.append(Paragraph("案件结果", s["h2"]))
    flow.append(
        _table(["结果", "件数", "占比", "金额"], _outcome_rows(report), _fit([60, 30, 30, 40]))
    )
    median = report.median_resolution_minutes
    text = "—" if median is None else format_age(dt.timedelta(minutes=median), lang)
    flow.append(Paragraph(f"从交易到处理完毕的中位时长：{text}", s["body"]))
    if cashiers is not None and cashiers.rows:
        flow.append(Paragraph("收银员", s["h2"]))
        flow.append(
            bar_chart(
                "各收银员执行的撤销与退货（笔）",
                [r.name for r in cashiers.rows],
                [r.voids_refunds for r in cashiers.rows],
                horizontal=True,
                height=(len(cashiers.rows) * 6 + 16) * mm,
            )
        )
        header = [zh for zh, _ in CASHIER_COLUMNS]
        flow.append(_table(header, cashier_rows(cashiers), _fit([26, 14, 14, 14, 14, 24, 24, 18])))
        flow.append(
            Paragraph(
                f"全店中位数：撤销与退货 {cashiers.median_voids_refunds:g} 笔 / 人。",
                s["meta"],
            )
        )
    return _build(flow, "挂单原因与结果", f"guadan · 挂单原因与结果 · {span}")


def _outcome_rows(report: CausesReport) -> list[list[str]]:
    from app.money import format_fen

    rows = []
    for name, count, fen in (
        ("已撤销", report.voided, report.voided_fen),
        ("已退货", report.refunded, report.refunded_fen),
        ("已关闭（驳回或撤回）", report.closed, None),
        ("处理中", report.open, None),
        ("曾被驳回", report.rejected, None),
        ("曾升级", report.escalated, None),
    ):
        money = format_fen(fen) if fen is not None else ""
        rows.append([name, str(count), f"{report.share(count):.0%}", money])
    return rows


def render_anomalies(
    found: Sequence[Anomaly],
    *,
    days: int,
    generated_at: dt.datetime,
    store_name: str = "",
    zone: str = DEFAULT_ZONE,
    lang: str = "zh_CN",
) -> bytes:
    """Anomaly flags, most severe first, each with its explanation and case count."""
    s = _styles()
    when = format_local(generated_at, zone)
    meta = f"{store_name}  ·  近 {days} 天  ·  生成时间 {when}  ·  {len(found)} 项"
    flow: list[Flowable] = _heading("异常提醒", meta)
    if found:
        by_kind: dict[str, int] = {}
        for a in found:
            by_kind[a.kind_label(lang)] = by_kind.get(a.kind_label(lang), 0) + 1
        flow.append(
            bar_chart(
                "按类型（项）",
                list(by_kind),
                list(by_kind.values()),
                horizontal=True,
                height=(len(by_kind) * 6 + 16) * mm,
                color=ALERT,
            )
        )
        header = [zh for zh, _ in ANOMALY_COLUMNS][:6]
        rows = [row[:6] for row in anomaly_rows(found, lang, zone)]
        shades = [SEVERITY_BG[a.severity] for a in found]
        flow.append(_table(header, rows, _fit([14, 24, 24, 88, 22, 12]), shades))
    else:
        flow.append(Paragraph(f"近 {days} 天没有发现异常。", s["body"]))
    return _build(flow, "异常提醒", f"guadan · 异常提醒 · {when}")
