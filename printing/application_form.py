"""The 撤销POS机交易申请表 as an A4 PDF: one form, or a batch of forms in one document.

Laid out like the paper form a bank hands out: ruled sections, labels on the left of
each cell, tick boxes for closed choices and a blank line wherever a value is not known
yet. Page decorations (case number, "第 x 页 / 共 y 页", the 培训 watermark) are drawn
after layout, when each form's page count is known.
"""

from __future__ import annotations

import functools
import io
import itertools
import sys
import types
from collections import Counter
from collections.abc import Iterable, Sequence
from html import escape as _html_escape
from pathlib import Path
from typing import Any, TypeAlias

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from printing.fonts import ensure_font
from printing.form_view import (
    CHANNEL_LABELS,
    FUNDING_LABELS,
    ROUTE_LABELS,
    TXN_TYPE_LABELS,
    ApplicationFormView,
)


def escape(text: str) -> str:
    """Paragraph markup escaping (html, not xml.sax: that pulls in urllib at import)."""
    return _html_escape(text, quote=False)


TITLE = "撤销POS机交易申请表"
PAGE_W, PAGE_H = A4
MARGIN_X = 15 * mm
MARGIN_TOP = 17 * mm
MARGIN_BOTTOM = 14 * mm
CONTENT_W = PAGE_W - 2 * MARGIN_X
LABEL_W = 25 * mm
VALUE_W = (CONTENT_W - 2 * LABEL_W) / 2
COL_WIDTHS = (LABEL_W, VALUE_W, LABEL_W, VALUE_W)
CELL_PAD = 4  # points; also what a test needs to know where text may sit in a box
QR_SIZE = 21 * mm
QR_MASK = 2

_INK = colors.black
_LABEL_BG = colors.HexColor("#F3F3F3")
_SECTION_BG = colors.HexColor("#DEDEDE")
_BLANK_INK = colors.HexColor("#9A9A9A")

FONT = ensure_font()
TEXT_SIZE, TEXT_LEADING = 9.5, 12.5
_VALUE = ParagraphStyle(
    "value", fontName=FONT, fontSize=TEXT_SIZE, leading=TEXT_LEADING, wordWrap="CJK"
)
_TITLE = ParagraphStyle(
    "title", fontName=FONT, fontSize=20, leading=24, alignment=TA_CENTER, spaceAfter=2
)
_SUBTITLE = ParagraphStyle("subtitle", fontName=FONT, fontSize=10, leading=14, alignment=TA_CENTER)


class _BlankLine(Flowable):
    """A line to write on by hand, `lines` of them, drawn in grey so ink stands out."""

    def __init__(self, lines: int = 1, leading: float = TEXT_LEADING) -> None:
        super().__init__()
        self.lines = lines
        self.leading = leading

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self.lines * self.leading

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setStrokeColor(_BLANK_INK)
        canv.setLineWidth(0.5)
        for i in range(self.lines):
            y = i * self.leading + 2
            canv.line(0, y, self.width, y)
        canv.restoreState()


class _SignatureBox(Flowable):
    """Label at the top, room to sign, and a date to fill at the bottom."""

    def __init__(self, label: str, height: float = 19 * mm) -> None:
        super().__init__()
        self.label = label
        self.box_height = height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self.box_height

    def draw(self) -> None:
        canv = self.canv
        canv.setFont(FONT, 10)
        canv.drawString(0, self.box_height - 11, self.label + "：")
        canv.setFont(FONT, 9)
        canv.drawRightString(self.width, 2, "日期：　　　年　　月　　日")


class _FormMark(Flowable):
    """Zero-size marker telling the canvas which form the current page belongs to."""

    def __init__(self, index: int, case_no: str | None) -> None:
        super().__init__()
        self.index = index
        self.case_no = case_no

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.guadan_form = (self.index, self.case_no)


PAIR_INNER = VALUE_W - 2 * CELL_PAD
WIDE_INNER = CONTENT_W - LABEL_W - 2 * CELL_PAD

Cell: TypeAlias = "str | Flowable"


def _para(text: str) -> Paragraph:
    # Escape because reasons are free text; keep the user's own line breaks.
    return Paragraph(escape(text).replace("\n", "<br/>"), _VALUE)


def _cell(value: str | Flowable | None, inner_width: float, blank_lines: int = 1) -> Cell:
    """A plain string when it fits on one line (the table draws it cheaply), else a
    wrapping Paragraph; nothing known → a blank line to fill by hand."""
    if isinstance(value, Flowable):
        return value
    if not value:
        return _BlankLine(blank_lines)
    if "\n" not in value and stringWidth(value, FONT, TEXT_SIZE) <= inner_width:
        return value
    return _para(value)


