"""What an import file must be before any row is read (issue 11): not too big, one encoding
throughout, no NUL byte, one header per column, JSON without duplicated keys, nesting or lone
surrogates, cells in range. Every refusal is an ImportProblem for the row-by-row report, never
a raw Python message."""

from __future__ import annotations

import json
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


def line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def decode_once(data: bytes) -> tuple[str | None, tuple[str, dict[str, Any]] | None]:
    """The file's text in the one encoding it is written in (UTF-8, else GB18030), or the
    problem: a file that is UTF-8 in places and something else elsewhere is refused with the
    line of the first byte that breaks it (a guess would turn 人民路店 into 浜烘皯璺簵)."""
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        bad = exc.start
    # Mostly valid multi-byte UTF-8 means the file meant to be UTF-8: the bad bytes are strays
    # (a GB18030 file forms a valid UTF-8 pair only now and then, among many invalid bytes).
    text = data.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd")
    valid = sum(1 for c in text if ord(c) > 0x7F) - invalid
    if valid > invalid:
        return None, ("import.mixed_encoding", {"line": line_of(data, bad)})
    try:
        return data.decode("gb18030"), None
    except UnicodeDecodeError as exc:
        return None, ("import.mixed_encoding", {"line": line_of(data, exc.start)})


def nul_line(data: bytes) -> int | None:
    at = data.find(b"\x00")
    return None if at < 0 else line_of(data, at)


class DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise DuplicateKey(key)
        seen[key] = value
    return seen


def load_json(text: str) -> tuple[Any, tuple[str, dict[str, Any]] | None]:
    """The parsed document, or the problem: bad JSON (with its line), a key given twice in one
    object, nesting so deep the parser gives up."""
    try:
        return json.loads(text, parse_float=str, parse_int=str, object_pairs_hook=_pairs), None
    except DuplicateKey as exc:
        return None, ("import.duplicate_key", {"column": exc.key[:40]})
    except json.JSONDecodeError as exc:
        return None, ("import.bad_json", {"line": exc.lineno})
    except RecursionError:
        return None, ("import.too_deep", {})


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
