"""A QR provider as a step-5 `Channel`: query first, act second, query again — only the
query's state counts.

- 撤销 (VOID): alipay.trade.cancel / 微信 reverse, then the trade query: REVOKED or CLOSED →
  moved (for an unpaid trade: closed, no money moved); still paid → not confirmed, and asking
  again decides (a reverse has been seen to say success while nothing happened).
- 退款 (REFUND): the refund under the intent's fixed key, then the refund query under the
  same key. After a timeout, a 5xx, a busy code, a bad signature or a crash the refund query
  decides; a refund the provider never received is re-sent under the *same* key, never a new
  one, so a copy still in flight cannot add a second refund.
"""

from __future__ import annotations

from app.clock import utcnow
from app.errors import DomainError
from app.money import format_fen
from app.payments.channel import ChannelCapability, MoneyRequest, Moved, NotMoved, Outcome, Unknown
from app.payments.qr.base import (
    NotSent,
    OutcomeUnknown,
    QrError,
    QrProvider,
    RefundAnswer,
    RefundState,
    Refused,
    TradeAnswer,
    TradeState,
)
from app.payments.qr.codes import describe

GONE = (TradeState.REVOKED, TradeState.CLOSED)


def _params(error: QrError, provider: str) -> dict[str, object]:
    return {**error.params, "detail": error.detail or "-", "provider": provider}


