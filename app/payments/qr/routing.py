"""Which channel holds an order's money: the card terminal, a configured QR provider, or —
for a provider the store has not set up — only the provider's merchant portal, by hand.

A QR order never goes to the card terminal (unless the terminal itself scanned the code).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from app.errors import DomainError
from app.models import PayChannel, SuspendedOrder
from app.payments.channel import (
    Channel,
    ChannelCapability,
    MoneyRequest,
    NotMoved,
    Outcome,
    Unknown,
)
from app.payments.qr.base import ProviderName
from app.payments.qr.channel import QrChannel
from app.payments.qr.config import configured_provider

PROVIDERS = {PayChannel.QR_ALIPAY: ProviderName.ALIPAY, PayChannel.QR_WECHAT: ProviderName.WECHAT}


class PortalChannel:
    """A provider this store has not set up (or has none for): nothing is sent from here; the
    money is moved by hand in the provider's merchant app or web portal (the manual path)."""

    def __init__(self, kind: str, counter_id: str) -> None:
        self.kind = kind
        self.counter_id = counter_id
        self.name = "portal"
        self.simulated = False
        self.capabilities = frozenset({ChannelCapability.ANY_COUNTER})

    def configured_terminal_no(self) -> str:
        return ""

    def reachable(self) -> bool:
        return False  # so that a 撤销 may be done by hand

    def identity(self) -> str:
        return ""

    def preflight(self, request: MoneyRequest) -> str:
        raise DomainError("qr.portal_only", provider=self._provider)

    def send(self, request: MoneyRequest) -> Outcome:
        return NotMoved("qr.portal_only", params={"provider": self._provider})

    def ask(self, request: MoneyRequest) -> Outcome:
        return Unknown("qr.portal_only", params={"provider": self._provider})

    def resend(self, request: MoneyRequest) -> Outcome:
        return self.send(request)

    def close(self) -> None:
        """Nothing to close."""

    @property
    def _provider(self) -> str:
        return {"QR_ALIPAY": "alipay", "QR_WECHAT": "wechat"}.get(self.kind, "other")


def is_provider_order(order: SuspendedOrder) -> bool:
    return order.channel in (PayChannel.QR_ALIPAY, PayChannel.QR_WECHAT, PayChannel.QR_OTHER)


def channel_for_order(
    session: Session, order: SuspendedOrder, card: Callable[[], Any], counter_id: str
) -> Channel:
    """The channel step 5 uses for `order`; `card()` opens this counter's terminal (called
    only for card and terminal-scanned orders)."""
    name = PROVIDERS.get(order.channel)
    if name is not None:
        provider = configured_provider(session, name)
        if provider is not None:
            return QrChannel(provider, counter_id=counter_id)
        return PortalChannel(order.channel.value, counter_id)
    if order.channel is PayChannel.QR_OTHER:
        return PortalChannel(order.channel.value, counter_id)
    from app.workflow import as_channel

    return as_channel(card())
