"""Inputs for fuzzing every POS Integrado parser, and the one check they must all pass: only
the typed errors of app.payments.card.base escape, never ValueError, OverflowError & co.

Shared by tests/terminal/test_terminal_fuzz.py (a few thousand inputs in the suite) and
benchmarks/terminal_parser_fuzz.py (≥ 100,000)."""

from __future__ import annotations

import contextlib
import datetime as dt
import time
import zoneinfo

from hypothesis import strategies as st

from app.payments.card.base import ProtocolError, TerminalError
from app.payments.card.integrado import protocol as p

from .test_terminal_protocol import ReplayStream

PRINTABLE = st.characters(min_codepoint=0x20, max_codepoint=0x7E, exclude_characters="|")
CODES = ["0210", "0260", "0261", "1210", "0510", "0710", "0810", "0900", "0100"]
ZONES = [
    None,
    dt.UTC,
    dt.timezone(dt.timedelta(hours=14)),
    dt.timezone(dt.timedelta(hours=-12)),
    zoneinfo.ZoneInfo("Asia/Shanghai"),
]

# Dates and clocks as a terminal might garble them: the edges of what datetime can hold
# (years 1 and 9999, which no zone shift survives), impossible days, blanks, junk.
EDGE_DATES = ["01010001", "31129999", "00000000", "29022023", "32012026", "0101000", "1"]
DATES = st.one_of(
    st.sampled_from(EDGE_DATES),
    st.from_regex(r"\A[0-9]{8}\Z"),
    st.text(st.sampled_from("0123456789 "), max_size=10),
    st.text(PRINTABLE, max_size=10),
)
CLOCKS = st.one_of(
    st.sampled_from(["000000", "235959", "240000", "999999", ""]),
    st.from_regex(r"\A[0-9]{6}\Z"),
    st.text(st.sampled_from("0123456789 "), max_size=8),
)
FIELD = st.one_of(
    st.text(PRINTABLE, max_size=14),
    st.from_regex(r"\A[0-9]{0,13}\Z"),
    DATES,
    CLOCKS,
    st.sampled_from(["0200", "1200", "-1", "1e9", "００１", "9" * 400]),
)


@st.composite
def answer_payloads(draw: st.DrawFn) -> str:
    """An answer of any layout, mostly well-shaped (so that the field parsers are reached),
    with fields of every kind in every position; dates where the layouts keep them."""
    code = draw(st.one_of(st.sampled_from(CODES), st.text(PRINTABLE, min_size=0, max_size=5)))
    rc = draw(st.one_of(st.from_regex(r"\A[0-9]{2}\Z"), st.text(PRINTABLE, max_size=3)))
    fields = draw(st.lists(FIELD, max_size=23))
    if len(fields) >= 15:
        # Real date and time where the sale layout (fields 15, 16) or the detail layout
        # (13, 14) keeps them; `fields` starts at field 2.
        at = draw(st.sampled_from([13, 11]))
        fields[at], fields[at + 1] = draw(DATES), draw(CLOCKS)
    trailing = "|" if draw(st.booleans()) else ""
    return "|".join([code, rc, *fields]) + trailing


@st.composite
def mutated_streams(draw: st.DrawFn) -> bytes:
    payloads = draw(st.lists(answer_payloads(), min_size=1, max_size=3))
    frames = [p.encode_frame(x.encode("ascii", "replace").decode()) for x in payloads]
    data = bytearray(b"".join(frames))
    for _ in range(draw(st.integers(0, 6))):
        if not data:
            break
        op = draw(st.sampled_from(["flip", "drop", "insert", "cut"]))
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

PARSERS = (
    p.parse_answer,
    p.parse_sale,
    lambda x: p.parse_sale(x, dt.UTC, extended=True),
    p.parse_detail,
    lambda x: p.parse_detail(x, zoneinfo.ZoneInfo("Asia/Shanghai"), extended=True),
    p.parse_void,
    p.parse_close,
    p.parse_totals,
    p.parse_progress,
)


def parse_everything(payload: str) -> int:
    """Every answer parser on `payload`; only ProtocolError may come out. Returns the calls."""
    for parse in PARSERS:
        with contextlib.suppress(ProtocolError):
            parse(payload)
    return len(PARSERS)


def parse_dates(date: str, clock: str) -> int:
    for zone in ZONES:
        result = p.parse_real_time(date, clock, zone)
        assert result is None or result.tzinfo is dt.UTC
    return len(ZONES)


def read_stream(stream: bytes, cuts: list[int]) -> int:
    """The streaming reader over `stream` in chunks: typed errors only, and it ends."""
    chunks, rest = [], stream
    for n in cuts:
        chunks.append(rest[:n])
        rest = rest[n:]
    chunks.append(rest)
    started = time.monotonic()
    calls = 0
    for read in ("frame", "reply"):
        reader = p.FrameReader(ReplayStream([c for c in chunks if c]))
        for _ in range(len(stream) + 2):  # each call consumes at least one byte or ends it
            calls += 1
            try:
                got = (
                    reader.read_frame(0.0, 0.0) if read == "frame" else reader.read_reply(0.0, 0.0)
                )
            except p.FrameTimeout:
                break
            except TerminalError as exc:
                assert isinstance(exc, ProtocolError)
                continue
            if got is None:
                break
            if isinstance(got, str):
                calls += parse_everything(got)
    assert time.monotonic() - started < 1.0, "the reader must never hang"
    return calls