class _Choices(Flowable):
    """Closed choices as drawn tick boxes (the font's □ is too small to tick by hand);
    the chosen one carries a ✔ so that it also reads back as text."""

    BOX = 8.0
    GAP = 12.0

    def __init__(self, options: Iterable[str], selected: str | None) -> None:
        super().__init__()
        self.options = list(options)
        if selected and selected not in self.options:
            self.options.append(selected)
        self.selected = selected
        self.spots: list[tuple[float, float, str]] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        x, line, self.spots = 0.0, 0, []
        for option in self.options:
            width = self.BOX + 3 + stringWidth(option, FONT, TEXT_SIZE)
            if x and x + width > availWidth:
                x, line = 0.0, line + 1
            self.spots.append((x, line, option))
            x += width + self.GAP
        self.lines = line + 1
        self.width = availWidth
        return availWidth, self.lines * TEXT_LEADING

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setLineWidth(0.6)
        for x, line, option in self.spots:
            base = (self.lines - 1 - line) * TEXT_LEADING + 3
            canv.rect(x, base - 1, self.BOX, self.BOX, stroke=1, fill=0)
            if option == self.selected:
                canv.setFont(FONT, 8.5)
                canv.drawCentredString(x + self.BOX / 2, base - 0.2, "✔")
            canv.setFont(FONT, TEXT_SIZE)
            canv.drawString(x + self.BOX + 3, base, option)
        canv.restoreState()


class _Section:
    """One titled block of the ruled grid: label | value | label | value."""

    def __init__(self, title: str) -> None:
        self.rows: list[list[Any]] = [[title, "", "", ""]]
        self.commands: list[tuple[Any, ...]] = [
            ("SPAN", (0, 0), (-1, 0)),
            ("BACKGROUND", (0, 0), (-1, 0), _SECTION_BG),
        ]

    def pair(
        self, label1: str, value1: str | Flowable | None, label2: str, value2: str | Flowable | None
    ) -> None:
        self.rows.append([label1, _cell(value1, PAIR_INNER), label2, _cell(value2, PAIR_INNER)])
        row = len(self.rows) - 1
        self.commands += [
            ("BACKGROUND", (0, row), (0, row), _LABEL_BG),
            ("BACKGROUND", (2, row), (2, row), _LABEL_BG),
        ]

    def wide(self, label: str, value: str | Flowable | None, blank_lines: int = 1) -> None:
        self.rows.append([label, _cell(value, WIDE_INNER, blank_lines), "", ""])
        row = len(self.rows) - 1
        self.commands += [
            ("SPAN", (1, row), (3, row)),
            ("BACKGROUND", (0, row), (0, row), _LABEL_BG),
        ]

    def table(self) -> Table:
        # repeatRows: a section continued on the next page carries its title again;
        # splitInRow: a reason longer than a page still flows instead of failing.
        table = Table(self.rows, colWidths=COL_WIDTHS, repeatRows=1, splitInRow=1)
        table.setStyle(TableStyle(_GRID + self.commands))
        return table


