"""Every response code and link key has a Chinese and an English text."""

from __future__ import annotations

import re

from app.payments.card.codes import MESSAGES, PROGRESS_CODES, message

DOCUMENTED = [
    "00",
    "01",
    "02",
    "03",
    "04",
    "05",
    "06",
    "07",
    "08",
    "09",
    "10",
    "11",
    "12",
    "13",
    "14",
    "15",
    "16",
    "17",
    "18",
    "19",
    "20",
    "21",
    "22",
    "24",
    "25",
    "26",
    "27",
    "60",
    "61",
    "62",
    "65",
    "67",
    "68",
    "70",
    "71",
    "72",
    "73",
    "74",
    "75",
    "76",
    "77",
    "78",
    "79",
    "80",
    "81",
    "82",
    "88",
    "93",
    "94",
    "95",
]
LINK_KEYS = [
    "terminal.link.no_ack",
    "terminal.link.nak",
    "terminal.link.timeout",
    "terminal.link.bad_lrc",
    "terminal.link.malformed",
    "terminal.link.gap",
    "terminal.link.io_error",
    "terminal.answer_lost",
    "terminal.port_unavailable",
    "terminal.refund_unsupported",
    "terminal.invalid_operation_no",
]


def test_every_key_has_both_languages() -> None:
    for code in DOCUMENTED:
        assert f"terminal.rc.{code}" in MESSAGES
    for key in LINK_KEYS:
        assert key in MESSAGES
    for key, (zh, en) in MESSAGES.items():
        assert re.search(r"[\u4e00-\u9fff]", zh), key
        assert en.isascii() or "…" in en, key
    assert {"78", "79", "80", "81", "82"} <= PROGRESS_CODES


def test_message() -> None:
    assert message("terminal.rc.04").startswith("这笔交易已经撤销过了")
    assert "already voided" in message("terminal.rc.04", "en")
    assert "COM9" in message("terminal.port_unavailable", "en", port="COM9")
    assert "{port}" in message("terminal.port_unavailable", "en")  # missing param: no crash
    assert "99" in message("terminal.rc.99", "en")
    assert message("no.such.key") == "no.such.key"
