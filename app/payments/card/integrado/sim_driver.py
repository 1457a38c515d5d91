"""A `TerminalDriver` straight onto a `SimulatedTerminal`: no bytes, the same rules and the same
errors as the POS Integrado driver on the wire (the demo and the tests' fast path).

It tells what the documented answers tell, no more: void status and linked operation numbers
only when the terminal is `extended` (and only then does it claim VOID_STATUS)."""

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
from app.payments.card.integrado.sim_terminal import Movement, SimDecline, SimulatedTerminal

DOCUMENTED = frozenset(
    {
        Capability.PING,
        Capability.VOID,
        Capability.LAST_TRANSACTION,
        Capability.SALES_JOURNAL,
        Capability.CLOSE_BATCH,
        Capability.REPORTS_IDENTITY,
    }
)


def _transaction(t: SimulatedTerminal, m: Movement) -> Transaction:
    return Transaction(
        response_code="00",
        commerce_code=t.commerce_code,
        terminal_id=t.terminal_id,
        ticket=m.ticket,
        auth_code=m.auth_code,
        amount_fen=m.amount_fen,
        card_last4=m.card_last4,
        operation_no=m.operation_no,
        card_type=m.card_type,
        accounting_date=m.accounting_date,
        account_number=m.account_number,
        card_brand=m.card_brand,
        real_date=m.real_date,
        real_time=m.real_time,
        employee_id=m.employee_id,
        tip_fen=m.tip_fen,
        function_code=m.kind,
        occurred_at=p.parse_real_time(m.real_date, m.real_time, None),
        voided=m.voided if t.extended else False,
        linked_operation_no=m.linked_operation_no if t.extended else "",
    )


@dataclass
class InProcessSimulatorDriver:
    """A `TerminalDriver` straight onto a `SimulatedTerminal` (no bytes, same rules)."""

    terminal: SimulatedTerminal = field(default_factory=SimulatedTerminal)
    progress: ProgressCallback | None = None
    name: str = "simulator"
    capabilities: frozenset[Capability] = DOCUMENTED
    simulated: bool = True
    _stop: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        if self.terminal.extended:
            self.capabilities = self.capabilities | {Capability.VOID_STATUS}

    def _link(self, code: str) -> None:
        """What the wire driver would make of the switches on sending command `code`."""
        mis = self.terminal.misbehaviour
        if mis.always("nak", code):
            raise LinkError("terminal.link.nak")
        if mis.always("ignore", code):
            if code in p.MONEY_MOVING:
                # The frame went out and nothing came back: the wire driver cannot tell this
                # from a terminal that took it.
                raise AnswerLost("terminal.ack_lost", "simulated silence")
            raise LinkError("terminal.link.no_ack")
        mis.use("ignore", code)  # a single NAK or silence is recovered by a resend
        mis.use("nak", code)
        mis.use("lose_ack", code)  # a lost ACK is recovered by the answer that follows

    def _answer(self, code: str) -> None:
        """The answer's trip back (a decline's too: a driver cannot tell which answer it lost)."""
        mis = self.terminal.misbehaviour
        money = code in p.MONEY_MOVING
        if money and mis.use("drop_answer", code):
            raise AnswerLost("terminal.answer_lost", "simulated dropped answer")
        if mis.always("bad_lrc", code) or mis.always("truncate", code):
            key = "terminal.answer_lost" if money else "terminal.link.bad_lrc"
            raise (AnswerLost if money else ProtocolError)(key, "simulated corrupt answers")
        mis.use("bad_lrc", code)
        mis.use("truncate", code)
        if mis.slow_ms:
            self._stop.wait(mis.slow_ms / 1000)

    def _declined(self, code: str, exc: SimDecline) -> TerminalError:
        if code in p.MONEY_MOVING and not means_not_done(exc.code):
            return AnswerLost("terminal.outcome_unclear", code=exc.code)
        return TerminalDeclined(exc.code)

    def _report(self, code: str) -> None:
        if self.progress is not None:
            self.progress(Progress(code, f"terminal.progress.{code}"))

    def ping(self) -> bool:
        try:
            self._link(p.POLL)
        except LinkError:
            return False
        return True

    def identify(self) -> TerminalIdentity:
        self._link(p.LAST_SALE)
        self._answer(p.LAST_SALE)
        return TerminalIdentity(self.terminal.terminal_id, self.terminal.commerce_code)

    def sale(self, amount_fen: int, ticket: str) -> Transaction:
        self._link(p.SALE)
        self._report("waiting")
        try:
            sale = self.terminal.sale(amount_fen, ticket)
        except SimDecline as exc:
            self._answer(p.SALE)
            raise self._declined(p.SALE, exc) from None
        self._answer(p.SALE)
        self._report("done")
        return _transaction(self.terminal, sale)

    def void(self, operation_no: str, amount_fen: int | None = None) -> VoidResult:
        self._link(p.VOID)
        self._report("waiting")
        try:
            void = self.terminal.void(operation_no)
        except SimDecline as exc:
            self._answer(p.VOID)
            raise self._declined(p.VOID, exc) from None
        self._answer(p.VOID)
        self._report("done")
        t = self.terminal
        return VoidResult(
            "00", True, t.commerce_code, t.terminal_id, void.auth_code, void.operation_no
        )

    def refund(self, amount_fen: int, original_rrn: str, original_date: dt.date) -> RefundResult:
        raise TerminalError("terminal.refund_unsupported")

    def last_transaction(self) -> Transaction:
        """The last sale, as the documented 0250 answer shows it (extended: the last record,
        a void included)."""
        self._link(p.LAST_SALE)
        t = self.terminal
        try:
            last = t.last_movement() if t.extended else t.last_sale()
        except SimDecline as exc:
            raise TerminalDeclined(exc.code) from None
        self._answer(p.LAST_SALE)
        return _transaction(self.terminal, last)

    def sales_journal(self) -> list[Transaction]:
        self._link(p.SALES_DETAIL)
        self._answer(p.SALES_DETAIL)
        return [_transaction(self.terminal, m) for m in self.terminal.sales()]

    def totals(self) -> Totals:
        self._link(p.TOTALS)
        self._answer(p.TOTALS)
        count, total = self.terminal.totals()
        return Totals("00", count, total)

    def close_batch(self) -> CloseResult:
        self._link(p.CLOSE)
        self.terminal.close_batch()
        self._answer(p.CLOSE)
        t = self.terminal
        return CloseResult("00", True, t.commerce_code, t.terminal_id)

    def close(self) -> None:
        self._stop.set()
