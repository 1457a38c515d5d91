"""测试连接: a signed query for a trade that cannot exist, and one plain-words line about it.

It proves the whole chain without moving money: our key signs, the gateway accepts the
signature, and the answer's signature verifies with the stored provider key.
"""

from __future__ import annotations

import secrets
import time

from app.messages import register, tr
from app.payments.qr.base import QrProvider, TradeState

register(
    {
        "qr.test.ok": (
            "连接正常：{provider}接受了本店签名，应答签名有效（测试单：{state}，{ms} 毫秒）。",
            "Connected: {provider} accepted our signature and its answer's signature is valid (test order: {state}, {ms} ms).",
        ),
    }
)


def check_connection(provider: QrProvider, lang: str = "zh_CN") -> str:
    """Raises the provider's QrError (NotSent, BadSignature, Refused …) when it fails."""
    out_trade_no = "GUADANTEST" + secrets.token_hex(8).upper()
    started = time.perf_counter()
    answer = provider.query(out_trade_no)
    ms = round((time.perf_counter() - started) * 1000)
    state = tr(f"qr.state.{answer.state.value}", lang)
    if answer.state is not TradeState.NOT_FOUND:
        state += f" ({answer.provider_state})"
    return tr(
        "qr.test.ok",
        lang,
        provider=tr(f"qr.provider.{provider.name.value}", lang),
        state=state,
        ms=ms,
    )
