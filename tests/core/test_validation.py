"""Form field rules, example-based and with hypothesis."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import DomainError
from app.validation import (
    check_amount,
    check_application_date,
    check_merchant_no,
    check_phone,
    check_terminal_no,
)


@pytest.mark.parametrize(
    "phone",
    [
        "13812345678",
        "+86 138 1234 5678",
        "010-62345678",
        "0755-23456789",
        "02162345678",
        "0571-8765432-123",
    ],
)
def test_good_phones(phone: str) -> None:
    check_phone(phone)


@pytest.mark.parametrize(
    "phone", ["12345678901", "1381234567", "138123456789", "62345678", "010-1234567", "abc", ""]
)
def test_bad_phones(phone: str) -> None:
    with pytest.raises(DomainError) as err:
        check_phone(phone)
    assert err.value.key == "form.phone_invalid"


@given(st.from_regex(r"1[3-9]\d{9}", fullmatch=True))
def test_any_mainland_mobile_passes(phone: str) -> None:
    assert check_phone(phone) == phone


@given(st.text(max_size=20))
def test_phone_check_never_crashes_and_only_accepts_digits(text: str) -> None:
    try:
        result = check_phone(text)
    except DomainError as err:
        assert err.key == "form.phone_invalid"
    else:
        assert result.replace("-", "").isdigit()


@given(st.text(max_size=20))
def test_merchant_no_is_exactly_15_digits(text: str) -> None:
    ok = len(text.strip()) == 15 and text.strip().isdigit()
    try:
        check_merchant_no(text)
        assert ok
    except DomainError as err:
        assert not ok and err.key == "form.merchant_no_invalid"


@given(st.text(alphabet="0123456789ABCDEFabcdef-", max_size=12))
def test_terminal_no_is_8_alnum(text: str) -> None:
    ok = len(text.strip()) == 8 and text.strip().isalnum()
    try:
        assert check_terminal_no(text) == text.strip().upper() and ok
    except DomainError:
        assert not ok


@given(st.dates(), st.dates(), st.dates())
def test_application_date_window(value: dt.date, order_date: dt.date, today: dt.date) -> None:
    try:
        check_application_date(value, order_date, today)
        assert order_date <= value <= today
    except DomainError as err:
        assert err.key in ("form.date_future", "form.date_before_order")
        assert value > today or value < order_date


@given(st.integers(-(10**6), 10**8), st.integers(1, 10**8), st.integers(0, 10**8), st.booleans())
def test_amount_rules(amount: int, original: int, refunded: int, is_void: bool) -> None:
    refunded = min(refunded, original)
    try:
        check_amount(amount, is_void=is_void, original_fen=original, refunded_fen=refunded)
        assert (amount == original) if is_void else (0 < amount <= original - refunded)
    except DomainError:
        assert (amount != original) if is_void else not (0 < amount <= original - refunded)
