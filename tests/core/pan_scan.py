"""The privacy scan: full card numbers and full phone numbers in bytes or text, found
independently of the app's own redactor (so the redactor cannot pass by grading itself).

- `luhn_runs`: what a PCI scan counts — a run of 13–19 digits standing alone that passes the
  Luhn check, after NFKC (full-width digits) and with invisible characters dropped.
- `planted_found`: which of the numbers a test planted still appear, however they were
  spelled: every space, dash, dot, comma, slash, underscore and invisible character between
  digits is removed before looking.
- `phone_runs`: a full mainland mobile or a landline with area code, standing alone as
  written or once the separators between its digits are removed.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Iterable
from pathlib import Path

_INVISIBLE = re.compile(r"[\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff]")
# Standing alone: not glued to letters (hex digests, UUIDs) nor to a mask's asterisks (in a
# database file a masked "…******0018" may sit right before the next column's digits).
_RUN = re.compile(r"(?<![0-9A-Za-z*])\d{13,19}(?![0-9A-Za-z])")
_BETWEEN_DIGITS = re.compile(r"(?<=\d)[\s\-\u2010-\u2015\u2212._/,·()]{1,4}(?=\d)")
_MOBILE = re.compile(r"(?<![0-9A-Za-z*])1[3-9]\d{9}(?![0-9A-Za-z])")
# A real area code (010, 02x, 0xxx from 03) and a local number of 7–8 digits.
_LANDLINE = re.compile(r"(?<![0-9A-Za-z*])0(?:10|2\d|[3-9]\d{2})-?[2-9]\d{6,7}(?![0-9A-Za-z])")


def luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def as_text(blob: bytes | str) -> str:
    text = blob if isinstance(blob, str) else blob.decode("utf-8", errors="replace")
    return _INVISIBLE.sub("", unicodedata.normalize("NFKC", text))


def luhn_runs(blob: bytes | str) -> list[str]:
    return [run for run in _RUN.findall(as_text(blob)) if luhn(run)]


def collapsed(blob: bytes | str) -> str:
    return _BETWEEN_DIGITS.sub("", as_text(blob))


def sqlite_cells(path: Path) -> str:
    """Every text and blob cell of a SQLite file, one per line (a raw scan of the file may
    miss a value split over overflow pages, and sees adjacent columns glued together)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        lines = []
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                for cell in row:
                    if isinstance(cell, bytes):
                        cell = cell.decode("utf-8", errors="replace")
                    if isinstance(cell, str):
                        lines.append(cell)
        return "\n".join(lines)
    finally:
        conn.close()


def planted_found(blob: bytes | str, planted: Iterable[str]) -> list[str]:
    text = collapsed(blob)
    return [p for p in planted if p in text]


def phone_runs(blob: bytes | str) -> list[str]:
    """Standing alone as written, or once the spaces and dashes between digits are gone."""
    found: list[str] = []
    for text in (as_text(blob), collapsed(blob)):
        found += _MOBILE.findall(text) + _LANDLINE.findall(text)
    return found
