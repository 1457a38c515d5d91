"""A silent drop is noticed: the connections carry the timeouts, and the link monitor says
offline when the link is black-holed or cut (through tests/link_proxy.py), online when healed."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from app.db import Store, open_store
from app.link import LinkMonitor, LinkStatus
from tests.link_proxy import LinkProxy
from tests.store.pg import URL, keyring_url, needs_pg, pg_store  # noqa: F401

pytestmark = needs_pg


@pytest.fixture
def proxy(pg_store: Store) -> Iterator[LinkProxy]:  # noqa: F811
    target = make_url(URL)
    with LinkProxy(target.host or "127.0.0.1", target.port or 5432) as p:
        yield p


class Watch:
    """The monitor's reports, waited for by state (never by time)."""

    def __init__(self, monitor: LinkMonitor) -> None:
        self.seen: list[LinkStatus] = []
        self._changed = threading.Condition()
        monitor.on_change(self._on_change)

    def _on_change(self, status: LinkStatus) -> None:
        with self._changed:
            self.seen.append(status)
            self._changed.notify_all()

    def until(self, online: bool) -> LinkStatus:
        with self._changed:
            assert self._changed.wait_for(
                lambda: bool(self.seen) and self.seen[-1].online is online, timeout=30
            ), self.seen
            return self.seen[-1]


def test_a_counters_connections_carry_the_timeouts(pg_store: Store) -> None:  # noqa: F811
    with pg_store.engine.connect() as conn:
        params = conn.connection.dbapi_connection.info.get_parameters()  # type: ignore[union-attr]
        assert params["connect_timeout"] == "3"
        assert params["tcp_user_timeout"] == "10000"
        assert (params["keepalives_idle"], params["keepalives_count"]) == ("5", "3")
        shown = conn.execute(text("SHOW idle_in_transaction_session_timeout")).scalar()
        assert shown == "1min"
    # The server itself ends idle transactions of every login (set where the roles are set up).
    import psycopg

    from app.link import conninfo_for

    bare = {k: v for k, v in conninfo_for(keyring_url(URL)).items() if k != "options"}
    with psycopg.connect(**bare) as raw:
        shown = raw.execute("SHOW idle_in_transaction_session_timeout").fetchone()
        assert shown is not None and shown[0] == "1min"


def test_a_black_holed_or_cut_link_is_noticed_and_a_healed_one_too(proxy: LinkProxy) -> None:
    monitor = LinkMonitor(proxy.url_for(keyring_url(URL)), probe_every=0.2, deadline=1.0)
    watch = Watch(monitor)
    monitor.start()
    try:
        watch.until(online=True)
        proxy.blackhole()
        assert "no answer" in watch.until(online=False).reason
        proxy.heal()
        watch.until(online=True)
        proxy.cut()
        watch.until(online=False)
        proxy.heal()
        watch.until(online=True)
    finally:
        monitor.stop()


def test_the_first_transaction_after_a_cut_heals_goes_through(proxy: LinkProxy) -> None:
    store = open_store(proxy.url_for(keyring_url(URL)), migrate=False)
    try:
        with store.transaction() as s:
            assert s.execute(text("SELECT 1")).scalar() == 1
        proxy.cut()
        proxy.heal()
        # The pooled connection died with the cut: the pre-ping replaces it, nobody sees it.
        with store.transaction() as s:
            assert s.execute(text("SELECT 2")).scalar() == 2
    finally:
        store.dispose()


def test_a_step_tried_while_cut_off_is_refused_in_words(proxy: LinkProxy) -> None:
    from app.errors import ServerUnreachable

    store = open_store(proxy.url_for(keyring_url(URL)), migrate=False)
    try:
        proxy.cut()
        with pytest.raises(ServerUnreachable) as refused, store.transaction() as s:
            s.execute(text("SELECT 1"))
        assert refused.value.message().startswith("未能保存：与共享服务器的连接中断（脱机）")
        proxy.heal()
        with store.transaction() as s:
            assert s.execute(text("SELECT 1")).scalar() == 1
    finally:
        store.dispose()
