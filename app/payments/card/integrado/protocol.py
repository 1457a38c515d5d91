"""Transbank "POS Integrado" wire format: commands and answer layouts.

Frames are STX + DATA + ETX + LRC (app.payments.card.framing, re-exported here); DATA is ASCII
with fields separated by "|".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.payments.card.base import (
    CloseResult,
    Progress,
    ProtocolError,
    Totals,
    Transaction,
    VoidResult,
)
from app.payments.card.framing import (
    ACK,
    ACK_BYTE,
    ETX,
    MAX_DATA,
    NAK,
    NAK_BYTE,
    STX,
    BadLrc,
    ByteStream,
    FrameGap,
    FrameReader,
    FrameTimeout,
    MalformedFrame,
    decode_frame,
    encode_frame,
    lrc,
    split_frames,
    take_frame,
)

# The framing names callers reach through this module (p.encode_frame, p.FrameReader, ...).
__all__ = [
    "ACK",
    "ACK_BYTE",
    "ETX",
    "MAX_DATA",
    "NAK",
    "NAK_BYTE",
    "STX",
    "BadLrc",
    "ByteStream",
    "FrameGap",
    "FrameReader",
    "FrameTimeout",
    "MalformedFrame",
    "decode_frame",
    "encode_frame",
    "lrc",
    "split_frames",
    "take_frame",
]

# Request function code -> the function code of its answer.
POLL = "0100"
SALE = "0200"
LAST_SALE = "0250"
SALES_DETAIL = "0260"
NORMAL_MODE = "0300"
CLOSE = "0500"
TOTALS = "0700"
LOAD_KEYS = "0800"
PROGRESS = "0900"
VOID = "1200"
ANSWER_CODE = {
    SALE: "0210",
    LAST_SALE: "0260",
    SALES_DETAIL: "0261",
    CLOSE: "0510",
    TOTALS: "0710",
    LOAD_KEYS: "0810",
    VOID: "1210",
}
# Commands after whose ACK the terminal may move money: never resent once ACKed.
MONEY_MOVING = frozenset({SALE, VOID, CLOSE})

# Simulator-only extension (two fields after the documented ones in 0260/0261
# answers): which command made the record, and the operation it is linked to.
EXT_SALE = "0200"
EXT_VOID = "1200"


# --- commands ------------------------------------------------------------------


def _field(value: str, name: str, max_len: int) -> str:
    if len(value) > max_len or "|" in value or not value.isascii() or not value.isprintable():
        raise ValueError(f"{name} must be printable ASCII without '|', at most {max_len} chars")
    return value


def poll() -> str:
    return POLL


def sale(amount_fen: int, ticket: str, *, send_status: bool = False) -> str:
    if not 0 < amount_fen <= 999_999_999:
        raise ValueError("amount must be 1..999999999")
    return f"{SALE}|{amount_fen}|{_field(ticket, 'ticket', 20)}|||{int(send_status)}|"


def void(operation_no: str) -> str:
    if not (operation_no.isdigit() and operation_no.isascii() and len(operation_no) <= 6):
        raise ValueError("operation number must be 1 to 6 digits")
    return f"{VOID}|{operation_no}|"


def last_sale() -> str:
    return f"{LAST_SALE}|"


def sales_detail(to_register: bool = True) -> str:
    # Vendor reference: 1 = send every sale to the cash register, 0 = print on the POS.
    return f"{SALES_DETAIL}|{int(to_register)}|"


def close() -> str:
    return f"{CLOSE}||"


def totals() -> str:
    return f"{TOTALS}||"


# --- answers -------------------------------------------------------------------


@dataclass(frozen=True)
class Answer:
    function_code: str
    response_code: str
    fields: list[str]  # every field, 0 = function code, 1 = response code

    def get(self, index: int) -> str:
        return self.fields[index] if index < len(self.fields) else ""

    @property
    def approved(self) -> bool:
        return self.response_code == "00"


def parse_answer(payload: str) -> Answer:
    fields = payload.split("|")
    if fields and fields[-1] == "" and len(fields) > 2:
        fields.pop()  # the trailing separator most layouts end with
    code = fields[0]
    if len(code) != 4 or not code.isdigit():
        raise ProtocolError("terminal.answer_malformed", f"bad function code {code!r}")
    if code == PROGRESS or len(fields) > 1:
        rc = fields[1] if len(fields) > 1 else ""
        if len(rc) != 2 or not rc.isdigit():
            raise ProtocolError("terminal.answer_malformed", f"bad response code {rc!r}")
        return Answer(code, rc, fields)
    raise ProtocolError("terminal.answer_malformed", "no response code")


def _int(value: str, name: str) -> int:
    value = value.strip()
    if not value:
        return 0
    if not (value.isdigit() and value.isascii()):
        raise ProtocolError("terminal.answer_malformed", f"{name} is not a number: {value!r}")
    return int(value)


def parse_real_time(date: str, clock: str, tz: dt.tzinfo | None) -> dt.datetime | None:
    """DDMMYYYY + HHMMSS in the terminal's zone (tz, default the PC's), as UTC; None when the
    terminal's date is not a date this PC can place (garbage, or year 1 / 9999 that no zone
    shift can hold): a bad date on one record never fails the whole answer."""
    try:
        local = dt.datetime.strptime(date.strip() + clock.strip(), "%d%m%Y%H%M%S")
        aware = local.replace(tzinfo=tz) if tz is not None else local.astimezone()
        return aware.astimezone(dt.UTC)
    except (ValueError, OverflowError, OSError):
        return None


def _extension(
    answer: Answer, first: int, default_code: str, extended: bool
) -> tuple[str, bool, str]:
    """(function code, voided, linked op no): read from the simulator's private fields only when
    asked (`extended`); otherwise whatever a terminal sends after the documented fields is
    never taken for them."""
    if not extended:
        return default_code, False, ""
    movement, linked = answer.get(first), answer.get(first + 1)
    if movement == EXT_VOID:
        return EXT_VOID, False, linked
    if movement == EXT_SALE:
        return EXT_SALE, bool(linked), linked
    return default_code, False, ""


def parse_sale(payload: str, tz: dt.tzinfo | None = None, *, extended: bool = False) -> Transaction:
    """A `0210` sale answer or a `0260` last-sale answer."""
    a = parse_answer(payload)
    code, voided, linked = _extension(a, 19, EXT_SALE, extended)
    return Transaction(
        response_code=a.response_code,
        commerce_code=a.get(2),
        terminal_id=a.get(3),
        ticket=a.get(4),
        auth_code=a.get(5),
        amount_fen=_int(a.get(6), "amount"),
        instalments_number=_int(a.get(7), "instalments number"),
        instalments_amount_fen=_int(a.get(8), "instalments amount"),
        card_last4=a.get(9),
        operation_no=a.get(10),
        card_type=a.get(11),
        accounting_date=a.get(12),
        account_number=a.get(13),
        card_brand=a.get(14),
        real_date=a.get(15),
        real_time=a.get(16),
        employee_id=a.get(17),
        tip_fen=_int(a.get(18), "tip"),
        function_code=code,
        occurred_at=parse_real_time(a.get(15), a.get(16), tz),
        voided=voided,
        linked_operation_no=linked,
    )


def parse_detail(
    payload: str, tz: dt.tzinfo | None = None, *, extended: bool = False
) -> Transaction | None:
    """One `0261` sales-detail answer; None for the closing one (no auth code)."""
    a = parse_answer(payload)
    if not a.get(5).strip():
        return None
    code, voided, linked = _extension(a, 19, EXT_SALE, extended)
    return Transaction(
        response_code=a.response_code,
        commerce_code=a.get(2),
        terminal_id=a.get(3),
        ticket=a.get(4),
        auth_code=a.get(5),
        amount_fen=_int(a.get(6), "amount"),
        card_last4=a.get(7),
        operation_no=a.get(8),
        card_type=a.get(9),
        accounting_date=a.get(10),
        account_number=a.get(11),
        card_brand=a.get(12),
        real_date=a.get(13),
        real_time=a.get(14),
        employee_id=a.get(15),
        tip_fen=_int(a.get(16), "tip"),
        instalments_amount_fen=_int(a.get(17), "instalments amount"),
        instalments_number=_int(a.get(18), "instalments number"),
        function_code=code,
        occurred_at=parse_real_time(a.get(13), a.get(14), tz),
        voided=voided,
        linked_operation_no=linked,
    )


def parse_void(payload: str) -> VoidResult:
    a = parse_answer(payload)
    return VoidResult(
        response_code=a.response_code,
        approved=a.approved,
        commerce_code=a.get(2),
        terminal_id=a.get(3),
        auth_code=a.get(4),
        operation_no=a.get(5),
    )


def parse_close(payload: str) -> CloseResult:
    a = parse_answer(payload)
    return CloseResult(
        response_code=a.response_code,
        approved=a.approved,
        commerce_code=a.get(2),
        terminal_id=a.get(3),
    )


def parse_totals(payload: str) -> Totals:
    a = parse_answer(payload)
    return Totals(
        response_code=a.response_code,
        count=_int(a.get(2), "transaction count"),
        total_fen=_int(a.get(3), "total"),
    )


def parse_progress(payload: str) -> Progress:
    a = parse_answer(payload)
    return Progress(code=a.response_code, message_key=f"terminal.rc.{a.response_code}")
