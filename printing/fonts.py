"""The one CJK font of printed output, registered with reportlab once per process.

WenQuanYi Micro Hei is TrueType (glyf outlines), so reportlab can embed a subset of it;
the Adobe CID fonts (STSong-Light) are not embedded and show as boxes on many machines.

Parsing the 5 MB font's tables in pure Python takes ~60 ms, a third of a cold print.
The parsed tables are therefore kept in a cache file (marshal: plain dicts, lists and
bytes, loads in ~20 ms) keyed by the font file and the reportlab version; any doubt
about the cache and the font is parsed afresh.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
import sys
import threading
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

import reportlab
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace

from app.paths import resources_dir

FONT_NAME = "WQYMicroHei"
CACHE_FORMAT = 1
log = logging.getLogger(__name__)
_lock = threading.Lock()

# What marshal cannot hold, and how it is rebuilt; if a reportlab version adds more, the
# cache is simply not written for it.
_FONT_REBUILT = {"face", "encoding", "state"}
_FACE_REBUILT = {"_pdfScale"}


def font_path() -> Path:
    return resources_dir() / "fonts" / "wqy-microhei.ttc"


def ensure_font() -> str:
    """Register the font on first use and return its name."""
    if FONT_NAME in pdfmetrics.getRegisteredFontNames():
        return FONT_NAME
    with _lock:  # a preview thread and a print job may race on first use
        if FONT_NAME not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(load_font(font_path()))
    return FONT_NAME


def load_font(path: Path, cache_dir: Path | None = None) -> TTFont:
    cache = _cache_file(path, cache_dir or _default_cache_dir())
    font = _from_cache(cache)
    if font is None:
        font = TTFont(FONT_NAME, str(path), subfontIndex=0)
        _to_cache(font, cache)
    return font


def _default_cache_dir() -> Path:
    home = os.environ.get("GUADAN_HOME")
    if home:
        return Path(home) / "cache"
    import platformdirs

    return Path(platformdirs.user_cache_dir("guadan", appauthor=False))


def _cache_file(path: Path, cache_dir: Path) -> Path:
    st = path.stat()
    key = f"{path.name}|{st.st_size}|{st.st_mtime_ns}|{reportlab.Version}|{sys.version_info[:2]}"
    digest = hashlib.sha256(f"{key}|{CACHE_FORMAT}".encode()).hexdigest()[:16]
    return cache_dir / f"font-{path.stem}-{digest}.marshal"


def _scale(units_per_em: int) -> Any:
    # The same function TTFontFile.extractInfo makes (it is a closure, so not cacheable).
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor


def _plain(value: Any) -> Any:
    return ("TTFNameBytes", bytes(value)) if isinstance(value, TTFNameBytes) else value


def _unplain(value: Any) -> Any:
    if isinstance(value, tuple) and len(value) == 2 and value[0] == "TTFNameBytes":
        return TTFNameBytes(value[1])
    return value


def _to_cache(font: TTFont, cache: Path) -> None:
    font_attrs = {k: v for k, v in vars(font).items() if k not in _FONT_REBUILT}
    face_attrs = {k: _plain(v) for k, v in vars(font.face).items() if k not in _FACE_REBUILT}
    if set(vars(font)) - set(font_attrs) != _FONT_REBUILT:
        return  # a reportlab we do not know the shape of: always parse
    try:
        data = marshal.dumps((CACHE_FORMAT, font_attrs, face_attrs))
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, cache)  # never a half-written cache for another process to read
    except (OSError, ValueError) as exc:
        log.info("font cache not written (%s); fonts will be parsed each start", exc)


def _from_cache(cache: Path) -> TTFont | None:
    try:
        fmt, font_attrs, face_attrs = marshal.loads(cache.read_bytes())
    except FileNotFoundError:
        return None
    except (OSError, ValueError, EOFError, TypeError) as exc:
        log.info("font cache unreadable (%s); parsing the font", exc)
        return None
    if fmt != CACHE_FORMAT or "unitsPerEm" not in face_attrs:
        return None
    face = TTFontFace.__new__(TTFontFace)
    face.__dict__.update({k: _unplain(v) for k, v in face_attrs.items()})
    face._pdfScale = _scale(face.unitsPerEm)
    font = TTFont.__new__(TTFont)
    font.__dict__.update(font_attrs)
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    return font
