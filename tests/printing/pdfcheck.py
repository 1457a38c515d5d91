"""Reading printed PDFs back: text per page, and where each piece of text sits."""

from __future__ import annotations

import io
from dataclasses import dataclass

from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.db import Store
from printing.fonts import ensure_font

LONG_REASON = (
    (
        "客户反映交易失败但账户已扣款，经核对终端流水确认重复扣款。"
        "Network timeout at 14:02:33, RRN 123456789012; "
        "AVeryLongUnbrokenTokenWithoutSpaces_0123456789_ABCDEFGHIJKLMNOPQRSTUVWXYZ "
    )
    * 20
)[:2000]


@dataclass
class Seeded:
    store: Store
    full: str  # executed void, approved, two attachments
    refund: str  # refund with a 2,000-character reason, submitted the next store-local day
    draft: str  # opened, never submitted
    old: str  # QR case submitted two days earlier


def pages_text(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def squash(text: str) -> str:
    """Extraction breaks lines where a box wraps; compare without whitespace."""
    return "".join(text.split())


@dataclass
class Chunk:
    text: str
    x0: float
    x1: float
    y: float


def text_chunks(data: bytes, page_no: int) -> list[Chunk]:
    """Every shown string on a page with its left and right edge in page space."""
    font = ensure_font()
    page = PdfReader(io.BytesIO(data)).pages[page_no]
    chunks: list[Chunk] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        text = text.strip("\n")  # pypdf appends line breaks; they print nothing
        if not text.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = tm[0] * cm[0]
        width = stringWidth(text, font, size * scale)
        chunks.append(Chunk(text, x, x + width, y))

    page.extract_text(visitor_text=visit)
    return chunks
