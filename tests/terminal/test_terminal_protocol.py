"""Framing, LRC and answer layouts, checked against the vendor's published byte sequences."""

from __future__ import annotations

import datetime as dt

import pytest

from app.payments.card.base import ProtocolError
from app.payments.card.integrado import protocol as p

# (DATA, LRC) pairs from Transbank's POS Integrado reference.
VENDOR_LRC = [
    ("0200|123|", 0x31),
    ("0250|", 0x78),
    ("1200|10|", 0x01),
    ("0500||", 0x06),
    ("0700||", 0x04),
    ("0100", 0x02),
    ("0800", 0x0B),
    ("0300", 0x00),
]


@pytest.mark.parametrize(("data", "expected"), VENDOR_LRC)
def test_lrc_matches_vendor_examples(data: str, expected: int) -> None:
    frame = p.encode_frame(data)
    assert frame == b"\x02" + data.encode() + b"\x03" + bytes([expected])
    assert p.decode_frame(frame) == data


def test_vendor_void_frame_bytes() -> None:
    assert p.encode_frame(p.void("10")) == bytes(
        [0x02, 0x31, 0x32, 0x30, 0x30, 0x7C, 0x31, 0x30, 0x7C, 0x03, 0x01]
    )


def test_commands() -> None:
    assert p.poll() == "0100"
    assert p.sale(15000, "AB123") == "0200|15000|AB123|||0|"
    assert p.sale(1, "T", send_status=True) == "0200|1|T|||1|"
    assert p.last_sale() == "0250|"
    assert p.sales_detail() == "0260|1|"
    assert p.sales_detail(to_register=False) == "0260|0|"
    assert p.close() == "0500||"
    assert p.totals() == "0700||"
    assert p.void("000060") == "1200|000060|"


@pytest.mark.parametrize("bad", ["", "1234567", "12a", "-1", "１２"])
def test_void_rejects_bad_operation_numbers(bad: str) -> None:
    with pytest.raises(ValueError):
        p.void(bad)


@pytest.mark.parametrize(("amount", "ticket"), [(0, "T"), (10**9, "T"), (1, "a|b"), (1, "x" * 21)])
def test_sale_rejects_bad_fields(amount: int, ticket: str) -> None:
    with pytest.raises(ValueError):
        p.sale(amount, ticket)


def test_bad_lrc_and_malformed() -> None:
    good = p.encode_frame("0710|00|1|2000")
    with pytest.raises(p.BadLrc):
        p.decode_frame(good[:-1] + bytes([good[-1] ^ 1]))
    with pytest.raises(p.MalformedFrame):
        p.decode_frame(b"0710|00\x03x")
    with pytest.raises(p.MalformedFrame):
        p.decode_frame(p.encode_frame("07\x0110"))


def test_split_frames_recovers_after_noise_and_broken_frames() -> None:
    a, b = p.encode_frame("0510|00|597012345678|SIM00001|"), p.encode_frame("0100")
    broken = a[:-1] + bytes([a[-1] ^ 0xFF])
    stream = b"\x06garbage" + a + broken + b"\x02half" + b + b"\x02tail"
    out = p.split_frames(stream)
    assert out[0] == "0510|00|597012345678|SIM00001|"
    assert isinstance(out[1], p.BadLrc)
    assert isinstance(out[2], p.MalformedFrame)  # STX inside a frame
    assert out[3] == "0100"
    assert isinstance(out[4], p.FrameGap)
    assert all(isinstance(x, str | ProtocolError) for x in out)


def test_overlong_frame_is_malformed() -> None:
    out = p.split_frames(b"\x02" + b"9" * (p.MAX_DATA + 10) + b"\x03\x00")
    assert isinstance(out[0], p.MalformedFrame)


# Answers as a terminal sends them (recorded layouts, fields per the vendor tables).
SALE_0210 = (
    "0210|00|550062700310|ABC1234C|AB123|XZ1234|15000|3|5000|6677|000060|CR|||AX|"
    "28102019|223512|1|1500|"
)


def test_parse_sale_answer() -> None:
    tx = p.parse_sale(SALE_0210, dt.UTC)
    assert (tx.commerce_code, tx.terminal_id, tx.ticket) == ("550062700310", "ABC1234C", "AB123")
    assert (tx.auth_code, tx.amount_fen, tx.instalments_number) == ("XZ1234", 15000, 3)
    assert (tx.instalments_amount_fen, tx.card_last4, tx.operation_no) == (5000, "6677", "000060")
    assert (tx.card_type, tx.card_brand, tx.employee_id, tx.tip_fen) == ("CR", "AX", "1", 1500)
    assert tx.occurred_at == dt.datetime(2019, 10, 28, 22, 35, 12, tzinfo=dt.UTC)
    assert tx.function_code == "0200" and not tx.voided


def test_simulator_extension_is_read_only_when_asked() -> None:
    extended = SALE_0210.replace("0210", "0260", 1) + "1200|000059|"
    tx = p.parse_sale(extended, extended=True)
    assert tx.function_code == "1200" and tx.linked_operation_no == "000059"
    # What the driver reads: fields after the documented ones are never taken for ours.
    plain = p.parse_sale(extended)
    assert plain.function_code == "0200" and not plain.voided and plain.linked_operation_no == ""


