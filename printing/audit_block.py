"""The audit checkpoint block of the handover (printed on paper, so it leaves the database and
the PC): each counter chain's head as a short label, an event number and 16 check digits a
person can read back with `guadan audit check-code`, and a QR code carrying the same."""

from __future__ import annotations

from html import escape
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle

from app.clock import DEFAULT_ZONE, format_local
from printing.application_form import _QrCode
from printing.fonts import ensure_font

QR = 22 * mm


def checkpoint_lines(seal: Any, lang: str = "zh_CN", zone: str = DEFAULT_ZONE) -> list[str]:
    """The block as text lines (the handover's text listing and slip printers use them)."""
    if not seal.ok:
        return [f"审计链校验未通过：{seal.report.message(lang)}"]
    when = format_local(seal.checkpoint.at, zone) if seal.checkpoint else ""
    lines = [f"审计检查点 {when}（核对：guadan audit check-code）"]
    for code in seal.codes:
        lines.append(f"收银台 {code.counter_label} · 第 {code.seq} 条事件 · 校验码 {code.digits}")
    if not seal.codes:
        lines.append("审计链尚无事件。")
    return lines


def checkpoint_flowables(
    seal: Any, width: float, lang: str = "zh_CN", zone: str = DEFAULT_ZONE
) -> list[Flowable]:
    """`seal`: app.audit.Seal from the handover check. A broken chain prints as a warning in
    red instead of codes: the paper never vouches for a chain that did not hold."""
    font = ensure_font()
    body = ParagraphStyle("cp", fontName=font, fontSize=9, leading=13)
    head = ParagraphStyle("cph", fontName=font, fontSize=11, leading=15, spaceBefore=6)
    lines = checkpoint_lines(seal, lang, zone)
    if not seal.ok:
        alert = ParagraphStyle("cpa", parent=body, textColor=colors.HexColor("#c0392b"))
        return [Paragraph("审计检查点", head), Paragraph(escape(lines[0]), alert)]
    rows = [
        [Paragraph(escape(line), body), _QrCode(code.qr_text, size=QR)]
        for line, code in zip(lines[1:], seal.codes, strict=False)
    ]
    flow: list[Flowable] = [Paragraph(escape(lines[0]), head)]
    if rows:
        table = Table(rows, colWidths=[width - QR - 4 * mm, QR + 4 * mm])
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        flow.append(table)
    else:
        flow.append(Paragraph(escape(lines[1]), body))
    return [KeepTogether(flow)]
