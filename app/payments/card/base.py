"""The one interface every card-terminal driver offers, and its typed results and errors.

The workflow (step 5) only ever talks to a terminal through `TerminalDriver`.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable


class Capability(enum.Enum):
    PING = "ping"
    VOID = "void"
    REFUND = "refund"  # refund without the card; POS Integrado lacks it
    # A refund the terminal runs with the customer's card in hand (Concert's credit, type 1).
    REFUND_CARD_PRESENT = "refund_card_present"
    LAST_TRANSACTION = "last_transaction"
    SALES_JOURNAL = "sales_journal"
    CLOSE_BATCH = "close_batch"
    # The journal says which sales are voided (the documented POS Integrado answers do not;
    # the simulator adds it only behind an explicit switch): without it, reconciliation cannot
    # read a void off the journal.
    VOID_STATUS = "void_status"
    # The terminal reports its own terminal id (POS Integrado does, in its answers); without
    # it the identity is the counter's setting, and cannot catch a terminal swapped over.
    REPORTS_IDENTITY = "reports_identity"


@dataclass(frozen=True)
class TerminalIdentity:
    """Which terminal answered: an intent records it, and only that terminal may settle it."""

    terminal_id: str  # as the terminal reports it (or, when it cannot, the counter's setting)
    commerce_code: str = ""
    reported: bool = True  # False: the protocol never says; taken from the counter's setting


@dataclass(frozen=True)
class VoidResult:
    response_code: str
    approved: bool
    commerce_code: str
    terminal_id: str
    auth_code: str
    operation_no: str


@dataclass(frozen=True)
class RefundResult:
    response_code: str
    approved: bool
    auth_code: str
    operation_no: str
    rrn: str
    amount_fen: int


@dataclass(frozen=True)
class Transaction:
    """A sale (or the last transaction) as the terminal reports it."""

    response_code: str
    commerce_code: str
    terminal_id: str
    ticket: str
    auth_code: str
    amount_fen: int
    card_last4: str
    operation_no: str
    card_type: str
    accounting_date: str
    account_number: str
    card_brand: str
    real_date: str
    real_time: str
    employee_id: str
    tip_fen: int
    instalments_number: int = 0
    instalments_amount_fen: int = 0
    # The command that moved this money: "0200" a sale, "1200" a void.
    function_code: str = "0250"
    occurred_at: dt.datetime | None = None
    voided: bool = False
    # For a void: the operation number it voided; for a voided sale: the void's
    # operation number. Only terminals that report it (the simulator) fill it in.
    linked_operation_no: str = ""


@dataclass(frozen=True)
class CloseResult:
    response_code: str
    approved: bool
    commerce_code: str
    terminal_id: str


@dataclass(frozen=True)
class Totals:
    """The `0700` answer: sales still in the terminal's open batch."""

    response_code: str
    count: int
    total_fen: int


@dataclass(frozen=True)
class Progress:
    """A `0900` progress frame, or a link-level stage the driver reports."""

    code: str
    message_key: str


ProgressCallback = Callable[[Progress], None]


class TerminalError(Exception):
    """Base of every error a driver raises. `key` names a message in app.messages."""

    def __init__(self, key: str, detail: str = "", **params: object) -> None:
        super().__init__(f"{key}: {detail}" if detail else key)
        self.key = key
        self.detail = detail
        self.params = params


class LinkError(TerminalError):
    """The command provably never reached the terminal: the port would not open, nothing was
    written, or the terminal NAKed every send. For a money-moving command this, and only
    this, means "the money did not move" (a retry is safe)."""


class ProtocolError(TerminalError):
    """The terminal answered with bytes that do not parse."""


class AnswerLost(TerminalError):
    """The outcome of a money-moving command is unknown: its frame was written but no ACK came
    ("terminal.ack_lost"), it was ACKed but no readable answer came ("terminal.answer_lost"),
    or the answer's code says the outcome is unclear ("terminal.outcome_unclear", e.g. 16,
    65, 94). The money may or may not have moved: never resend blindly; reconcile.
    """


class TerminalDeclined(TerminalError):
    """The terminal answered with a response code that means the command was not done."""

    def __init__(self, response_code: str, detail: str = "") -> None:
        super().__init__(f"terminal.rc.{response_code}", detail, code=response_code)
        self.response_code = response_code


@runtime_checkable
class TerminalDriver(Protocol):
    name: str
    capabilities: frozenset[Capability]
    simulated: bool

    def ping(self) -> bool: ...

    def identify(self) -> TerminalIdentity:
        """The terminal's own id (a read, never a money move); LinkError when unreachable."""
        ...

    def void(self, operation_no: str, amount_fen: int | None = None) -> VoidResult:
        """Void the sale `operation_no` of `amount_fen` (the full amount). A protocol that names
        the sale by its amount (Concert's cancellation) needs it; one that names it by its
        operation number (POS Integrado) may ignore it."""
        ...

    def refund(
        self, amount_fen: int, original_rrn: str, original_date: dt.date
    ) -> RefundResult: ...

    def last_transaction(self) -> Transaction: ...

    def sales_journal(self) -> list[Transaction]: ...

    def close_batch(self) -> CloseResult: ...

    def close(self) -> None: ...


@dataclass
class ProgressSink:
    """Collects progress reports; the UI passes its own callable instead."""

    seen: list[Progress] = field(default_factory=list)

    def __call__(self, progress: Progress) -> None:
        self.seen.append(progress)
