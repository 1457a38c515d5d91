"""Field rules of the application form (step 3) and of order data, each returning a keyed error."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from app.errors import DomainError
from app.money import parse_yuan
from app.redaction import redact

_MOBILE = re.compile(r"^1[3-9]\d{9}$")
# Area code 010/02x (3 digits) or 0xxx (4 digits), 7–8 digit number, optional extension.
_LANDLINE = re.compile(r"^0\d{2,3}-?[2-9]\d{6,7}(-\d{1,6})?$")
_TERMINAL = re.compile(r"^[0-9A-Za-z]{8}$")


def normalise_phone(phone: str) -> str:
    text = re.sub(r"[\s()]", "", phone.strip())
    for prefix in ("+86", "0086"):
        if text.startswith(prefix):
            text = text[len(prefix) :].lstrip("-")
    return text


def check_phone(phone: str, field: str = "phone") -> str:
    """A mainland mobile (13812345678) or landline (010-12345678, 0755-2345678-123)."""
    text = normalise_phone(phone)
    if _MOBILE.match(text) or _LANDLINE.match(text):
        return text
    raise DomainError("form.phone_invalid", field=field)


def check_merchant_no(value: str, field: str = "merchant_no") -> str:
    text = value.strip()
    if len(text) == 15 and text.isdigit():
        return text
    raise DomainError("form.merchant_no_invalid", field=field)


def check_terminal_no(value: str, field: str = "terminal_no") -> str:
    text = value.strip()
    if _TERMINAL.match(text):
        return text.upper()
    raise DomainError("form.terminal_no_invalid", field=field)


_TYPED_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")


def parse_date(text: str, field: str = "application_date") -> dt.date:
    """A date as a cashier types it: 2026-12-03, 2026/12/3, 2026.12.03, 20261203, 2026年12月3日
    (full-width digits too). Anything else is refused in words, never silently."""
    normal = unicodedata.normalize("NFKC", text).strip()
    if normal.isdigit() and len(normal) == 8:
        parts: tuple[str, ...] = (normal[:4], normal[4:6], normal[6:])
    else:
        match = _TYPED_DATE.match(normal)
        if match is None:
            raise DomainError("form.date_unreadable", field=field)
        parts = match.groups()
    try:
        return dt.date(*(int(part) for part in parts))
    except ValueError:
        raise DomainError("form.date_no_such_day", field=field) from None


def check_application_date(
    value: dt.date | str, order_date: dt.date, today: dt.date, field: str = "application_date"
) -> dt.date:
    """Not in the future, not before the sale; typed text is read with `parse_date` first."""
    if isinstance(value, str):
        value = parse_date(value, field)
    if value > today:
        raise DomainError("form.date_future", field=field, today=today.isoformat())
    if value < order_date:
        raise DomainError("form.date_before_order", field=field, order_date=order_date.isoformat())
    return value


def check_amount(
    amount_fen: int | str,
    *,
    is_void: bool,
    original_fen: int,
    refunded_fen: int,
    field: str = "amount",
) -> int:
    """Void: exactly the full amount. Refund: more than 0, at most what is left to refund.
    Typed text ("128.00", "¥1,280") is read first; text that is no amount is said so."""
    if isinstance(amount_fen, str):
        try:
            amount_fen = parse_yuan(amount_fen)
        except ValueError:
            raise DomainError("form.amount_unreadable", field=field) from None
    if is_void:
        if amount_fen != original_fen:
            raise DomainError("form.void_full_amount", field=field, amount=original_fen)
        return amount_fen
    remaining = original_fen - refunded_fen
    if amount_fen <= 0:
        raise DomainError("form.amount_positive", field=field)
    if amount_fen > remaining:
        raise DomainError("form.amount_too_high", field=field, remaining=remaining)
    return amount_fen


def check_text(value: str, field: str, *, max_len: int, required: bool = True) -> str:
    """Free text, trimmed; a card or phone number typed into it is masked before it goes
    anywhere (a customer's phone belongs in the phone field, where it is encrypted)."""
    text = redact(value.strip())
    if required and not text:
        raise DomainError("form.required", field=field)
    if len(text) > max_len:
        raise DomainError("form.too_long", field=field, max=max_len)
    return text
