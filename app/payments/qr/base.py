"""The one interface every QR provider offers, in our words: trade states, answers, errors.

Step 5 only talks to a provider through `QrProvider`. Every answer keeps the provider's raw,
signed bytes (`raw`), which become hash-stored evidence on the case.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable


class ProviderName(enum.StrEnum):
    ALIPAY = "alipay"
    WECHAT = "wechat"


class TradeState(enum.StrEnum):
    """A trade as the provider's query reports it, in the cashier's terms."""

    PAID = "PAID"  # 已扣款: TRADE_SUCCESS / SUCCESS
    FINISHED = "FINISHED"  # 已扣款, no longer refundable (支付宝 TRADE_FINISHED)
    NOT_PAID = "NOT_PAID"  # 未扣款: WAIT_BUYER_PAY / NOTPAY / PAYERROR
    PAYING = "PAYING"  # 用户支付中: USERPAYING (may still turn PAID)
    CLOSED = "CLOSED"  # 已关闭: TRADE_CLOSED (unpaid closed, or 支付宝: fully refunded)
    REVOKED = "REVOKED"  # 已撤销 (微信 REVOKED)
    REFUNDED = "REFUNDED"  # 转入退款 (微信 REFUND: some or all of it refunded)
    NOT_FOUND = "NOT_FOUND"  # the provider has no such trade: nothing was charged

    @property
    def charged(self) -> bool:
        """The buyer's money reached the merchant (some of it may since have gone back)."""
        return self in (TradeState.PAID, TradeState.FINISHED, TradeState.REFUNDED)


class RefundState(enum.StrEnum):
    SUCCESS = "SUCCESS"  # 退款成功
    PROCESSING = "PROCESSING"  # 退款处理中: the money is on its way; query again later
    CLOSED = "CLOSED"  # 退款关闭: the refund did not happen
    ABNORMAL = "ABNORMAL"  # 退款异常: the provider could not pay it out (handle in its portal)
    NOT_FOUND = "NOT_FOUND"  # no refund under this request number: it did not happen

    @property
    def money_moved(self) -> bool:
        """The refund counts against the trade (done, or committed by the provider)."""
        return self in (RefundState.SUCCESS, RefundState.PROCESSING, RefundState.ABNORMAL)


class CancelAction(enum.StrEnum):
    CLOSED = "CLOSED"  # the trade was unpaid: closed, no money moved
    REFUNDED = "REFUNDED"  # the trade was paid: the provider refunds it whole
    UNKNOWN = "UNKNOWN"  # the provider did not say (微信 never does; 支付宝 when no trade)


class Capability(enum.Enum):
    QUERY = "query"
    CANCEL = "cancel"  # 撤销 (支付宝 alipay.trade.cancel / 微信 reverse)
    REFUND = "refund"
    PARTIAL_REFUND = "partial_refund"
    REFUND_QUERY = "refund_query"


@dataclass(frozen=True)
class RawAnswer:
    """The provider's answer exactly as it came off the wire, with what its signature covers."""

    status: int
    body: bytes
    headers: tuple[tuple[str, str], ...] = ()
    signature_ok: bool = True

    def header(self, name: str) -> str:
        low = name.lower()
        return next((v for k, v in self.headers if k.lower() == low), "")


@dataclass(frozen=True)
class TradeAnswer:
    provider: ProviderName
    out_trade_no: str
    state: TradeState
    provider_state: str  # the provider's own word (TRADE_SUCCESS, NOTPAY, …)
    amount_fen: int | None  # what the trade is for (None when the provider has no trade)
    trade_no: str  # the provider's trade number (支付宝 trade_no, 微信 transaction_id)
    merchant_id: str  # 微信 mchid as the answer reports it; 支付宝: empty (its answer has none)
    paid_at: dt.datetime | None
    raw: RawAnswer


@dataclass(frozen=True)
class CancelAnswer:
    provider: ProviderName
    out_trade_no: str
    action: CancelAction
    trade_no: str
    raw: RawAnswer


