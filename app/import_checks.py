"""What an import file must be before any row is read (issue 11): not too big, one encoding
throughout, no NUL byte, one header per column, JSON without duplicated keys, nesting or lone
surrogates, cells in range. Every refusal is an ImportProblem for the row-by-row report, never
a raw Python message."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

# Zero-width characters a copied cell may carry; they disguise a duplicate order number.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
MAX_AMOUNT_FEN = 1_000_000_000  # ¥10,000,000.00: above it a till's sale is a typo (and int4)
EARLIEST_YEAR = 2000
MAX_CELL_CHARS = 4096


def normalise(text: str) -> str:
    """NFKC (full-width letters and digits become plain ones) without zero-width characters:
    what a duplicate check and a stored number compare."""
    return _INVISIBLE.sub("", unicodedata.normalize("NFKC", text))


CHUNK = 1 << 18  # a file is read in pieces this big: its size never sets the memory held


def _gb2312_class() -> re.Pattern[str]:
    """Every character of GB2312 (the 6,763 common hanzi and the symbols): what a Chinese
    till's GBK/GB18030 export is almost entirely made of."""
    chars = []
    for lead in range(0xA1, 0xF8):
        for trail in range(0xA1, 0xFF):
            try:
                chars.append(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return re.compile("[" + "".join(re.escape(c) for c in chars) + "]")


_GB2312: re.Pattern[str] | None = None
_NON_ASCII = re.compile("[^\x00-\x7f]")
_LONE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_PAIR = re.compile(r"\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}")

Problem = tuple[str, dict[str, Any]]


def _latin_like(char: str) -> bool:
    """A GB18030 character outside GB2312 whose bytes a Latin-1 (or cp1252) text makes: an
    accented letter followed by a plain one ("ül" → 黮), or a four-byte form begun by a digit."""
    raw = char.encode("gb18030")
    return len(raw) == 4 or (len(raw) == 2 and raw[1] < 0x80)


def sniff_encoding(path: Any, *, json_escapes: bool = False) -> tuple[str | None, Problem | None]:
    """The one encoding the file is written in ("utf-8-sig" or "gb18030"), read in pieces of
    CHUNK, or the problem: a NUL byte; UTF-8 in places and something else elsewhere (a guess
    would turn 人民路店 into 浜烘皯璺簵); text that decodes as GB18030 only by accident because
    it is Latin-1 (Müller → M黮er); with `json_escapes`, a lone surrogate written as \\uD800.
    Each with the line of the first byte that shows it."""
    import codecs

    utf8 = codecs.getincrementaldecoder("utf-8-sig")()
    lenient: codecs.IncrementalDecoder | None = None
    bad_line = 0
    valid = invalid = 0
    lines = 0
    tail = ""
    with open(path, "rb") as f:
        while chunk := f.read(CHUNK):
            at = chunk.find(b"\x00")
            if at >= 0:
                return None, ("import.nul_byte", {"line": lines + chunk.count(b"\n", 0, at) + 1})
            if lenient is None:
                pending = len(utf8.getstate()[0])
                try:
                    text = utf8.decode(chunk)
                    if json_escapes:
                        window = tail + text
                        if _LONE.search(_PAIR.sub("", window)):
                            return None, ("import.bad_text", {})
                        tail = window[-11:]
                except UnicodeDecodeError as exc:
                    bad_line = lines + chunk.count(b"\n", 0, max(exc.start - pending, 0)) + 1
                    lenient = codecs.getincrementaldecoder("utf-8")(errors="replace")
            if lenient is not None:
                # Mostly valid multi-byte UTF-8 means the file meant to be UTF-8: the bad
                # bytes are strays (GB18030 forms valid UTF-8 only now and then).
                text = lenient.decode(chunk)
                bad = text.count("\ufffd")
                invalid += bad
                valid += len(_NON_ASCII.findall(text)) - bad
            lines += chunk.count(b"\n")
        if lenient is None:
            try:
                utf8.decode(b"", final=True)
                return "utf-8-sig", None
            except UnicodeDecodeError:
                bad_line = lines + 1
                invalid += 1
        if valid > invalid:
            return None, ("import.mixed_encoding", {"line": bad_line})
        f.seek(0)
        return _sniff_gb18030(f)


def _sniff_gb18030(f: Any) -> tuple[str | None, Problem | None]:
    import codecs

    global _GB2312
    if _GB2312 is None:
        _GB2312 = _gb2312_class()
    decoder = codecs.getincrementaldecoder("gb18030")()
    common = odd = 0
    odd_line = lines = 0
    while True:
        chunk = f.read(CHUNK)
        pending = len(decoder.getstate()[0])
        try:
            text = decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError as exc:
            line = lines + chunk.count(b"\n", 0, max(exc.start - pending, 0)) + 1
            return None, ("import.mixed_encoding", {"line": line})
        rest, found = _GB2312.subn("", text)
        common += found
        for match in _NON_ASCII.finditer(rest):
            if _latin_like(match.group()):
                if not odd:
                    odd_line = lines + rest.count("\n", 0, match.start()) + 1
                odd += 1
        lines += text.count("\n")
        if not chunk:
            break
    if odd > common:
        return None, ("import.looks_latin1", {"line": odd_line})
    return "gb18030", None


def cell_problem(value: Any) -> tuple[str, dict[str, Any]] | None:
    """A JSON value or CSV cell that cannot be a field: an object or list, a lone surrogate, a
    NUL, or text longer than any field."""
    if isinstance(value, dict | list):
        return "import.nested_value", {}
    if not isinstance(value, str):
        return None
    if len(value) > MAX_CELL_CHARS:
        return "import.cell_too_long", {"max": MAX_CELL_CHARS}
    if "\x00" in value:
        return "import.nul_byte", {"line": 0}
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return "import.bad_text", {}
    return None
