"""The key that encrypts customer phones (AES-GCM): from the OS keyring, else a 0600 key file.

A store without a keyring backend still works, with a logged (and `doctor`-visible) warning.
The key file lives outside the data dir (`paths.keys_dir`), never beside the database or in
its backups; a key file left in the data dir by an older version is moved there on first use.
"""

from __future__ import annotations

import base64
import logging
import os
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app import keyring_backend, paths

log = logging.getLogger(__name__)
SERVICE = "guadan"
KEY_NAME = "customer-phone-key"
_cached: dict[str, bytes] = {}
_backend_note: dict[str, str] = {}


def _keyring_usable() -> bool:
    keyring_backend.wait_chosen()
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
    return paths.keys_dir() / "phone.key"


def legacy_key_file() -> Path:
    """Where versions before 0.2 kept the key: beside the database, so in every backup."""
    return paths.data_dir() / "phone.key"


def _move_legacy_key(path: Path) -> None:
    """Move an older version's key file out of the data dir (same bytes, still 0600)."""
    legacy = legacy_key_file()
    if not legacy.exists():
        return
    if path.exists():
        if path.read_bytes() == legacy.read_bytes():
            legacy.unlink()
        else:
            log.error(
                "two different customer-phone key files: %s is used, %s is left in the data dir",
                path,
                legacy,
            )
        return
    data = legacy.read_bytes()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())  # the new copy is on disk before the old one goes
    legacy.unlink()
    log.warning("customer-phone key file moved out of the data dir: %s -> %s", legacy, path)


def _key_from_file() -> bytes:
    path = key_file()
    _move_legacy_key(path)
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
        log.warning("%s", key_file_warning())
        key = _key_from_file()
        _backend_note["where"] = "file"
    _cached[scope] = key
    return key


def key_file_warning() -> str:
    """What the person looking after the PC must know when the key is a plain file."""
    return (
        f"no OS keyring backend: the customer-phone key is a plain file {key_file()} "
        "(readable by this user only), kept outside the data dir and so NOT in any backup: "
        "keep a copy of it somewhere safe, or a restored backup's customer phones cannot be "
        "read; install a keyring (Secret Service / Windows Credential Manager) for better "
        "protection"
    )


def key_storage() -> str:
    """'keyring' or 'file' — what `doctor` reports."""
    phone_key()
    return _backend_note.get("where", "unknown")


def encrypt_phone(phone: str) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(phone_key()).encrypt(nonce, phone.encode(), b"customer-phone")


def decrypt_phone(blob: bytes) -> str:
    return AESGCM(phone_key()).decrypt(blob[:12], blob[12:], b"customer-phone").decode()
