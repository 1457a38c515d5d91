"""A simulated 支付宝 openapi gateway: the four 当面付 methods, signed like the real one.

It checks our RSA2 request signature with the merchant's public key (40002
isv.invalid-signature otherwise), keeps its own trade journal, and answers only the
documented fields: code/msg/sub_code/sub_msg, trade_status, total_amount, action, retry_flag,
fund_change, refund_fee, refund_amount, refund_status.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from cryptography.hazmat.primitives.asymmetric import rsa

from app.clock import utcnow
from app.payments.qr import signing
from app.payments.qr.alipay import BEIJING, fen_to_yuan, yuan_to_fen
from app.payments.qr.base import OutcomeUnknown
from app.payments.qr.sim_journal import (
    Misbehaviour,
    SimJournal,
    SimRefund,
    SimState,
    SimTrade,
    new_number,
)
from app.payments.qr.sim_server import SimReply, SimRequest

OPERATIONS = {
    "alipay.trade.query": "query",
    "alipay.trade.cancel": "cancel",
    "alipay.trade.refund": "refund",
    "alipay.trade.fastpay.refund.query": "refund_query",
}
_STATUS = {
    SimState.NOT_PAID: "WAIT_BUYER_PAY",
    SimState.PAYING: "WAIT_BUYER_PAY",  # 支付宝 has no "paying" state of its own
    SimState.PAID: "TRADE_SUCCESS",
    SimState.FINISHED: "TRADE_FINISHED",
    SimState.CLOSED: "TRADE_CLOSED",
    SimState.REVOKED: "TRADE_CLOSED",
}
OK = {"code": "10000", "msg": "Success"}


def _fail(sub_code: str, sub_msg: str, code: str = "40004") -> dict[str, Any]:
    msg = "Business Failed" if code == "40004" else "Invalid Arguments"
    return {"code": code, "msg": msg, "sub_code": sub_code, "sub_msg": sub_msg}


class AlipaySimulator:
    def __init__(
        self,
        app_id: str,
        merchant_public_key: rsa.RSAPublicKey,
        alipay_private_key: rsa.RSAPrivateKey,
        journal: SimJournal | None = None,
        misbehaviour: Misbehaviour | None = None,
    ) -> None:
        self.app_id = app_id
        self.merchant_public_key = merchant_public_key
        self.alipay_private_key = alipay_private_key
        self.journal = journal or SimJournal(merchant_id=app_id)
        self.misbehaviour = misbehaviour or Misbehaviour()

    # --- the wire -----------------------------------------------------------------------

    def handle(self, request: SimRequest) -> SimReply:
        params = dict(parse_qsl(urlsplit(request.path).query))
        params.update(parse_qsl(request.body.decode("utf-8", "replace"), keep_blank_values=True))
        method = params.get("method", "")
        operation = OPERATIONS.get(method, "")
        mb = self.misbehaviour
        delay = mb.slow_ms / 1000 if mb.take("slow_ms", operation) and mb.slow_ms > 0 else 0.0
        if mb.take("timeout", operation):
            return SimReply(hang=True, hang_s=mb.hang_s)
        if mb.take("http_500", operation):
            return SimReply(500, b"<html>500 Internal Server Error</html>", delay_s=delay)
        name = (method or "error").replace(".", "_") + "_response"
        content = self._check(params)
        if content is None:
            with self.journal.lock:
                self.journal.requests.append((operation, _biz(params).get("out_trade_no", "")))
                if mb.take("busy", operation):
                    content = {
                        "code": "20000",
                        "msg": "Service Currently Unavailable",
                        "sub_code": "isp.unknow-error",
                        "sub_msg": "系统繁忙",
                    }
                elif operation == "cancel" and mb.take("retry_flag", operation):
                    content = _fail("ACQ.SYSTEM_ERROR", "系统错误") | {"retry_flag": "Y"}
                else:
                    content = self._act(operation, _biz(params))
                    if mb.take("lose_answer", operation):
                        return SimReply(drop=True, delay_s=delay)
        reply = self.signed(name, content, bad=mb.take("bad_signature", operation))
        reply.delay_s = delay
        return reply

    def signed(self, name: str, content: dict[str, Any], bad: bool = False) -> SimReply:
        text = json.dumps(content, ensure_ascii=False, separators=(",", ":"))
        sign = signing.sign(self.alipay_private_key, text.encode("utf-8"))
        if bad:
            sign = sign[:-8] + ("AAAAAAA=" if not sign.endswith("AAAAAAA=") else "BBBBBBB=")
        body = f'{{"{name}":{text},"sign":"{sign}"}}'.encode()
        return SimReply(200, body, {"Content-Type": "text/html;charset=utf-8"})

    def _check(self, params: dict[str, str]) -> dict[str, Any] | None:
        """The gateway's own checks, before any business: app, signature, method."""
        if params.get("app_id") != self.app_id:
            return _fail("isv.invalid-app-id", "无效的AppID参数", "40002")
        if params.get("sign_type") != "RSA2" or not signing.verify(
            self.merchant_public_key,
            signing.alipay_sign_content(params).encode("utf-8"),
            params.get("sign", ""),
        ):
            return _fail("isv.invalid-signature", "验签出错", "40002")
        if params.get("method") not in OPERATIONS:
            return _fail("isv.invalid-method", "不存在的方法名", "40002")
        try:
            json.loads(params.get("biz_content", ""))
        except ValueError:
            return _fail("isv.invalid-parameter", "biz_content 格式错误", "40002")
        return None

    # --- the books ------------------------------------------------------------------------

    def _act(self, operation: str, biz: dict[str, Any]) -> dict[str, Any]:
        out_trade_no = str(biz.get("out_trade_no", ""))
        trade = self.journal.find(out_trade_no)
        if operation == "cancel":
            return self._cancel(out_trade_no, trade)
        if trade is None:
            if operation == "refund_query":
                return OK | {"out_trade_no": out_trade_no}
            return _fail("ACQ.TRADE_NOT_EXIST", "交易不存在")
        if operation == "query":
            self.journal.poll(trade)
            return OK | self._trade_fields(trade)
        if operation == "refund":
            return self._refund(trade, biz)
        return self._refund_query(trade, str(biz.get("out_request_no", "")))

    def _trade_fields(self, trade: SimTrade) -> dict[str, Any]:
        fields: dict[str, Any] = {
            "trade_no": trade.trade_no,
            "out_trade_no": trade.out_trade_no,
            "trade_status": _STATUS[trade.state],
            "total_amount": fen_to_yuan(trade.amount_fen),
        }
        paid_at = self.journal.paid_at(trade)
        if paid_at:
            fields["send_pay_date"] = paid_at.astimezone(BEIJING).strftime("%Y-%m-%d %H:%M:%S")
        return fields

    def _cancel(self, out_trade_no: str, trade: SimTrade | None) -> dict[str, Any]:
        base = OK | {"out_trade_no": out_trade_no, "retry_flag": "N"}
        if trade is None:
            return base  # no trade: nothing to close or refund, no `action`
        base["trade_no"] = trade.trade_no
        if self.misbehaviour.take("lying_reverse", "cancel"):
            return base | {"action": "refund" if trade.state == SimState.PAID else "close"}
        if trade.state in (SimState.NOT_PAID, SimState.PAYING):
            trade.state = SimState.CLOSED
            self.journal.save()
            return base | {"action": "close"}
        if trade.state == SimState.PAID:
            paid_at = self.journal.paid_at(trade) or utcnow()
            today = utcnow().astimezone(BEIJING).date()
            if paid_at.astimezone(BEIJING).date() != today or trade.refunds:
                return _fail("ACQ.TRADE_STATUS_ERROR", "交易状态不合法") | {"retry_flag": "N"}
            self._give_back(trade, trade.amount_fen, "CANCEL-" + out_trade_no)
            return base | {"action": "refund"}
        if trade.state == SimState.FINISHED:
            return _fail("ACQ.TRADE_HAS_FINISHED", "交易已完结") | {"retry_flag": "N"}
        return base  # already closed: nothing more to do

    def _refund(self, trade: SimTrade, biz: dict[str, Any]) -> dict[str, Any]:
        request_no = str(biz.get("out_request_no") or trade.out_trade_no)
        try:
            amount = yuan_to_fen(str(biz.get("refund_amount", "")))
        except OutcomeUnknown:
            return _fail("ACQ.INVALID_PARAMETER", "参数无效", "40004")
        earlier = trade.refunds.get(request_no)
        fields = {"trade_no": trade.trade_no, "out_trade_no": trade.out_trade_no}
        if earlier is not None:
            if earlier.amount_fen != amount:
                return _fail("ACQ.DISCORDANT_REPEAT_REQUEST", "不一致的请求")
            return OK | fields | {"fund_change": "N", "refund_fee": fen_to_yuan(trade.refunded_fen)}
        if trade.state == SimState.FINISHED:
            return _fail("ACQ.TRADE_HAS_FINISHED", "交易已完结")
        if trade.state != SimState.PAID:
            return _fail("ACQ.TRADE_STATUS_ERROR", "交易状态不合法")
        if amount <= 0 or trade.refunded_fen + amount > trade.amount_fen:
            return _fail("ACQ.REFUND_AMT_NOT_EQUAL_TOTAL", "退款金额超限")
        self._give_back(trade, amount, request_no)
        return OK | fields | {"fund_change": "Y", "refund_fee": fen_to_yuan(trade.refunded_fen)}

    def _give_back(self, trade: SimTrade, amount: int, request_no: str) -> None:
        trade.refunds[request_no] = SimRefund(
            request_no, amount, new_number(), utcnow().isoformat()
        )
        if trade.refunded_fen >= trade.amount_fen:
            trade.state = SimState.CLOSED  # 支付宝: fully refunded trades read TRADE_CLOSED
            trade.reversed_paid = True
        self.journal.save()

    def _refund_query(self, trade: SimTrade, request_no: str) -> dict[str, Any]:
        fields = {"trade_no": trade.trade_no, "out_trade_no": trade.out_trade_no}
        refund = trade.refunds.get(request_no)
        if refund is None:
            return OK | fields  # 未查询到: the refund was not received
        return (
            OK
            | fields
            | {
                "out_request_no": request_no,
                "total_amount": fen_to_yuan(trade.amount_fen),
                "refund_amount": fen_to_yuan(refund.amount_fen),
                "refund_status": "REFUND_SUCCESS",
                "gmt_refund_pay": dt.datetime.fromisoformat(refund.created_at)
                .astimezone(BEIJING)
                .strftime("%Y-%m-%d %H:%M:%S"),
            }
        )


def _biz(params: dict[str, str]) -> dict[str, Any]:
    try:
        biz = json.loads(params.get("biz_content", "{}"))
    except ValueError:
        return {}
    return biz if isinstance(biz, dict) else {}
