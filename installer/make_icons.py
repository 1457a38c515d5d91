"""Draw guadan's icon: a till receipt with a red 撤 (cancel) stamp, as an SVG master, PNGs
(16…256) and a Windows .ico, all in resources/icons/.

The 撤 is taken from the bundled WenQuanYi Micro Hei as an outline (through Qt's QPainterPath),
so the SVG needs no font on the machine that shows it. PNGs come from `rsvg-convert`
(Debian: librsvg2-bin), the .ico from Pillow. Run from the repository root:

    QT_QPA_PLATFORM=offscreen .venv/bin/python installer/make_icons.py
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
FONT = ROOT / "resources" / "fonts" / "wqy-microhei.ttc"
SIZES = (16, 32, 48, 64, 128, 256)
RED = "#d0312d"

# viewBox 0 0 256 256. The receipt leans a little so the stamp reads as pressed on it.
SVG = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
  <title>guadan 挂单撤销</title>
  <defs>
    <linearGradient id="paper" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#ffffff"/>
      <stop offset="1" stop-color="#eef1f5"/>
    </linearGradient>
  </defs>
  <g transform="rotate(-6 128 128)">
    <path d="M58 22 H186 V222 l-16 -12 -16 12 -16 -12 -16 12 -16 -12 -16 12 -16 -12 -16 12 -16 -12 Z"
          fill="#1d2b3a" fill-opacity="0.18" transform="translate(5 6)"/>
    <path d="M58 22 H186 V222 l-16 -12 -16 12 -16 -12 -16 12 -16 -12 -16 12 -16 -12 -16 12 -16 -12 Z"
          fill="url(#paper)" stroke="#3b4b5e" stroke-width="6" stroke-linejoin="round"/>
    <rect x="78" y="46" width="88" height="14" rx="7" fill="#3b4b5e"/>
    <rect x="78" y="76" width="60" height="10" rx="5" fill="#9aa7b6"/>
    <rect x="78" y="98" width="76" height="10" rx="5" fill="#9aa7b6"/>
    <rect x="78" y="120" width="52" height="10" rx="5" fill="#9aa7b6"/>
    <rect x="78" y="146" width="88" height="6" rx="3" fill="#c4ccd6"/>
  </g>
  <g transform="rotate(-14 170 170)">
    <circle cx="170" cy="170" r="66" fill="#ffffff" fill-opacity="0.85"/>
    <circle cx="170" cy="170" r="60" fill="none" stroke="{red}" stroke-width="10"/>
    <circle cx="170" cy="170" r="48" fill="none" stroke="{red}" stroke-width="3"/>
    <path fill="{red}" d="{glyph}"/>
  </g>
</svg>
"""


def glyph_path(char: str, centre: tuple[float, float], height: float) -> str:
    """The character's outline as SVG path data, scaled to `height` and centred on `centre`."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QPainterPath

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    family = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(FONT)))[0]
    font = QFont(family)
    font.setPixelSize(200)
    font.setBold(True)  # synthetic bold: the stroke must survive at 16 px
    path = QPainterPath()
    path.addText(0, 0, font, char)
    box = path.boundingRect()
    scale = height / box.height()
    dx = centre[0] - (box.x() + box.width() / 2) * scale
    dy = centre[1] - (box.y() + box.height() / 2) * scale
    out: list[str] = []
    i = 0
    while i < path.elementCount():
        e = path.elementAt(i)
        x, y = e.x * scale + dx, e.y * scale + dy
        if e.isMoveTo():
            out.append(f"M{x:.1f} {y:.1f}")
        elif e.isLineTo():
            out.append(f"L{x:.1f} {y:.1f}")
        else:  # a cubic: this element and the next two (CurveToDataElement)
            c2, end = path.elementAt(i + 1), path.elementAt(i + 2)
            out.append(
                f"C{x:.1f} {y:.1f} {c2.x * scale + dx:.1f} {c2.y * scale + dy:.1f} "
                f"{end.x * scale + dx:.1f} {end.y * scale + dy:.1f}"
            )
            i += 2
        i += 1
    del app
    return " ".join(out) + " Z"


def render_pngs(svg: Path) -> list[Path]:
    tool = shutil.which("rsvg-convert")
    if tool is None:
        sys.exit("rsvg-convert not found: apt-get install librsvg2-bin")
    pngs = []
    for size in SIZES:
        png = ICONS / f"guadan-{size}.png"
        subprocess.run(
            [tool, "-w", str(size), "-h", str(size), "-o", str(png), str(svg)], check=True
        )
        pngs.append(png)
    return pngs


def write_ico(pngs: list[Path], target: Path) -> None:
    """One .ico holding every rendered size (Windows picks per context: 16 in lists, 256 tiles)."""
    from PIL import Image

    images = [Image.open(io.BytesIO(p.read_bytes())).convert("RGBA") for p in pngs]
    largest = images[-1]
    largest.save(
        target,
        format="ICO",
        sizes=[im.size for im in images],
        append_images=images[:-1],
    )


def main() -> None:
    ICONS.mkdir(parents=True, exist_ok=True)
    svg = ICONS / "guadan.svg"
    svg.write_text(SVG.format(red=RED, glyph=glyph_path("撤", (170, 170), 60)), encoding="utf-8")
    pngs = render_pngs(svg)
    write_ico(pngs, ICONS / "guadan.ico")
    print("\n".join(str(p.relative_to(ROOT)) for p in [svg, *pngs, ICONS / "guadan.ico"]))


if __name__ == "__main__":
    main()
