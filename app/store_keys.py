"""The store's own secrets, never in its database: the key that signs the audit chain (HMAC) and
the pepper mixed into every PIN hash. Both are store-wide — every counter of a shared store
holds the same two — and live in the OS keyring, or in a 0600 file outside the data dir with a
visible warning where no keyring backend exists.

The database only names its store (`store_uid`, made once); the secrets are found by that name.
A counter that joins a shared store gets them from the first counter: `export_store_secrets`
there, `provision_store_secrets` here (what `guadan store join` calls).
"""

from __future__ import annotations

import base64
import json
import logging
import os
import secrets
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import keyring_backend, paths
from app.errors import DomainError
from app.models import AuditEvent, Setting, User

log = logging.getLogger(__name__)
SERVICE = "guadan"
IDENTITY_KEY = "store_identity"
AUDIT_KEY = "audit-key"
PEPPER = "pin-pepper"
_cache: dict[tuple[str, str], bytes] = {}
_where: dict[str, str] = {}


class StoreKeyMissing(DomainError):
    """This PC lacks a secret the store's data was made with (another PC's database, or a
    keyring that was wiped): nothing is signed or checked with a new one."""


# ---------------------------------------------------------------- the store's name


def store_uid(session: Session, *, create: bool = True) -> str:
    """The store's identity, made on first use and kept in the settings table (cached per
    session: one read per unit of work)."""
    cached = session.info.get(IDENTITY_KEY)
    if cached:
        return str(cached)
    row = session.get(Setting, IDENTITY_KEY)
    uid = str(row.value.get("uid", "")) if row is not None and isinstance(row.value, dict) else ""
    if not uid and create:
        uid = str(uuid.uuid4())
        if row is None:
            session.add(Setting(key=IDENTITY_KEY, value={"uid": uid}))
        else:
            row.value = {"uid": uid}
        session.flush()
    if uid:
        session.info[IDENTITY_KEY] = uid
    return uid


# ---------------------------------------------------------------- where secrets are kept


def _keyring_usable() -> bool:
    keyring_backend.wait_chosen()
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring):
            return False
        name = (type(backend).__module__ + "." + type(backend).__name__).lower()
        if "null" in name:
            return False
        return not ("chainer" in name and not getattr(backend, "backends", None))
    except Exception:  # any backend failure means the file fallback
        return False


def key_file(kind: str, uid: str) -> Path:
    return paths.anchor_dir() / "keys" / f"{kind}-{uid}"


def _read(kind: str, uid: str) -> bytes | None:
    if _keyring_usable():
        import keyring

        try:
            stored = keyring.get_password(SERVICE, f"{kind}:{uid}")
        except Exception as exc:  # a locked or broken keyring: try the file, say so
            log.warning("keyring unusable (%s); looking for the key file", type(exc).__name__)
        else:
            if stored is not None:
                _where[kind] = "keyring"
                return base64.b64decode(stored)
    path = key_file(kind, uid)
    if path.exists():
        _where[kind] = "file"
        return base64.b64decode(path.read_bytes())
    return None


def _write(kind: str, uid: str, value: bytes) -> None:
    if _keyring_usable():
        import keyring

        try:
            keyring.set_password(SERVICE, f"{kind}:{uid}", base64.b64encode(value).decode())
            _where[kind] = "keyring"
            return
        except Exception as exc:
            log.warning("keyring unusable (%s); using a key file", type(exc).__name__)
    path = key_file(kind, uid)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    log.warning(
        "no OS keyring backend: the store's %s is kept in %s (readable by this user only)",
        kind,
        path,
    )
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(base64.b64encode(value))
    _where[kind] = "file"


def _secret(kind: str, uid: str, *, may_create: bool) -> bytes:
    found = _cache.get((kind, uid)) or _read(kind, uid)
    if found is None:
        if not may_create:
            raise StoreKeyMissing(f"store_key.missing.{kind}")
        found = secrets.token_bytes(32)
        _write(kind, uid, found)
    _cache[(kind, uid)] = found
    return found


