"""Fuzz the frame parser and the streaming reader: only typed errors, never a hang."""

from __future__ import annotations

import contextlib
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from app.payments.card.base import ProtocolError, TerminalError
from app.payments.card.integrado import protocol as p

from .test_terminal_protocol import ReplayStream

PAYLOADS = st.text(
    alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), min_size=1, max_size=80
)


@st.composite
def mutated_streams(draw: st.DrawFn) -> bytes:
    frames = [p.encode_frame(x) for x in draw(st.lists(PAYLOADS, min_size=1, max_size=4))]
    data = bytearray(b"".join(frames))
    for _ in range(draw(st.integers(0, 6))):
        op = draw(st.sampled_from(["flip", "drop", "insert", "cut"]))
        if not data:
            break
        i = draw(st.integers(0, len(data) - 1))
        if op == "flip":
            data[i] ^= draw(st.integers(1, 255))
        elif op == "drop":
            del data[i]
        elif op == "insert":
            data.insert(i, draw(st.sampled_from([p.STX, p.ETX, p.ACK, p.NAK, 0x7C, 0xFF])))
        else:
            del data[i:]
    return bytes(data)


STREAMS = st.one_of(st.binary(max_size=300), mutated_streams())


@settings(max_examples=300, deadline=1000)
@given(PAYLOADS)
def test_round_trip(payload: str) -> None:
    assert p.split_frames(p.encode_frame(payload)) == [payload]


@settings(max_examples=400, deadline=1000)
@given(STREAMS)
def test_split_frames_only_typed_errors(stream: bytes) -> None:
    for item in p.split_frames(stream):
        assert isinstance(item, str | ProtocolError)
        if isinstance(item, str):
            assert p.split_frames(p.encode_frame(item)) == [item]
            for parse in (p.parse_sale, p.parse_detail, p.parse_void, p.parse_totals):
                with contextlib.suppress(ProtocolError):
                    parse(item)


@settings(max_examples=200, deadline=2000)
@given(STREAMS, st.lists(st.integers(1, 40), max_size=10))
def test_reader_terminates_with_typed_errors(stream: bytes, cuts: list[int]) -> None:
    chunks, rest = [], stream
    for n in cuts:
        chunks.append(rest[:n])
        rest = rest[n:]
    chunks.append(rest)
    reader = p.FrameReader(ReplayStream([c for c in chunks if c]))
    started = time.monotonic()
    for _ in range(len(stream) + 2):  # each call consumes at least one byte or ends it
        try:
            reader.read_frame(0.01, 0.01)
        except p.FrameTimeout:
            break
        except TerminalError as exc:
            assert isinstance(exc, ProtocolError)
    assert time.monotonic() - started < 1.0
