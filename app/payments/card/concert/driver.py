"""Driver for an Ingenico Telium terminal speaking Concert (E+), the cash register's side.

One exchange: ENQ → ACK, request frame → ACK (NAK: resend, at most 3 times), EOT; then the
terminal's ENQ → ACK, its answer → ACK (NAK a broken one: it resends), its EOT.

It keeps base.py's contract: LinkError only when the request provably never reached the
terminal (the port would not open, the terminal never took the ENQ, or it NAKed every send of
the frame); once a money request's frame was written, a missing ACK, a lost or unreadable
answer, an answer that is not this request's, or a status other than accepted/refused is
AnswerLost. Concert has no journal and no last-transaction query, so nothing can be asked
afterwards: the capabilities say so, and step 5 offers the manual path.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import os
import threading
import time
from typing import Any

import serial

from app.payments.card.base import (
    AnswerLost,
    Capability,
    CloseResult,
    LinkError,
    Progress,
    ProgressCallback,
    ProtocolError,
    RefundResult,
    TerminalDeclined,
    TerminalError,
    TerminalIdentity,
    Transaction,
    VoidResult,
)
from app.payments.card.concert import protocol as c
from app.payments.card.framing import ACK, ACK_BYTE, NAK, NAK_BYTE, FrameReader, encode_frame

CAPABILITIES = frozenset({Capability.PING, Capability.VOID, Capability.REFUND_CARD_PRESENT})

_sequence = itertools.count(int(time.time()) % 100_000)


class ConcertDeclined(TerminalDeclined):
    """Status 7: the terminal refused; nothing moved."""

    def __init__(self, status: str) -> None:
        super().__init__(status)
        self.key = "terminal.concert.refused"


def private_reference() -> str:
    """Ten characters of the register's own in the request's private field (a terminal may
    echo them or put its own reference there; the answer is matched on POS number, amount and
    currency, never on them)."""
    return f"{os.getpid() % 100_000:05d}{next(_sequence) % 100_000:05d}"


class ConcertDriver:
    """One Concert terminal on one port. Thread-safe: one exchange at a time."""

    capabilities = CAPABILITIES
    simulated = False

    def __init__(
        self,
        port_url: str,
        *,
        baudrate: int = 9600,
        bytesize: int = 7,
        parity: str = "E",
        stopbits: float = 1,
        pos_number: str = "01",
        payment_mode: str = "1",
        currency: str = c.CNY,
        terminal_id: str = "",
        ack_timeout: float = 2.0,
        answer_timeout: float = 120.0,
        inter_byte_timeout: float = 1.0,
        retries: int = 3,
        progress: ProgressCallback | None = None,
    ) -> None:
        """`bytesize`/`parity`/`stopbits`: 7E1 on RS-232 (the default), 8N1 over USB CDC.
        `ack_timeout`: seconds for the ACK to our ENQ and frame, and for the terminal's frame
        after we ACK its ENQ or NAK its frame. `answer_timeout`: the terminal's ENQ after our
        EOT (the customer is at the keypad: peers wait 120 s). `retries`: resends after NAK or
        silence (at most 1 + retries sends), and NAKs of a broken answer. `terminal_id`: the
        counter's terminal number, the identity Concert cannot report itself."""
        if len(pos_number) != 2 or not pos_number.isdigit():
            raise ValueError(f"POS number: 2 digits, got {pos_number!r}")
        self.port_url = port_url
        self.name = f"Concert ({port_url})"
        self.serial_options: dict[str, Any] = {
            "baudrate": baudrate,
            "bytesize": bytesize,
            "parity": parity,
            "stopbits": stopbits,
        }
        self.pos_number = pos_number
        self.payment_mode = payment_mode
        self.currency = currency
        self.terminal_id = terminal_id
        self.ack_timeout = ack_timeout
        self.answer_timeout = answer_timeout
        self.inter_byte_timeout = inter_byte_timeout
        self.retries = retries
        self.progress = progress
        self._serial: Any = None
        self._reader: FrameReader | None = None
        self._lock = threading.Lock()

    # -- port --

    def _open(self) -> FrameReader:
        if self._reader is None:
            try:
                self._serial = serial.serial_for_url(
                    self.port_url, timeout=self.ack_timeout, **self.serial_options
                )
            except (serial.SerialException, OSError, ValueError) as exc:
                raise LinkError("terminal.port_unavailable", str(exc), port=self.port_url) from exc
            self._reader = FrameReader(self._serial)
        return self._reader

    def _drop_port(self) -> None:
        if self._serial is not None:
            with contextlib.suppress(serial.SerialException, OSError):
                self._serial.close()
        self._serial = None
        self._reader = None

    def close(self) -> None:
        with self._lock:
            self._drop_port()

    def __enter__(self) -> ConcertDriver:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _report(self, code: str) -> None:
        if self.progress is not None:
            self.progress(Progress(code, f"terminal.progress.{code}"))

    # -- link --

    def _control(self, reader: FrameReader, wanted: bytes, timeout: float) -> int | None:
        """The next of the `wanted` control bytes within `timeout`; frames and other bytes on
        the way are dropped (an answer we gave up on, line noise)."""
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            try:
                item = reader.read_reply(left, self.inter_byte_timeout, wanted)
            except ProtocolError:
                continue
            if item is None:
                return None
            if isinstance(item, int):
                return item
        return None

    def _enquire(self, reader: FrameReader) -> None:
        """ENQ until the terminal ACKs it (EOT between tries). LinkError if it never does:
        nothing of the request has been written then."""
        reader.discard_input()
        for attempt in range(1 + self.retries):
            if attempt:
                reader.stream.write(c.EOT_BYTE)
                reader.discard_input()
            reader.stream.write(c.ENQ_BYTE)
            if self._control(reader, bytes([ACK, NAK]), self.ack_timeout) == ACK:
                return
        reader.stream.write(c.EOT_BYTE)
        raise LinkError("terminal.link.no_ack", "ENQ never acknowledged")

    def _send_request(self, reader: FrameReader, data: str, money: bool) -> None:
        """The request frame until ACKed, then EOT. LinkError when every send was NAKed (or, not
        money, nothing came back); AnswerLost when a money frame went out and never got ACKed."""
        frame = encode_frame(data)
        sends, naks = 1 + self.retries, 0
        for _ in range(sends):
            reader.stream.write(frame)
            reply = self._control(reader, bytes([ACK, NAK]), self.ack_timeout)
            if reply == ACK:
                reader.stream.write(c.EOT_BYTE)
                return
            naks += reply == NAK
        reader.stream.write(c.EOT_BYTE)
        if naks == sends:
            raise LinkError("terminal.link.nak", f"{sends} sends, all NAKed")
        if money:
            raise AnswerLost("terminal.ack_lost", f"{sends} sends, {naks} NAKed")
        raise LinkError("terminal.link.no_ack", f"{sends} sends, {naks} NAKed")

    def _receive(self, reader: FrameReader, deadline: float) -> str:
        """The terminal's answer: its ENQ (ACKed), its frame (ACKed; NAKed while broken, at
        most `retries` times), its EOT (not required: the answer is already ours)."""
        if self._control(reader, c.ENQ_BYTE, deadline - time.monotonic()) is None:
            raise AnswerLost("terminal.answer_lost", "no ENQ from the terminal")
        reader.stream.write(ACK_BYTE)
        broken = 0
        while True:
            try:
                payload = reader.read_frame(self.ack_timeout, self.inter_byte_timeout)
            except ProtocolError as exc:  # FrameTimeout is a LinkError, not a ProtocolError
                reader.stream.write(NAK_BYTE)
                broken += 1
                if broken > self.retries:
                    raise AnswerLost("terminal.answer_lost", exc.key) from exc
                continue
            except LinkError as exc:
                raise AnswerLost("terminal.answer_lost", "no answer frame after ENQ") from exc
            reader.stream.write(ACK_BYTE)
            self._control(reader, c.EOT_BYTE, self.ack_timeout)
            return payload

    def _exchange(self, request: c.Request) -> c.Answer:
        data = c.encode_request(request)
        with self._lock:
            reader = self._open()
            written = False
            try:
                self._report("sending")
                self._enquire(reader)
                written = True
                self._send_request(reader, data, money=True)
                self._report("waiting")
                payload = self._receive(reader, time.monotonic() + self.answer_timeout)
            except (serial.SerialException, OSError) as exc:
                self._drop_port()
                if written:
                    raise AnswerLost("terminal.answer_lost", str(exc)) from exc
                raise LinkError("terminal.link.io_error", str(exc)) from exc
        try:
            answer = c.parse_answer(payload)
        except ProtocolError as exc:
            raise AnswerLost("terminal.answer_lost", exc.detail) from exc
        if (answer.pos, answer.currency) != (request.pos, request.currency):
            raise AnswerLost("terminal.answer_unexpected", "not this request's answer")
        if answer.status == c.Status.REFUSED:
            raise ConcertDeclined(answer.status)
        if answer.status != c.Status.ACCEPTED or answer.amount_fen != request.amount_fen:
            # 9 "no valid result", or a code the protocol does not document: never a guess.
            raise AnswerLost("terminal.concert.no_result", answer.status, code=answer.status)
        self._report("done")
        return answer

    def _request(self, amount_fen: int, kind: c.Kind) -> c.Request:
        request = c.Request(
            self.pos_number,
            amount_fen,
            kind,
            mode=self.payment_mode,
            currency=self.currency,
            private=private_reference(),
        )
        try:
            c.encode_request(request)
        except ValueError as exc:
            raise TerminalError("terminal.invalid_amount", str(exc)) from exc
        return request

    # -- commands --

    def ping(self) -> bool:
        """ENQ answered by ACK, then EOT: the terminal is there and idle."""
        with self._lock:
            try:
                reader = self._open()
                self._enquire(reader)
                reader.stream.write(c.EOT_BYTE)
            except LinkError:
                return False
            except (serial.SerialException, OSError):
                self._drop_port()
                return False
        return True

    def identify(self) -> TerminalIdentity:
        """Concert never says which terminal it is: the counter's setting, once the terminal
        answers at all."""
        if not self.ping():
            raise LinkError("terminal.link.no_ack", "no ACK to ENQ")
        return TerminalIdentity(self.terminal_id, reported=False)

    def sale(self, amount_fen: int) -> c.Answer:
        return self._exchange(self._request(amount_fen, c.Kind.DEBIT))

    def void(self, operation_no: str, amount_fen: int | None = None) -> VoidResult:
        """Cancellation (type 2) of the original debit. Concert names the sale by its amount
        only (the terminal shows it and the cashier confirms there): the amount is required."""
        if amount_fen is None:
            raise TerminalError("terminal.concert.void_needs_amount")
        self._exchange(self._request(amount_fen, c.Kind.CANCEL))
        return VoidResult(c.Status.ACCEPTED.value, True, "", self.terminal_id, "", "")

    def refund(self, amount_fen: int, original_rrn: str, original_date: dt.date) -> RefundResult:
        """Credit (type 1) with the customer's card at the terminal."""
        answer = self._exchange(self._request(amount_fen, c.Kind.CREDIT))
        return RefundResult(c.Status.ACCEPTED.value, True, "", "", "", answer.amount_fen)

    def last_transaction(self) -> Transaction:
        raise TerminalError("terminal.concert.cannot_ask")

    def sales_journal(self) -> list[Transaction]:
        raise TerminalError("terminal.concert.cannot_ask")

    def close_batch(self) -> CloseResult:
        raise TerminalError("terminal.concert.cannot_ask")
