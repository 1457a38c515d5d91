"""One counter's till for a QR order, as a child process the QR kill harness SIGKILLs.

    python -m tests.crash.qr_child MODE DB_URL CASE_ID ACTOR_ID POINT

The provider is reached the way the window reaches it (app.payments.qr.routing: the store's
provider settings, the merchant key in the keyring). MODE:
- `run`: step 5 as the cashier presses it, dying at POINT;
- `restart`: the next start of the till: this counter's open QR intents asked of their
  provider (app.payments.qr.recovery, with the follow-up that re-sends a request the provider
  never received under its own key); then the cashier retries what is left. POINT may kill
  the restart too;
- `try-run`: like run without a kill, reporting a refusal instead of failing.
Prints one line of JSON with what happened.

Kill points beyond the shared ones (after_intent, in_commit, after_commit in
tests.crash.child): `before_send` (the money request is about to go out), `sent` (its bytes
are written, no answer read), `money_moved` (the provider's answer is in: the money moved,
nothing recorded), `confirmed` (the query after it has answered, nothing recorded).
"""

from __future__ import annotations

import http.client
import json
import sys
import uuid
from typing import Any
from urllib.parse import parse_qs

from app.counter import counter_id
from app.db import open_store
from app.errors import DomainError
from app.models import Stage
from app.payments.qr import alipay, wechat
from app.payments.qr.recovery import reconcile_provider_intents
from app.payments.qr.routing import channel_for_order
from app.payments.qr.transport import Gateway, exchange
from app.workflow import execute, get_case
from app.workflow.outcome import open_intent
from tests.crash.child import die, instrument

MONEY_METHODS = {"alipay.trade.refund", "alipay.trade.cancel"}


def moves_money(method: str, path: str, body: bytes) -> bool:
    """A request that can move money: 支付宝 refund / cancel, 微信 reverse / refund."""
    if method != "POST":
        return False
    if b"biz_content" in body:
        return bool(
            set(parse_qs(body.decode("ascii", "replace")).get("method", [])) & MONEY_METHODS
        )
    return True  # 微信: every POST of ours is a reverse or a refund


def instrument_http(point: str) -> None:
    """Die at a wire-level instant of the money request (or of the query right after it)."""
    state = {"sending": False, "moved": False}
    real_getresponse = http.client.HTTPConnection.getresponse

    def getresponse(self: http.client.HTTPConnection) -> http.client.HTTPResponse:
        if state["sending"] and point == "sent":
            die()  # the request is on the wire; its answer is never read
        return real_getresponse(self)

    http.client.HTTPConnection.getresponse = getresponse  # type: ignore[method-assign]

    def killing_exchange(
        gateway: Gateway, method: str, path: str, body: bytes, headers: dict[str, str]
    ) -> Any:
        money = moves_money(method, path, body)
        if money and point == "before_send":
            die()
        if state["moved"] and point == "confirmed":
            answer = exchange(gateway, method, path, body, headers)
            die()  # the provider's query has said what happened; nothing is recorded
            return answer
        state["sending"] = money
        try:
            answer = exchange(gateway, method, path, body, headers)
        finally:
            state["sending"] = False
        if money:
            state["moved"] = True
            if point == "money_moved":
                die()
        return answer

    alipay.exchange = killing_exchange  # type: ignore[assignment]
    wechat.exchange = killing_exchange  # type: ignore[assignment]


def main(argv: list[str]) -> int:
    mode, db_url, case_id, actor_id, point = argv[:5]
    store = open_store(db_url, migrate=False)
    case_uuid, actor_uuid = uuid.UUID(case_id), uuid.UUID(actor_id)
    result: dict[str, Any] = {"mode": mode}

    def carry_out() -> None:
        with store.transaction() as s:
            order = get_case(s, case_uuid).order
            channel = channel_for_order(s, order, lambda: None, counter_id())
        try:
            execute(store, case_uuid, actor_uuid, channel)
        finally:
            channel.close()

    def still_blocked() -> bool:
        with store.transaction() as s:
            return open_intent(s, get_case(s, case_uuid)) is not None

    instrument(point)  # the shared database-side points
    instrument_http(point)
    if mode in ("run", "try-run"):
        if mode == "run":
            print("READY", flush=True)
            sys.stdin.readline()  # the harness says go (and may time a kill from here)
        if point == "before_call":
            die()
        try:
            carry_out()
            result["outcome"] = "done"
        except DomainError as exc:
            result["outcome"] = exc.key
    else:
        reports = reconcile_provider_intents(
            store, counter_id(), follow_up=True, actor_id=actor_uuid
        )
        result["reconciled"] = [f"{r.moved}:{r.key}" for r in reports]
        with store.transaction() as s:
            stage = get_case(s, case_uuid).stage
        if stage is Stage.APPROVED and not still_blocked():
            try:  # the cashier retries: every intent of the case is closed
                carry_out()
                result["retried"] = True
            except DomainError as exc:
                result["retry_error"] = exc.key
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
