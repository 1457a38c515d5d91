"""Driver for a Transbank "POS Integrado" terminal on a serial line (pyserial URL).

It keeps base.py's contract: LinkError only when the command provably never reached the
terminal; once a money-moving command's whole frame was written, a missing ACK, a lost or
unreadable answer, or an unclear response code is AnswerLost. It relies on the documented
answer layouts only (DESIGN §5), never on the simulator's private fields.
"""

from __future__ import annotations

import collections
import contextlib
import datetime as dt
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

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
from app.payments.card.codes import means_not_done
from app.payments.card.integrado import protocol as p

T = TypeVar("T")

# Until step 5 stops re-sending a void whenever the journal cannot tell (issue 10, the
# workflow side), the driver still reads the simulator's private fields where they are sent.
# It never claims VOID_STATUS, and goes documented-only (False) with that workflow change.
READ_EXTENSION = True

# Answer codes of every command: a frame with one of them that is not the answer we wait for
# is a late answer to an earlier command.
ANSWERS = frozenset(p.ANSWER_CODE.values())


class PosIntegradoDriver:
    """One terminal on one port. Thread-safe: commands run one at a time."""

    # Never VOID_STATUS: the documented journal does not say which sales are voided.
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
        """`ack_timeout`: seconds to wait for ACK/NAK after each frame we send, and for the
        terminal's resend after we NAK its frame. `answer_timeout`: one deadline for the whole
        answer, counted from the first send (progress frames do not extend it).
        `inter_byte_timeout`: longest silence inside a frame before it is discarded and NAKed.
        `retries`: resends of a command after NAK / no ACK (at most 1 + retries sends), and
        NAKs of a broken answer before giving up. `terminal_tz`: zone of the terminal's clock
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
        # An answer we gave up on may still come: the next command first makes the line quiet.
        self._dirty = False
        # Approved money answers already returned: the terminal re-sends one whose ACK it
        # missed, and a re-sent answer is never the answer to the next command.
        self._returned: collections.deque[str] = collections.deque(maxlen=16)
        self._written = False  # the current command's whole frame went out at least once

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

    def _drain(self, reader: p.FrameReader) -> None:
        """Take whatever the terminal sent unasked (late answers to earlier commands): ACK each
        whole frame, so that it stops re-sending it, and drop it."""
        while reader.pending():
            try:
                item = reader.read_reply(0.0, self.inter_byte_timeout)
            except ProtocolError:
                continue  # a broken stale frame: NAKing it would only bring it back
            if item is None:
                return
            if isinstance(item, str):
                reader.stream.write(p.ACK_BYTE)

    def _quiet_line(self, reader: p.FrameReader) -> None:
        """Before a command: drain the line; after an answer we gave up on, also poll until
        the terminal ACKs (it is done re-sending that answer). LinkError if it never does:
        nothing of the coming command has been written then."""
        self._drain(reader)
        if not self._dirty:
            return
        poll = p.encode_frame(p.poll())
        for _ in range(1 + self.retries):
            reader.stream.write(poll)
            deadline = time.monotonic() + self.ack_timeout
            while (left := deadline - time.monotonic()) > 0:
                try:
                    item = reader.read_reply(left, self.inter_byte_timeout)
                except ProtocolError:
                    continue
                if item is None:
                    break
                if isinstance(item, str):
                    reader.stream.write(p.ACK_BYTE)  # a late answer: taken, and dropped
                elif item == p.ACK:
                    self._dirty = False
                    self._drain(reader)
                    return
                else:
                    break  # NAK: send the poll again
        raise LinkError("terminal.link.no_ack", "terminal busy: line never became quiet")

    def _is_stale(self, payload: str, expect: str | None) -> bool:
        return payload in self._returned or (payload[:4] in ANSWERS and payload[:4] != expect)

    def _send_command(
        self, reader: p.FrameReader, payload: str, expect: str | None, money: bool
    ) -> tuple[bool, str | None]:
        """Send until ACKed. Returns (acked, early answer): a terminal whose ACK we missed may
        answer at once, and that answer is this command's. (False, None) only for a money
        command some send of which went unanswered (its fate is unknown); LinkError when no
        send got through: every one NAKed, or (not money) nothing came back at all."""
        frame = p.encode_frame(payload)
        naks = 0
        sends = 1 + self.retries
        for _ in range(sends):
            reader.stream.write(frame)
            self._written = True
            deadline = time.monotonic() + self.ack_timeout
            while (left := deadline - time.monotonic()) > 0:
                try:
                    item = reader.read_reply(left, self.inter_byte_timeout)
                except ProtocolError:
                    reader.stream.write(p.NAK_BYTE)
                    continue
                if item is None:
                    break
                if item == p.ACK:
                    return True, None
                if item == p.NAK:
                    naks += 1
                    break
                assert isinstance(item, str)
                reader.stream.write(p.ACK_BYTE)
                if item.startswith(p.PROGRESS + "|"):
                    self._progress_frame(item)
                    return True, None  # it is working on our command: that is an ACK
                if expect is not None and not self._is_stale(item, expect) and item[:4] == expect:
                    return True, item
                # A late answer to an earlier command: ACKed above, dropped.
        if naks == sends:
            raise LinkError("terminal.link.nak", f"{payload[:4]}: {sends} sends, all NAKed")
        if money:
            return False, None
        raise LinkError("terminal.link.no_ack", f"{payload[:4]}: {sends} sends, {naks} NAKed")

    def _progress_frame(self, payload: str) -> None:
        with contextlib.suppress(ProtocolError):
            progress = p.parse_progress(payload)
            self._report(progress.code, progress.message_key)

    def _receive(
        self, reader: p.FrameReader, expect: str, money: bool, deadline: float, lost_key: str
    ) -> str:
        """The answer with function code `expect`, before `deadline`; progress frames reported
        (they do not move the deadline), late answers to earlier commands dropped."""
        broken = 0
        last_broken: ProtocolError | None = None
        gap = self.inter_byte_timeout
        wait = deadline - time.monotonic()
        while True:
            try:
                payload = reader.read_frame(min(wait, deadline - time.monotonic()), gap)
            except p.FrameTimeout as exc:
                self._dirty = True
                if money:
                    raise AnswerLost(lost_key, f"no answer to {expect}") from exc
                if last_broken is not None:
                    raise last_broken from exc  # it gave up re-sending a frame we NAKed
                raise
            except ProtocolError as exc:
                reader.stream.write(p.NAK_BYTE)
                last_broken = exc
                broken += 1
                if broken > self.retries:
                    self._dirty = True
                    if money:
                        raise AnswerLost(lost_key, exc.key) from exc
                    raise
                if broken >= 2:
                    # It is re-sending a frame we NAKed: the next copy comes at once after our
                    # NAK, or never (it gave up after its sends): then stop, do not wait on.
                    wait = self.ack_timeout + gap
                continue
            reader.stream.write(p.ACK_BYTE)
            broken, last_broken = 0, None
            wait = deadline - time.monotonic()
            if payload.startswith(p.PROGRESS + "|"):
                self._progress_frame(payload)
                continue
            if payload[:4] != expect or self._is_stale(payload, expect):
                continue  # a late answer to an earlier command (ACKed, so it stops)
            return payload

    def _exchange(self, payload: str, *, answers: bool = True) -> list[str]:
        """Send one command and collect its answer (all of them for sales detail)."""
        code = payload[:4]
        money = code in p.MONEY_MOVING
        expect = p.ANSWER_CODE[code] if answers else None
        with self._lock:
            reader = self._open()
            self._written = False
            try:
                self._report("sending")
                self._quiet_line(reader)
                deadline = time.monotonic() + self.answer_timeout
                acked, early = self._send_command(reader, payload, expect, money)
                if expect is None:
                    return []
                self._report("waiting")
                lost = "terminal.answer_lost" if acked else "terminal.ack_lost"
                out = [early or self._receive(reader, expect, money, deadline, lost)]
                if code == p.SALES_DETAIL:
                    while p.parse_detail(out[-1], self.terminal_tz) is not None:
                        out.append(self._receive(reader, expect, money, deadline, lost))
                self._report("done")
                return out
            except (serial.SerialException, OSError) as exc:
                self._drop_port()
                self._dirty = True
                if money and self._written:
                    # The command may have gone out and been taken: never guess.
                    raise AnswerLost("terminal.answer_lost", str(exc)) from exc
                raise LinkError("terminal.link.io_error", str(exc)) from exc

    def _money_answer(self, payload: str, parse: Callable[[str], T]) -> T:
        """A money answer: read, its code judged; only a code that means "not done" declines."""
        try:
            result: Any = parse(payload)
        except ProtocolError as exc:
            # An answer we cannot read to a command the terminal took: the money may have moved.
            raise AnswerLost("terminal.answer_lost", exc.detail) from exc
        code = result.response_code
        if code != "00" and not means_not_done(code):
            raise AnswerLost("terminal.outcome_unclear", payload[:4], code=code)
        if code != "00":
            raise TerminalDeclined(code)
        self._returned.append(payload)
        return result  # type: ignore[no-any-return]

    @staticmethod
    def _check(code: str) -> None:
        if code != "00":
            raise TerminalDeclined(code)

    # -- commands --

    def ping(self) -> bool:
        try:
            self._exchange(p.poll(), answers=False)
        except LinkError:
            return False
        return True

    def identify(self) -> TerminalIdentity:
        """The terminal's own id: field 3 of its last-sale answer (documented there even when
        the code is 11, no sale); if that is empty, the closing frame of its sales detail."""
        (answer,) = self._exchange(p.last_sale())
        parsed = p.parse_answer(answer)
        terminal_id, commerce = parsed.get(3).strip(), parsed.get(2).strip()
        if not terminal_id:
            end = p.parse_answer(self._exchange(p.sales_detail(to_register=True))[-1])
            terminal_id, commerce = end.get(3).strip(), commerce or end.get(2).strip()
        if not terminal_id:
            raise ProtocolError("terminal.answer_malformed", "the terminal reports no terminal id")
        return TerminalIdentity(terminal_id, commerce)

    def sale(self, amount_fen: int, ticket: str) -> Transaction:
        try:
            payload = p.sale(amount_fen, ticket, send_status=self.progress is not None)
        except ValueError as exc:
            raise TerminalError("terminal.invalid_amount", str(exc)) from exc
        (answer,) = self._exchange(payload)
        return self._money_answer(answer, lambda a: p.parse_sale(a, self.terminal_tz))

    def void(self, operation_no: str, amount_fen: int | None = None) -> VoidResult:
        try:
            payload = p.void(operation_no.strip())
        except ValueError as exc:
            raise TerminalError(
                "terminal.invalid_operation_no", str(exc), operation_no=operation_no
            ) from exc
        (answer,) = self._exchange(payload)
        return self._money_answer(answer, p.parse_void)

    def refund(self, amount_fen: int, original_rrn: str, original_date: dt.date) -> RefundResult:
        raise TerminalError("terminal.refund_unsupported")

    def last_transaction(self) -> Transaction:
        """The terminal's last sale, in the documented layout (which cannot say whether it was
        voided since). TerminalDeclined("11") when the terminal has none."""
        (answer,) = self._exchange(p.last_sale())
        result = p.parse_sale(answer, self.terminal_tz, extended=READ_EXTENSION)
        self._check(result.response_code)
        return result

    def sales_journal(self) -> list[Transaction]:
        """Every sale in the terminal's open batch."""
        answers = self._exchange(p.sales_detail(to_register=True))
        out: list[Transaction] = []
        for answer in answers:
            tx = p.parse_detail(answer, self.terminal_tz, extended=READ_EXTENSION)
            if tx is None:
                self._check(p.parse_answer(answer).response_code)
                break
            out.append(tx)
        return out

    def totals(self) -> Totals:
        (answer,) = self._exchange(p.totals())
        result = p.parse_totals(answer)
        self._check(result.response_code)
        return result

    def close_batch(self) -> CloseResult:
        (answer,) = self._exchange(p.close())
        return self._money_answer(answer, p.parse_close)
