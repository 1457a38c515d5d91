"""The store's QR provider settings (ADMIN only): ids, gateway, the provider's public key.

Kept in the settings table under `qr.<provider>`: nothing here is secret. The merchant's
private key goes to the keyring (app.payments.qr.keys); `provider_for` builds a client only
when both halves are present on this PC.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app import audit
from app.errors import DomainError, PermissionDenied, ValidationFailed
from app.models import Role, Setting, User
from app.payments.qr import keys, signing
from app.payments.qr.alipay import DEFAULT_GATEWAY as ALIPAY_GATEWAY
from app.payments.qr.alipay import AlipayClient
from app.payments.qr.base import ProviderName, QrProvider
from app.payments.qr.transport import Gateway
from app.payments.qr.wechat import DEFAULT_GATEWAY as WECHAT_GATEWAY
from app.payments.qr.wechat import WechatClient

DEFAULT_GATEWAYS = {ProviderName.ALIPAY: ALIPAY_GATEWAY, ProviderName.WECHAT: WECHAT_GATEWAY}
_DIGITS = re.compile(r"^\d{6,32}$")
_HEX = re.compile(r"^[0-9A-Fa-f]{8,64}$")


@dataclass
class ProviderConfig:
    provider: ProviderName
    merchant_id: str  # 支付宝 app_id / 微信 mchid
    gateway_url: str = ""
    provider_key_pem: str = ""  # 支付宝公钥, or 微信支付 platform certificate / 公钥
    provider_key_id: str = ""  # 微信: platform certificate serial or 微信支付公钥 ID
    appid: str = ""  # 微信: the AppID the merchant is bound to
    serial_no: str = ""  # 微信: the merchant API certificate's serial number
    enabled: bool = True

    @property
    def setting_key(self) -> str:
        return f"qr.{self.provider.value}"

    def fingerprint(self) -> str:
        key, _ = signing.load_public_key(self.provider_key_pem)
        return signing.fingerprint(key)

    def validate(self) -> None:
        problems: list[DomainError] = []

        def bad(field: str) -> None:
            problems.append(DomainError(f"qr.setup.{field}", field=field))

        if not _DIGITS.match(self.merchant_id):
            bad("merchant_id")
        try:
            Gateway(self.gateway_url)
        except ValueError as exc:
            problems.append(DomainError(str(exc), field="gateway_url"))
        try:
            _, serial = signing.load_public_key(self.provider_key_pem)
        except signing.UnreadableKey as exc:
            problems.append(DomainError(str(exc), field="provider_key_pem"))
            serial = ""
        if self.provider is ProviderName.WECHAT:
            if not self.appid.startswith("wx") or len(self.appid) != 18:
                bad("appid")
            if not _HEX.match(self.serial_no):
                bad("serial_no")
            if serial:
                self.provider_key_id = serial  # a certificate names its own serial
            if not self.provider_key_id:
                bad("provider_key_id")
        if problems:
            raise ValidationFailed(problems)


def load_config(session: Session, provider: ProviderName) -> ProviderConfig | None:
    row = session.get(Setting, f"qr.{provider.value}")
    if row is None or not isinstance(row.value, dict):
        return None
    known = {f.name for f in dataclasses.fields(ProviderConfig)} - {"provider"}
    return ProviderConfig(provider, **{k: v for k, v in row.value.items() if k in known})


def save_config(
    session: Session, config: ProviderConfig, actor: User, private_key_pem: str | None = None
) -> str:
    """Store the settings (and, if given, the private key on this PC). ADMIN only.
    Returns where the key went: 'keyring', 'file', or '' when none was given."""
    if actor.role is not Role.ADMIN:
        raise PermissionDenied("perm.admin_only")
    if not config.gateway_url:
        config.gateway_url = DEFAULT_GATEWAYS[config.provider]
    config.validate()
    if private_key_pem is not None:
        try:
            signing.load_private_key(private_key_pem)
        except signing.UnreadableKey as exc:
            raise ValidationFailed([DomainError(str(exc), field="private_key")]) from exc
    value = {k: v for k, v in dataclasses.asdict(config).items() if k != "provider"}
    row = session.get(Setting, config.setting_key)
    if row is None:
        session.add(Setting(key=config.setting_key, value=value))
    else:
        row.value = value
    where = ""
    if private_key_pem is not None:
        where = keys.store_secret(
            config.provider.value, config.merchant_id, "private", private_key_pem
        )
    audit.record(
        session,
        "qr.configured",
        actor,
        provider=config.provider.value,
        merchant_id=config.merchant_id,
        gateway=config.gateway_url,
        fingerprint=config.fingerprint(),
        key_storage=where or keys.where(config.provider.value, config.merchant_id),
    )
    return where


def provider_for(
    config: ProviderConfig, gateway: Gateway | None = None, private_key_pem: str | None = None
) -> QrProvider:
    """A client for this configuration (with the key kept on this PC, or one just chosen);
    DomainError qr.key.missing when there is none."""
    pem = private_key_pem or keys.load_secret(config.provider.value, config.merchant_id, "private")
    if pem is None:
        raise DomainError(f"qr.key.missing.{config.provider.value}")
    private = signing.load_private_key(pem)
    public, serial = signing.load_public_key(config.provider_key_pem)
    gw = gateway or Gateway(config.gateway_url)
    if config.provider is ProviderName.ALIPAY:
        return AlipayClient(config.merchant_id, private, public, gw)
    return WechatClient(
        config.merchant_id,
        config.appid,
        config.serial_no,
        private,
        public,
        serial or config.provider_key_id,
        gw,
    )


def configured_provider(session: Session, provider: ProviderName) -> QrProvider | None:
    """The store's client for `provider`, or None when it is not set up (→ manual path)."""
    config = load_config(session, provider)
    if config is None or not config.enabled:
        return None
    return provider_for(config)


@dataclass(frozen=True)
class KeyFileInfo:
    pem: str
    fingerprint: str  # "" for a private key
    serial: str  # a certificate's serial number, else ""


def read_key_file(path: str, private: bool) -> KeyFileInfo:
    """A key file an admin picked: read, parsed, fingerprinted (DomainError when unreadable)."""
    try:
        with open(path, encoding="ascii") as fh:
            pem = fh.read(64_000)
    except (OSError, UnicodeDecodeError) as exc:
        raise DomainError(
            "qr.key.private_unreadable" if private else "qr.key.public_unreadable"
        ) from exc
    try:
        if private:
            signing.load_private_key(pem)
            return KeyFileInfo(pem, "", "")
        key, serial = signing.load_public_key(pem)
    except signing.UnreadableKey as exc:
        raise DomainError(str(exc)) from exc
    return KeyFileInfo(pem, signing.fingerprint(key), serial)


def check_form(config: ProviderConfig, private_key_pem: str | None, lang: str) -> str:
    """测试连接 with what the form holds now (before or after saving)."""
    from app.payments.qr.connection import check_connection

    if not config.gateway_url:
        config.gateway_url = DEFAULT_GATEWAYS[config.provider]
    config.validate()
    return check_connection(provider_for(config, private_key_pem=private_key_pem), lang)
