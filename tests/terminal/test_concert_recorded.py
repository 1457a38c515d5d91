"""The Concert driver against recorded byte sequences, written from the public description of
the exchange (DESIGN §5a): exactly what it writes, byte for byte, and what it makes of each
reply — handshake, NAK and resend, LRC, inter-byte gap, EOT."""

from __future__ import annotations

import pytest

from app.payments.card.base import AnswerLost, LinkError, TerminalDeclined
from app.payments.card.concert import driver as concert
from app.payments.card.concert import protocol as c
from app.payments.card.framing import encode_frame, lrc

from .timed_port import TimedPort

ENQ, ACK, NAK, EOT = b"\x05", b"\x06", b"\x15", b"\x04"
PRIVATE = "0000000042"
# A cancellation of ¥12.34, China UnionPay, CNY, short answer, answer at the end, B010.
CANCEL_DATA = "01" + "00001234" + "0" + "U" + "2" + "156" + PRIVATE + "A010" + "B010"
CANCEL_FRAME = (
    b"\x02" + CANCEL_DATA.encode() + b"\x03" + bytes([lrc(CANCEL_DATA.encode() + b"\x03")])
)
ANSWER_DATA = "01" + "0" + "00001234" + "U" + "156" + PRIVATE  # accepted, 25 chars
ANSWER = encode_frame(ANSWER_DATA)
BAD_LRC = ANSWER[:-1] + bytes([ANSWER[-1] ^ 0x21])


def driver_on(
    monkeypatch: pytest.MonkeyPatch, port: TimedPort, **options: object
) -> concert.ConcertDriver:
    monkeypatch.setattr(concert.serial, "serial_for_url", lambda *a, **k: port)
    monkeypatch.setattr(concert, "private_reference", lambda: PRIVATE)
    timeouts = {"ack_timeout": 0.05, "answer_timeout": 0.3, "inter_byte_timeout": 0.03}
    return concert.ConcertDriver("loop://", payment_mode="U", **(timeouts | options))  # type: ignore[arg-type]


def terminal_answers(answer: bytes = ANSWER) -> list[tuple[bytes, list[tuple[float, bytes]]]]:
    """The terminal's half after the request is ACKed: EOT → its ENQ; our ACK → its answer;
    our ACK → its EOT."""
    return [(EOT, [(0.0, ENQ)]), (ACK, [(0.0, answer)]), (ACK, [(0.0, EOT)])]


def test_request_layout_is_the_documented_34_characters() -> None:
    request = c.Request("01", 1234, c.Kind.CANCEL, mode="U", private=PRIVATE)
    assert c.encode_request(request) == CANCEL_DATA
    assert len(CANCEL_DATA) == c.REQUEST_LEN == 34
    assert c.parse_request(CANCEL_DATA) == request


def test_answer_frames_are_28_and_83_bytes() -> None:
    assert len(ANSWER) == c.SHORT_FRAME_LEN == 28
    long = c.Answer("01", "0", 1234, "U", "156", PRIVATE, long=True)
    frame = encode_frame(c.encode_answer(long, "6217000000001234=3012"))
    assert len(frame) == c.LONG_FRAME_LEN == 83


def test_a_whole_cancellation_byte_for_byte(monkeypatch: pytest.MonkeyPatch) -> None:
    port = TimedPort([(ENQ, [(0.0, ACK)]), (CANCEL_FRAME, [(0.0, ACK)]), *terminal_answers()])
    result = driver_on(monkeypatch, port).void("000001", 1234)
    assert result.approved and result.response_code == "0"
    assert port.writes == [ENQ, CANCEL_FRAME, EOT, ACK, ACK]


def test_void_without_the_amount_sends_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    port = TimedPort([])
    with pytest.raises(concert.TerminalError) as err:
        driver_on(monkeypatch, port).void("000001")
    assert err.value.key == "terminal.concert.void_needs_amount"
    assert port.writes == []