_GRID: list[tuple[Any, ...]] = [
    ("FONT", (0, 0), (-1, -1), FONT, TEXT_SIZE, TEXT_LEADING),
    ("GRID", (0, 0), (-1, -1), 0.5, _INK),
    ("BOX", (0, 0), (-1, -1), 1.0, _INK),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
    ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
    ("TOPPADDING", (0, 0), (-1, -1), 2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
]


class _QrCode(Flowable):
    """The case number as a QR code, drawn as one path of dark runs.

    reportlab's QrCodeWidget builds a shape per module and encodes twice (once to measure);
    drawing the encoder's matrix directly keeps a form well inside its time budget.
    """

    def __init__(self, value: str, size: float = QR_SIZE, border: int = 4) -> None:
        super().__init__()
        self.value = value
        self.size = size
        self.border = border  # quiet zone in modules, as the standard asks

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        modules = _qr_modules(self.value)
        count = len(modules)
        box = self.size / (count + 2 * self.border)
        path = self.canv.beginPath()
        for r, row in enumerate(modules):
            y = self.size - (r + self.border + 1) * box
            c = 0
            for dark, run in itertools.groupby(row):
                n = len(list(run))
                if dark:
                    path.rect((c + self.border) * box, y, n * box, box)
                c += n
        self.canv.saveState()
        self.canv.setFillColor(_INK)
        self.canv.drawPath(path, stroke=0, fill=1)
        self.canv.restoreState()


@functools.cache
def _qrencoder() -> types.ModuleType:
    """reportlab's own QR encoder, loaded from its file: importing the package
    `reportlab.graphics.barcode` registers every barcode widget (~70 ms of a cold print),
    while the encoder module needs nothing but the standard library."""
    import importlib.util

    import reportlab.graphics

    name = "reportlab.graphics.barcode.qrencoder"
    if name in sys.modules:
        return sys.modules[name]
    path = Path(reportlab.graphics.__file__).parent / "barcode" / "qrencoder.py"
    spec = importlib.util.spec_from_file_location("guadan_qrencoder", path)
    if (
        spec is None or spec.loader is None or not path.is_file()
    ):  # zipped or unusual: the slow, sure way
        from reportlab.graphics.barcode import qrencoder

        return qrencoder
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@functools.lru_cache(maxsize=256)
def _qr_modules(value: str) -> tuple[tuple[bool, ...], ...]:
    qrencoder = _qrencoder()
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(value)
    # A fixed mask instead of make()'s trial of all eight: every mask decodes, the trial
    # only polishes the pattern and costs ~7 ms a code (a quarter of a 200-form batch).
    code.version = code.calculate_version()
    code.makeImpl(False, QR_MASK)
    return tuple(tuple(bool(m) for m in row) for row in code.modules)


def _header(view: ApplicationFormView) -> Table:
    case_line = (
        f"案件编号：{escape(view.case_no)}" if view.case_no else "案件编号：________________"
    )
    left = [
        Paragraph(TITLE, _TITLE),
        Paragraph(case_line, _SUBTITLE),
        Paragraph("本表一式两份，商户与收单机构各执一份；请用黑色签字笔填写。", _SUBTITLE),
    ]
    right: Flowable = _QrCode(view.case_no) if view.case_no else Spacer(QR_SIZE, QR_SIZE)
    table = Table([[left, right]], colWidths=(CONTENT_W - QR_SIZE - 8, QR_SIZE + 8))
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _attachments(view: ApplicationFormView) -> Table:
    widths = (LABEL_W, VALUE_W + LABEL_W, VALUE_W)
    rows: list[list[Any]] = [
        ["六、附件（证明材料）", "", ""],
        ["序号", "文件名", "SHA-256（前12位）"],
    ]
    if view.attachments is None:
        rows += [[_BlankLine(), _BlankLine(), _BlankLine()] for _ in range(2)]
    elif not view.attachments:
        rows.append(["—", "无附件", ""])
    else:
        rows += [
            [
                str(i),
                _cell(a.filename, widths[1] - 2 * CELL_PAD),
                a.sha256_12
                if a.intact
                else _cell(f"{a.sha256_12} 文件已损坏或缺失", widths[2] - 2 * CELL_PAD),
            ]
            for i, a in enumerate(view.attachments, 1)
        ]
    table = Table(rows, colWidths=widths, repeatRows=2)
    table.setStyle(
        TableStyle(
            _GRID
            + [
                ("SPAN", (0, 0), (-1, 0)),
                ("BACKGROUND", (0, 0), (-1, 0), _SECTION_BG),
                ("BACKGROUND", (0, 1), (-1, 1), _LABEL_BG),
            ]
        )
    )
    return table


def _signatures() -> Table:
    labels = ("申请人签字", "主管签字", "商户盖章")
    table = Table(
        [["八、签字确认", "", ""], [_SignatureBox(label) for label in labels]],
        colWidths=(CONTENT_W / 3,) * 3,
    )
    table.setStyle(
        TableStyle(
            _GRID
            + [
                ("SPAN", (0, 0), (-1, 0)),
                ("BACKGROUND", (0, 0), (-1, 0), _SECTION_BG),
                ("LEFTPADDING", (0, 1), (-1, 1), 6),
                ("RIGHTPADDING", (0, 1), (-1, 1), 6),
                ("TOPPADDING", (0, 1), (-1, 1), 5),
            ]
        )
    )
    return table


def form_flowables(view: ApplicationFormView, index: int = 0) -> list[Flowable]:
    """The flowables of one form; `index` tells forms of a batch apart for page numbering."""
    v = view
    merchant = _Section("一、商户信息")
    merchant.wide("商户名称", v.merchant_name)
    merchant.pair("商户编号", v.merchant_no, "终端号", v.terminal_no)

    txn = _Section("二、原交易信息")
    txn.pair("交易时间", v.txn_time, "交易地点", v.txn_location)
    txn.pair("交易金额", v.txn_amount, "金额大写", v.txn_amount_capital)
    txn.pair(
        "交易类型",
        _Choices(TXN_TYPE_LABELS.values(), v.txn_type),
        "交易资金",
        _Choices(FUNDING_LABELS.values(), v.funding),
    )
    txn.pair("卡号", v.card_masked, "参考号", v.rrn)
    txn.pair("凭证号", v.trace_no, "批次号", v.batch_no)
    txn.pair("授权码", v.auth_code, "挂单单号", v.order_no)
    if v.provider_answer:
        txn.wide("渠道查单", v.provider_answer)

    apply = _Section("三、申请事项")
    apply.pair("处理方式", _Choices(ROUTE_LABELS.values(), v.route), "申请金额", v.applied_amount)
    apply.wide("申请金额大写", v.applied_amount_capital)
    apply.wide("申请原因", v.reason, blank_lines=3)

    contact = _Section("四、与买家沟通情况")
    contact.pair(
        "沟通方式",
        _Choices(CHANNEL_LABELS.values(), v.contact_channel),
        "沟通时间",
        v.contact_time,
    )
    contact.pair("客户姓名", v.customer_name, "客户电话", v.customer_phone)
    contact.pair(
        "沟通原因", v.contact_reason, "客户是否同意", _Choices(("是", "否"), v.customer_agreed)
    )
    contact.wide("客户确认", v.consent_statement)
    contact.wide("发卡行联系", v.bank_contact)

    applicant = _Section("五、申请人")
    applicant.pair("申请人姓名", v.applicant_name, "联系方式", v.applicant_phone)
    applicant.wide("申请日期", v.application_date)

    approval = _Section("七、审批")
    approval.pair("审批人", v.approver, "审批日期", v.approval_date)
    approval.wide("审批意见", v.approval_opinion, blank_lines=2)

    return [
        _FormMark(index, v.case_no),
        _header(v),
        merchant.table(),
        txn.table(),
        apply.table(),
        contact.table(),
        applicant.table(),
        _attachments(v),
        approval.table(),
        KeepTogether([_signatures()]),  # never a lone section title at a page foot
    ]


def _decorate(canv: Canvas, case_no: str | None, page: int, pages: int, training: bool) -> None:
    """Running header, page x/y of this form, and the training watermark (drawn over all)."""
    canv.saveState()
    canv.setFont(FONT, 8)
    canv.setFillColor(colors.dimgrey)
    top = PAGE_H - 12 * mm
    canv.drawString(MARGIN_X, top, f"guadan · {TITLE}")
    canv.drawRightString(PAGE_W - MARGIN_X, top, f"案件编号：{case_no or '________________'}")
    canv.setStrokeColor(colors.lightgrey)
    canv.setLineWidth(0.5)
    canv.line(MARGIN_X, top - 3, PAGE_W - MARGIN_X, top - 3)
    canv.setFont(FONT, 9)
    canv.drawCentredString(PAGE_W / 2, 10 * mm, f"第 {page} 页 / 共 {pages} 页")
    if training:
        # Translucent so that the form under it stays readable.
        canv.setFillColor(colors.red, alpha=0.15)
        canv.setFont(FONT, 150)
        canv.translate(PAGE_W / 2, PAGE_H / 2)
        canv.rotate(45)
        canv.drawCentredString(0, -50, "培训")
        canv.setFont(FONT, 18)
        canv.drawCentredString(0, -100, "培训模式 · 仅供练习 · 不作凭证")
    canv.restoreState()


def _canvas_class(training: bool) -> type[Canvas]:
    class _FormCanvas(Canvas):
        """Holds pages back until the end, when every form's page count is known."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.guadan_form: tuple[int, str | None] = (0, None)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            totals = Counter(state["guadan_form"][0] for state in self._held)
            seen: Counter[int] = Counter()
            for state in self._held:
                self.__dict__.update(state)
                index, case_no = self.guadan_form
                seen[index] += 1
                _decorate(self, case_no, seen[index], totals[index], training)
                Canvas.showPage(self)
            Canvas.save(self)

    return _FormCanvas


def _build(flowables: list[Flowable], title: str, training: bool) -> bytes:
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author="guadan",
        creator="guadan",
    )
    doc.build(flowables, canvasmaker=_canvas_class(training))
    return out.getvalue()


def render_form(view: ApplicationFormView, *, training: bool = False) -> bytes:
    """One application form as an A4 portrait PDF (one page, two when the text needs it)."""
    title = f"{TITLE} {view.case_no}" if view.case_no else TITLE
    return _build(form_flowables(view), title, training)


def render_forms(views: Sequence[ApplicationFormView], *, training: bool = False) -> bytes:
    """A batch in one PDF; every form starts on a new page and counts its own pages."""
    if not views:
        raise ValueError("no forms to print")
    flowables: list[Flowable] = []
    for index, view in enumerate(views):
        if index:
            flowables.append(PageBreak())
        flowables += form_flowables(view, index)
    return _build(flowables, f"{TITLE}（{len(views)} 份）", training)
