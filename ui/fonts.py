"""The bundled WenQuanYi Micro Hei as the application font, so Chinese renders on machines
without a CJK font installed."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)
FAMILY_FALLBACK = "WenQuanYi Micro Hei"


def install_app_font(app: QApplication, point_size: int = 11) -> str | None:
    """Load the font file once and make it the default; returns the family name or None."""
    from app.paths import resources_dir

    path = resources_dir() / "fonts" / "wqy-microhei.ttc"
    font_id = QFontDatabase.addApplicationFont(str(path))
    if font_id < 0:
        log.warning("could not load %s; Chinese may show as boxes", path)
        return None
    families = QFontDatabase.applicationFontFamilies(font_id)
    family = families[0] if families else FAMILY_FALLBACK
    font = QFont(family, point_size)
    app.setFont(font)
    return family