def test_enq_not_acknowledged_is_retried_with_eot_between(monkeypatch: pytest.MonkeyPatch) -> None:
    # Silence to the first ENQ, then ACK: the request goes out after EOT + ENQ.
    port = TimedPort(
        [
            (EOT, []),
            (ENQ, [(0.0, ACK)]),
            (CANCEL_FRAME, [(0.0, ACK)]),
            *terminal_answers(),
        ]
    )
    driver_on(monkeypatch, port).void("000001", 1234)
    assert port.writes[:4] == [ENQ, EOT, ENQ, CANCEL_FRAME]


def test_enq_never_acknowledged_is_a_link_error_and_no_request_goes_out(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    port = TimedPort([])
    with pytest.raises(LinkError):
        driver_on(monkeypatch, port).void("000001", 1234)
    assert CANCEL_FRAME not in port.writes
    assert port.writes == [ENQ, EOT] * 4


def test_nak_then_ack(monkeypatch: pytest.MonkeyPatch) -> None:
    port = TimedPort(
        [
            (ENQ, [(0.0, ACK)]),
            (CANCEL_FRAME, [(0.0, NAK)]),
            (CANCEL_FRAME, [(0.0, ACK)]),
            *terminal_answers(),
        ]
    )
    driver_on(monkeypatch, port).void("000001", 1234)
    assert port.writes == [ENQ, CANCEL_FRAME, CANCEL_FRAME, EOT, ACK, ACK]


def test_every_send_naked_is_a_link_error_after_three_resends(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    port = TimedPort([(ENQ, [(0.0, ACK)])] + [(CANCEL_FRAME, [(0.0, NAK)])] * 4)
    with pytest.raises(LinkError) as err:
        driver_on(monkeypatch, port).void("000001", 1234)
    assert err.value.key == "terminal.link.nak"
    assert port.writes == [ENQ] + [CANCEL_FRAME] * 4 + [EOT]


def test_a_request_never_acknowledged_is_unknown_not_failed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    port = TimedPort([(ENQ, [(0.0, ACK)])])
    with pytest.raises(AnswerLost) as err:
        driver_on(monkeypatch, port).void("000001", 1234)
    assert err.value.key == "terminal.ack_lost"
    assert port.writes.count(CANCEL_FRAME) == 4


def test_bad_lrc_is_naked_and_the_resend_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    port = TimedPort(
        [
            (ENQ, [(0.0, ACK)]),
            (CANCEL_FRAME, [(0.0, ACK)]),
            (EOT, [(0.0, ENQ)]),
            (ACK, [(0.0, BAD_LRC)]),
            (NAK, [(0.0, ANSWER)]),
            (ACK, [(0.0, EOT)]),
        ]
    )
    assert driver_on(monkeypatch, port).void("000001", 1234).approved
    assert port.writes == [ENQ, CANCEL_FRAME, EOT, ACK, NAK, ACK]


def test_an_answer_stopping_mid_frame_is_naked_after_the_gap(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    port = TimedPort(
        [
            (ENQ, [(0.0, ACK)]),
            (CANCEL_FRAME, [(0.0, ACK)]),
            (EOT, [(0.0, ENQ)]),
            # half the frame, then nothing for longer than the inter-byte timeout
            (ACK, [(0.0, ANSWER[:12]), (0.2, ANSWER[12:])]),
            (NAK, [(0.0, ANSWER)]),
            (ACK, [(0.0, EOT)]),
        ]
    )
    assert driver_on(monkeypatch, port, answer_timeout=1.0).void("000001", 1234).approved
    assert port.writes[:5] == [ENQ, CANCEL_FRAME, EOT, ACK, NAK]


def test_a_broken_answer_naked_three_times_is_unknown(monkeypatch: pytest.MonkeyPatch) -> None:
    port = TimedPort(
        [(ENQ, [(0.0, ACK)]), (CANCEL_FRAME, [(0.0, ACK)]), (EOT, [(0.0, ENQ)])]
        + [(ACK, [(0.0, BAD_LRC)])]
        + [(NAK, [(0.0, BAD_LRC)])] * 3
    )
    with pytest.raises(AnswerLost) as err:
        driver_on(monkeypatch, port).void("000001", 1234)
    assert err.value.key == "terminal.answer_lost"
    assert port.writes.count(NAK) == 4


def test_no_eot_after_the_answer_still_takes_it(monkeypatch: pytest.MonkeyPatch) -> None:
    port = TimedPort(
        [
            (ENQ, [(0.0, ACK)]),
            (CANCEL_FRAME, [(0.0, ACK)]),
            (EOT, [(0.0, ENQ)]),
            (ACK, [(0.0, ANSWER)]),
        ]
    )
    assert driver_on(monkeypatch, port).void("000001", 1234).approved


def test_no_enq_after_our_eot_is_unknown(monkeypatch: pytest.MonkeyPatch) -> None:
    port = TimedPort([(ENQ, [(0.0, ACK)]), (CANCEL_FRAME, [(0.0, ACK)])])
    with pytest.raises(AnswerLost) as err:
        driver_on(monkeypatch, port).void("000001", 1234)
    assert err.value.key == "terminal.answer_lost"


@pytest.mark.parametrize(
    ("status", "error", "key"),
    [
        ("7", TerminalDeclined, "terminal.concert.refused"),
        ("9", AnswerLost, "terminal.concert.no_result"),
        ("3", AnswerLost, "terminal.concert.no_result"),
    ],
)
def test_status_seven_refused_nine_unknown(
    monkeypatch: pytest.MonkeyPatch, status: str, error: type[Exception], key: str
) -> None:
    answer = encode_frame("01" + status + "00001234" + "U" + "156" + PRIVATE)
    port = TimedPort([(ENQ, [(0.0, ACK)]), (CANCEL_FRAME, [(0.0, ACK)]), *terminal_answers(answer)])
    with pytest.raises(error) as err:
        driver_on(monkeypatch, port).void("000001", 1234)
    assert err.value.key == key  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "answer_data",
    [
        "01" + "0" + "00009999" + "U" + "156" + PRIVATE,  # another amount
        "02" + "0" + "00001234" + "U" + "156" + PRIVATE,  # another register's answer
        "01" + "0" + "00001234" + "U" + "978" + PRIVATE,  # another currency
    ],
)
def test_an_answer_that_is_not_this_requests_is_unknown(
    monkeypatch: pytest.MonkeyPatch, answer_data: str
) -> None:
    port = TimedPort(
        [
            (ENQ, [(0.0, ACK)]),
            (CANCEL_FRAME, [(0.0, ACK)]),
            *terminal_answers(encode_frame(answer_data)),
        ]
    )
    with pytest.raises(AnswerLost):
        driver_on(monkeypatch, port).void("000001", 1234)


def test_the_terminal_may_put_its_own_reference_in_the_private_field(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    answer = encode_frame("01" + "0" + "00001234" + "U" + "156" + "TX98765432")
    port = TimedPort([(ENQ, [(0.0, ACK)]), (CANCEL_FRAME, [(0.0, ACK)]), *terminal_answers(answer)])
    assert driver_on(monkeypatch, port).void("000001", 1234).approved


def test_the_long_answer_keeps_only_the_last_four_digits() -> None:
    data = "01" + "0" + "00001234" + "U" + "6217001234567890123=3012".ljust(55) + "156" + PRIVATE
    answer = c.parse_answer(data)
    assert answer.card_last4 == "0123" and answer.long
    assert "62170012345" not in repr(answer)


def test_ping_is_enq_ack_eot(monkeypatch: pytest.MonkeyPatch) -> None:
    port = TimedPort([(ENQ, [(0.0, ACK)])])
    assert driver_on(monkeypatch, port).ping()
    assert port.writes == [ENQ, EOT]


def test_the_rs232_default_is_7e1_at_9600(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, object] = {}

    def fake(url: str, **options: object) -> TimedPort:
        seen.update(options)
        return TimedPort([(ENQ, [(0.0, ACK)])])

    monkeypatch.setattr(concert.serial, "serial_for_url", fake)
    concert.ConcertDriver("/dev/ttyS0", ack_timeout=0.05).ping()
    assert (seen["baudrate"], seen["bytesize"], seen["parity"], seen["stopbits"]) == (
        9600,
        7,
        "E",
        1,
    )
