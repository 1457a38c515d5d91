"""Translators: ours (resources/translations/guadan_<lang>.qm) and Qt's own qtbase, so stock
buttons speak the same language. Installing new ones sends QEvent.LanguageChange to every
widget, whose `changeEvent` calls its `retranslate()`."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)
LANGUAGES = ("zh_CN", "en")
_installed: list[QTranslator] = []
_language: str | None = None


def translations_dir() -> Path:
    # app.paths pulls in platformdirs only; no heavy imports before first paint
    from app.paths import resources_dir

    return resources_dir() / "translations"


def installed_language() -> str | None:
    return _language


def install(language: str) -> None:
    """Replace the installed translators with those of `language` ("zh_CN" or "en")."""
    global _language
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication first")
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    ours = QTranslator(app)
    if ours.load(f"guadan_{language}", str(translations_dir())):
        _installed.append(ours)
    else:
        log.warning("no translation file for %s", language)
    if language != "en":
        qt = QTranslator(app)
        if qt.load(
            f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            _installed.append(qt)
    for tr in _installed:
        QCoreApplication.installTranslator(tr)
    QLocale.setDefault(
        QLocale(QLocale.Language.Chinese if language == "zh_CN" else QLocale.Language.English)
    )
    _language = language


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class RetranslateMixin:
    """Put first in the bases of a widget that has `retranslate()`: called on LanguageChange."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            retranslate = getattr(self, "retranslate", None)
            if retranslate is not None:
                retranslate()
        super().changeEvent(event)  # type: ignore[misc]
