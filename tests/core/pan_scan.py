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
import unicodedata
from collections.abc import Iterable

_INVISIBLE = re.compile(r"[\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff]")
_RUN = re.compile(r"(?<![0-9A-Za-z])\d{13,19}(?![0-9A-Za-z])")
_BETWEEN_DIGITS = re.compile(r"(?<=\d)[\s\-\u2010-\u2015\u2212._/,·()]{1,4}(?=\d)")
_MOBILE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
_LANDLINE = re.compile(r"(?<!\d)0[1-9]\d{1,2}-?[2-9]\d{6,7}(?!\d)")


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


def planted_found(blob: bytes | str, planted: Iterable[str]) -> list[str]:
    text = collapsed(blob)
    return [p for p in planted if p in text]


def phone_runs(blob: bytes | str) -> list[str]:
    """Standing alone as written, or once the spaces and dashes between digits are gone."""
    found: list[str] = []
    for text in (as_text(blob), collapsed(blob)):
        found += _MOBILE.findall(text) + _LANDLINE.findall(text)
    return found
