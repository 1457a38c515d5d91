"""The one redactor: card numbers in every spelling, phones in free text, and what it leaves."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.cards import luhn_ok, mask_pan, redact_pans
from app.phones import redact_phones
from app.redaction import redact, redact_value
from tests.core.pan_scan import luhn_runs, phone_runs, planted_found

VISA = "4111111111111111"
UNIONPAY19 = "6228480402564890018"
AMEX = "378282246310005"

# (spelling, the card number in it)
SPELLINGS = [
    (VISA, VISA),
    ("4111 1111 1111 1111", VISA),
    ("4111-1111-1111-1111", VISA),
    ("4111.1111.1111.1111", VISA),
    ("4111_1111_1111_1111", VISA),
    ("4111/1111/1111/1111", VISA),
    ("4111,1111,1111,1111", VISA),
    ("4111  1111  1111  1111", VISA),
    ("4111\u30001111\u30001111\u30001111", VISA),  # ideographic space
    ("4111\u00a01111\u00a01111\u00a01111", VISA),  # non-breaking space
    ("411111 1111 111111", VISA),  # 6-4-6
    (VISA + "1228", VISA),  # expiry glued on: 20 digits
    ("4111 1111\n1111 1111", VISA),
    ("4111 1111\r\n1111 1111", VISA),
    ("4111\u200b1111\u200b1111\u200b1111", VISA),  # zero-width spaces
    ("41\u200b1111111\u200c1111111", VISA),  # zero-width inside the groups
    ("４１１１１１１１１１１１１１１１", VISA),  # full-width digits
    ("４１１１－１１１１－１１１１－１１１１", VISA),
    ("⁴¹¹¹ ①①①① 1111 1111", VISA),  # what NFKC turns into digits
    ("4111\t1111\t1111\t1111", VISA),
    ("4111 - 1111 - 1111 - 1111", VISA),
    ("4111-1111 1111.1111", VISA),
    ("4111\u00ad1111\u00ad1111\u00ad1111", VISA),  # soft hyphens
    ("6228 4804 0256 4890 018", UNIONPAY19),
    ("6228-4804-0256-4890018", UNIONPAY19),
    ("3782 822463 10005", AMEX),
    ("卡号6228480402564890018请退款", UNIONPAY19),
    ('{"card": "4111111111111111"}', VISA),
    ("card=4111111111111111;exp=12/28", VISA),
    ("4222222222222", "4222222222222"),  # a 13-digit Visa
]


@pytest.mark.parametrize(("spelling", "pan"), SPELLINGS)
def test_every_spelling_of_a_card_number_is_masked(spelling: str, pan: str) -> None:
    out = redact_pans(spelling)
    assert planted_found(out, [pan]) == [] and luhn_runs(out) == []
    assert f"{pan[:6]}******{pan[-4:]}" in out


def test_an_amount_after_a_card_number_is_kept() -> None:
    assert redact_pans("4111 1111 1111 1111 128") == "411111******1111 128"
    # a 19-digit UnionPay card in the same layout is one number
    assert redact_pans("6228 4804 0256 4890 018 元") == "622848******0018 元"


@pytest.mark.parametrize(
    "text",
    [
        "2026-11-20 10:00:00,123 INFO app: imported 100 orders",
        "12800,12345678,100",  # CSV cells: amount, terminal, count
        "商户编号 898310048161230 终端 12345678",  # a 15-digit merchant number (no Luhn)
        "RRN 612345678901 凭证 000123",
        "sha256 0123456789abcdef0123456789abcdef4111111111111111aaaaaaaaaaaaaaaa",
        "uuid 12345678-1234-1234-1234-123456789012",
        "622848******0018",
        "4111111111111112",  # fails Luhn: not a card number
    ],
)
def test_what_is_not_a_card_number_is_left_alone(text: str) -> None:
    assert redact_pans(text) == text


def _with_check_digit(body: str) -> str:
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise AssertionError


_PREFIXES = st.sampled_from(["4", "51", "55", "2221", "34", "37", "6011", "62", "35", "9558"])


@st.composite
def pans(draw: st.DrawFn) -> str:
    prefix = draw(_PREFIXES)
    length = draw(st.integers(13, 19))
    body = prefix + "".join(
        draw(
            st.lists(
                st.sampled_from("0123456789"),
                min_size=length - 1 - len(prefix),
                max_size=length - 1 - len(prefix),
            )
        )
    )
    return _with_check_digit(body)


_SEPARATORS = st.sampled_from(
    [" ", "-", ".", "_", "/", ",", "  ", "\u3000", "\u00a0", "\n", "\u200b", "", "\t", " - "]
)
_AROUND = st.text(alphabet=st.sampled_from("卡号是：，。 abcXYZ=;:()[]\"'"), max_size=8)


@st.composite
def spelled(draw: st.DrawFn) -> tuple[str, str]:
    pan = draw(pans())
    sep = draw(_SEPARATORS)
    layout = draw(
        st.sampled_from(["fours", "one", "six-four", "zero-width-anywhere", "full-width"])
    )
    if layout == "fours":
        text = sep.join(pan[i : i + 4] for i in range(0, len(pan), 4))
    elif layout == "six-four":
        text = sep.join([pan[:6], pan[6:10], pan[10:]])
    elif layout == "zero-width-anywhere":
        cut = draw(st.integers(1, len(pan) - 1))
        text = pan[:cut] + "\u200b" + pan[cut:]
    elif layout == "full-width":
        text = pan.translate({ord(c): 0xFF10 + int(c) for c in "0123456789"})
    else:
        text = pan
    return draw(_AROUND) + text + draw(_AROUND), pan


@settings(max_examples=400, deadline=None)
@given(spelled())
def test_no_spelling_of_any_card_number_survives(case: tuple[str, str]) -> None:
    text, pan = case
    out = redact(text)
    assert planted_found(out, [pan]) == [], (text, out)
    assert luhn_runs(out) == [], (text, out)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_redaction_never_fails_and_is_stable(text: str) -> None:
    once = redact(text)
    assert redact(once) == once
    assert luhn_runs(once) == []


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(alphabet="abcdefg店号，。", min_size=1, max_size=6),
            st.from_regex(r"[2-9]\d{0,8}", fullmatch=True),  # short numbers: amounts, counts
        ),
        max_size=12,
    )
)
def test_text_without_long_numbers_is_unchanged(parts: list[str]) -> None:
    text = "|".join(parts)
    assert redact(text) == text


# ---------------------------------------------------------------- phones

PHONES = [
    ("13912345678", "13912345678"),
    ("139 1234 5678", "13912345678"),
    ("139-1234-5678", "13912345678"),
    ("139.1234.5678", "13912345678"),
    ("+86 139 1234 5678", "13912345678"),
    ("+86-13912345678", "13912345678"),
    ("0086 139 1234 5678", "13912345678"),
    ("１３９１２３４５６７８", "13912345678"),
    ("139\u200b1234\u200b5678", "13912345678"),
    ("电话13912345678，谢谢", "13912345678"),
    ("010-62345678", "01062345678"),
    ("010 6234 5678", "01062345678"),
    ("(0755) 2345 6789", "075523456789"),
    ("0755-2345678", "07552345678"),
    ("02162345678", "02162345678"),
    ("0571-8765432-123", "05718765432"),
]


@pytest.mark.parametrize(("text", "digits"), PHONES)
def test_phones_in_free_text_are_masked(text: str, digits: str) -> None:
    out = redact(text)
    assert planted_found(out, [digits]) == [] and phone_runs(out) == [], out


@pytest.mark.parametrize(
    "text", ["客服 95588", "400-820-8888", "终端 12345678", "RRN 612345678901", "139,12345678"]
)
def test_service_numbers_and_csv_cells_are_not_phones(text: str) -> None:
    assert redact_phones(text) == text


def test_mobile_mask_keeps_the_prefix_and_last_four() -> None:
    assert redact("请回电 139 1234 5678") == "请回电 139****5678"
    assert redact("tel +86 13912345678") == "tel +86 139****5678"


def test_redact_value_walks_containers() -> None:
    value = {"note": f"卡 {VISA}", "list": ["13912345678", 3], VISA: None}
    out = redact_value(value)
    assert out == {
        "note": "卡 411111******1111",
        "list": ["139****5678", 3],
        "411111******1111": None,
    }


def test_mask_pan_of_a_card_field_accepts_every_spelling() -> None:
    for spelling, pan in SPELLINGS:
        if pan == VISA and not any(c.isalpha() for c in spelling) and len(spelling) < 40:
            if spelling == VISA + "1228":
                continue  # 20 digits is not a card number in a card field
            assert mask_pan(spelling) == "411111******1111", spelling
