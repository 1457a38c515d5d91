"""微信支付 APIv3 付款码支付: query, reverse (撤销), refund and refund query.

Each request carries `Authorization: WECHATPAY2-SHA256-RSA2048 …` signed with the merchant's
API key; each answer is believed only once its Wechatpay-Signature verifies with the stored
platform certificate (or 微信支付公钥) named by Wechatpay-Serial, within 5 minutes of now.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

from cryptography.hazmat.primitives.asymmetric import rsa

from app.clock import utcnow
from app.payments.qr import signing
from app.payments.qr.base import (
    BadSignature,
    CancelAction,
    CancelAnswer,
    Capabilities,
    Capability,
    OutcomeUnknown,
    ProviderInfo,
    ProviderName,
    RawAnswer,
    RefundAnswer,
    RefundState,
    Refused,
    TradeAnswer,
    TradeState,
)
from app.payments.qr.transport import Gateway, exchange

DEFAULT_GATEWAY = "https://api.mch.weixin.qq.com"
ANSWER_MAX_AGE = dt.timedelta(minutes=5)
USER_AGENT = "guadan (+QR refunds)"

_STATES = {
    "SUCCESS": TradeState.PAID,
    "REFUND": TradeState.REFUNDED,
    "NOTPAY": TradeState.NOT_PAID,
    "PAYERROR": TradeState.NOT_PAID,
    "USERPAYING": TradeState.PAYING,
    "CLOSED": TradeState.CLOSED,
    "REVOKED": TradeState.REVOKED,
}
_REFUND_STATES = {
    "SUCCESS": RefundState.SUCCESS,
    "PROCESSING": RefundState.PROCESSING,
    "CLOSED": RefundState.CLOSED,
    "ABNORMAL": RefundState.ABNORMAL,
}

CAPABILITIES = Capabilities(
    offered=frozenset(Capability),
    # 微信: 撤销 within 7 days of the payment, and not sooner than 15 s after it.
    cancel_paid_within=dt.timedelta(days=7),
    cancel_not_before=dt.timedelta(seconds=15),
    refund_within=dt.timedelta(days=365),
)


def _rfc3339(text: object) -> dt.datetime | None:
    try:
        moment = dt.datetime.fromisoformat(str(text))
    except ValueError:
        return None
    return moment if moment.tzinfo else None


def _fen(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise OutcomeUnknown("qr.answer.unreadable", f"amount {value!r}")
    return value


class WechatClient:
    """One store's 微信支付 merchant (mchid + appid), signing with its API private key."""

    name = ProviderName.WECHAT
    capabilities = CAPABILITIES

    def __init__(
        self,
        mchid: str,
        appid: str,
        serial_no: str,
        merchant_private_key: rsa.RSAPrivateKey,
        platform_key: rsa.RSAPublicKey,
        platform_serial: str,
        gateway: Gateway,
        clock: Callable[[], dt.datetime] = utcnow,
    ) -> None:
        self.mchid = mchid
        self.appid = appid
        self.serial_no = serial_no
        self._private_key = merchant_private_key
        self._platform_key = platform_key
        self.platform_serial = platform_serial
        self.gateway = gateway
        self._clock = clock
        self.info = ProviderInfo(
            ProviderName.WECHAT,
            mchid,
            gateway.url,
            signing.fingerprint(platform_key),
            {"appid": appid, "platform_serial": platform_serial},
        )

    # --- the exchange ---------------------------------------------------------------------

    def authorization(self, method: str, path: str, body: str) -> str:
        timestamp = str(int(self._clock().timestamp()))
        nonce = secrets.token_hex(16).upper()
        message = signing.wechat_request_message(method, path, timestamp, nonce, body)
        signature = signing.sign(self._private_key, message)
        return signing.wechat_authorization(self.mchid, self.serial_no, nonce, timestamp, signature)

    def call(
        self, method: str, path: str, payload: dict[str, Any] | None = None
    ) -> tuple[dict[str, Any], RawAnswer]:
        """The verified JSON answer of a 2xx, and the raw answer.

        A signed 4xx is a Refused with the provider's code; 5xx, an unsigned or badly signed
        answer, or unreadable bytes: OutcomeUnknown.
        """
        body = "" if payload is None else json.dumps(payload, ensure_ascii=False)
        full_path = self.gateway.base_path + path
        headers = {
            "Authorization": self.authorization(method, full_path, body),
            "Accept": "application/json",
            "Content-Type": "application/json",
            "User-Agent": USER_AGENT,
        }
        raw = exchange(self.gateway, method, full_path, body.encode("utf-8"), headers)
        if raw.status >= 500:
            raise OutcomeUnknown("qr.net.server_error", str(raw.status), raw=raw)
        self._verify(raw)
        try:
            data = json.loads(raw.body.decode("utf-8")) if raw.body else {}
        except (UnicodeDecodeError, ValueError) as exc:
            raise OutcomeUnknown("qr.answer.unreadable", "not JSON", raw=raw) from exc
        if not isinstance(data, dict):
            raise OutcomeUnknown("qr.answer.unreadable", "not an object", raw=raw)
        if 200 <= raw.status < 300:
            return data, raw
        if 400 <= raw.status < 500:
            code = str(data.get("code", "")) or f"HTTP_{raw.status}"
            if code == "SYSTEM_ERROR":
                raise OutcomeUnknown("qr.wechat.system_error", code, raw=raw)
            raise Refused(code, str(data.get("message", "")), raw=raw)
        raise OutcomeUnknown("qr.answer.unreadable", f"HTTP {raw.status}", raw=raw)

    def _verify(self, raw: RawAnswer) -> None:
        def bad(why: str) -> BadSignature:
            return BadSignature(
                "qr.answer.bad_signature",
                why,
                raw=RawAnswer(raw.status, raw.body, raw.headers, signature_ok=False),
            )

        signature = raw.header("Wechatpay-Signature")
        timestamp = raw.header("Wechatpay-Timestamp")
        nonce = raw.header("Wechatpay-Nonce")
        serial = raw.header("Wechatpay-Serial")
        if not (signature and timestamp and nonce):
            raise bad("missing")
        if serial.upper() != self.platform_serial.upper():
            raise bad(f"serial {serial!r}")  # another key: not one we were given to trust
        try:
            sent_at = dt.datetime.fromtimestamp(int(timestamp), dt.UTC)
        except (ValueError, OverflowError, OSError) as exc:
            raise bad("timestamp") from exc
        if abs(self._clock() - sent_at) > ANSWER_MAX_AGE:
            raise bad("stale")
        message = signing.wechat_answer_message(timestamp, nonce, raw.body)
        if not signing.verify(self._platform_key, message, signature):
            raise bad("mismatch")

    # --- the four operations --------------------------------------------------------------

    def query(self, out_trade_no: str) -> TradeAnswer:
        path = (
            f"/v3/pay/transactions/out-trade-no/{quote(out_trade_no, safe='')}"
            f"?mchid={quote(self.mchid, safe='')}"
        )
        try:
            data, raw = self.call("GET", path)
        except Refused as exc:
            if exc.code == "ORDER_NOT_EXIST" and exc.raw is not None:
                return TradeAnswer(
                    self.name, out_trade_no, TradeState.NOT_FOUND, exc.code, None, "", "",
                    None, exc.raw,
                )  # fmt: skip
            raise
        status = str(data.get("trade_state", ""))
        state = _STATES.get(status)
        if state is None:
            raise OutcomeUnknown("qr.answer.unreadable", f"trade_state {status!r}", raw=raw)
        amount = data.get("amount") or {}
        return TradeAnswer(
            provider=self.name,
            out_trade_no=str(data.get("out_trade_no", out_trade_no)),
            state=state,
            provider_state=status,
            amount_fen=_fen(amount.get("total")) if isinstance(amount, dict) else None,
            trade_no=str(data.get("transaction_id", "")),
            merchant_id=str(data.get("mchid", "")),
            paid_at=_rfc3339(data.get("success_time")),
            raw=raw,
        )

    def cancel(self, out_trade_no: str) -> CancelAnswer:
        path = f"/v3/pay/transactions/out-trade-no/{quote(out_trade_no, safe='')}/reverse"
        _, raw = self.call("POST", path, {"appid": self.appid, "mchid": self.mchid})
        # The answer names no action, and has been seen to say success while nothing
        # happened: the query that follows decides.
        return CancelAnswer(self.name, out_trade_no, CancelAction.UNKNOWN, "", raw)

    def refund(
        self, out_trade_no: str, out_refund_no: str, amount_fen: int, total_fen: int, reason: str
    ) -> RefundAnswer:
        payload = {
            "out_trade_no": out_trade_no,
            "out_refund_no": out_refund_no,
            "reason": reason[:80],
            "amount": {"refund": amount_fen, "total": total_fen, "currency": "CNY"},
        }
        data, raw = self.call("POST", "/v3/refund/domestic/refunds", payload)
        return self._refund_answer(out_trade_no, out_refund_no, data, raw)

    def refund_query(self, out_trade_no: str, out_refund_no: str) -> RefundAnswer:
        path = f"/v3/refund/domestic/refunds/{quote(out_refund_no, safe='')}"
        try:
            data, raw = self.call("GET", path)
        except Refused as exc:
            if exc.code == "RESOURCE_NOT_EXISTS" and exc.raw is not None:
                return RefundAnswer(
                    self.name, out_trade_no, out_refund_no, RefundState.NOT_FOUND, 0, None,
                    "", "", exc.raw,
                )  # fmt: skip
            raise
        return self._refund_answer(out_trade_no, out_refund_no, data, raw)

    def _refund_answer(
        self, out_trade_no: str, out_refund_no: str, data: dict[str, Any], raw: RawAnswer
    ) -> RefundAnswer:
        status = str(data.get("status", ""))
        state = _REFUND_STATES.get(status)
        if state is None:
            raise OutcomeUnknown("qr.answer.unreadable", f"status {status!r}", raw=raw)
        if data.get("out_refund_no", out_refund_no) != out_refund_no:
            raise OutcomeUnknown("qr.answer.unreadable", "another refund's answer", raw=raw)
        amount = data.get("amount") or {}
        return RefundAnswer(
            provider=self.name,
            out_trade_no=str(data.get("out_trade_no", out_trade_no)),
            out_refund_no=out_refund_no,
            state=state,
            amount_fen=_fen(amount.get("refund")) if isinstance(amount, dict) else 0,
            refunded_total_fen=None,
            trade_no=str(data.get("transaction_id", "")),
            refund_id=str(data.get("refund_id", "")),
            raw=raw,
        )

    def close(self) -> None:
        """Nothing held open: each call uses its own connection."""
