"""Driver for a Transbank "POS Integrado" terminal on a serial line (pyserial URL).

Link rules: every frame is answered with ACK/NAK both ways; a command is resent
after a NAK or a missing ACK, at most `retries` times; a broken frame from the
terminal is NAKed; a money-moving command is never resent once ACKed — if its
answer then fails to arrive, `AnswerLost` tells the caller to reconcile.
"""

from __future__ import annotations

import contextlib
import datetime as dt
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
    Totals,
    Transaction,
    VoidResult,
)
from app.payments.card.integrado import protocol as p


class PosIntegradoDriver:
    """One terminal on one port. Thread-safe: commands run one at a time."""

    capabilities = frozenset(
        {
            Capability.PING,
            Capability.VOID,
            Capability.LAST_TRANSACTION,
            Capability.SALES_JOURNAL,
            Capability.CLOSE_BATCH,
            Capability.REPORTS_IDENTITY,
        }
    )
    simulated = False

    def __init__(
        self,
        port_url: str,
        *,
        baudrate: int = 115200,
        ack_timeout: float = 2.0,
        answer_timeout: float = 90.0,
        inter_byte_timeout: float = 0.3,
        retries: int = 3,
        progress: ProgressCallback | None = None,
        terminal_tz: dt.tzinfo | None = None,
    ) -> None:
        """`ack_timeout`: seconds to wait for ACK/NAK after each frame we send.
        `answer_timeout`: seconds to wait for an answer once a command was ACKed
        (restarted by every progress frame). `inter_byte_timeout`: longest silence
        inside a frame before it is discarded and NAKed. `retries`: resends of a
        command after NAK / no ACK (so at most 1 + retries sends), and NAKs of a
        broken answer before giving up. `terminal_tz`: zone of the terminal's clock
        (default: this PC's)."""
        self.port_url = port_url
        self.name = f"POS Integrado ({port_url})"
        self.baudrate = baudrate
        self.ack_timeout = ack_timeout
        self.answer_timeout = answer_timeout
        self.inter_byte_timeout = inter_byte_timeout
        self.retries = retries
        self.progress = progress
        self.terminal_tz = terminal_tz
        self._serial: Any = None
        self._reader: p.FrameReader | None = None
        self._lock = threading.Lock()

    # -- port --

    def _open(self) -> p.FrameReader:
        if self._reader is None:
            try:
                self._serial = serial.serial_for_url(
                    self.port_url, baudrate=self.baudrate, timeout=self.ack_timeout
                )
            except (serial.SerialException, OSError, ValueError) as exc:
                raise LinkError("terminal.port_unavailable", str(exc), port=self.port_url) from exc
            self._reader = p.FrameReader(self._serial)
        return self._reader

    def close(self) -> None:
        with self._lock:
            self._drop_port()

    def _drop_port(self) -> None:
        if self._serial is not None:
            with contextlib.suppress(serial.SerialException, OSError):
                self._serial.close()
        self._serial = None
        self._reader = None

    def __enter__(self) -> PosIntegradoDriver:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _report(self, code: str, key: str | None = None) -> None:
        if self.progress is not None:
            self.progress(Progress(code, key or f"terminal.progress.{code}"))

    # -- link --

    def _send_command(self, reader: p.FrameReader, payload: str) -> None:
        """Send until ACKed; LinkError after 1 + retries sends without an ACK.

        A late answer to an earlier command that turns up meanwhile is ACKed and
        dropped: the terminal keeps re-sending it, deaf to us, until it is ACKed."""
        frame = p.encode_frame(payload)
        reader.discard_input()  # a stale answer must never pass for this one's
        naks = 0
        for _ in range(1 + self.retries):
            reader.stream.write(frame)
            control = reader.read_control(
                self.ack_timeout,
                lambda _late: reader.stream.write(p.ACK_BYTE),
                self.inter_byte_timeout,
            )
            if control == p.ACK:
                return
            if control == p.NAK:
                naks += 1
        key = "terminal.link.nak" if naks else "terminal.link.no_ack"
        raise LinkError(key, f"{payload[:4]}: {1 + self.retries} sends, {naks} NAKed")

    def _receive(self, reader: p.FrameReader, expect: str, money: bool) -> str:
        """The next answer with function code `expect`, progress frames reported."""
        deadline = time.monotonic() + self.answer_timeout
        broken = 0
        while True:
            try:
                payload = reader.read_frame(deadline - time.monotonic(), self.inter_byte_timeout)
            except p.FrameTimeout as exc:
                if money:
                    raise AnswerLost("terminal.answer_lost", f"no answer to {expect}") from exc
                raise
            except ProtocolError as exc:
                reader.stream.write(p.NAK_BYTE)
                broken += 1
                if broken > self.retries:
                    if money:
                        raise AnswerLost("terminal.answer_lost", exc.key) from exc
                    raise
                continue
            reader.stream.write(p.ACK_BYTE)
            if payload.startswith(p.PROGRESS + "|"):
                try:
                    progress = p.parse_progress(payload)
                except ProtocolError:
                    continue
                self._report(progress.code, progress.message_key)
                deadline = time.monotonic() + self.answer_timeout
                continue
            if payload[:4] != expect:
                if money:
                    raise AnswerLost("terminal.answer_lost", f"got {payload[:4]}, not {expect}")
                raise ProtocolError("terminal.answer_unexpected", f"{payload[:4]} != {expect}")
            return payload

    def _exchange(self, payload: str, *, answers: bool = True) -> list[str]:
        """Send one command and collect its answer (all of them for sales detail)."""
        code = payload[:4]
        money = code in p.MONEY_MOVING
        with self._lock:
            reader = self._open()
            try:
                self._report("sending")
                self._send_command(reader, payload)
                if not answers:
                    return []
                self._report("waiting")
                expect = p.ANSWER_CODE[code]
                out = [self._receive(reader, expect, money)]
                if code == p.SALES_DETAIL:
                    while p.parse_detail(out[-1], self.terminal_tz) is not None:
                        out.append(self._receive(reader, expect, money))
                self._report("done")
                return out
            except (serial.SerialException, OSError) as exc:
                self._drop_port()
                if money:
                    # The command may have gone out and been ACKed: never guess.
                    raise AnswerLost("terminal.answer_lost", str(exc)) from exc
                raise LinkError("terminal.link.io_error", str(exc)) from exc

    def _check(self, answer: p.Answer | Any) -> None:
        if answer.response_code != "00":
            raise TerminalDeclined(answer.response_code)

    def _parse_money(self, payload: str, parse: Any) -> Any:
        # An ACKed money answer we cannot read: the money may have moved.
        try:
            return parse(payload)
        except ProtocolError as exc:
            raise AnswerLost("terminal.answer_lost", exc.detail) from exc

    # -- commands --

    def ping(self) -> bool:
        try:
            self._exchange(p.poll(), answers=False)
        except LinkError:
            return False
        return True

    def identify(self) -> TerminalIdentity:
        """The terminal's own id, off its last-sale answer (documented: commerce code and
        terminal id come first in it, even when it has no sale to show)."""
        (answer,) = self._exchange(p.last_sale())
        parsed = p.parse_answer(answer)
        terminal_id = parsed.get(3).strip()
        if not terminal_id:
            raise ProtocolError("terminal.answer_malformed", "no terminal id in 0260")
        return TerminalIdentity(terminal_id, parsed.get(2).strip())

    def sale(self, amount_fen: int, ticket: str) -> Transaction:
        try:
            payload = p.sale(amount_fen, ticket, send_status=self.progress is not None)
        except ValueError as exc:
            raise TerminalError("terminal.invalid_amount", str(exc)) from exc
        (answer,) = self._exchange(payload)
        result: Transaction = self._parse_money(answer, lambda a: p.parse_sale(a, self.terminal_tz))
        self._check(result)
        return result

    def void(self, operation_no: str) -> VoidResult:
        try:
            payload = p.void(operation_no.strip())
        except ValueError as exc:
            raise TerminalError(
                "terminal.invalid_operation_no", str(exc), operation_no=operation_no
            ) from exc
        (answer,) = self._exchange(payload)
        result: VoidResult = self._parse_money(answer, p.parse_void)
        self._check(result)
        return result

    def refund(self, amount_fen: int, original_rrn: str, original_date: dt.date) -> RefundResult:
        raise TerminalError("terminal.refund_unsupported")

    def last_transaction(self) -> Transaction:
        """The terminal's last money movement (a sale, or on the simulator also a void).

        TerminalDeclined("11") when the terminal has none."""
        (answer,) = self._exchange(p.last_sale())
        result = p.parse_sale(answer, self.terminal_tz)
        self._check(result)
        return result

    def sales_journal(self) -> list[Transaction]:
        """Every sale in the terminal's open batch."""
        answers = self._exchange(p.sales_detail(to_register=True))
        out: list[Transaction] = []
        for answer in answers:
            tx = p.parse_detail(answer, self.terminal_tz)
            if tx is None:
                self._check(p.parse_answer(answer))
                break
            out.append(tx)
        return out

    def totals(self) -> Totals:
        (answer,) = self._exchange(p.totals())
        result = p.parse_totals(answer)
        self._check(result)
        return result

    def close_batch(self) -> CloseResult:
        (answer,) = self._exchange(p.close())
        result: CloseResult = self._parse_money(answer, p.parse_close)
        self._check(result)
        return result