def test_parse_detail_and_terminator() -> None:
    row = (
        "0261|00|550062700310|ABC1234C|AB123|XZ1234|15000|6677|000060|CR|||AX|"
        "28102019|223512||1500|5000|3|0200|000061|"
    )
    tx = p.parse_detail(row)
    assert tx is not None
    assert (tx.amount_fen, tx.operation_no, tx.tip_fen) == (15000, "000060", 1500)
    assert (tx.instalments_amount_fen, tx.instalments_number) == (5000, 3)
    assert not tx.voided and tx.linked_operation_no == ""
    ext = p.parse_detail(row, extended=True)
    assert ext is not None and ext.voided and ext.linked_operation_no == "000061"
    assert p.parse_detail("0261|00|550062700310|ABC1234C|" + "|" * 15) is None


def test_parse_void_close_totals_progress() -> None:
    void = p.parse_void("1210|00|597029414300|ABCD1234|AB1234|123456")
    assert void.approved and (void.auth_code, void.operation_no) == ("AB1234", "123456")
    assert not p.parse_void("1210|05|597029414300|ABCD1234||").approved
    close = p.parse_close("0510|00|550062700310|ABC1234C|")
    assert close.approved and close.terminal_id == "ABC1234C"
    totals = p.parse_totals("0710|00|1|2000")
    assert (totals.count, totals.total_fen) == (1, 2000)
    progress = p.parse_progress("0900|78|")
    assert progress.code == "78" and progress.message_key == "terminal.rc.78"


@pytest.mark.parametrize("bad", ["", "02", "abcd|00|", "0210|x|", "0210", "0710|00|x|1"])
def test_parse_rejects_malformed_answers(bad: str) -> None:
    with pytest.raises(ProtocolError):
        p.parse_totals(bad)


class ReplayStream:
    """A pyserial-like stream that hands out scripted chunks, b"" meaning a silence."""

    def __init__(self, chunks: list[bytes]) -> None:
        self.chunks = chunks
        self.timeout: float | None = None
        self.written = bytearray()

    @property
    def in_waiting(self) -> int:
        return len(self.chunks[0]) if self.chunks else 0

    def read(self, size: int = 1) -> bytes:
        if not self.chunks:
            return b""
        chunk = self.chunks.pop(0)
        if len(chunk) > size:
            self.chunks.insert(0, chunk[size:])
        return chunk[:size]

    def write(self, data: bytes) -> int:
        self.written += data
        return len(data)


def test_reader_assembles_chunks_and_keeps_the_rest() -> None:
    frame = p.encode_frame("0710|00|1|2000")
    reader = p.FrameReader(ReplayStream([b"\x15", frame[:3], frame[3:] + b"\x06\x02x"]))
    assert reader.read_control(1.0) == p.NAK
    assert reader.read_frame(1.0, 0.1) == "0710|00|1|2000"
    assert reader.read_control(1.0) == p.ACK
    with pytest.raises(p.FrameGap):
        reader.read_frame(1.0, 0.1)  # "\x02x" and then silence
    with pytest.raises(p.FrameTimeout):
        reader.read_frame(0.05, 0.1)
    assert reader.read_control(0.05) is None


# -- terminal dates (issue 10, item 9) ------------------------------------------------------


@pytest.mark.parametrize(
    ("date", "clock", "zone"),
    [
        ("01010001", "000000", dt.timezone(dt.timedelta(hours=8))),  # year 1, east of UTC
        ("01010001", "000000", None),  # the PC's zone
        ("31129999", "235959", dt.timezone(dt.timedelta(hours=-5))),  # year 9999, west
        ("30022026", "101500", dt.UTC),
        ("", "", None),
    ],
)
def test_dates_no_zone_can_place_are_unknown_not_errors(
    date: str, clock: str, zone: dt.tzinfo | None
) -> None:
    assert p.parse_real_time(date, clock, zone) is None
    row = f"0261|00|597012345678|SIM00001|T1|123456|100|1234|000001|CR|||VI|{date}|{clock}||0||0|"
    tx = p.parse_detail(row, zone)
    assert tx is not None and tx.occurred_at is None


def test_a_year_one_sale_does_not_break_the_journal_or_last_sale(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from app.payments.card.integrado import driver as integrado
    from app.payments.card.store_terminal import _occurred

    from .timed_port import TimedPort

    last = p.encode_frame(
        "0260|00|597012345678|SIM00001|T1|123456|100|0||1234|000001|CR|||VI|01010001|000000||0|"
    )
    port = TimedPort([(p.encode_frame(p.last_sale()), [(0.0, b"\x06"), (0.01, last)])])
    monkeypatch.setattr(integrado.serial, "serial_for_url", lambda *a, **k: port)
    driver = integrado.PosIntegradoDriver(
        "loop://",
        ack_timeout=0.05,
        answer_timeout=0.5,
        terminal_tz=dt.timezone(dt.timedelta(hours=8)),
    )
    tx = driver.last_transaction()
    assert tx.occurred_at is None and tx.operation_no == "000001"
    assert _occurred(tx, "Asia/Shanghai").tzinfo is not None  # falls back to now
