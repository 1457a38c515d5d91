"""A `TerminalDriver` straight onto a `ConcertTerminal`: no bytes, the same capabilities, rules
and errors as the Concert driver on the wire (the demo, training and the tests' fast path)."""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass, field

from app.payments.card.base import (
    AnswerLost,
    Capability,
    CloseResult,
    LinkError,
    Progress,
    ProgressCallback,
    RefundResult,
    TerminalError,
    TerminalIdentity,
    Transaction,
    VoidResult,
)
from app.payments.card.concert import protocol as c
from app.payments.card.concert.driver import CAPABILITIES, ConcertDeclined, private_reference
from app.payments.card.concert.sim_terminal import ConcertTerminal, SimDecline


@dataclass
class InProcessConcertDriver:
    terminal: ConcertTerminal = field(default_factory=ConcertTerminal)
    progress: ProgressCallback | None = None
    terminal_id: str = ""  # Concert reports none: the counter's setting
    pos_number: str = "01"
    payment_mode: str = "U"
    name: str = "Concert simulator"
    capabilities: frozenset[Capability] = CAPABILITIES
    simulated: bool = True
    _stop: threading.Event = field(default_factory=threading.Event)

    def _report(self, code: str) -> None:
        if self.progress is not None:
            self.progress(Progress(code, f"terminal.progress.{code}"))

    def _link(self, kind: str) -> None:
        """What the wire driver makes of the link switches before the request is taken."""
        mis = self.terminal.misbehaviour
        if mis.always("ignore"):
            raise LinkError("terminal.link.no_ack", "no ACK to ENQ")
        if mis.always("nak", kind):
            raise LinkError("terminal.link.nak")
        mis.use("ignore")  # one silence or NAK is recovered by a resend
        mis.use("nak", kind)
        mis.use("lose_ack", kind)  # the answer that follows shows it was taken

    def _exchange(self, amount_fen: int, kind: c.Kind) -> c.Answer:
        request = c.Request(
            self.pos_number, amount_fen, kind, mode=self.payment_mode, private=private_reference()
        )
        try:
            c.encode_request(request)
        except ValueError as exc:
            raise TerminalError("terminal.invalid_amount", str(exc)) from exc
        self._report("sending")
        self._link(kind.value)
        self._report("waiting")
        mis = self.terminal.misbehaviour
        try:
            self.terminal.run(request)
        except SimDecline as exc:
            status = exc.code
        else:
            status = c.Status.ACCEPTED.value
            if mis.use("drop_answer", kind.value):
                raise AnswerLost("terminal.answer_lost", "simulated dropped answer")
        if mis.always("bad_lrc", kind.value) or mis.always("truncate", kind.value):
            raise AnswerLost("terminal.answer_lost", "simulated corrupt answers")
        mis.use("bad_lrc", kind.value)
        mis.use("truncate", kind.value)
        if mis.slow_ms:
            self._stop.wait(mis.slow_ms / 1000)
        if status == c.Status.REFUSED:
            raise ConcertDeclined(status)
        if status != c.Status.ACCEPTED:
            raise AnswerLost("terminal.concert.no_result", status, code=status)
        self._report("done")
        return self.terminal.answer_for(request)

    def ping(self) -> bool:
        return not self.terminal.misbehaviour.always("ignore")

    def identify(self) -> TerminalIdentity:
        if not self.ping():
            raise LinkError("terminal.link.no_ack", "no ACK to ENQ")
        return TerminalIdentity(self.terminal_id, reported=False)

    def sale(self, amount_fen: int) -> c.Answer:
        return self._exchange(amount_fen, c.Kind.DEBIT)

    def void(self, operation_no: str, amount_fen: int | None = None) -> VoidResult:
        if amount_fen is None:
            raise TerminalError("terminal.concert.void_needs_amount")
        self._exchange(amount_fen, c.Kind.CANCEL)
        return VoidResult(c.Status.ACCEPTED.value, True, "", self.terminal_id, "", "")

    def refund(self, amount_fen: int, original_rrn: str, original_date: dt.date) -> RefundResult:
        answer = self._exchange(amount_fen, c.Kind.CREDIT)
        return RefundResult(c.Status.ACCEPTED.value, True, "", "", "", answer.amount_fen)

    def last_transaction(self) -> Transaction:
        raise TerminalError("terminal.concert.cannot_ask")

    def sales_journal(self) -> list[Transaction]:
        raise TerminalError("terminal.concert.cannot_ask")

    def close_batch(self) -> CloseResult:
        raise TerminalError("terminal.concert.cannot_ask")

    def close(self) -> None:
        self._stop.set()
