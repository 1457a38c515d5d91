"""A card terminal as a step-5 `Channel`: the driver's answers and errors turned into Moved /
NotMoved / Unknown, by the contract of app/payments/card/base.py:

- an approved answer moved the money; a decline that means "not done" did not;
- LinkError (the command provably never reached the terminal) did not;
- AnswerLost (sent but no ACK, ACKed but no answer, an unclear code) is unknown.

Before anything is sent the terminal must say it is the order's terminal, and (for a void)
hold the order's sale for the order's amount: operation numbers restart at 000001 on every
terminal, so a number alone names a sale only together with its terminal.
"""

from __future__ import annotations

from app.errors import DomainError
from app.payments.card.base import (
    AnswerLost,
    Capability,
    LinkError,
    TerminalDeclined,
    TerminalDriver,
    TerminalError,
    Transaction,
)
from app.payments.channel import (
    ChannelCapability,
    MoneyRequest,
    Moved,
    NotMoved,
    Outcome,
    Unknown,
)
from app.refs import same_number

VOIDED_BEFORE = "04"  # "already voided": the terminal never voids a sale twice


class CardTerminalChannel:
    kind = "CARD_TERMINAL"

    def __init__(self, driver: TerminalDriver, *, counter_id: str, terminal_no: str = "") -> None:
        self.driver = driver
        self.counter_id = counter_id
        self._terminal_no = terminal_no
        self.name = driver.name
        self.simulated = driver.simulated
        caps = driver.capabilities
        mine = {ChannelCapability.VOID} if Capability.VOID in caps else set()
        if caps & {Capability.REFUND, Capability.REFUND_CARD_PRESENT}:
            mine.add(ChannelCapability.REFUND)
        if caps & {Capability.VOID_STATUS, Capability.LAST_TRANSACTION}:
            mine.add(ChannelCapability.ASK)
        if Capability.REPORTS_IDENTITY in caps:
            mine.add(ChannelCapability.REPORTS_IDENTITY)
            # Re-sending a void is safe only to a terminal that proves it is the same one
            # (its reported id) and can show the sale first (its journal).
            if Capability.VOID in caps and Capability.SALES_JOURNAL in caps:
                mine.add(ChannelCapability.SAFE_RESEND)
        self.capabilities = frozenset(mine)

    # -- who and where ---------------------------------------------------------------------

    def configured_terminal_no(self) -> str:
        return self._terminal_no

    def reachable(self) -> bool:
        try:
            return bool(self.driver.ping())
        except TerminalError:
            return False

    def identity(self) -> str:
        try:
            return self.driver.identify().terminal_id.strip()
        except TerminalError as exc:
            raise DomainError.with_params(exc.key, exc.params) from exc

    def _require_same_terminal(self, expected: str) -> str:
        """The id the attached terminal reports; refuses when it is not `expected`."""
        try:
            identity = self.driver.identify()
        except TerminalError as exc:
            raise DomainError.with_params(exc.key, exc.params) from exc
        if identity.reported and identity.terminal_id.strip() != expected.strip():
            raise DomainError(
                "execute.wrong_terminal", reported=identity.terminal_id, expected=expected
            )
        return identity.terminal_id.strip() if identity.reported else expected.strip()

    def _sale(self, request: MoneyRequest) -> Transaction | None:
        """The order's sale in the terminal's open batch (None when the journal cannot be
        read by this protocol); DomainError when it is not there or not for this amount."""
        if Capability.SALES_JOURNAL not in self.driver.capabilities:
            return None
        try:
            journal = self.driver.sales_journal()
        except TerminalError as exc:
            raise DomainError.with_params(exc.key, exc.params) from exc
        for sale in journal:
            if sale.function_code == "1200":
                continue
            if same_number("operation_no", sale.operation_no, request.operation_no):
                if sale.amount_fen != request.original_amount_fen:
                    raise DomainError(
                        "execute.sale_mismatch",
                        amount=sale.amount_fen,
                        operation_no=request.operation_no,
                    )
                return sale
        raise DomainError("execute.sale_not_on_terminal", operation_no=request.operation_no)

    def preflight(self, request: MoneyRequest) -> str:
        identity = self._require_same_terminal(request.terminal_no)
        if request.route == "VOID":
            self._sale(request)
        return identity

    # -- moving money ----------------------------------------------------------------------

    def send(self, request: MoneyRequest) -> Outcome:
        try:
            if request.route == "VOID":
                void = self.driver.void(request.operation_no, request.original_amount_fen)
                return Moved(
                    void.response_code or "00",
                    void.auth_code,
                    void.operation_no,
                    identity=void.terminal_id,
                )
            if ChannelCapability.REFUND not in self.capabilities:
                return NotMoved("execute.manual_refund_required")
            if request.original_date is None:
                return NotMoved("verify.refund_needs_rrn")
            refund = self.driver.refund(request.amount_fen, request.rrn, request.original_date)
            return Moved(
                refund.response_code or "00", refund.auth_code, refund.operation_no, refund.rrn
            )
        except TerminalDeclined as declined:
            if declined.response_code == VOIDED_BEFORE and request.route == "VOID":
                # The sale was voided before this command (the terminal never voids twice):
                # the customer's money is back. The workflow checks no other case holds it.
                return self._voided_earlier(request)
            return NotMoved(declined.key, declined.response_code, dict(declined.params))
        except LinkError as exc:
            return NotMoved(exc.key or "terminal.link_failed", params=dict(exc.params))
        except AnswerLost as exc:
            return Unknown(
                exc.key,
                dict(exc.params),
                resend_safe=request.route == "VOID"
                and ChannelCapability.SAFE_RESEND in self.capabilities,
            )
        except TerminalError as exc:
            # Refused by the driver before a byte went out (a bad operation number, no
            # refund on this terminal): nothing moved.
            return NotMoved(exc.key, params=dict(exc.params))

    def _voided_earlier(self, request: MoneyRequest) -> Moved:
        """A 04: the void's own numbers, where the terminal's records give them."""
        try:
            sale = self._sale(request)
        except DomainError:
            sale = None
        if sale is not None and sale.voided and sale.linked_operation_no:
            return Moved(
                VOIDED_BEFORE,
                operation_no=sale.linked_operation_no,
                identity=sale.terminal_id,
                note_key="execute.voided_earlier",
            )
        return Moved(VOIDED_BEFORE, note_key="execute.voided_earlier_no_numbers")

    def ask(self, request: MoneyRequest) -> Outcome:
        """Read the terminal's own records; never send the command again."""
        resend_safe = request.route == "VOID" and ChannelCapability.SAFE_RESEND in self.capabilities
        try:
            self._require_same_terminal(request.terminal_no)
        except DomainError as exc:
            return Unknown(exc.key, dict(exc.params))
        if request.route != "VOID":
            # No terminal protocol here can say whether a refund went through.
            return Unknown("execute.outcome_unknown_refund")
        caps = self.driver.capabilities
        try:
            if Capability.LAST_TRANSACTION in caps:
                seen = self._last_shows_void(request)
                if seen is not None:
                    return seen
            if Capability.VOID_STATUS in caps:
                sale = self._sale(request)
                if sale is not None and sale.voided:
                    return Moved(
                        "00",
                        operation_no=sale.linked_operation_no,
                        identity=sale.terminal_id,
                        note_key="execute.reconciled_journal",
                    )
                if sale is not None:
                    return NotMoved("execute.not_moved")
        except DomainError as exc:
            return Unknown(exc.key, dict(exc.params), resend_safe=False)
        except TerminalError as exc:
            return Unknown(exc.key, dict(exc.params), resend_safe=resend_safe)
        return Unknown("execute.outcome_unknown", resend_safe=resend_safe)

    def _last_shows_void(self, request: MoneyRequest) -> Moved | None:
        try:
            last = self.driver.last_transaction()
        except TerminalDeclined:
            return None  # "no sale" (11) and the like: the journal may still tell
        if last.function_code == "1200" and same_number(
            "operation_no", last.linked_operation_no, request.operation_no
        ):
            return Moved(
                last.response_code or "00",
                last.auth_code,
                last.operation_no,
                identity=last.terminal_id,
                note_key="execute.reconciled_last",
            )
        return None

    def resend(self, request: MoneyRequest) -> Outcome:
        """Send the void again to the same, verified terminal, with its sale still there: the
        terminal answers 00 (it had not voided) or 04 (it had); either way one void only."""
        if request.route != "VOID" or ChannelCapability.SAFE_RESEND not in self.capabilities:
            return Unknown("execute.resend_not_safe")
        try:
            self._require_same_terminal(request.terminal_no)
            self._sale(request)
        except DomainError as exc:
            return Unknown(exc.key, dict(exc.params))
        outcome = self.send(request)
        if isinstance(outcome, NotMoved):
            # The earlier command's fate is still unknown: a refusal now says nothing of it.
            return Unknown(outcome.key, dict(outcome.params), resend_safe=True)
        return outcome

    def close(self) -> None:
        self.driver.close()
