"""Card numbers: mask at the boundary (PCI DSS), never keep or log a full PAN."""

from __future__ import annotations

import re

_PAN_RUN = re.compile(r"(?<!\d)\d{13,19}(?!\d)")
_SEPARATED_PAN = re.compile(r"(?<!\d)\d{4}(?:[ -]\d{2,7}){2,4}(?!\d)")


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


def mask_pan(pan: str) -> str:
    """'6228480402564890018' → '622848******0018'. Already-masked input is normalised."""
    compact = re.sub(r"[\s-]", "", pan)
    if "*" in compact:
        head = compact[: compact.index("*")]
        tail = compact[compact.rindex("*") + 1 :]
        if not (head.isdigit() and tail.isdigit() and len(head) <= 6 and len(tail) == 4):
            raise ValueError("masked card number must look like 622848******1234")
        return f"{head}******{tail}"
    if not compact.isdigit() or not 12 <= len(compact) <= 19:
        raise ValueError("card number must be 12 to 19 digits")
    return f"{compact[:6]}******{compact[-4:]}"


def last4(masked: str | None) -> str | None:
    if not masked:
        return None
    tail = masked[-4:]
    return tail if tail.isdigit() else None


def redact_pans(text: str) -> str:
    """Replace every run that could be a full card number with its masked form (for logs, errors)."""

    def _sub(match: re.Match[str]) -> str:
        digits = re.sub(r"[ -]", "", match.group(0))
        if 13 <= len(digits) <= 19:
            return mask_pan(digits)
        return match.group(0)

    return _PAN_RUN.sub(_sub, _SEPARATED_PAN.sub(_sub, text))
