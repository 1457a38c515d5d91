"""支付宝 当面付 (openapi gateway): query, cancel (撤销), refund and refund query, RSA2-signed.

Requests are form posts of the public parameters plus `biz_content` JSON, signed over their
sorted `k=v&…` string; every answer's `<method>_response` text is checked with 支付宝公钥
before a single field of it is believed.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

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

DEFAULT_GATEWAY = "https://openapi.alipay.com/gateway.do"
SANDBOX_GATEWAY = "https://openapi-sandbox.dl.alipaydev.com/gateway.do"
BEIJING = dt.timezone(dt.timedelta(hours=8))

_STATES = {
    "TRADE_SUCCESS": TradeState.PAID,
    "TRADE_FINISHED": TradeState.FINISHED,
    "WAIT_BUYER_PAY": TradeState.NOT_PAID,
    "TRADE_CLOSED": TradeState.CLOSED,
}
# 40004 sub_codes that mean "the gateway could not tell": the request may have been done.
_UNKNOWN_SUB_CODES = {"ACQ.SYSTEM_ERROR", "isp.unknow-error", "aop.ACQ.SYSTEM_ERROR"}
_YUAN = re.compile(r"^\d+(\.\d{1,2})?$")

CAPABILITIES = Capabilities(
    offered=frozenset(Capability),
    # 支付宝 cancels a *paid* trade only on the day it was paid (Beijing time); after that
    # the money goes back by refund. Unpaid trades may be cancelled (closed) at any time.
    cancel_paid_within=dt.timedelta(days=1),
    cancel_same_day_only=True,
    refund_within=dt.timedelta(days=365 * 3),
)


def yuan_to_fen(text: str) -> int:
    """ "88.88" → 8888; anything else is an unreadable answer (never goes through float)."""
    if not isinstance(text, str) or not _YUAN.match(text):
        raise OutcomeUnknown("qr.answer.unreadable", f"amount {text!r}")
    whole, _, frac = text.partition(".")
    return int(whole) * 100 + int(frac.ljust(2, "0") or "0")


def fen_to_yuan(fen: int) -> str:
    return f"{fen // 100}.{fen % 100:02d}"


def _beijing_time(text: str) -> dt.datetime | None:
    try:
        return dt.datetime.strptime(text, "%Y-%m-%d %H:%M:%S").replace(tzinfo=BEIJING)
    except (TypeError, ValueError):
        return None


class AlipayClient:
    """One store's 支付宝 application (app_id), signing with its private key."""

    name = ProviderName.ALIPAY
    capabilities = CAPABILITIES

    def __init__(
        self,
        app_id: str,
        app_private_key: rsa.RSAPrivateKey,
        alipay_public_key: rsa.RSAPublicKey,
        gateway: Gateway,
        clock: Callable[[], dt.datetime] = utcnow,
    ) -> None:
        self.app_id = app_id
        self._private_key = app_private_key
        self._alipay_key = alipay_public_key
        self.gateway = gateway
        self._clock = clock
        self.info = ProviderInfo(
            ProviderName.ALIPAY, app_id, gateway.url, signing.fingerprint(alipay_public_key)
        )

    # --- the exchange -------------------------------------------------------------------

    def signed_params(self, method: str, biz: dict[str, Any]) -> dict[str, str]:
        params = {
            "app_id": self.app_id,
            "method": method,
            "format": "JSON",
            "charset": "utf-8",
            "sign_type": "RSA2",
            "timestamp": self._clock().astimezone(BEIJING).strftime("%Y-%m-%d %H:%M:%S"),
            "version": "1.0",
            "biz_content": json.dumps(biz, ensure_ascii=False, separators=(",", ":")),
        }
        content = signing.alipay_sign_content(params)
        params["sign"] = signing.sign(self._private_key, content.encode("utf-8"))
        return params

    def call(self, method: str, biz: dict[str, Any]) -> tuple[dict[str, Any], RawAnswer]:
        """The verified `<method>_response` object with code 10000, and the raw answer.

        Raises OutcomeUnknown (busy, system error, retry_flag=Y, 5xx, unreadable), BadSignature,
        or Refused (a signed business refusal).
        """
        body = urlencode(self.signed_params(method, biz)).encode("ascii")
        path = self.gateway.base_path or "/gateway.do"
        raw = exchange(
            self.gateway,
            "POST",
            f"{path}?charset=utf-8",
            body,
            {"Content-Type": "application/x-www-form-urlencoded;charset=utf-8"},
        )
        content = self._verified(method, raw)
        code = str(content.get("code", ""))
        sub_code = str(content.get("sub_code", ""))
        if content.get("retry_flag") == "Y":
            raise OutcomeUnknown("qr.alipay.retry", code, raw=raw)
        if code == "10000":
            return content, raw
        if code == "20000" or sub_code in _UNKNOWN_SUB_CODES:
            raise OutcomeUnknown("qr.alipay.busy", f"{code} {sub_code}", raw=raw)
        if code in ("40001", "40002", "40003", "40004", "40006"):
            raise Refused(sub_code or code, str(content.get("sub_msg", "")), raw=raw)
        raise OutcomeUnknown("qr.answer.unreadable", f"code {code!r}", raw=raw)

    def _verified(self, method: str, raw: RawAnswer) -> dict[str, Any]:
        if raw.status >= 500:
            raise OutcomeUnknown("qr.net.server_error", str(raw.status), raw=raw)
        try:
            text = raw.body.decode("utf-8")
            spans = signing.top_level_spans(text)
            top = json.loads(text)
        except (UnicodeDecodeError, ValueError) as exc:
            raise OutcomeUnknown("qr.answer.unreadable", "not JSON", raw=raw) from exc
        name = method.replace(".", "_") + "_response"
        if name not in spans:
            name = "error_response"
        if name not in spans or not isinstance(top.get(name), dict):
            raise OutcomeUnknown("qr.answer.unreadable", "no response object", raw=raw)
        signature = top.get("sign")
        start, end = spans[name]
        if not isinstance(signature, str) or not signing.verify(
            self._alipay_key, text[start:end].encode("utf-8"), signature
        ):
            raise BadSignature(
                "qr.answer.bad_signature",
                "missing" if signature is None else "mismatch",
                raw=RawAnswer(raw.status, raw.body, raw.headers, signature_ok=False),
            )
        content: dict[str, Any] = top[name]
        return content

    # --- the four operations --------------------------------------------------------------

    def query(self, out_trade_no: str) -> TradeAnswer:
        try:
            content, raw = self.call("alipay.trade.query", {"out_trade_no": out_trade_no})
        except Refused as exc:
            if exc.code == "ACQ.TRADE_NOT_EXIST" and exc.raw is not None:
                return TradeAnswer(
                    self.name, out_trade_no, TradeState.NOT_FOUND, exc.code, None, "", "",
                    None, exc.raw,
                )  # fmt: skip
            raise
        status = str(content.get("trade_status", ""))
        state = _STATES.get(status)
        if state is None:
            raise OutcomeUnknown("qr.answer.unreadable", f"trade_status {status!r}", raw=raw)
        return TradeAnswer(
            provider=self.name,
            out_trade_no=str(content.get("out_trade_no", out_trade_no)),
            state=state,
            provider_state=status,
            amount_fen=yuan_to_fen(content.get("total_amount", "")),
            trade_no=str(content.get("trade_no", "")),
            merchant_id="",
            paid_at=_beijing_time(content.get("send_pay_date", "")),
            raw=raw,
        )

    def cancel(self, out_trade_no: str) -> CancelAnswer:
        content, raw = self.call("alipay.trade.cancel", {"out_trade_no": out_trade_no})
        action = {"close": CancelAction.CLOSED, "refund": CancelAction.REFUNDED}.get(
            str(content.get("action", "")), CancelAction.UNKNOWN
        )
        return CancelAnswer(self.name, out_trade_no, action, str(content.get("trade_no", "")), raw)

    def refund(
        self, out_trade_no: str, out_refund_no: str, amount_fen: int, total_fen: int, reason: str
    ) -> RefundAnswer:
        biz = {
            "out_trade_no": out_trade_no,
            "refund_amount": fen_to_yuan(amount_fen),
            "out_request_no": out_refund_no,
            "refund_reason": reason[:80],
        }
        content, raw = self.call("alipay.trade.refund", biz)
        # fund_change=N is also the answer to a repeat of a refund already made: only the
        # refund query says what happened under this out_request_no.
        moved = content.get("fund_change") == "Y"
        return RefundAnswer(
            provider=self.name,
            out_trade_no=out_trade_no,
            out_refund_no=out_refund_no,
            state=RefundState.SUCCESS if moved else RefundState.PROCESSING,
            amount_fen=amount_fen,
            refunded_total_fen=yuan_to_fen(content["refund_fee"])
            if "refund_fee" in content
            else None,
            trade_no=str(content.get("trade_no", "")),
            refund_id="",
            raw=raw,
        )

    def refund_query(self, out_trade_no: str, out_refund_no: str) -> RefundAnswer:
        biz = {
            "out_trade_no": out_trade_no,
            "out_request_no": out_refund_no,
            "query_options": ["gmt_refund_pay"],
        }
        content, raw = self.call("alipay.trade.fastpay.refund.query", biz)
        # 支付宝: an answer without refund_amount means it never received (or failed) this
        # refund; refund_status, when present, is REFUND_SUCCESS.
        status = str(content.get("refund_status", ""))
        if "refund_amount" not in content:
            state = RefundState.NOT_FOUND
        elif status in ("", "REFUND_SUCCESS"):
            state = RefundState.SUCCESS
        else:
            raise OutcomeUnknown("qr.answer.unreadable", f"refund_status {status!r}", raw=raw)
        return RefundAnswer(
            provider=self.name,
            out_trade_no=out_trade_no,
            out_refund_no=out_refund_no,
            state=state,
            amount_fen=yuan_to_fen(content["refund_amount"]) if "refund_amount" in content else 0,
            refunded_total_fen=None,
            trade_no=str(content.get("trade_no", "")),
            refund_id="",
            raw=raw,
        )

    def close(self) -> None:
        """Nothing held open: each call uses its own connection."""
