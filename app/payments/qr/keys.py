"""Where a store's QR merchant private keys (and the 微信 APIv3 key) live on this PC.

In the OS keyring; where there is none, a file readable by this user only, in a folder
outside the data dir (so a copy of the data dir or a backup never carries it), with the same
visible warning as the phone key. Never in the database, a log, a PDF or an export.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

import platformdirs

from app import APP_NAME, secrets

log = logging.getLogger(__name__)
SERVICE = "guadan"


def _name(provider: str, merchant_id: str, kind: str) -> str:
    return f"qr-{provider}-{kind}:{merchant_id}"


def key_dir() -> Path:
    home = os.environ.get("GUADAN_HOME")
    base = Path(home) / "keys" if home else Path(platformdirs.user_config_dir(APP_NAME)) / "keys"
    base.mkdir(parents=True, exist_ok=True, mode=0o700)
    return base


def _file(provider: str, merchant_id: str, kind: str) -> Path:
    safe = "".join(c for c in merchant_id if c.isalnum()) or "default"
    return key_dir() / f"qr-{provider}-{kind}-{safe}.pem"


def _keyring_ok() -> bool:
    usable = getattr(secrets, "_keyring_usable", None)
    return bool(usable and usable())


def store_secret(provider: str, merchant_id: str, kind: str, value: str) -> str:
    """Keep `value` (a PEM private key, or the APIv3 key); returns 'keyring' or 'file'."""
    if _keyring_ok():
        import keyring

        try:
            keyring.set_password(SERVICE, _name(provider, merchant_id, kind), value)
            return "keyring"
        except Exception as exc:  # a locked or broken keyring: fall back, say so
            log.warning("keyring unusable (%s); using a key file", type(exc).__name__)
    path = _file(provider, merchant_id, kind)
    log.warning(
        "no OS keyring backend: the %s %s key is kept in %s (readable by this user only)",
        provider,
        kind,
        path,
    )
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(value)
    os.replace(tmp, path)
    return "file"


def load_secret(provider: str, merchant_id: str, kind: str) -> str | None:
    if _keyring_ok():
        import keyring

        try:
            value = keyring.get_password(SERVICE, _name(provider, merchant_id, kind))
        except Exception:  # unreadable keyring: try the file
            value = None
        if value is not None:
            return value
    path = _file(provider, merchant_id, kind)
    return path.read_text("ascii") if path.exists() else None


def where(provider: str, merchant_id: str, kind: str = "private") -> str:
    """'keyring', 'file' or 'missing' — shown in settings and `qr show`."""
    if _keyring_ok():
        import keyring

        try:
            if keyring.get_password(SERVICE, _name(provider, merchant_id, kind)) is not None:
                return "keyring"
        except Exception:  # unreadable keyring: see whether the file holds it
            pass
    return "file" if _file(provider, merchant_id, kind).exists() else "missing"
