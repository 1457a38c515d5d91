"""Card numbers: mask at the boundary (PCI DSS), never keep or log a full PAN.

`mask_pan` is for a field that holds a card number; `redact_pans` finds card numbers in
any text, however they were typed (spaces of any kind, dashes, dots, commas, slashes,
underscores, a line break, zero-width characters, full-width digits, an expiry glued on).
"""

from __future__ import annotations

import re

from app.digit_groups import (
    INVISIBLE,
    Chain,
    ascii_digits,
    chains,
    count_digits,
    replace_spans,
)

_SEPARATORS = re.compile(
    rf"[\s\-\u2010-\u2015\u2212\ufe63\uff0d._/,\uff0e\uff3f\uff0f\uff0c{INVISIBLE}]"
)


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def looks_like_pan(digits: str) -> bool:
    """13–19 digits that pass the Luhn check: what a PCI scan counts as a card number."""
    return 13 <= len(digits) <= 19 and digits.isascii() and digits.isdigit() and luhn_ok(digits)


def _masked(digits: str) -> str:
    return f"{digits[:6]}******{digits[-4:]}"


def mask_pan(pan: str) -> str:
    """'6228480402564890018' → '622848******0018'. Already-masked input is normalised."""
    compact = _SEPARATORS.sub("", pan)
    compact = "".join(ascii_digits(ch) if ch.isdigit() else ch for ch in compact)
    if "*" in compact:
        head = compact[: compact.index("*")]
        tail = compact[compact.rindex("*") + 1 :]
        if not (head.isdigit() and tail.isdigit() and len(head) <= 6 and len(tail) == 4):
            raise ValueError("masked card number must look like 622848******1234")
        return f"{head}******{tail}"
    if not compact.isdigit() or not 12 <= len(compact) <= 19:
        raise ValueError("card number must be 12 to 19 digits")
    return _masked(compact)


def last4(masked: str | None) -> str | None:
    if not masked:
        return None
    tail = masked[-4:]
    return tail if tail.isdigit() else None


def _preferred_lengths(digits: str) -> tuple[int, ...]:
    """The lengths an issuer's cards have, most likely first: where several lengths pass the
    Luhn check, a Visa is 16 digits and "4111 1111 1111 1111 128" is a card and an amount,
    while a UnionPay card is often 19 and "6228 4804 0256 4890 018" is one card."""
    if digits[:2] in ("34", "37"):
        return (15,)
    if "51" <= digits[:2] <= "55" or "2221" <= digits[:4] <= "2720":
        return (16,)
    if digits[:1] == "4":
        return (16, 13, 19)
    return ()


def _is_expiry(four: str) -> bool:
    """MMYY or YYMM."""
    return "01" <= four[:2] <= "12" or "01" <= four[2:] <= "12"


def _grouping_ok(sizes: list[int], kinds: tuple[str, ...]) -> bool:
    """Groups joined by spaces or dashes may have any size from 3 (the last one from 1);
    dots, commas, slashes and underscores only join a printed card layout: fours with a
    shorter or longer last group, 4-6-5 and 4-6-4 (Amex, Diners), 6-4-rest."""
    if len(sizes) == 1:
        return True
    if "paren" in kinds:
        return False
    if any(n < 3 for n in sizes[:-1]):
        return False
    if "punct" not in kinds:
        return True
    if sizes in ([4, 6, 5], [4, 6, 4]) or (len(sizes) == 3 and sizes[:2] == [6, 4]):
        return True
    return all(n == 4 for n in sizes[:-1]) and 1 <= sizes[-1] <= 7


def _pan_spans(chain: Chain) -> list[tuple[int, int, str]]:
    groups = chain.groups
    spans: list[tuple[int, int, str]] = []
    i = 0
    while i < len(groups):
        best = _best_from(chain, i)
        if best is None:
            i += 1
            continue
        j, end_index, digits = best
        spans.append((groups[i].start, end_index, _masked(digits)))
        i = j + 1
    return spans


def _best_from(chain: Chain, i: int) -> tuple[int, int, str] | None:
    """The card number starting at group i: (its last group, where it ends in the text, its
    digits), or None. A number ending at a group's end beats one ending inside a group (an
    expiry typed straight after the card number)."""
    groups = chain.groups
    whole: dict[int, tuple[int, int, str]] = {}
    glued: dict[int, tuple[int, int, str]] = {}
    digits = ""
    for j in range(i, len(groups)):
        if j > i and len(groups[j - 1].digits) < 3:
            break  # only the last group of a card number is that short
        before, digits = digits, digits + groups[j].digits
        sizes = [len(g.digits) for g in groups[i : j + 1]]
        kinds = chain.gap_kinds[i:j]
        if 13 <= len(digits) <= 19 and _grouping_ok(sizes, kinds) and luhn_ok(digits):
            whole[len(digits)] = (j, groups[j].end, digits)
        cut = len(digits) - 4  # the card number, then an expiry typed straight after it
        if 13 <= cut <= 19 and cut > len(before) and _is_expiry(digits[cut:]):
            part = digits[:cut]
            if _grouping_ok(sizes[:-1] + [cut - len(before)], kinds) and luhn_ok(part):
                glued[cut] = (j, groups[j].end_of_digit(cut - len(before)), part)
        if len(digits) >= 19:
            break
    for found in (whole, glued):
        if found:
            prefix = next(iter(found.values()))[2]
            for length in _preferred_lengths(prefix):
                if length in found:
                    return found[length]
            return found[max(found)]
    return None


def redact_pans(text: str) -> str:
    """Every card number in `text` replaced by its masked form (for logs, errors, free text)."""
    if count_digits(text) < 13:
        return text
    spans: list[tuple[int, int, str]] = []
    for chain in chains(text, min_digits=13):
        if sum(len(g.digits) for g in chain.groups) >= 13:
            spans += _pan_spans(chain)
    return replace_spans(text, spans)
