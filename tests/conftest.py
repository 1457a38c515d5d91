"""Shared test set-up: offscreen Qt, a keyring of the test session's own, a fresh data dir and
database per test."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The suite runs on two workers (pyproject: `-n 2`): each worker has a PostgreSQL database of
# its own (guadan_ci_gw0, guadan_ci_gw1 beside guadan_ci; .ci/run creates them), since the
# PostgreSQL tests drop and re-create the schema. Children the tests start inherit the URL.
_worker = os.environ.get("PYTEST_XDIST_WORKER")
if _worker:
    for _var in ("GUADAN_TEST_PG_URL", "GUADAN_TEST_PG_OWNER_URL"):
        if os.environ.get(_var):
            os.environ[_var] = f"{os.environ[_var]}_{_worker}"

import tempfile  # noqa: E402

import pytest  # noqa: E402

from tests.keyring_file import install as install_keyring  # noqa: E402

# One keyring file for the whole session (children started by tests read it too); each store's
# secrets are named by the store's own id, so tests never see each other's.
install_keyring(Path(tempfile.mkdtemp(prefix="guadan-keyring-")) / "keyring.json")


@pytest.fixture(autouse=True)
def guadan_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "guadan-home"
    monkeypatch.setenv("GUADAN_HOME", str(home))
    monkeypatch.delenv("GUADAN_DB", raising=False)
    from app import secrets, store_keys

    secrets._cached.clear()
    store_keys.forget_cached()
    return home


@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    from app.db import open_store

    s = open_store(f"sqlite:///{tmp_path}/test-{uuid.uuid4().hex[:8]}.sqlite3")
    yield s
    s.dispose()
