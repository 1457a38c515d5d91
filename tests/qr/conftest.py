"""QR provider tests: a simulator per provider on a loopback port, and a client that trusts it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from app.payments.qr.alipay import AlipayClient
from app.payments.qr.sim_alipay import AlipaySimulator
from app.payments.qr.sim_journal import Misbehaviour, SimJournal
from app.payments.qr.sim_server import SimHttpServer, SimKeys
from app.payments.qr.sim_wechat import WechatSimulator
from app.payments.qr.transport import Gateway
from app.payments.qr.wechat import WechatClient

APP_ID = "2021000000000001"
MCHID = "1230000109"
APPID = "wxd678efh567hg6787"


@pytest.fixture(scope="session")
def sim_keys() -> SimKeys:
    return SimKeys.generate()


@dataclass
class Pair:
    client: Any
    sim: Any
    server: SimHttpServer

    @property
    def journal(self) -> SimJournal:
        journal: SimJournal = self.sim.journal
        return journal

    @property
    def mb(self) -> Misbehaviour:
        misbehaviour: Misbehaviour = self.sim.misbehaviour
        return misbehaviour


def gateway(url: str, timeout_s: float = 2.0) -> Gateway:
    return Gateway(url, connect_timeout_s=1.0, answer_timeout_s=timeout_s)


@pytest.fixture
def alipay(sim_keys: SimKeys) -> Iterator[Pair]:
    sim = AlipaySimulator(
        APP_ID,
        sim_keys.merchant_key.public_key(),
        sim_keys.provider_key,
        misbehaviour=Misbehaviour(hang_s=1.0),
    )
    server = SimHttpServer(sim.handle)
    client = AlipayClient(
        APP_ID,
        sim_keys.merchant_key,
        sim_keys.provider_key.public_key(),
        gateway(server.url + "/gateway.do", 0.4),
    )
    yield Pair(client, sim, server)
    server.close()


@pytest.fixture
def wechat(sim_keys: SimKeys) -> Iterator[Pair]:
    sim = WechatSimulator(
        MCHID,
        APPID,
        sim_keys.merchant_serial,
        sim_keys.merchant_key.public_key(),
        sim_keys.provider_key,
        sim_keys.provider_serial,
        misbehaviour=Misbehaviour(hang_s=1.0),
    )
    server = SimHttpServer(sim.handle)
    client = WechatClient(
        MCHID,
        APPID,
        sim_keys.merchant_serial,
        sim_keys.merchant_key,
        sim_keys.provider_key.public_key(),
        sim_keys.provider_serial,
        gateway(server.url, 0.4),
    )
    yield Pair(client, sim, server)
    server.close()
