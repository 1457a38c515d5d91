"""Money is an int of fen (分). Formatting for screens and the Chinese capital numerals (大写) of forms."""

from __future__ import annotations

import re

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_SMALL_UNITS = ["", "拾", "佰", "仟"]
_BIG_UNITS = ["", "万", "亿", "万亿"]


def format_fen(fen: int, symbol: str = "¥") -> str:
    """¥1,234.56 — a negative amount keeps its sign in front of the symbol."""
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), 100)
    return f"{sign}{symbol}{yuan:,}.{cents:02d}"


_AMOUNT_RE = re.compile(r"^\s*[¥￥]?\s*(\d{1,3}(,\d{3})+|\d+)(\.(\d{1,2}))?\s*$")


def parse_yuan(text: str) -> int:
    """'1,234.5' or '¥12' → fen. Raises ValueError on anything else (never goes through float)."""
    match = _AMOUNT_RE.match(text)
    if not match:
        raise ValueError(text)
    whole = int(match.group(1).replace(",", ""))
    frac = (match.group(4) or "").ljust(2, "0")
    return whole * 100 + int(frac or "0")


def _four_digits(n: int) -> str:
    """0 < n < 10000 as 大写 with 零 where a gap needs one."""
    out: list[str] = []
    zero_pending = False
    for pos in range(3, -1, -1):
        d = (n // 10**pos) % 10
        if d == 0:
            if out:
                zero_pending = True
            continue
        if zero_pending:
            out.append("零")
            zero_pending = False
        out.append(_DIGITS[d] + _SMALL_UNITS[pos])
    return "".join(out)


def capital_yuan(fen: int) -> str:
    """The amount in Chinese capital numerals as written on financial forms, e.g. 壹佰贰拾捌元整."""
    if fen < 0:
        return "负" + capital_yuan(-fen)
    yuan, cents = divmod(fen, 100)
    jiao, fen_digit = divmod(cents, 10)
    parts: list[str] = []
    if yuan:
        groups: list[int] = []
        while yuan:
            yuan, group = divmod(yuan, 10000)
            groups.append(group)
        text = ""
        zero_needed = False
        for idx in range(len(groups) - 1, -1, -1):
            group = groups[idx]
            if group == 0:
                zero_needed = bool(text)
                continue
            if text and (zero_needed or group < 1000):
                text += "零"
            text += _four_digits(group) + _BIG_UNITS[idx]
            zero_needed = False
        parts.append(text + "元")
    if not jiao and not fen_digit:
        return ("".join(parts) or "零元") + "整"
    if jiao:
        parts.append(_DIGITS[jiao] + "角")
    elif parts:
        parts.append("零")
    if fen_digit:
        parts.append(_DIGITS[fen_digit] + "分")
    else:
        parts.append("整")
    return "".join(parts)
