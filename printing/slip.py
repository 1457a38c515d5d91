"""The void/refund slip (撤销/退货凭条): a narrow PDF, or straight to an ESC/POS receipt printer.

Both outputs come from the same rows (`slip_rows`), so the paper in the drawer and the
PDF kept with the case say the same thing.
"""

from __future__ import annotations

import io
import unicodedata
from html import escape as _html_escape
from typing import Any
from urllib.parse import parse_qs

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
)

from printing.fonts import ensure_font
from printing.form_view import SlipView


def escape(text: str) -> str:
    """Paragraph markup escaping (html, not xml.sax: that pulls in urllib at import)."""
    return _html_escape(text, quote=False)


SLIP_WIDTHS_MM = (58, 80)
# Font A columns of common printers: 384 dots (58 mm) and 576 dots (80 mm) at 12 dots a column.
ESCPOS_COLUMNS = {58: 32, 80: 48}
EMPTY = "—"
TRAINING_LINE = "培训模式 · 非真实交易 · 不作凭证"

# Chinese on ESC/POS: Chinese printers (Xprinter, Epson TM-T8x-C, Sunmi, …) decode
# double-byte text as GB2312/GBK/GB18030 once "Chinese character mode" is on: FS & (1C 26)
# switches it on, FS . (1C 2E) back off. python-escpos's text() encodes through single-byte
# code pages and cannot produce GB18030, so the encoded bytes are sent raw.
FS_CHINESE_ON = b"\x1c\x26"
FS_CHINESE_OFF = b"\x1c\x2e"
CHINESE_ENCODING = "gb18030"


class SlipPrinterError(Exception):
    """The receipt printer could not be reached or refused the job (message in Chinese)."""


def slip_title(view: SlipView) -> str:
    return f"{view.route}凭条" if view.route else "撤销/退货凭条"


def slip_rows(view: SlipView) -> list[tuple[str, str]]:
    """(label, value) rows in printing order; unknown values print as a dash."""
    done = f"{view.route}金额" if view.route else "撤销/退货金额"
    rows = [
        ("商户名称", view.merchant_name),
        ("商户编号", view.merchant_no),
        ("终端号", view.terminal_no),
        ("案件编号", view.case_no),
        ("交易类别", view.route),
        ("原交易金额", view.original_amount),
        (done, view.result_amount),
        ("卡号", view.card_masked),
        ("原参考号", view.original_rrn),
        ("原凭证号", view.original_trace),
        ("应答码", view.response_code),
        ("授权码", view.auth_code),
        ("操作号", view.operation_no),
        ("日期时间", view.executed_at),
        ("收银员", view.cashier),
    ]
    if view.manual:
        rows.append(("执行方式", "终端人工操作（号码抄自终端凭条）"))
    return [(label, value or EMPTY) for label, value in rows]


# --- PDF -------------------------------------------------------------------------------


def _slip_flowables(view: SlipView, width: float, training: bool) -> list[Flowable]:
    font = ensure_font()
    small = width < 60 * mm
    size = 8 if small else 9
    body = ParagraphStyle("slip", fontName=font, fontSize=size, leading=size + 3, wordWrap="CJK")
    center = ParagraphStyle("slipc", parent=body, alignment=TA_CENTER)
    title = ParagraphStyle("slipt", parent=center, fontSize=size + 5, leading=size + 9)
    rule = HRFlowable(width="100%", thickness=0.6, dash=(2, 2), color=colors.black)
    out: list[Flowable] = [Paragraph(escape(slip_title(view)), title)]
    if view.store_name:
        out.append(Paragraph(escape(view.store_name), center))
    if training:
        out.append(Paragraph(f"【{TRAINING_LINE}】", center))
    out += [Spacer(1, 2), rule, Spacer(1, 2)]
    label_w = (17 if small else 20) * mm
    rows = [
        [Paragraph(escape(label), body), Paragraph(escape(value), body)]
        for label, value in slip_rows(view)
    ]
    table = Table(rows, colWidths=(label_w, width - label_w))
    table.setStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
        ]
    )
    out += [table, Spacer(1, 2), rule, Spacer(1, 4)]
    out.append(Paragraph("持卡人签名：", body))
    out.append(Spacer(1, 12 * mm))
    out.append(HRFlowable(width="100%", thickness=0.6, color=colors.black))
    out.append(Paragraph("本人确认上述交易的撤销/退货。", body))
    if training:
        out.append(Paragraph(f"【{TRAINING_LINE}】", center))
    out.append(Spacer(1, 4 * mm))  # room for the tear-off edge
    return out


