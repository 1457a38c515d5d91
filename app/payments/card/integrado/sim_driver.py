"""A `TerminalDriver` straight onto a `SimulatedTerminal`: no bytes, the same rules (the demo
and the tests' fast path)."""

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
from app.payments.card.integrado import protocol as p
from app.payments.card.integrado.sim_terminal import (
    ALWAYS,
    Movement,
    SimDecline,
    SimulatedTerminal,
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
        voided=m.voided,
        linked_operation_no=m.linked_operation_no,
    )


@dataclass
class InProcessSimulatorDriver:
    """A `TerminalDriver` straight onto a `SimulatedTerminal` (no bytes, same rules)."""

    terminal: SimulatedTerminal = field(default_factory=SimulatedTerminal)
    progress: ProgressCallback | None = None
    name: str = "simulator"
    capabilities: frozenset[Capability] = frozenset(
        {
            Capability.PING,
            Capability.VOID,
            Capability.LAST_TRANSACTION,
            Capability.SALES_JOURNAL,
            Capability.CLOSE_BATCH,
            Capability.VOID_STATUS,
            Capability.REPORTS_IDENTITY,
        }
    )
    simulated: bool = True
    _stop: threading.Event = field(default_factory=threading.Event)

    def _link(self) -> None:
        mis = self.terminal.misbehaviour
        if mis.ignore == ALWAYS:
            raise LinkError("terminal.link.no_ack")
        if mis.nak == ALWAYS:
            raise LinkError("terminal.link.nak")
        mis.use("ignore")
        mis.use("nak")  # a single NAK or silence is recovered by a resend

    def _answer(self, money: bool) -> None:
        mis = self.terminal.misbehaviour
        if money and mis.use("drop_answer"):
            raise AnswerLost("terminal.answer_lost", "simulated dropped answer")
        if mis.bad_lrc == ALWAYS or mis.truncate == ALWAYS:
            key = "terminal.answer_lost" if money else "terminal.link.bad_lrc"
            raise (AnswerLost if money else ProtocolError)(key, "simulated corrupt answers")
        mis.use("bad_lrc")
        mis.use("truncate")
        if mis.slow_ms:
            self._stop.wait(mis.slow_ms / 1000)

    def _report(self, code: str) -> None:
        if self.progress is not None:
            self.progress(Progress(code, f"terminal.progress.{code}"))

    def ping(self) -> bool:
        try:
            self._link()
        except LinkError:
            return False
        return True

    def identify(self) -> TerminalIdentity:
        self._link()
        self._answer(False)
        return TerminalIdentity(self.terminal.terminal_id, self.terminal.commerce_code)

    def sale(self, amount_fen: int, ticket: str) -> Transaction:
        self._link()
        self._report("waiting")
        try:
            sale = self.terminal.sale(amount_fen, ticket)
        except SimDecline as exc:
            self._answer(False)
            raise TerminalDeclined(exc.code) from None
        self._answer(True)
        self._report("done")
        return _transaction(self.terminal, sale)

    def void(self, operation_no: str) -> VoidResult:
        self._link()
        self._report("waiting")
        try:
            void = self.terminal.void(operation_no)
        except SimDecline as exc:
            self._answer(False)
            raise TerminalDeclined(exc.code) from None
        self._answer(True)
        self._report("done")
        t = self.terminal
        return VoidResult(
            "00", True, t.commerce_code, t.terminal_id, void.auth_code, void.operation_no
        )

    def refund(self, amount_fen: int, original_rrn: str, original_date: dt.date) -> RefundResult:
        raise TerminalError("terminal.refund_unsupported")

    def last_transaction(self) -> Transaction:
        self._link()
        try:
            last = self.terminal.last_movement()
        except SimDecline as exc:
            raise TerminalDeclined(exc.code) from None
        self._answer(False)
        return _transaction(self.terminal, last)

    def sales_journal(self) -> list[Transaction]:
        self._link()
        self._answer(False)
        return [_transaction(self.terminal, m) for m in self.terminal.sales()]

    def totals(self) -> Totals:
        self._link()
        self._answer(False)
        count, total = self.terminal.totals()
        return Totals("00", count, total)

    def close_batch(self) -> CloseResult:
        self._link()
        self.terminal.close_batch()
        self._answer(True)
        t = self.terminal
        return CloseResult("00", True, t.commerce_code, t.terminal_id)

    def close(self) -> None:
        self._stop.set()
