"""Ingenico Telium "Concert" (E+) wire format: the 34-character request and the 28- and
83-character answers (DESIGN §5a). Frames are STX + DATA + ETX + LRC, the LRC the XOR of the
bytes after STX up to and including ETX, as in app.payments.card.framing; the exchange itself
(ENQ, ACK, EOT) is driven by driver.py and, on the terminal's side, sim_link.py.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from app.payments.card.base import ProtocolError

ENQ = 0x05
EOT = 0x04
ENQ_BYTE = bytes([ENQ])
EOT_BYTE = bytes([EOT])

# DATA lengths. The answers' "28" and "83" (DESIGN §5a, the peers' constants) count the whole
# frame: STX + 25 or 80 characters + ETX + LRC. The request's 34 counts DATA only.
REQUEST_LEN = 34
SHORT_ANSWER_LEN = 25
LONG_ANSWER_LEN = 80
SHORT_FRAME_LEN = SHORT_ANSWER_LEN + 3
LONG_FRAME_LEN = LONG_ANSWER_LEN + 3
CARD_FIELD_LEN = 55
MAX_AMOUNT_FEN = 99_999_999  # 8 digits of minor units
CNY = "156"


class Kind(enum.StrEnum):
    """The request's type field. Peers label `2` "refund": it is the cancellation of the
    original debit; a refund (a credit to the card) is `1`."""

    DEBIT = "0"
    CREDIT = "1"  # a refund, the customer's card at the terminal
    CANCEL = "2"  # cancellation of the original debit (our void)
    PREAUTH = "4"


class Delay(enum.StrEnum):
    END = "A010"  # answer at the end of the transaction
    AT_ONCE = "A011"  # answer at once (no valid result yet)


class Authorisation(enum.StrEnum):
    TERMINAL = "B010"  # the terminal decides whether to go online
    FORCED = "B011"  # forced online authorisation


class Status(enum.StrEnum):
    ACCEPTED = "0"
    REFUSED = "7"
    NO_RESULT = "9"


@dataclass(frozen=True)
class Request:
    pos: str  # 2 digits: the register's number
    amount_fen: int
    kind: Kind
    mode: str = "1"  # payment mode: "1" card, "U" China UnionPay, "C" cheque …
    currency: str = CNY
    # The register's own reference. A terminal may answer it back or put its own transaction
    # reference there: nothing may rely on either.
    private: str = ""
    long_answer: bool = False  # ask for the 83-char answer with the card field
    delay: Delay = Delay.END
    authorisation: Authorisation = Authorisation.TERMINAL


@dataclass(frozen=True)
class Answer:
    pos: str
    status: str
    amount_fen: int
    mode: str
    currency: str
    private: str
    # The long answer's card field, already cut to its last four digits: the full field holds
    # the card number, which never leaves this module.
    card_last4: str = ""
    long: bool = False


def _ascii_field(name: str, value: str, width: int) -> str:
    if len(value) != width or any(not 0x20 <= ord(c) <= 0x7E for c in value):
        raise ValueError(f"{name}: {width} printable ASCII characters, got {value!r}")
    return value


def encode_request(req: Request) -> str:
    """The 34 characters of a request; ValueError for a field that does not fit."""
    if not (len(req.pos) == 2 and req.pos.isdigit()):
        raise ValueError(f"POS number: 2 digits, got {req.pos!r}")
    if not 0 < req.amount_fen <= MAX_AMOUNT_FEN:
        raise ValueError(f"amount: 1 to {MAX_AMOUNT_FEN} fen, got {req.amount_fen}")
    if not (len(req.currency) == 3 and req.currency.isdigit()):
        raise ValueError(f"currency: 3 digits, got {req.currency!r}")
    private = _ascii_field("private", req.private.ljust(10), 10)
    out = (
        req.pos
        + f"{req.amount_fen:08d}"
        + ("1" if req.long_answer else "0")
        + _ascii_field("mode", req.mode, 1)
        + req.kind.value
        + req.currency
        + private
        + req.delay.value
        + req.authorisation.value
    )
    assert len(out) == REQUEST_LEN
    return out


def parse_request(data: str) -> Request:
    """The terminal's reading of a request (the simulator's side); ProtocolError if bad."""
    if len(data) != REQUEST_LEN:
        raise ProtocolError("terminal.answer_malformed", f"request of {len(data)} chars")
    pos, amount, flag, mode, kind = data[0:2], data[2:10], data[10], data[11], data[12]
    currency, private, delay, auth = data[13:16], data[16:26], data[26:30], data[30:34]
    if not (pos.isdigit() and amount.isdigit() and currency.isdigit()) or flag not in "01":
        raise ProtocolError("terminal.answer_malformed", "request fields")
    try:
        return Request(
            pos,
            int(amount),
            Kind(kind),
            mode,
            currency,
            private,
            flag == "1",
            Delay(delay),
            Authorisation(auth),
        )
    except ValueError as exc:
        raise ProtocolError("terminal.answer_malformed", str(exc)) from exc


def last4(card_field: str) -> str:
    """The last four digits of the card number that opens the card field (then a separator,
    the expiry …); "" when it holds none."""
    number = card_field.strip().split("=")[0].split(" ")[0]
    return number[-4:] if number[-4:].isdigit() else ""


def encode_answer(answer: Answer, card_field: str = "") -> str:
    """The terminal's answer (the simulator's side): 25 chars, or 80 with the card field."""
    head = f"{answer.pos}{answer.status}{answer.amount_fen:08d}{answer.mode}"
    tail = f"{answer.currency}{answer.private.ljust(10)[:10]}"
    if answer.long:
        return head + card_field.ljust(CARD_FIELD_LEN)[:CARD_FIELD_LEN] + tail
    return head + tail


def parse_answer(data: str) -> Answer:
    """The DATA of a short (25) or long (80) answer; ProtocolError for anything else."""
    if len(data) not in (SHORT_ANSWER_LEN, LONG_ANSWER_LEN):
        raise ProtocolError("terminal.answer_malformed", f"answer of {len(data)} chars")
    long = len(data) == LONG_ANSWER_LEN
    pos, status, amount, mode = data[0:2], data[2], data[3:11], data[11]
    card = data[12 : 12 + CARD_FIELD_LEN] if long else ""
    rest = data[12 + CARD_FIELD_LEN :] if long else data[12:]
    currency, private = rest[0:3], rest[3:13]
    if not (pos.isdigit() and amount.isdigit() and currency.isdigit() and status.isdigit()):
        raise ProtocolError("terminal.answer_malformed", "answer fields")
    return Answer(pos, status, int(amount), mode, currency, private, last4(card), long)
