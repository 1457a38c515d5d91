"""The OS keyring stand-in for tests: one JSON file per test session, named by
GUADAN_TEST_KEYRING, so that a till the tests start as a child process (the kill harness, the
parallel PIN guessers) finds the same store secrets as the test that made the store."""

from __future__ import annotations

import fcntl
import json
import os
from pathlib import Path

import keyring
import keyring.backend

ENV = "GUADAN_TEST_KEYRING"


class FileKeyring(keyring.backend.KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path

    def _load(self) -> dict[str, str]:
        try:
            return dict(json.loads(self.path.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            return {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\x1f{username}")

    def _update(self, key: str, value: str | None) -> None:
        with open(self.path.with_suffix(".lock"), "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            secrets = self._load()
            if value is None:
                secrets.pop(key, None)
            else:
                secrets[key] = value
            tmp = self.path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps(secrets), encoding="utf-8")
            os.replace(tmp, self.path)

    def set_password(self, service: str, username: str, password: str) -> None:
        self._update(f"{service}\x1f{username}", password)

    def delete_password(self, service: str, username: str) -> None:
        self._update(f"{service}\x1f{username}", None)


def install(path: Path | None = None) -> None:
    """Use the session's keyring file (this process and, through the environment, its children)."""
    if path is None:
        named = os.environ.get(ENV)
        if not named:
            return
        path = Path(named)
    os.environ[ENV] = str(path)
    keyring.set_keyring(FileKeyring(path))