@dataclass(frozen=True)
class RefundAnswer:
    provider: ProviderName
    out_trade_no: str
    out_refund_no: str
    state: RefundState
    amount_fen: int  # this refund
    refunded_total_fen: int | None  # 支付宝 refund_fee: the trade's refunds so far; 微信: None
    trade_no: str
    refund_id: str  # 微信 refund_id; 支付宝 has none
    raw: RawAnswer


@dataclass(frozen=True)
class Capabilities:
    """What a provider allows and when: step 1 routes by these, never by the provider's name."""

    offered: frozenset[Capability]
    # 撤销 of a *paid* trade is allowed only within this window after payment …
    cancel_paid_within: dt.timedelta | None
    # … and not before this long after it (微信: at least 15 s after the payment).
    cancel_not_before: dt.timedelta = dt.timedelta(0)
    # 支付宝: a paid trade may be cancelled only on the day of payment, Beijing time.
    cancel_same_day_only: bool = False
    refund_within: dt.timedelta = dt.timedelta(days=365)

    def may_cancel_paid(self, paid_at: dt.datetime | None, now: dt.datetime) -> bool:
        if Capability.CANCEL not in self.offered:
            return False
        if paid_at is None:
            return False
        age = now - paid_at
        if age < self.cancel_not_before:
            return False
        if self.cancel_paid_within is not None and age > self.cancel_paid_within:
            return False
        if self.cancel_same_day_only:
            cst = dt.timezone(dt.timedelta(hours=8))
            return paid_at.astimezone(cst).date() == now.astimezone(cst).date()
        return True


class QrError(Exception):
    """Base of every provider error. `key` names a message in app.messages (qr.*)."""

    def __init__(self, key: str, detail: str = "", **params: object) -> None:
        super().__init__(f"{key}: {detail}" if detail else key)
        self.key = key
        self.detail = detail
        self.params = params


class NotSent(QrError):
    """The request provably never reached the provider (no connection, DNS, refused): nothing
    happened there, a retry with the same key is safe."""


class OutcomeUnknown(QrError):
    """The request may have been acted on: a timeout after sending, a 5xx, 支付宝 20000 or
    ACQ.SYSTEM_ERROR, retry_flag=Y, an unreadable answer, a bad or missing signature. Never
    success: query again, and re-use the same idempotency key."""

    def __init__(
        self, key: str, detail: str = "", raw: RawAnswer | None = None, **params: object
    ) -> None:
        super().__init__(key, detail, **params)
        self.raw = raw


class BadSignature(OutcomeUnknown):
    """The answer's signature is missing or does not verify with the stored provider key."""


class Refused(QrError):
    """The provider answered, signed, that it did not do it (40004 + sub_code, a 4xx code).
    `code` is the provider's own (ACQ.TRADE_NOT_EXIST, NOT_ENOUGH …)."""

    def __init__(self, code: str, detail: str = "", raw: RawAnswer | None = None) -> None:
        from app.payments.qr.codes import refusal_key

        super().__init__(refusal_key(code), detail, code=code)
        self.code = code
        self.raw = raw


@dataclass
class ProviderInfo:
    """Which store account a provider client speaks for (shown, audited, never secret)."""

    provider: ProviderName
    merchant_id: str  # 支付宝 app_id, 微信 mchid
    gateway_url: str
    key_fingerprint: str  # SHA-256 of the provider's public key as stored
    extra: dict[str, str] = field(default_factory=dict)


@runtime_checkable
class QrProvider(Protocol):
    """A QR provider's API. Every method raises NotSent, OutcomeUnknown or Refused only."""

    name: ProviderName
    capabilities: Capabilities
    info: ProviderInfo

    def query(self, out_trade_no: str) -> TradeAnswer: ...

    def cancel(self, out_trade_no: str) -> CancelAnswer: ...

    def refund(
        self, out_trade_no: str, out_refund_no: str, amount_fen: int, total_fen: int, reason: str
    ) -> RefundAnswer: ...

    def refund_query(self, out_trade_no: str, out_refund_no: str) -> RefundAnswer: ...

    def close(self) -> None: ...
