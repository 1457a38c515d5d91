"""QR orders in the demo and in training: 支付宝 and 微信支付 orders of each kind (paid, not
charged, closed), and the two built-in simulators that hold the matching trades.

The simulators keep their journals and keys beside the demo database, and serve on loopback
ports of this process while the window is open; the store's provider settings point at them
(re-pointed at every start: the ports change). A newcomer walks a QR case end to end —
查单, 撤销 or 退款, the provider's answer — without an account at either provider.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import Store
from app.models import (
    Cause,
    Funding,
    OrderSource,
    PayChannel,
    Role,
    SuspendedOrder,
    TxnType,
    User,
)

log = logging.getLogger(__name__)
DEMO_APP_ID = "2021000000000001"
DEMO_MCHID = "1230000109"
DEMO_APPID = "wxd678efh567hg6787"
_running: list[Any] = []  # the servers of this process (kept open while it runs)


@dataclass(frozen=True)
class DemoQr:
    order_no: str
    channel: PayChannel
    out_trade_no: str
    amount_fen: int
    state: str  # the simulator's: PAID, NOT_PAID, CLOSED, REVOKED
    age: dt.timedelta  # how long ago the customer scanned
    cause: Cause


# Each provider: paid minutes ago (撤销), paid days ago (退款, partly if the customer wants),
# not charged (撤销 only closes it), closed already (the case closes on the answer).
DEMO_QR = (
    DemoQr("QR-ZFB-001", PayChannel.QR_ALIPAY, "ZFB20261201001", 6_800, "PAID",
           dt.timedelta(minutes=20), Cause.NETWORK),
    DemoQr("QR-ZFB-002", PayChannel.QR_ALIPAY, "ZFB20261128002", 25_900, "PAID",
           dt.timedelta(days=3), Cause.CUSTOMER_REQUEST),
    DemoQr("QR-ZFB-003", PayChannel.QR_ALIPAY, "ZFB20261201003", 3_250, "NOT_PAID",
           dt.timedelta(minutes=35), Cause.PAYMENT_FAILED),
    DemoQr("QR-ZFB-004", PayChannel.QR_ALIPAY, "ZFB20261130004", 12_000, "CLOSED",
           dt.timedelta(days=1), Cause.SYSTEM_ERROR),
    DemoQr("QR-WX-001", PayChannel.QR_WECHAT, "WX20261201001", 4_500, "PAID",
           dt.timedelta(minutes=15), Cause.NETWORK),
    DemoQr("QR-WX-002", PayChannel.QR_WECHAT, "WX20261120002", 18_800, "PAID",
           dt.timedelta(days=12), Cause.CUSTOMER_REQUEST),
    DemoQr("QR-WX-003", PayChannel.QR_WECHAT, "WX20261201003", 2_990, "NOT_PAID",
           dt.timedelta(minutes=50), Cause.PAYMENT_FAILED),
    DemoQr("QR-WX-004", PayChannel.QR_WECHAT, "WX20261129004", 9_900, "REVOKED",
           dt.timedelta(days=2), Cause.OPERATOR_ERROR),
)  # fmt: skip


def qr_orders(now: dt.datetime, merchant_no: str, terminal_no: str) -> list[SuspendedOrder]:
    return [
        SuspendedOrder(
            order_no=q.order_no,
            merchant_no=merchant_no,
            terminal_no=terminal_no,
            occurred_at=now - q.age,
            location="演示便利店（人民路店） 1号收银台",
            amount_fen=q.amount_fen,
            txn_type=TxnType.QR,
            funding=Funding.QR,
            card_masked=None,
            card_last4=None,
            channel=q.channel,
            out_trade_no=q.out_trade_no,
            cause=q.cause,
            cashier="张三",
            source=OrderSource.DEMO,
        )
        for q in DEMO_QR
    ]


def _folder(store: Store) -> Path:
    from app.payments.card.store_terminal import simulator_journal

    base = simulator_journal(store)
    return base.with_name(f"{base.stem}-qr")


def _simulators(store: Store) -> dict[str, Any]:
    from app.payments.qr.sim_alipay import AlipaySimulator
    from app.payments.qr.sim_journal import SimJournal
    from app.payments.qr.sim_server import SimKeys
    from app.payments.qr.sim_wechat import WechatSimulator

    folder = _folder(store)
    keys = SimKeys.load_or_create(folder / "keys")
    alipay = AlipaySimulator(
        DEMO_APP_ID,
        keys.merchant_key.public_key(),
        keys.provider_key,
        SimJournal(folder / "alipay.json", merchant_id=DEMO_APP_ID),
    )
    wechat = WechatSimulator(
        DEMO_MCHID,
        DEMO_APPID,
        keys.merchant_serial,
        keys.merchant_key.public_key(),
        keys.provider_key,
        keys.provider_serial,
        SimJournal(folder / "wechat.json", merchant_id=DEMO_MCHID),
    )
    return {"alipay": alipay, "wechat": wechat, "keys": keys}


def seed_simulators(store: Store, now: dt.datetime) -> None:
    """The trades behind the demo's QR orders, in the simulators' journals (once)."""
    sims = _simulators(store)
    for q in DEMO_QR:
        sim = sims["alipay" if q.channel is PayChannel.QR_ALIPAY else "wechat"]
        if sim.journal.find(q.out_trade_no) is None:
            paid = now - q.age if q.state == "PAID" else None
            sim.journal.seed(q.out_trade_no, q.amount_fen, q.state, paid_at=paid)


def start_providers(store: Store) -> list[str]:
    """Serve both simulators on loopback and point the store's 支付宝 and 微信支付 settings at
    them (as the demo's admin). Returns the gateway URLs; [] if this is not a demo store."""
    from app.payments.qr.base import ProviderName
    from app.payments.qr.config import ProviderConfig, save_config
    from app.payments.qr.sim_server import SimHttpServer, private_pem, public_pem

    with store.transaction() as session:
        if not _is_demo(session):
            return []
    sims = _simulators(store)
    keys = sims["keys"]
    urls: list[str] = []
    provider_pem = public_pem(keys.provider_key.public_key()).decode()
    with store.transaction() as session:
        admin = session.scalars(select(User).where(User.role == Role.ADMIN)).first()
        if admin is None:
            return []
        for name in ("alipay", "wechat"):
            server = SimHttpServer(sims[name].handle)
            _running.append(server)
            url = server.url + ("/gateway.do" if name == "alipay" else "")
            if name == "alipay":
                config = ProviderConfig(ProviderName.ALIPAY, DEMO_APP_ID, url, provider_pem)
            else:
                config = ProviderConfig(
                    ProviderName.WECHAT,
                    DEMO_MCHID,
                    url,
                    provider_pem,
                    keys.provider_serial,
                    DEMO_APPID,
                    keys.merchant_serial,
                )
            save_config(session, config, admin, private_pem(keys.merchant_key).decode())
            urls.append(url)
    log.info("demo QR providers on %s", ", ".join(urls))
    return urls


def stop_providers() -> None:
    while _running:
        _running.pop().close()


def _is_demo(session: Session) -> bool:
    """Only a store seeded as the demo (its QR orders carry source DEMO) gets simulators."""
    found = session.scalars(
        select(SuspendedOrder.id)
        .where(
            SuspendedOrder.source == OrderSource.DEMO,
            SuspendedOrder.channel != PayChannel.CARD_TERMINAL,
        )
        .limit(1)
    ).first()
    return found is not None
