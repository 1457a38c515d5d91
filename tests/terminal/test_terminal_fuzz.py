"""Fuzz every terminal parser (frames, the streaming reader, answers of every layout, dates,
progress): only typed errors, never a hang. A few thousand inputs here;
benchmarks/terminal_parser_fuzz.py runs more than 100,000."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.payments.card.base import ProtocolError
from app.payments.card.integrado import protocol as p

from .fuzz_inputs import (
    CLOCKS,
    DATES,
    STREAMS,
    answer_payloads,
    parse_dates,
    parse_everything,
    read_stream,
)

PAYLOADS = st.text(
    alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), min_size=1, max_size=80
)


def fuzz(examples: int) -> settings:
    return settings(
        max_examples=examples, deadline=None, suppress_health_check=[HealthCheck.too_slow]
    )


@fuzz(300)
@given(PAYLOADS)
def test_round_trip(payload: str) -> None:
    assert p.split_frames(p.encode_frame(payload)) == [payload]


@fuzz(400)
@given(STREAMS)
def test_split_frames_only_typed_errors(stream: bytes) -> None:
    for item in p.split_frames(stream):
        assert isinstance(item, str | ProtocolError)
        if isinstance(item, str):
            assert p.split_frames(p.encode_frame(item)) == [item]
            parse_everything(item)


@fuzz(1500)
@given(answer_payloads())
def test_every_answer_parser_only_typed_errors(payload: str) -> None:
    parse_everything(payload)


@fuzz(1000)
@given(DATES, CLOCKS)
def test_terminal_dates_never_escape(date: str, clock: str) -> None:
    parse_dates(date, clock)


@fuzz(200)
@given(STREAMS, st.lists(st.integers(1, 40), max_size=10))
def test_reader_terminates_with_typed_errors(stream: bytes, cuts: list[int]) -> None:
    read_stream(stream, cuts)
