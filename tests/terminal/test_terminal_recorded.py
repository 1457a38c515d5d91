"""The driver against recorded terminal byte sequences: exactly what it writes back."""

from __future__ import annotations

import pytest

from app.payments.card.base import AnswerLost, LinkError
from app.payments.card.integrado import driver as integrado
from app.payments.card.integrado import protocol as p

VOID_CMD = b"\x021200|000001|\x03" + bytes([p.lrc(b"1200|000001|\x03")])
VOID_ANSWER = p.encode_frame("1210|00|597012345678|SIM00001|112648|000004")
BAD_ANSWER = VOID_ANSWER[:-1] + bytes([VOID_ANSWER[-1] ^ 0x20])


class ScriptedPort:
    """Replies to each write with the next recorded chunk; reads never block."""

    def __init__(self, replies: list[bytes]) -> None:
        self.replies = replies
        self.pending = bytearray()
        self.writes: list[bytes] = []
        self.timeout: float | None = None

    @property
    def in_waiting(self) -> int:
        return len(self.pending)

    def read(self, size: int = 1) -> bytes:
        out = bytes(self.pending[:size])
        del self.pending[:size]
        return out

    def write(self, data: bytes) -> int:
        self.writes.append(bytes(data))
        if self.replies:
            self.pending += self.replies.pop(0)
        return len(data)

    def close(self) -> None:
        pass


def driver_on(
    monkeypatch: pytest.MonkeyPatch, replies: list[bytes]
) -> tuple[integrado.PosIntegradoDriver, ScriptedPort]:
    port = ScriptedPort(replies)
    monkeypatch.setattr(integrado.serial, "serial_for_url", lambda *a, **k: port)
    return integrado.PosIntegradoDriver("loop://", ack_timeout=0.01, answer_timeout=0.01), port


def test_void_with_a_corrupt_answer_first(monkeypatch: pytest.MonkeyPatch) -> None:
    driver, port = driver_on(monkeypatch, [b"\x06" + BAD_ANSWER, VOID_ANSWER, b""])
    result = driver.void("000001")
    assert (result.auth_code, result.operation_no) == ("112648", "000004")
    assert port.writes == [VOID_CMD, b"\x15", b"\x06"]


def test_nak_then_ack(monkeypatch: pytest.MonkeyPatch) -> None:
    driver, port = driver_on(monkeypatch, [b"\x15", b"\x06" + VOID_ANSWER, b""])
    assert driver.void("000001").approved
    assert port.writes == [VOID_CMD, VOID_CMD, b"\x06"]


def test_silence_after_ack_is_answer_lost_without_resend(monkeypatch: pytest.MonkeyPatch) -> None:
    driver, port = driver_on(monkeypatch, [b"\x06"])
    with pytest.raises(AnswerLost):
        driver.void("000001")
    assert port.writes == [VOID_CMD]


def test_silence_is_resent_three_times_and_then_unknown(monkeypatch: pytest.MonkeyPatch) -> None:
    driver, port = driver_on(monkeypatch, [])
    with pytest.raises(AnswerLost) as err:
        driver.void("000001")
    assert err.value.key == "terminal.ack_lost" and port.writes == [VOID_CMD] * 4


def test_all_naked_is_a_link_error(monkeypatch: pytest.MonkeyPatch) -> None:
    driver, port = driver_on(monkeypatch, [b"\x15"] * 4)
    with pytest.raises(LinkError) as err:
        driver.void("000001")
    assert err.value.key == "terminal.link.nak" and port.writes == [VOID_CMD] * 4


def test_progress_frames_are_acked(monkeypatch: pytest.MonkeyPatch) -> None:
    progress = p.encode_frame("0900|82|")
    answer = p.encode_frame(
        "0210|00|597012345678|SIM00001|T1|000111|5000|0||1234|000009|CR|||VI|27112026|101500||0|"
    )
    seen: list[str] = []
    driver, port = driver_on(monkeypatch, [b"\x06" + progress, answer, b""])
    driver.progress = lambda pr: seen.append(pr.code)
    sale = driver.sale(5000, "T1")
    assert sale.operation_no == "000009" and "82" in seen
    assert port.writes == [p.encode_frame("0200|5000|T1|||1|"), b"\x06", b"\x06"]
