"""A shared store on the real PostgreSQL server `.ci/run` starts (GUADAN_TEST_PG_URL): a fresh
schema migrated by the owner role, opened with a counter's login. Tests skip without one."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from sqlalchemy import text

URL = os.environ.get("GUADAN_TEST_PG_URL", "")
OWNER_URL = os.environ.get("GUADAN_TEST_PG_OWNER_URL", "") or URL
needs_pg = pytest.mark.skipif(not URL, reason="no PostgreSQL server (set GUADAN_TEST_PG_URL)")


def keyring_url(raw: str) -> str:
    """The URL without its password, which goes to the keyring as the store keeps it."""
    import keyring
    from sqlalchemy.engine import make_url

    parsed = make_url(raw)
    if not parsed.password:
        return raw
    keyring.set_password("guadan", f"db:{parsed.username}@{parsed.host}", parsed.password)
    return parsed.set(password=None).render_as_string(hide_password=False)


def fresh_schema() -> None:
    from app.db import make_engine, open_store

    engine = make_engine(keyring_url(OWNER_URL))
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    open_store(keyring_url(OWNER_URL)).dispose()  # migrations (and grants) as the owner


@pytest.fixture
def pg_store() -> Iterator[object]:
    from app.db import open_store

    fresh_schema()
    store = open_store(keyring_url(URL))
    yield store
    store.dispose()
