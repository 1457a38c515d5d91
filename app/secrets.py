"""The key that encrypts customer phones (AES-GCM): from the OS keyring, else a 0600 key file.

A store without a keyring backend still works, with a logged (and `doctor`-visible) warning.
"""

from __future__ import annotations

import base64
import logging
import os
import re
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app import paths

log = logging.getLogger(__name__)
SERVICE = "guadan"
KEY_NAME = "customer-phone-key"
_cached: dict[str, bytes] = {}
_backend_note: dict[str, str] = {}


def _keyring_usable() -> bool:
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring):
            return False
        name = type(backend).__module__ + "." + type(backend).__name__
        if "null" in name.lower() or "chainer" in name.lower() and not backend.backends:  # type: ignore[attr-defined]
            return False
        _backend_note["backend"] = name
        return True
    except Exception:  # any backend failure means we fall back to the file
        return False


def key_file() -> Path:
    return paths.data_dir() / "phone.key"


def _key_from_file() -> bytes:
    path = key_file()
    if path.exists():
        return base64.b64decode(path.read_bytes())
    key = AESGCM.generate_key(bit_length=256)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(base64.b64encode(key))
    return key


def phone_key() -> bytes:
    """The 256-bit key, created on first use."""
    scope = str(paths.data_dir())
    if scope in _cached:
        return _cached[scope]
    key: bytes | None = None
    if _keyring_usable():
        import keyring

        try:
            stored = keyring.get_password(SERVICE, f"{KEY_NAME}:{scope}")
            if stored is None:
                key = AESGCM.generate_key(bit_length=256)
                keyring.set_password(SERVICE, f"{KEY_NAME}:{scope}", base64.b64encode(key).decode())
            else:
                key = base64.b64decode(stored)
            _backend_note["where"] = "keyring"
        except Exception as exc:  # a locked or broken keyring: fall back, say so
            log.warning("keyring unusable (%s); using the key file", type(exc).__name__)
            key = None
    if key is None:
        log.warning(
            "no OS keyring backend: the customer-phone key is kept in %s (readable by this user only)",
            key_file(),
        )
        key = _key_from_file()
        _backend_note["where"] = "file"
    _cached[scope] = key
    return key


def key_storage() -> str:
    """'keyring' or 'file' — what `doctor` reports."""
    phone_key()
    return _backend_note.get("where", "unknown")


def encrypt_phone(phone: str) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(phone_key()).encrypt(nonce, phone.encode(), b"customer-phone")


def decrypt_phone(blob: bytes) -> str:
    return AESGCM(phone_key()).decrypt(blob[:12], blob[12:], b"customer-phone").decode()


def mask_phone(phone: str) -> str:
    """138****5678 for a mobile; keep area code and last 2 of a landline."""
    digits = re.sub(r"\D", "", phone)
    if len(digits) == 11 and digits.startswith("1"):
        return f"{digits[:3]}****{digits[-4:]}"
    if len(digits) >= 6:
        return f"{digits[:3]}{'*' * (len(digits) - 5)}{digits[-2:]}"
    return "*" * len(digits)
