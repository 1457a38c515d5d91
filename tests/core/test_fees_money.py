"""Fees per the 2016 reform table (every row, the cap boundary), money formatting, 大写."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.fees import DEBIT_CAP_FEN, compute_fee, fee_effect, net_of_fee
from app.models import FeeClass, Funding
from app.money import capital_yuan, format_fen, parse_yuan

S, D, E = FeeClass.STANDARD, FeeClass.DISCOUNT, FeeClass.EXEMPT
CR, DB, QR = Funding.CREDIT, Funding.DEBIT, Funding.QR


@pytest.mark.parametrize(
    ("fee_class", "funding", "amount", "fee"),
    [
        (S, CR, 10_000, 60),  # 0.60%
        (S, CR, 12_345, 74),  # 74.07 → 74
        (S, CR, 25, 0),  # 0.15 → 0
        (S, CR, 250, 2),  # 1.5 → 2 (half up)
        (S, DB, 10_000, 50),  # 0.50%
        (S, DB, 399_900, 2000),  # 1999.5 → 2000, exactly at the cap
        (S, DB, 400_000, 2000),  # 2000 = cap
        (S, DB, 400_100, 2000),  # 2000.5 → capped
        (S, DB, 10_000_000, DEBIT_CAP_FEN),  # far above: ¥20 cap
        (S, DB, 399_800, 1999),  # just under the cap
        (S, QR, 10_000, 38),  # QR 0.38% for any class but exempt
        (S, QR, 1_000_000, 3800),  # no cap on QR
        (D, CR, 10_000, 38),  # discount class, any funding
        (D, DB, 1_000_000, 3800),  # discount: no debit cap
        (D, QR, 10_000, 38),
        (E, CR, 10_000, 0),  # exempt: nothing
        (E, DB, 10_000, 0),
        (E, QR, 10_000, 0),
        (S, CR, 0, 0),
    ],
)
def test_fee_table(fee_class: FeeClass, funding: Funding, amount: int, fee: int) -> None:
    assert compute_fee(amount, fee_class, funding) == fee
    assert net_of_fee(amount, fee_class, funding) == amount - fee


RATES = {
    (S, CR): Fraction(6, 1000),
    (S, DB): Fraction(5, 1000),
    (S, QR): Fraction(38, 10000),
    (D, CR): Fraction(38, 10000),
    (D, DB): Fraction(38, 10000),
    (D, QR): Fraction(38, 10000),
    (E, CR): Fraction(0),
    (E, DB): Fraction(0),
    (E, QR): Fraction(0),
}


@given(
    st.integers(min_value=0, max_value=10**11),
    st.sampled_from(list(FeeClass)),
    st.sampled_from(list(Funding)),
)
def test_fee_properties(amount: int, fee_class: FeeClass, funding: Funding) -> None:
    fee = compute_fee(amount, fee_class, funding)
    assert isinstance(fee, int) and 0 <= fee <= amount
    exact = amount * RATES[(fee_class, funding)]
    capped = fee_class is S and funding is DB
    if capped and exact >= DEBIT_CAP_FEN:
        assert fee == DEBIT_CAP_FEN
    else:
        assert abs(fee - exact) <= Fraction(1, 2)  # within half a fen of the exact fee
        if exact - int(exact) == Fraction(1, 2):
            assert fee == int(exact) + 1  # half up


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=10**9))
def test_fee_is_monotonic(a: int, b: int) -> None:
    lo, hi = sorted((a, b))
    for fc in FeeClass:
        for fu in Funding:
            assert compute_fee(lo, fc, fu) <= compute_fee(hi, fc, fu)


def test_fee_effect_policy() -> None:
    assert fee_effect(True, 12_800, 12_800, S, CR) == 77
    assert fee_effect(False, 5_000, 12_800, S, CR) == 0
    assert fee_effect(False, 5_000, 12_800, S, CR, refund_returns_fee=True) == 30


def test_format_and_parse_money() -> None:
    assert format_fen(123_456_789) == "¥1,234,567.89"
    assert format_fen(-5) == "-¥0.05"
    assert (
        parse_yuan("1,234.5") == 123_450 and parse_yuan("¥12") == 1_200 and parse_yuan("0.07") == 7
    )
    for bad in ("12.345", "abc", "", "1e5", "-3"):
        with pytest.raises(ValueError):
            parse_yuan(bad)


@given(st.integers(min_value=0, max_value=10**12))
def test_parse_inverts_format(fen: int) -> None:
    assert parse_yuan(format_fen(fen)) == fen


@pytest.mark.parametrize(
    ("fen", "text"),
    [
        (12_800, "壹佰贰拾捌元整"),
        (100_100, "壹仟零壹元整"),
        (1_000_100, "壹万零壹元整"),
        (123_456_789, "壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分"),
        (5, "伍分"),
        (105, "壹元零伍分"),
        (0, "零元整"),
        (10_000_000_000, "壹亿元整"),
        (100_005_000_000, "壹拾亿零伍万元整"),
        (500_000_000_000, "伍拾亿元整"),
    ],
)
def test_capital_numerals(fen: int, text: str) -> None:
    assert capital_yuan(fen) == text


def test_partial_refunds_never_return_more_fee_than_was_charged() -> None:
    # A ¥10,000 debit sale paid the ¥20 cap; two ¥5,000 refunds return ¥10 each.
    first = fee_effect(False, 500_000, 1_000_000, S, DB, refund_returns_fee=True)
    second = fee_effect(
        False, 500_000, 1_000_000, S, DB, refund_returns_fee=True, refunded_before_fen=500_000
    )
    assert (first, second) == (1000, 1000)
    # Ten ¥1.00 refunds of a ¥10.00 credit sale return its 6 fen fee in total, not 10.
    parts = [
        fee_effect(False, 100, 1000, S, CR, True, refunded_before_fen=100 * n) for n in range(10)
    ]
    assert sum(parts) == compute_fee(1000, S, CR) == 6


@given(st.integers(1, 10**8), st.lists(st.integers(1, 10**6), min_size=1, max_size=12))
def test_refund_fee_shares_add_up_to_the_fee(original: int, cuts: list[int]) -> None:
    refunded, total = 0, 0
    for cut in cuts:
        amount = min(cut, original - refunded)
        if amount <= 0:
            break
        total += fee_effect(False, amount, original, S, DB, True, refunded_before_fen=refunded)
        refunded += amount
    assert total <= compute_fee(original, S, DB)
    if refunded == original:
        assert total == compute_fee(original, S, DB)
