"""Fuzz the Concert parsers and the driver's side of the exchange: only the typed errors of
app.payments.card.base escape, and every exchange ends (the run finishing is the proof: each
wait is bounded by the short timeouts)."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.payments.card.base import ProtocolError, TerminalError
from app.payments.card.concert import driver as concert
from app.payments.card.concert import protocol as c
from app.payments.card.framing import encode_frame, split_frames

TEXT = st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=90)
CONTROL = st.sampled_from([b"\x02", b"\x03", b"\x04", b"\x05", b"\x06", b"\x15"])
CHUNK = st.one_of(
    CONTROL,
    st.binary(max_size=40),
    TEXT.map(lambda t: encode_frame(t)),
    st.sampled_from([25, 80])
    .flatmap(lambda n: st.text(st.sampled_from("0123456789U "), min_size=n, max_size=n))
    .map(encode_frame),
)


def fuzz(examples: int) -> settings:
    return settings(
        max_examples=examples, deadline=None, suppress_health_check=[HealthCheck.too_slow]
    )


@fuzz(1000)
@given(TEXT)
def test_answer_and_request_parsers_raise_only_protocol_errors(data: str) -> None:
    for parse in (c.parse_answer, c.parse_request):
        with contextlib.suppress(ProtocolError):
            parse(data)  # type: ignore[operator]


@fuzz(300)
@given(st.lists(CHUNK, max_size=12).map(b"".join))
def test_frame_splitter_only_typed_errors(stream: bytes) -> None:
    for item in split_frames(stream):
        assert isinstance(item, str | ProtocolError)


class NoisePort:
    """Each write is answered by the next chunk of noise; reads never block."""

    def __init__(self, chunks: list[bytes]) -> None:
        self.chunks = chunks
        self.pending = bytearray()
        self.timeout: float | None = None

    @property
    def in_waiting(self) -> int:
        return len(self.pending)

    def read(self, size: int = 1) -> bytes:
        out = bytes(self.pending[:size])
        del self.pending[:size]
        return out

    def write(self, data: bytes) -> int:
        if self.chunks:
            self.pending += self.chunks.pop(0)
        return len(data)

    def close(self) -> None:
        pass


@fuzz(150)
@given(st.lists(CHUNK, max_size=10))
def test_the_driver_on_a_noisy_line_only_typed_errors_and_ends(chunks: list[bytes]) -> None:
    port = NoisePort(chunks)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(concert.serial, "serial_for_url", lambda *a, **k: port)
        driver = concert.ConcertDriver(
            "loop://", ack_timeout=0.002, answer_timeout=0.005, inter_byte_timeout=0.001
        )
        with contextlib.suppress(TerminalError):
            driver.refund(1234, "", None)  # type: ignore[arg-type]
