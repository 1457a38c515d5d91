"""Shared test set-up: offscreen Qt, an in-memory keyring, a fresh data dir and database per test."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
import keyring.backend
import pytest


class MemoryKeyring(keyring.backend.KeyringBackend):
    """The OS keyring stand-in: secrets kept for the test process only."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


keyring.set_keyring(MemoryKeyring())


@pytest.fixture(autouse=True)
def guadan_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "guadan-home"
    monkeypatch.setenv("GUADAN_HOME", str(home))
    monkeypatch.delenv("GUADAN_DB", raising=False)
    from app import secrets

    secrets._cached.clear()
    return home


@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    from app.db import open_store

    s = open_store(f"sqlite:///{tmp_path}/test-{uuid.uuid4().hex[:8]}.sqlite3")
    yield s
    s.dispose()
