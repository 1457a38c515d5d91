"""A QR order's money goes through its provider, or by hand in its portal; never the card terminal."""

from __future__ import annotations

from typing import Any

import pytest

from app.errors import DomainError
from app.models import PayChannel, Role
from app.payments.qr.base import ProviderName
from app.payments.qr.channel import QrChannel
from app.payments.qr.config import ProviderConfig, save_config
from app.payments.qr.routing import PortalChannel, channel_for_order
from app.payments.qr.sim_server import private_pem, public_pem
from app.workflow import execute
from tests.core.helpers import drive_to_approved, seed_staff
from tests.qr.conftest import APP_ID, Pair
from tests.qr.test_qr_step5 import qr_order


def no_card() -> Any:
    raise AssertionError("a QR order must never open the card terminal")


def test_unconfigured_provider_goes_to_the_manual_path(store: Any) -> None:
    with store.transaction() as s:
        staff = seed_staff(s)
        order = qr_order(s, PayChannel.QR_WECHAT, "WX-1")
        channel = channel_for_order(s, order, no_card, "c1")
        case_id = drive_to_approved(s, staff, order).id
    assert isinstance(channel, PortalChannel)
    with pytest.raises(DomainError) as portal:
        execute(store, case_id, staff.cashier.id, channel)
    assert portal.value.key == "qr.portal_only"
    assert "微信支付商家后台" in portal.value.message() and "刷卡终端" in portal.value.message()


def test_a_configured_provider_is_used_and_card_orders_still_open_the_terminal(
    store: Any, alipay: Pair, sim_keys: Any
) -> None:
    with store.transaction() as s:
        staff = seed_staff(s)
        admin = s.merge(staff.admin)
        admin.role = Role.ADMIN
        config = ProviderConfig(
            ProviderName.ALIPAY,
            APP_ID,
            alipay.client.gateway.url,
            public_pem(sim_keys.provider_key.public_key()).decode(),
        )
        save_config(s, config, admin, private_pem(sim_keys.merchant_key).decode())
        qr = channel_for_order(s, qr_order(s, PayChannel.QR_ALIPAY, "ZFB-1"), no_card, "c1")
        other = channel_for_order(s, qr_order(s, PayChannel.QR_OTHER, ""), no_card, "c1")
        opened: list[str] = []

        def card() -> Any:
            opened.append("card")
            from app.payments.card.integrado.sim_driver import InProcessSimulatorDriver
            from app.payments.card.integrado.simulator import SimulatedTerminal

            return InProcessSimulatorDriver(SimulatedTerminal())

        from tests.core.helpers import make_order

        channel_for_order(s, make_order(s), card, "c1")
    assert isinstance(qr, QrChannel) and qr.kind == "QR_ALIPAY"
    assert isinstance(other, PortalChannel)
    assert opened == ["card"]
