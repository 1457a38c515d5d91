"""Real image and PDF bytes for evidence tests: the evidence check decodes what it accepts."""

from __future__ import annotations

import io


def tiny_png(seed: int = 0, size: tuple[int, int] = (8, 8)) -> bytes:
    """A valid PNG whose pixels depend on `seed` (so each seed stores a different file)."""
    from PIL import Image

    image = Image.new("RGB", size, ((seed * 37) % 256, (seed * 91) % 256, (seed * 13) % 256))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def tiny_jpeg(seed: int = 0) -> bytes:
    from PIL import Image

    image = Image.new("RGB", (8, 8), ((seed * 37) % 256, 40, 200))
    out = io.BytesIO()
    image.save(out, format="JPEG")
    return out.getvalue()


def tiny_pdf(text: str = "slip") -> bytes:
    """A one-page PDF made by reportlab."""
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 720, text)
    page.showPage()
    page.save()
    return out.getvalue()
