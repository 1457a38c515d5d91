"""Where digits sit in free text: groups of digits and the short gaps that join them, as a
person types a card or phone number ("4111 1111 1111 1111", "139-1234-5678", "6228．4804…").

Shared by the card-number and phone redactors. Invisible format characters (zero-width
spaces, soft hyphens, BOMs) inside a number count as nothing at all; full-width and other
decimal digits count as digits.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

# Format characters a number can hide behind without changing how it looks.
INVISIBLE = "\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff"
# Gaps a person leaves between digit groups: any space (NBSP, ideographic space, a newline)
# and dashes — between groups of any size.
DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"
# Punctuation some people group card numbers with ("4111.1111.1111.1111"); a CSV or an
# amount uses the same marks, so these only join groups that look like a printed card number.
PUNCT = "._/,\uff0e\uff3f\uff0f\uff0c\u00b7\u30fb"
PARENS = "()\uff08\uff09"
_GAP_MAX = 4  # "  ", " - ", "\r\n": a longer gap separates two numbers

# Besides every decimal digit (\\d: ASCII, full-width, …), what NFKC turns into a digit.
ODD_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉⓪①②③④⑤⑥⑦⑧⑨"
_D = rf"[\d{ODD_DIGITS}]"
_JOINERS = re.escape(DASHES + PUNCT + PARENS + INVISIBLE)
_CHAIN = re.compile(rf"{_D}(?:[\d{ODD_DIGITS}\s{_JOINERS}]*{_D})?")
_GROUP = re.compile(rf"{_D}(?:[{re.escape(INVISIBLE)}]*{_D})*")

# A hex digest or a UUID is an identifier, not a number someone typed: never rewritten.
_PROTECTED = re.compile(
    r"(?<![0-9A-Za-z])(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
    r"[0-9a-fA-F]{12}|[0-9a-fA-F]{32,})(?![0-9A-Za-z])"
)


@dataclass(frozen=True)
class Group:
    start: int  # index in the text of its first character
    end: int  # index after its last digit
    text: str  # as typed: digits, maybe invisible characters between them
    digits: str  # ASCII digits, invisible characters dropped

    def end_of_digit(self, n: int) -> int:
        """The text index just after the group's n-th digit (from 1)."""
        seen = 0
        for i, ch in enumerate(self.text):
            if ch not in INVISIBLE:
                seen += 1
                if seen == n:
                    return self.start + i + 1
        return self.end


@dataclass(frozen=True)
class Chain:
    """Digit groups joined by short gaps; `gap_kinds[k]` is how group k+1 joins group k:
    "space" (spaces, dashes), "punct" (dots, commas, slashes, underscores), "paren"."""

    groups: tuple[Group, ...]
    gap_kinds: tuple[str, ...]


_NOT_DIGIT = re.compile(rf"[^\d{ODD_DIGITS}]+")


def count_digits(text: str) -> int:
    return len(_NOT_DIGIT.sub("", text))


def ascii_digits(text: str) -> str:
    """'４１１１' → '4111'; non-digits dropped."""
    return "".join(str(unicodedata.digit(ch)) for ch in text if ch.isdigit())


def _gap_kind(gap: str) -> str | None:
    visible = [ch for ch in gap if ch not in INVISIBLE]
    if not visible or len(gap) > _GAP_MAX:
        return None
    if any(ch in PARENS for ch in visible):
        return "paren"
    marks = sum(ch in PUNCT for ch in visible)
    if marks:
        # one punctuation mark, maybe with spaces around it: "4111 . 1111" but not "1.,2"
        return "punct" if marks == 1 else None
    return "space"


def _chains_in(text: str, offset: int, min_digits: int) -> Iterator[Chain]:
    for match in _CHAIN.finditer(text):
        span = match.group(0)
        if len(span) < min_digits or count_digits(span) < min_digits:
            continue  # too short to hold the digits asked for
        groups: list[Group] = []
        kinds: list[str] = []
        last_end = 0
        base = offset + match.start()
        for g in _GROUP.finditer(span):
            typed = g.group(0)
            digits = typed if typed.isascii() and typed.isdigit() else ascii_digits(typed)
            group = Group(base + g.start(), base + g.end(), typed, digits)
            if groups:
                kind = _gap_kind(span[last_end : g.start()])
                if kind is None:
                    yield Chain(tuple(groups), tuple(kinds))
                    groups, kinds = [], []
                else:
                    kinds.append(kind)
            groups.append(group)
            last_end = g.end()
        if groups:
            yield Chain(tuple(groups), tuple(kinds))


def chains(text: str, min_digits: int = 1) -> Iterator[Chain]:
    """Every chain of digit groups in `text` that may hold `min_digits` digits, left to right;
    hex digests and UUIDs skipped."""
    pos = 0
    for protected in _PROTECTED.finditer(text):
        yield from _chains_in(text[pos : protected.start()], pos, min_digits)
        pos = protected.end()
    yield from _chains_in(text[pos:], pos, min_digits)


def replace_spans(text: str, spans: list[tuple[int, int, str]]) -> str:
    """`text` with each (start, end, replacement) applied; spans do not overlap."""
    if not spans:
        return text
    out: list[str] = []
    pos = 0
    for start, end, replacement in sorted(spans):
        out.append(text[pos:start])
        out.append(replacement)
        pos = end
    out.append(text[pos:])
    return "".join(out)
