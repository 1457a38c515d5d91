"""QR refund round trip: the app's client against a simulator on loopback, vs a bare client.

The simulator (支付宝 or 微信支付) runs in a child process. Each run is one refund of 1 fen
under a fresh refund number. The floor is the same request — the very bytes, signed
beforehand — sent with a bare http.client call that reads the answer and does nothing
with it; the app's own time is what its client costs above that floor (signing, the
answer's signature check, parsing). Median and p90 of both, and their difference.
Prints figures; judges nothing. Goal: the app's own time ≤ 10 ms.

    .venv/bin/python benchmarks/qr_refund_roundtrip.py [--runs 300] [--provider alipay|wechat]
"""

from __future__ import annotations

import argparse
import http.client
import multiprocessing as mp
import statistics
import sys
import time
from multiprocessing.connection import Connection
from pathlib import Path
from urllib.parse import urlencode, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cryptography.hazmat.primitives import serialization  # noqa: E402

from app.payments.qr.alipay import AlipayClient  # noqa: E402
from app.payments.qr.sim_server import SimKeys, private_pem  # noqa: E402
from app.payments.qr.transport import Gateway  # noqa: E402
from app.payments.qr.wechat import WechatClient  # noqa: E402

APP_ID, MCHID, APPID = "2021000000000001", "1230000109", "wxd678efh567hg6787"
TRADE = "BENCH-TRADE"


def serve(provider: str, runs: int, conn: Connection) -> None:
    from app.payments.qr.sim_alipay import AlipaySimulator
    from app.payments.qr.sim_server import SimHttpServer
    from app.payments.qr.sim_wechat import WechatSimulator

    keys = SimKeys.generate()
    if provider == "alipay":
        sim = AlipaySimulator(APP_ID, keys.merchant_key.public_key(), keys.provider_key)
    else:
        sim = WechatSimulator(
            MCHID, APPID, keys.merchant_serial, keys.merchant_key.public_key(),
            keys.provider_key, keys.provider_serial,
        )  # fmt: skip
    sim.journal.seed(TRADE, 100 * runs + 1000)
    server = SimHttpServer(sim.handle)
    conn.send(
        (server.url, private_pem(keys.merchant_key), private_pem(keys.provider_key),
         keys.merchant_serial, keys.provider_serial)
    )  # fmt: skip
    conn.recv()
    server.close()


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--provider", choices=["alipay", "wechat"], default="alipay")
    args = parser.parse_args()
    here, there = mp.Pipe()
    child = mp.get_context("spawn").Process(
        target=serve, args=(args.provider, args.runs * 2, there)
    )
    child.start()
    url, merchant_pem, provider_pem, merchant_serial, provider_serial = here.recv()
    merchant = serialization.load_pem_private_key(merchant_pem, None)
    provider_key = serialization.load_pem_private_key(provider_pem, None)
    total = 100 * args.runs * 2 + 1000
    client: AlipayClient | WechatClient
    if args.provider == "alipay":
        client = AlipayClient(
            APP_ID, merchant, provider_key.public_key(), Gateway(url + "/gateway.do")
        )  # type: ignore[arg-type]
    else:
        client = WechatClient(
            MCHID, APPID, merchant_serial, merchant, provider_key.public_key(),  # type: ignore[arg-type]
            provider_serial, Gateway(url),
        )  # fmt: skip
    host = urlsplit(url)

    def bare_request(n: int) -> tuple[str, str, bytes, dict[str, str]]:
        """The request the client would send for refund n, built (and signed) untimed."""
        if isinstance(client, AlipayClient):
            biz = {"out_trade_no": TRADE, "refund_amount": "0.01", "out_request_no": f"B{n}",
                   "refund_reason": "bench"}  # fmt: skip
            body = urlencode(client.signed_params("alipay.trade.refund", biz)).encode()
            headers = {"Content-Type": "application/x-www-form-urlencoded;charset=utf-8"}
            return "POST", "/gateway.do?charset=utf-8", body, headers
        import json

        payload = json.dumps({"out_trade_no": TRADE, "out_refund_no": f"B{n}", "reason": "bench",
                              "amount": {"refund": 1, "total": total, "currency": "CNY"}},
                             ensure_ascii=False)  # fmt: skip
        path = "/v3/refund/domestic/refunds"
        headers = {"Authorization": client.authorization("POST", path, payload),
                   "Accept": "application/json", "Content-Type": "application/json",
                   "User-Agent": "bench"}  # fmt: skip
        return "POST", path, payload.encode(), headers

    app_ms: list[float] = []
    bare_ms: list[float] = []
    for n in range(args.runs + 20):  # the first 20 warm both paths up and are not counted
        method, path, body, headers = bare_request(n)
        started = time.perf_counter()
        conn = http.client.HTTPConnection(host.hostname or "", host.port or 80, timeout=5)
        conn.request(method, path, body=body, headers=headers)
        conn.getresponse().read()
        conn.close()
        bare = (time.perf_counter() - started) * 1000
        started = time.perf_counter()
        answer = client.refund(TRADE, f"A{n}", 1, total, "bench")
        app = (time.perf_counter() - started) * 1000
        assert answer.amount_fen == 1
        if n >= 20:
            bare_ms.append(bare)
            app_ms.append(app)
    here.send("done")
    child.join()
    own = [a - b for a, b in zip(app_ms, bare_ms, strict=True)]
    print(
        f"QR refund round trip, {args.provider}, {args.runs} runs on loopback (simulator in a child process)"
    )
    print(
        f"  bare http.client floor : median {statistics.median(bare_ms):6.2f} ms  p90 {pct(bare_ms, 0.9):6.2f} ms"
    )
    print(
        f"  app client (sign+verify): median {statistics.median(app_ms):6.2f} ms  p90 {pct(app_ms, 0.9):6.2f} ms"
    )
    print(
        f"  app's own time above the floor: median {statistics.median(own):6.2f} ms  p90 {pct(own, 0.9):6.2f} ms  (goal <= 10 ms)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
