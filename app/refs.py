"""One canonical spelling for the numbers a terminal gives a payment: the operation number
(what a void names), the trace number (凭证号), the batch number (批次号) and the reference
number (参考号). "1", " 1" and "000001" are one sale: they are stored, compared and shown as
"000001", whichever entry point they came through (import, manual entry, the terminal's
journal, a lead's correction)."""

from __future__ import annotations

# Width of each number as the terminal prints it (DESIGN.md §3).
WIDTHS = {"operation_no": 6, "trace_no": 6, "batch_no": 6, "rrn": 12}


def canonical(kind: str, value: str | None) -> str:
    """`value` in its canonical form: digits zero-padded to the number's width; empty stays
    empty. Anything that is not all digits (or is longer than the width) is returned
    stripped and unchanged, for the field's validation to refuse with its own message."""
    text = (value or "").strip()
    width = WIDTHS[kind]
    if text.isascii() and text.isdigit() and len(text) <= width:
        return text.zfill(width)
    return text


def operation_no(value: str | None) -> str:
    return canonical("operation_no", value)


def same_number(kind: str, a: str | None, b: str | None) -> bool:
    """Whether two spellings name the same number ('1' and '000001' do)."""
    return canonical(kind, a) == canonical(kind, b)