def render_slip_pdf(view: SlipView, width_mm: int = 80, training: bool = False) -> bytes:
    """A PDF one receipt wide, its height fitted to the content (no blank tail)."""
    if width_mm not in SLIP_WIDTHS_MM:
        raise ValueError(f"slip width must be one of {SLIP_WIDTHS_MM} mm")
    margin = 3 * mm
    page_w = width_mm * mm
    inner_w = page_w - 2 * margin
    flowables = _slip_flowables(view, inner_w, training)
    # Measure first so that the page is exactly as long as the slip (paper is a roll).
    height = sum(
        f.wrap(inner_w, 10_000)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in flowables
    )
    page_h = height + 2 * margin + 1  # 1 pt of slack against rounding
    frame = Frame(margin, margin, inner_w, page_h - 2 * margin, 0, 0, 0, 0, id="slip")
    out = io.BytesIO()
    doc = BaseDocTemplate(
        out,
        pagesize=(page_w, page_h),
        pageTemplates=[PageTemplate("slip", [frame])],
        title=f"{slip_title(view)} {view.case_no or ''}".strip(),
        author="guadan",
    )
    doc.build(_slip_flowables(view, inner_w, training))
    return out.getvalue()


# --- ESC/POS ---------------------------------------------------------------------------


def _printable(text: str) -> str:
    # ¥ (U+00A5) is a four-byte sequence in GB18030 that GBK-only printers garble;
    # the full-width ￥ is plain GB2312 (A3A4) and prints everywhere.
    return text.replace("¥", "￥")


def _cols(text: str) -> int:
    """Printed columns: a Chinese (wide) character takes two, as on the printer."""
    # Ambiguous-width characters (·, —, ￥…) are double-byte in GB18030 and print two wide.
    return sum(2 if unicodedata.east_asian_width(ch) in "WFA" else 1 for ch in text)


def _wrap_cols(text: str, cols: int) -> list[str]:
    lines: list[str] = []
    line = ""
    for ch in text:
        if _cols(line + ch) > cols:
            lines.append(line)
            line = ""
        line += ch
    return [*lines, line] if line or not lines else lines


def slip_text_lines(view: SlipView, width_mm: int = 80, training: bool = False) -> list[str]:
    """The slip as fixed-width lines for a receipt printer's Font A."""
    cols = ESCPOS_COLUMNS[width_mm]
    lines: list[str] = []
    if training:
        lines += _wrap_cols(f"【{TRAINING_LINE}】", cols)
    if view.store_name:
        lines += _wrap_cols(view.store_name, cols)
    lines.append("-" * cols)
    for label, raw in slip_rows(view):
        head, value = f"{label}：", _printable(raw)
        gap = cols - _cols(head) - _cols(value)
        if gap >= 1:
            lines.append(head + " " * gap + value)  # value flush right, like a bank slip
        else:
            lines.append(head)
            lines += ["  " + part for part in _wrap_cols(value, cols - 2)]
    lines.append("-" * cols)
    lines += ["持卡人签名：", "", "", "_" * cols]
    lines += _wrap_cols("本人确认上述交易的撤销/退货。", cols)
    if training:
        lines += _wrap_cols(f"【{TRAINING_LINE}】", cols)
    return lines


def open_printer(printer_url: str) -> Any:
    """serial:/dev/ttyS0?baudrate=9600, usb:VID:PID (hex), network:host[:port], file:/path."""
    from escpos import printer  # imported here: only a print job pays for it

    kind, _, rest = printer_url.partition(":")
    if kind == "serial" and rest:
        device, _, query = rest.partition("?")
        params = {k: v[-1] for k, v in parse_qs(query).items()}
        return printer.Serial(devfile=device, baudrate=int(params.get("baudrate", "9600")))
    if kind == "usb" and rest:
        vid, _, pid = rest.partition(":")
        return printer.Usb(int(vid, 16), int(pid, 16))
    if kind == "network" and rest:
        host, _, port = rest.partition(":")
        return printer.Network(host, port=int(port or "9100"))
    if kind == "file" and rest:
        return printer.File(devfile=rest)
    raise SlipPrinterError(f"无法识别的打印机地址：{printer_url}")


def print_slip_escpos(
    view: SlipView, printer_url: str, width_mm: int = 80, training: bool = False
) -> None:
    """Send the slip to a receipt printer; raises SlipPrinterError with a plain message."""
    if width_mm not in ESCPOS_COLUMNS:
        raise ValueError(f"slip width must be one of {SLIP_WIDTHS_MM} mm")
    try:
        dev = open_printer(printer_url)
        dev.open()
    except SlipPrinterError:
        raise
    except Exception as exc:  # serial, USB and socket errors differ; the cashier needs one line
        raise SlipPrinterError(f"打印机连接失败（{printer_url}）：{exc}") from exc
    try:
        dev.hw("INIT")
        dev._raw(FS_CHINESE_ON)
        dev.set(align="center", double_width=True, double_height=True)
        dev._raw(slip_title(view).encode(CHINESE_ENCODING) + b"\n")
        dev.set(align="left", normal_textsize=True)
        for line in slip_text_lines(view, width_mm, training):
            dev._raw(line.encode(CHINESE_ENCODING, errors="replace") + b"\n")
        dev._raw(FS_CHINESE_OFF)
        dev.cut()
    except Exception as exc:
        raise SlipPrinterError(f"凭条打印失败：{exc}") from exc
    finally:
        dev.close()