class QrChannel:
    def __init__(self, provider: QrProvider, *, counter_id: str) -> None:
        self.provider = provider
        self.counter_id = counter_id
        self.kind = "QR_" + provider.name.value.upper()
        self.name = f"{provider.name.value}:{provider.info.merchant_id}"
        self.simulated = "127.0.0.1" in provider.info.gateway_url
        # The money is at the provider, not on this counter's terminal: any counter may act.
        self.capabilities = frozenset(
            {
                ChannelCapability.VOID,
                ChannelCapability.REFUND,
                ChannelCapability.ASK,
                ChannelCapability.SAFE_RESEND,
                ChannelCapability.ANY_COUNTER,
                ChannelCapability.IDEMPOTENT,
            }
        )
        self.last_query: TradeAnswer | None = None
        # out_trade_no → whether the trade held money when this channel checked it before a
        # 撤销 (the fee effect: an unpaid trade closed returns no fee)
        self.charged_before: dict[str, bool] = {}

    @property
    def _who(self) -> str:
        return self.provider.name.value

    def configured_terminal_no(self) -> str:
        return ""

    def reachable(self) -> bool:
        try:
            self.provider.query("GUADANPING" + utcnow().strftime("%H%M%S"))
        except (NotSent, OutcomeUnknown):
            return False
        except Refused:
            return True
        return True

    def identity(self) -> str:
        return self.provider.info.merchant_id

    # --- before the intent ------------------------------------------------------------------

    def preflight(self, request: MoneyRequest) -> str:
        """The trade must be where the order says, for the order's amount, and still hold
        money to move (or, for 撤销 of an unpaid trade, still be open)."""
        if not request.out_trade_no:
            raise DomainError("qr.no_out_trade_no")
        answer = self.query(request.out_trade_no)
        if answer.amount_fen is not None and answer.amount_fen != request.original_amount_fen:
            raise DomainError(
                "qr.amount_mismatch",
                provider=self._who,
                theirs=format_fen(answer.amount_fen),
                till=format_fen(request.original_amount_fen),
            )
        mine = self.provider.info.merchant_id
        if answer.merchant_id and answer.merchant_id != mine:
            raise DomainError(
                "qr.merchant_mismatch", provider=self._who, theirs=answer.merchant_id, mine=mine
            )
        state = answer.state
        if request.route == "VOID":
            self.charged_before[request.out_trade_no] = state.charged
            if state in (*GONE, TradeState.NOT_FOUND):
                raise DomainError(f"qr.nothing_to_do.{state.value}", provider=self._who)
            if state.charged and not self.provider.capabilities.may_cancel_paid(
                answer.paid_at, utcnow()
            ):
                raise DomainError("qr.cancel_not_allowed", provider=self._who)
        elif state not in (TradeState.PAID, TradeState.REFUNDED):
            raise DomainError(f"qr.refund_not_possible.{state.value}", provider=self._who)
        return mine

    def query(self, out_trade_no: str) -> TradeAnswer:
        """查单, with the provider's errors turned into the words a DomainError carries."""
        try:
            answer = self.provider.query(out_trade_no)
        except NotSent as exc:
            raise DomainError("qr.offline", provider=self._who) from exc
        except QrError as exc:
            raise DomainError(
                "qr.query_failed", provider=self._who, detail=describe(exc, self._who)
            ) from exc
        self.last_query = answer
        return answer

    # --- the money ---------------------------------------------------------------------------

    def send(self, request: MoneyRequest) -> Outcome:
        try:
            if request.route == "VOID":
                self.provider.cancel(request.out_trade_no)
            else:
                self.provider.refund(
                    request.out_trade_no,
                    request.idempotency_key,
                    request.amount_fen,
                    request.original_amount_fen,
                    "撤销挂单",
                )
        except NotSent as exc:  # nothing reached the provider: no copy can land later
            return NotMoved(exc.key, params=_params(exc, self._who))
        except Refused as exc:
            return NotMoved(exc.key, exc.code[:4], params=_params(exc, self._who))
        except OutcomeUnknown as exc:
            return Unknown(exc.key, params=_params(exc, self._who), resend_safe=True)
        return self._confirm(request, after_send=True)

    def ask(self, request: MoneyRequest) -> Outcome:
        return self._confirm(request, after_send=False)

    def resend(self, request: MoneyRequest) -> Outcome:
        """The same request under the same key: the provider does it at most once."""
        return self.send(request)

    def _confirm(self, request: MoneyRequest, *, after_send: bool) -> Outcome:
        """Only the query's state counts."""
        try:
            if request.route == "VOID":
                answer = self.provider.query(request.out_trade_no)
                return self._void_state(answer, after_send, request.out_trade_no)
            return self._refund_state(
                self.provider.refund_query(request.out_trade_no, request.idempotency_key)
            )
        except QrError as exc:
            return Unknown(exc.key, params=_params(exc, self._who), resend_safe=True)

    def _void_state(self, answer: TradeAnswer, after_send: bool, out_trade_no: str) -> Outcome:
        self.last_query = answer
        evidence = answer.raw.body
        if answer.state in GONE:
            params: dict[str, object] = {"state": answer.state.value}
            if out_trade_no in self.charged_before:
                params["charged"] = self.charged_before[out_trade_no]
            return Moved(
                response_code=answer.provider_state[:4],
                operation_no=answer.trade_no[-20:],
                note_key="qr.void_done",
                evidence=evidence,
                params=params,
            )
        if after_send:
            return Unknown("qr.void_unconfirmed", params={"provider": self._who})
        # Asked again and the trade still holds the money: the 撤销 did nothing.
        return NotMoved("qr.void_did_nothing", params={"provider": self._who})

    def _refund_state(self, answer: RefundAnswer) -> Outcome:
        if answer.state in (RefundState.SUCCESS, RefundState.PROCESSING):
            return Moved(
                response_code=answer.state.value[:4],
                operation_no=(answer.refund_id or answer.out_refund_no)[-20:],
                note_key=f"qr.refund.{answer.state.value}",
                evidence=answer.raw.body,
                params={"amount": answer.amount_fen},
            )
        if answer.state is RefundState.CLOSED:
            return NotMoved("qr.refund.CLOSED", params={"provider": self._who})
        if answer.state is RefundState.ABNORMAL:
            return Unknown("qr.refund.ABNORMAL", params={"provider": self._who})
        # Not received (yet): never a new key; the same request again is safe.
        return Unknown("qr.refund_not_received", params={"provider": self._who}, resend_safe=True)

    def close(self) -> None:
        self.provider.close()
