"""A simulated 微信支付 APIv3 (付款码支付 query / reverse, domestic refunds), signed like the real one.

It checks our Authorization (mchid, serial, timestamp, SHA256withRSA with the merchant's
public key: 401 SIGN_ERROR otherwise), keeps its own journal, and answers with the
documented fields and the Wechatpay-Signature / Timestamp / Nonce / Serial headers.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import secrets
import time
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from cryptography.hazmat.primitives.asymmetric import rsa

from app.clock import utcnow
from app.payments.qr import signing
from app.payments.qr.sim_journal import (
    Misbehaviour,
    SimJournal,
    SimRefund,
    SimState,
    SimTrade,
    as_json,
    new_number,
)
from app.payments.qr.sim_server import SimReply, SimRequest

_QUERY = re.compile(r"^/v3/pay/transactions/out-trade-no/([^/?]+)$")
_REVERSE = re.compile(r"^/v3/pay/transactions/out-trade-no/([^/?]+)/reverse$")
_REFUND_QUERY = re.compile(r"^/v3/refund/domestic/refunds/([^/?]+)$")
_STATE = {
    SimState.NOT_PAID: "NOTPAY",
    SimState.PAYING: "USERPAYING",
    SimState.PAID: "SUCCESS",
    SimState.FINISHED: "SUCCESS",
    SimState.CLOSED: "CLOSED",
    SimState.REVOKED: "REVOKED",
}
REVERSE_WINDOW = dt.timedelta(days=7)
REFUND_WINDOW = dt.timedelta(days=365)


class WechatSimulator:
    def __init__(
        self,
        mchid: str,
        appid: str,
        merchant_serial: str,
        merchant_public_key: rsa.RSAPublicKey,
        platform_private_key: rsa.RSAPrivateKey,
        platform_serial: str,
        journal: SimJournal | None = None,
        misbehaviour: Misbehaviour | None = None,
    ) -> None:
        self.mchid = mchid
        self.appid = appid
        self.merchant_serial = merchant_serial
        self.merchant_public_key = merchant_public_key
        self.platform_private_key = platform_private_key
        self.platform_serial = platform_serial
        self.journal = journal or SimJournal(merchant_id=mchid)
        self.misbehaviour = misbehaviour or Misbehaviour()

    # --- the wire -----------------------------------------------------------------------

    def handle(self, request: SimRequest) -> SimReply:
        path = urlsplit(request.path).path
        operation, key = self._route(request.method, path)
        mb = self.misbehaviour
        delay = mb.slow_ms / 1000 if mb.take("slow_ms", operation) and mb.slow_ms > 0 else 0.0
        if mb.take("timeout", operation):
            return SimReply(hang=True, hang_s=mb.hang_s)
        if mb.take("http_500", operation) or mb.take("busy", operation):
            return self.signed(500, _error("SYSTEM_ERROR", "系统错误"), delay=delay)
        refusal = self._check(request)
        if refusal is not None:
            return self.signed(*refusal, delay=delay)
        if not operation:
            return self.signed(404, _error("NOT_FOUND", "请求的资源不存在"), delay=delay)
        with self.journal.lock:
            self.journal.requests.append((operation, key))
            status, payload = self._act(operation, key, request)
            if mb.take("lose_answer", operation):
                return SimReply(drop=True, delay_s=delay)
        return self.signed(status, payload, bad=mb.take("bad_signature", operation), delay=delay)

    def signed(
        self, status: int, payload: dict[str, Any] | None, bad: bool = False, delay: float = 0.0
    ) -> SimReply:
        body = as_json(payload) if payload is not None else b""
        timestamp = str(int(time.time()))
        nonce = secrets.token_hex(16).upper()
        signature = signing.sign(
            self.platform_private_key, signing.wechat_answer_message(timestamp, nonce, body)
        )
        if bad:
            signature = signing.sign(
                self.platform_private_key,
                signing.wechat_answer_message(timestamp, nonce, body + b" "),
            )
        headers = {
            "Content-Type": "application/json; charset=utf-8",
            "Wechatpay-Nonce": nonce,
            "Wechatpay-Signature": signature,
            "Wechatpay-Timestamp": timestamp,
            "Wechatpay-Serial": self.platform_serial,
            "Wechatpay-Signature-Type": "WECHATPAY2-SHA256-RSA2048",
            "Request-ID": secrets.token_hex(16),
        }
        return SimReply(status, body, headers, delay_s=delay)

    def _route(self, method: str, path: str) -> tuple[str, str]:
        if method == "GET" and (m := _QUERY.match(path)):
            return "query", unquote(m.group(1))
        if method == "POST" and (m := _REVERSE.match(path)):
            return "cancel", unquote(m.group(1))
        if method == "POST" and path == "/v3/refund/domestic/refunds":
            return "refund", ""
        if method == "GET" and (m := _REFUND_QUERY.match(path)):
            return "refund_query", unquote(m.group(1))
        return "", ""

    def _check(self, request: SimRequest) -> tuple[int, dict[str, Any]] | None:
        """The gateway's own checks: who signed, with which key, when."""
        fields = signing.parse_wechat_authorization(request.headers.get("authorization", ""))
        if not fields:
            return 401, _error("SIGN_ERROR", "Authorization 缺失或格式错误")
        if fields.get("mchid") != self.mchid:
            return 401, _error("SIGN_ERROR", "商户号与签名不符")
        if fields.get("serial_no", "").upper() != self.merchant_serial.upper():
            return 401, _error("SIGN_ERROR", "商户证书序列号不对")
        try:
            age = abs(time.time() - int(fields.get("timestamp", "")))
        except ValueError:
            age = 1e9
        if age > 300:
            return 401, _error("SIGN_ERROR", "请求时间戳过期")
        message = signing.wechat_request_message(
            request.method,
            request.path,
            fields.get("timestamp", ""),
            fields.get("nonce_str", ""),
            request.body.decode("utf-8", "replace"),
        )
        if not signing.verify(self.merchant_public_key, message, fields.get("signature", "")):
            return 401, _error("SIGN_ERROR", "签名错误")
        return None

    # --- the books ------------------------------------------------------------------------

    def _act(
        self, operation: str, key: str, request: SimRequest
    ) -> tuple[int, dict[str, Any] | None]:
        try:
            body = json.loads(request.body) if request.body else {}
        except ValueError:
            return 400, _error("PARAM_ERROR", "请求体不是 JSON")
        if operation == "query":
            query = parse_qs(urlsplit(request.path).query)
            if query.get("mchid") != [self.mchid]:
                return 400, _error("PARAM_ERROR", "mchid 不对")
            trade = self.journal.find(key)
            if trade is None:
                return 404, _error("ORDER_NOT_EXIST", "订单不存在")
            self.journal.poll(trade)
            return 200, self._transaction(trade)
        if operation == "cancel":
            return self._reverse(key, body)
        if operation == "refund":
            return self._refund(body)
        return self._refund_query(key)

    def _transaction(self, trade: SimTrade) -> dict[str, Any]:
        state = "REFUND" if trade.refunds and trade.state == SimState.PAID else _STATE[trade.state]
        if trade.state == SimState.REVOKED:
            state = "REVOKED"
        data: dict[str, Any] = {
            "appid": self.appid,
            "mchid": trade.merchant_id or self.mchid,
            "out_trade_no": trade.out_trade_no,
            "transaction_id": trade.trade_no,
            "trade_type": "MICROPAY",
            "trade_state": state,
            "trade_state_desc": state,
            "amount": {
                "total": trade.amount_fen,
                "payer_total": trade.amount_fen,
                "currency": "CNY",
                "payer_currency": "CNY",
            },
        }
        paid_at = self.journal.paid_at(trade)
        if paid_at:
            data["success_time"] = paid_at.astimezone(dt.timezone(dt.timedelta(hours=8))).isoformat(
                timespec="seconds"
            )
        return data

    def _reverse(self, key: str, body: dict[str, Any]) -> tuple[int, dict[str, Any] | None]:
        answer = {"appid": self.appid, "mchid": self.mchid, "out_trade_no": key}
        if self.misbehaviour.take("lying_reverse", "cancel"):
            return 200, answer  # the documented pitfall: "success", nothing done
        if body.get("mchid") != self.mchid or body.get("appid") != self.appid:
            return 400, _error("PARAM_ERROR", "mchid 或 appid 不对")
        trade = self.journal.find(key)
        if trade is None:
            return 404, _error("ORDER_NOT_EXIST", "订单不存在")
        if trade.state in (SimState.NOT_PAID, SimState.PAYING):
            trade.state = SimState.REVOKED
        elif trade.state == SimState.PAID:
            paid_at = self.journal.paid_at(trade) or utcnow()
            if utcnow() - paid_at > REVERSE_WINDOW or trade.refunds:
                return 403, _error("TRADE_ERROR", "订单已超过可撤销期限或已退款，请使用退款")
            trade.refunds["REVERSE-" + key] = SimRefund(
                "REVERSE-" + key, trade.amount_fen, new_number(), utcnow().isoformat()
            )
            trade.state = SimState.REVOKED
            trade.reversed_paid = True
        elif trade.state != SimState.REVOKED:
            return 403, _error("TRADE_ERROR", "订单状态不允许撤销")
        self.journal.save()
        return 200, answer

    def _refund(self, body: dict[str, Any]) -> tuple[int, dict[str, Any] | None]:
        trade = self.journal.find(str(body.get("out_trade_no", "")))
        amount = body.get("amount") or {}
        refund_no = str(body.get("out_refund_no", ""))
        if not refund_no or not isinstance(amount, dict):
            return 400, _error("PARAM_ERROR", "缺少 out_refund_no 或 amount")
        if trade is None:
            return 404, _error("ORDER_NOT_EXIST", "订单不存在")
        refund_fen, total_fen = amount.get("refund"), amount.get("total")
        if not isinstance(refund_fen, int) or refund_fen <= 0 or total_fen != trade.amount_fen:
            return 400, _error("PARAM_ERROR", "退款金额或订单金额不对")
        earlier = trade.refunds.get(refund_no)
        if earlier is not None:
            if earlier.amount_fen != refund_fen:
                return 400, _error("INVALID_REQUEST", "同一退款单号的退款金额与之前不一致")
            return 200, self._refund_fields(trade, earlier)
        if trade.state != SimState.PAID:
            return 400, _error("INVALID_REQUEST", "订单状态不允许退款")
        paid_at = self.journal.paid_at(trade) or utcnow()
        if utcnow() - paid_at > REFUND_WINDOW:
            return 400, _error("INVALID_REQUEST", "订单已超过退款期限")
        if trade.refunded_fen + refund_fen > trade.amount_fen:
            return 400, _error("INVALID_REQUEST", "申请退款金额超过订单可退金额")
        refund = SimRefund(refund_no, refund_fen, new_number(), utcnow().isoformat())
        if self.misbehaviour.refund_processing > 0:
            refund.pending_polls = self.misbehaviour.refund_processing
        trade.refunds[refund_no] = refund
        self.journal.save()
        return 200, self._refund_fields(trade, refund)

    def _refund_query(self, refund_no: str) -> tuple[int, dict[str, Any] | None]:
        for trade in self.journal.trades.values():
            refund = trade.refunds.get(refund_no)
            if refund is not None:
                fields = self._refund_fields(trade, refund)
                if refund.pending_polls > 0:
                    refund.pending_polls -= 1
                    self.journal.save()
                return 200, fields
        return 404, _error("RESOURCE_NOT_EXISTS", "退款单不存在")

    def _refund_fields(self, trade: SimTrade, refund: SimRefund) -> dict[str, Any]:
        return {
            "refund_id": refund.refund_id,
            "out_refund_no": refund.out_refund_no,
            "transaction_id": trade.trade_no,
            "out_trade_no": trade.out_trade_no,
            "channel": "ORIGINAL",
            "user_received_account": "支付用户零钱",
            "create_time": refund.created_at,
            "status": refund.status,
            "amount": {
                "total": trade.amount_fen,
                "refund": refund.amount_fen,
                "payer_total": trade.amount_fen,
                "payer_refund": refund.amount_fen,
                "currency": "CNY",
            },
        }


def _error(code: str, message: str) -> dict[str, Any]:
    return {"code": code, "message": message}
