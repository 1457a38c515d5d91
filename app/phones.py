"""Phone numbers in free text: a mainland mobile (139 1234 5678, +86-139-1234-5678) or a
landline with its area code (010-12345678, (0755) 2345 6789) is masked wherever it was typed.

Service numbers (95588, 400-820-8888) are not personal and stay as written.
"""

from __future__ import annotations

import re

from app.digit_groups import Chain, chains, count_digits, replace_spans

_MOBILE = re.compile(r"1[3-9]\d{9}")
# An area code (0 and 2–3 digits) and a local number of 7–8 digits that does not start with
# 0 or 1: every landline `validation.check_phone` accepts.
_LANDLINE = re.compile(r"0[1-9]\d{1,2}[2-9]\d{6,7}")
_COUNTRY = ("86", "0086")


def mask_phone(phone: str) -> str:
    """138****5678 for a mobile; keep area code and last 2 of a landline."""
    digits = re.sub(r"\D", "", phone)
    if len(digits) == 11 and digits.startswith("1"):
        return f"{digits[:3]}****{digits[-4:]}"
    if len(digits) >= 6:
        return f"{digits[:3]}{'*' * (len(digits) - 5)}{digits[-2:]}"
    return "*" * len(digits)


def _is_phone(digits: str) -> bool:
    return bool(_MOBILE.fullmatch(digits) or _LANDLINE.fullmatch(digits))


def _grouping_ok(chain: Chain, i: int, j: int, bare: str) -> bool:
    """Spaces and dashes join a phone's groups any way; dots, commas and slashes only the
    3-4-4 / area-4-4 layout ("139.1234.5678"), so "139,12345678" in a CSV is an amount and a
    terminal number; brackets only close an area code ("(010)12345678")."""
    kinds = chain.gap_kinds[i:j]
    sizes = [len(g.digits) for g in chain.groups[i : j + 1]]
    if "paren" in kinds:
        return bare.startswith("0") and kinds[0] == "paren" and "paren" not in kinds[1:]
    if "punct" in kinds:
        return len(sizes) == 3 and sizes[1:] == [4, 4] and 3 <= sizes[0] <= 4
    return True


def _shown(chain: Chain, i: int, j: int, digits: str, bare: str) -> str:
    """What replaces the number: a mobile as 139****5678 (after its +86), a landline with
    its area code and the last 2 digits of the local number, in the layout it was typed."""
    if _MOBILE.fullmatch(bare):
        prefix = digits[: len(digits) - len(bare)]
        return f"{prefix} {mask_phone(bare)}" if prefix else mask_phone(bare)
    first = chain.groups[i].digits
    area = first if j > i and 3 <= len(first) <= 4 else bare[: 3 if bare[1] in "12" else 4]
    local = bare[len(area) :]
    close = ")" if j > i and chain.gap_kinds[i] == "paren" else ""
    return f"{area}{close}-{'*' * (len(local) - 2)}{local[-2:]}"


def _phone_spans(chain: Chain) -> list[tuple[int, int, str]]:
    groups = chain.groups
    spans: list[tuple[int, int, str]] = []
    i = 0
    while i < len(groups):
        digits = ""
        found: tuple[int, str] | None = None
        for j in range(i, len(groups)):
            digits += groups[j].digits
            if len(digits) > 16:
                break
            bare = digits
            for prefix in _COUNTRY:
                if digits.startswith(prefix) and _MOBILE.fullmatch(digits[len(prefix) :]):
                    bare = digits[len(prefix) :]
            if _is_phone(bare) and _grouping_ok(chain, i, j, bare):
                found = (j, bare)
                break
        if found is None:
            i += 1
            continue
        j, bare = found
        spans.append((groups[i].start, groups[j].end, _shown(chain, i, j, digits, bare)))
        i = j + 1
    return spans


def redact_phones(text: str) -> str:
    """Every full phone number in `text` masked (138****5678, 010******78)."""
    if count_digits(text) < 10:
        return text
    spans: list[tuple[int, int, str]] = []
    for chain in chains(text, min_digits=10):
        if sum(len(g.digits) for g in chain.groups) >= 10:
            spans += _phone_spans(chain)
    return replace_spans(text, spans)