def storage(kind: str = AUDIT_KEY) -> str:
    """'keyring', 'file' or 'unknown' — what `doctor` reports."""
    return _where.get(kind, "unknown")


# ---------------------------------------------------------------- the two secrets


def audit_key(session: Session) -> bytes:
    """The key the chain's MACs are made with. Made only while no signed event exists: a store
    whose events are signed and whose key is not here raises StoreKeyMissing."""
    uid = store_uid(session)
    if (AUDIT_KEY, uid) in _cache:
        return _cache[(AUDIT_KEY, uid)]
    signed = session.execute(
        select(AuditEvent.seq).where(AuditEvent.mac != "").limit(1)
    ).scalar_one_or_none()
    return _secret(AUDIT_KEY, uid, may_create=signed is None)


def known_audit_key(session: Session) -> bytes | None:
    """The key if this PC has it (verification says "key missing" rather than making one)."""
    uid = store_uid(session, create=False)
    if not uid:
        return None
    try:
        return _secret(AUDIT_KEY, uid, may_create=False)
    except StoreKeyMissing:
        return None


def pin_pepper(session: Session) -> bytes:
    """The pepper every PIN hash mixes in. Made only while no peppered hash exists."""
    uid = store_uid(session)
    if (PEPPER, uid) in _cache:
        return _cache[(PEPPER, uid)]
    peppered = session.execute(
        select(User.id).where(User.pin_hash.like("scrypt-p$%")).limit(1)
    ).scalar_one_or_none()
    return _secret(PEPPER, uid, may_create=peppered is None)


# ---------------------------------------------------------------- joining counters


@dataclass(frozen=True)
class StoreSecrets:
    store_uid: str
    audit_key: bytes
    pin_pepper: bytes

    def export(self) -> str:
        """One line to carry to a joining counter (treat it like a password)."""
        raw = {
            "v": 1,
            "store": self.store_uid,
            "audit": base64.b64encode(self.audit_key).decode(),
            "pepper": base64.b64encode(self.pin_pepper).decode(),
        }
        return "GDKEYS1:" + base64.urlsafe_b64encode(json.dumps(raw).encode()).decode()


def export_store_secrets(session: Session) -> StoreSecrets:
    """The first counter's side of a join: the store's name and its two secrets."""
    return StoreSecrets(store_uid(session), audit_key(session), pin_pepper(session))


def parse_store_secrets(text: str) -> StoreSecrets:
    try:
        if not text.startswith("GDKEYS1:"):
            raise ValueError
        raw = json.loads(base64.urlsafe_b64decode(text.removeprefix("GDKEYS1:").strip()))
        parsed = StoreSecrets(
            str(uuid.UUID(raw["store"])),
            base64.b64decode(raw["audit"]),
            base64.b64decode(raw["pepper"]),
        )
    except (ValueError, KeyError, TypeError) as exc:
        raise DomainError("store_key.bad_export") from exc
    if len(parsed.audit_key) != 32 or len(parsed.pin_pepper) != 32:
        raise DomainError("store_key.bad_export")
    return parsed


def provision_store_secrets(given: StoreSecrets | str, session: Session | None = None) -> None:
    """A joining counter's side: put the store's secrets into this PC's keyring. With `session`
    (the shared database), the secrets must belong to that store."""
    parsed = parse_store_secrets(given) if isinstance(given, str) else given
    if session is not None:
        uid = store_uid(session, create=False)
        if uid and uid != parsed.store_uid:
            raise DomainError("store_key.other_store")
    for kind, value in ((AUDIT_KEY, parsed.audit_key), (PEPPER, parsed.pin_pepper)):
        existing = _cache.get((kind, parsed.store_uid)) or _read(kind, parsed.store_uid)
        if existing is not None and existing != value:
            raise DomainError("store_key.conflict")
        _write(kind, parsed.store_uid, value)
        _cache[(kind, parsed.store_uid)] = value


# Kept for `audit_key(session)` callers that hold a bare uid (verification of a backup file).
provision_audit_key = provision_store_secrets


def forget_cached() -> None:
    """Tests: drop the in-process copies (the keyring keeps its own)."""
    _cache.clear()
    _where.clear()
