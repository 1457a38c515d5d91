"""The one shape step 5 moves money through: a card terminal or a QR provider, each behind a
`Channel`. The workflow (app/workflow/execute.py, reconcile.py, manual.py) commits the intent,
calls the channel, and records what it says; the channel only talks to its counterpart and
says, in three words, what became of the money:

- `Moved`: the counterpart says the money went back (with its numbers);
- `NotMoved`: it provably did not (nothing reached the counterpart, or it refused): the
  intent closes and the step may be retried;
- `Unknown`: it may have moved (a lost answer, an unclear code, a crash): the intent stays
  open and the case is blocked until someone asks the counterpart again.

A channel never retries on its own and never guesses. Its `capabilities` tell the wizard what
it can offer (the wizard reads them, never the channel's name).
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable


class ChannelCapability(enum.Enum):
    VOID = "void"  # can cancel the original payment itself (撤销)
    REFUND = "refund"  # can send a refund (退货) without a person keying it in
    ASK = "ask"  # after a lost answer, can sometimes tell moved from not moved
    # After a lost answer, sending the same void again cannot move money twice (a terminal
    # that refuses a second void of one sale with 04): an explicit, audited step.
    SAFE_RESEND = "safe_resend"
    REPORTS_IDENTITY = "reports_identity"  # the counterpart says who it is (a terminal id)
    # The money is at a provider, not on one counter's terminal (QR): any counter may act.
    ANY_COUNTER = "any_counter"
    # Every request carries the intent's fixed key (QR out_request_no / out_refund_no): the
    # same request sent again, void or refund, is done at most once by the counterpart.
    IDEMPOTENT = "idempotent"


@dataclass(frozen=True)
class MoneyRequest:
    """What one intent asks of its channel: plain values, no database rows."""

    intent_id: uuid.UUID
    route: str  # "VOID" (撤销) or "REFUND" (退货): app.models.Route's values
    amount_fen: int  # what moves back
    original_amount_fen: int  # what the customer paid
    terminal_no: str  # the order's 终端号 (card) — the counterpart the money is at
    operation_no: str = ""  # the sale's operation number on the terminal (card void)
    rrn: str = ""  # 参考号 of the original payment (card refund)
    original_date: dt.date | None = None
    idempotency_key: str = ""  # fixed once per intent (QR: out_request_no / out_refund_no)
    out_trade_no: str = ""  # the till's order number at a QR provider
    provider_trade_no: str = ""  # the provider's own trade number


@dataclass(frozen=True)
class Moved:
    response_code: str = "00"
    auth_code: str = ""
    operation_no: str = ""  # the movement's own number (the void's operation number …)
    rrn: str = ""
    identity: str = ""  # the terminal id the answer came from ("" when it does not say)
    note_key: str = ""  # e.g. "execute.voided_earlier": how we know
    evidence: bytes = b""  # the counterpart's raw (signed) answer, kept as evidence
    params: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class NotMoved:
    key: str  # message key: why not, and what to do
    response_code: str = ""
    params: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Unknown:
    key: str
    params: dict[str, object] = field(default_factory=dict)
    resend_safe: bool = False  # an explicit re-send of the same void cannot move money twice


Outcome = Moved | NotMoved | Unknown


@runtime_checkable
class Channel(Protocol):
    """A counterpart that holds the customer's money: a card terminal, a QR provider."""

    kind: str  # "CARD_TERMINAL", "QR_ALIPAY", … (for the record, never for branching)
    name: str  # what the window shows: "POS Integrado (COM3)", "模拟终端" …
    simulated: bool
    capabilities: frozenset[ChannelCapability]
    counter_id: str  # the counter this channel belongs to (the PC that drives it)

    def configured_terminal_no(self) -> str:
        """The 终端号 this counter is bound to ("" = the store's only terminal)."""
        ...

    def reachable(self) -> bool:
        """Whether the counterpart answers now (a read; never moves money)."""
        ...

    def identity(self) -> str:
        """Who the counterpart says it is (a terminal id); DomainError when unreachable."""
        ...

    def preflight(self, request: MoneyRequest) -> str:
        """Before the intent: check the money is where the order says (the sale on this
        terminal, for this amount). Returns the identity to record on the intent; raises
        DomainError when sending would touch someone else's money."""
        ...

    def send(self, request: MoneyRequest) -> Outcome: ...

    def ask(self, request: MoneyRequest) -> Outcome:
        """After a lost answer: what became of the request, without sending it again."""
        ...

    def resend(self, request: MoneyRequest) -> Outcome:
        """The explicit, audited re-send (only with SAFE_RESEND)."""
        ...

    def close(self) -> None: ...
