"""A counter joins a shared store (`guadan store join URL`): the server's password goes to the
OS keyring (asked for, never on the command line), the store's two secrets (the audit key and
the PIN pepper, exported at a counter already in the store with `guadan store export-keys`)
into this PC's keyring, and the URL into this PC's store file, so that `guadan` opens the
shared store from then on without `--db`."""

from __future__ import annotations

import json
import os
from pathlib import Path

from sqlalchemy.engine import make_url

from app import paths
from app.errors import DomainError

STORE_FILE = "store.json"


def joined_file() -> Path:
    return paths.data_dir() / STORE_FILE


def joined_url() -> str | None:
    """The shared store this PC joined (None: it works on its own SQLite file)."""
    path = joined_file()
    if not path.exists():
        return None
    try:
        url = json.loads(path.read_text(encoding="utf-8")).get("url")
    except (OSError, ValueError):
        return None
    return str(url) if url else None


def check_join_url(url: str) -> str:
    """A PostgreSQL URL naming its user, without a password (the password is asked for)."""
    try:
        parsed = make_url(url)
    except Exception as exc:  # sqlalchemy's ArgumentError and friends
        raise DomainError("join.bad_url") from exc
    if not parsed.drivername.startswith("postgresql") or not parsed.username or not parsed.host:
        raise DomainError("join.bad_url")
    if parsed.password:
        raise DomainError("join.password_in_url")
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def keep_password(url: str, password: str) -> None:
    """The server's password into the keyring entry app.db reads ("db:USER@HOST"). No password
    (a server that trusts this PC's address or certificate): nothing to keep. Without a usable
    keyring the password is refused rather than written to a file."""
    if not password:
        return
    try:
        import keyring

        parsed = make_url(url)
        keyring.set_password("guadan", f"db:{parsed.username}@{parsed.host}", password)
    except Exception as exc:  # keyring's NoKeyringError, a locked keyring
        raise DomainError("join.no_keyring") from exc


def remember(url: str) -> None:
    path = joined_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump({"url": url}, fh)
