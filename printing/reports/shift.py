"""交接班 on paper: the shift's money per funding on the A4 handover report, and the same on
an 80 mm (or 58 mm) slip as a back office prints its 交班单, with the 交班人 / 接班人 lines —
filled with the names when both signed with their PINs, blank to sign by hand otherwise."""

from __future__ import annotations

import io
from html import escape
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.clock import DEFAULT_ZONE, format_local
from app.money import format_fen
from app.reports.shift import ShiftMoney, SignedHandover, money_table
from printing.fonts import ensure_font

SLIP_WIDTHS_MM = (58, 80)


def period(money: ShiftMoney, zone: str) -> str:
    return f"{format_local(money.start, zone)} – {format_local(money.end, zone)}"


def signers(signed: SignedHandover | None, zone: str) -> list[tuple[str, str]]:
    """(label, value) of the sign-off: names and time when signed, blanks to fill by hand."""
    if signed is None:
        return [("交班人签字：", ""), ("接班人签字：", ""), ("交接时间：", "")]
    return [
        ("交班人：", f"{signed.outgoing}（PIN 已确认）"),
        ("接班人：", f"{signed.incoming}（PIN 已确认）"),
        ("交接时间：", format_local(signed.at, zone)),
    ]


def money_flowables(
    money: ShiftMoney, width: float, zone: str = DEFAULT_ZONE, lang: str = "zh_CN"
) -> list[Flowable]:
    """The A4 report's 本班资金 block: the table and the cases carried over."""
    font = ensure_font()
    head = ParagraphStyle("h2", fontName=font, fontSize=12, leading=16, spaceBefore=6)
    body = ParagraphStyle("b", fontName=font, fontSize=9.5, leading=13)
    header, rows = money_table(money, lang)
    table = Table(
        [header, *rows], colWidths=[width * f for f in (0.1, 0.18, 0.18, 0.18, 0.2, 0.16)]
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), font, 9.5),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#b0b7c3")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8edf3")),
                ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#f3f4f6")),
                ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
            ]
        )
    )
    carried = (
        f"结转下一班：{money.carried_cases} 笔撤销申请仍在处理中（"
        f"{format_fen(money.carried_cases_fen)}），由接班人继续跟进。"
    )
    return [
        Paragraph(escape(f"本班资金（{period(money, zone)}）"), head),
        table,
        Spacer(0, 2 * mm),
        Paragraph(escape(carried), body),
    ]


def _slip_flowables(
    money: ShiftMoney, signed: SignedHandover | None, width: float, store: str, zone: str
) -> list[Flowable]:
    font = ensure_font()
    small = width < 60 * mm
    size = 8 if small else 9
    body = ParagraphStyle("s", fontName=font, fontSize=size, leading=size + 3, wordWrap="CJK")
    center = ParagraphStyle("sc", parent=body, alignment=TA_CENTER)
    title = ParagraphStyle("st", parent=center, fontSize=size + 5, leading=size + 9)
    rule = HRFlowable(width="100%", thickness=0.6, dash=(2, 2), color=colors.black)
    out: list[Flowable] = [Paragraph("交班单", title)]
    if store:
        out.append(Paragraph(escape(store), center))
    out += [Paragraph(escape(period(money, zone)), center), Spacer(1, 2), rule]
    header, rows = money_table(money)
    for row in rows:
        out.append(Paragraph(f"<b>{escape(row[0])}</b>", body))
        pairs = [
            [Paragraph(escape(h), body), Paragraph(escape(v), body)]
            for h, v in zip(header[1:], row[1:], strict=True)
        ]
        table = Table(pairs, colWidths=(width * 0.45, width * 0.55))
        table.setStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
            ]
        )
        out += [table, Spacer(1, 2)]
    out += [
        rule,
        Paragraph(
            escape(
                f"结转下一班：{money.carried_cases} 笔处理中（{format_fen(money.carried_cases_fen)}）"
            ),
            body,
        ),
        rule,
        Spacer(1, 3),
    ]
    for label, value in signers(signed, zone):
        out.append(Paragraph(escape(f"{label}{value}"), body))
        if not value:
            out += [Spacer(1, 8 * mm), HRFlowable(width="100%", thickness=0.6, color=colors.black)]
    out.append(Spacer(1, 4 * mm))  # room for the tear-off edge
    return out


def render_handover_slip(
    money: ShiftMoney,
    signed: SignedHandover | None = None,
    *,
    store_name: str = "",
    zone: str = DEFAULT_ZONE,
    width_mm: int = 80,
) -> bytes:
    """The 交班单 one receipt wide, its height fitted to the content (paper is a roll)."""
    if width_mm not in SLIP_WIDTHS_MM:
        raise ValueError(f"slip width must be one of {SLIP_WIDTHS_MM} mm")
    margin = 3 * mm
    page_w = width_mm * mm
    inner = page_w - 2 * margin

    def flow() -> list[Flowable]:
        return _slip_flowables(money, signed, inner, store_name, zone)

    height = sum(f.wrap(inner, 10_000)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in flow())
    page_h = height + 2 * margin + 1
    frame = Frame(margin, margin, inner, page_h - 2 * margin, 0, 0, 0, 0, id="slip")
    out = io.BytesIO()
    doc: Any = BaseDocTemplate(
        out,
        pagesize=(page_w, page_h),
        pageTemplates=[PageTemplate("slip", [frame])],
        title="交班单",
        author="guadan",
    )
    doc.build(flow())
    return out.getvalue()
