"""Where a counter stands with its shared server: one connection of its own that asks the
server a question every second and expects the answer within a deadline, and that LISTENs
for what other counters announce (approvals). Plain Python, one thread; the window shows
what it reports (联机 / 脱机 since when).

Why a deadline of its own: TCP's timers (app.db's tcp_user_timeout, keepalives) see a cable
pulled or a switch that died, but not a link whose far end still ACKs and never answers (a
hung server, a proxy, a half-dead NAT). A question unanswered in 3 s is an answer too.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import select
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.clock import utcnow

log = logging.getLogger(__name__)
PROBE_EVERY = 1.0  # seconds between two questions
DEADLINE = 3.0  # an answer later than this is no answer: the link is down


@dataclass(frozen=True)
class LinkStatus:
    online: bool
    since: dt.datetime  # aware UTC: when the link last changed state
    reason: str = ""  # why it is down (for the log; the window shows since when)


@dataclass(frozen=True)
class Notice:
    """A NOTIFY from the server: `channel` and its `payload` as the trigger sent them."""

    channel: str
    payload: str


LinkListener = Callable[[LinkStatus], None]
NoticeListener = Callable[[Notice], None]


class LinkDown(Exception):
    pass


def conninfo_for(url: str) -> dict[str, Any]:
    """psycopg's connect() keywords for a SQLAlchemy URL, with the store's timeouts."""
    from sqlalchemy.engine import make_url

    from app.db import PG_CONNECT_ARGS, with_keyring_password

    parsed = make_url(with_keyring_password(url))
    params: dict[str, Any] = {
        "host": parsed.host or "localhost",
        "port": parsed.port or 5432,
        "dbname": parsed.database or "",
        "user": parsed.username or "",
    }
    if parsed.password:
        params["password"] = str(parsed.password)
    params.update(PG_CONNECT_ARGS)
    params.update({k: v for k, v in parsed.query.items() if isinstance(v, str)})
    return params


class LinkMonitor:
    """Watches one shared server. `start()` runs the watch on a thread of its own; listeners
    are called on that thread (the UI hands them to its own thread). A reconnection reports
    online again: a listener re-reads then, because NOTIFYs sent while down are lost."""

    def __init__(
        self,
        url: str,
        *,
        channels: tuple[str, ...] = (),
        probe_every: float = PROBE_EVERY,
        deadline: float = DEADLINE,
    ) -> None:
        self._params = conninfo_for(url)
        self._params["connect_timeout"] = max(1, round(deadline))
        self.channels = channels
        self.probe_every = probe_every
        self.deadline = deadline
        self.status = LinkStatus(online=False, since=utcnow(), reason="not started")
        self._conn: Any = None
        self._link_listeners: list[LinkListener] = []
        self._notice_listeners: list[NoticeListener] = []
        self._wake_r, self._wake_w = socket.socketpair()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def on_change(self, listener: LinkListener) -> None:
        self._link_listeners.append(listener)

    def on_notice(self, listener: NoticeListener) -> None:
        self._notice_listeners.append(listener)

    # ------------------------------------------------------------ running

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="link-monitor", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        with contextlib.suppress(OSError):
            self._wake_w.send(b"x")
        if self._thread is not None:
            self._thread.join(self.deadline + 2)
        self._close()
        self._wake_r.close()
        self._wake_w.close()

    def check(self) -> LinkStatus:
        """One question now (connecting first if need be); the status it leaves."""
        try:
            if self._conn is None:
                self._connect()
            self._ask()
        except Exception as exc:  # whatever failed, the link is down until a question passes
            self._close()
            self._report(False, f"{type(exc).__name__}: {exc}"[:200])
        else:
            self._report(True)
        return self.status

    def _run(self) -> None:
        while not self._stop.is_set():
            started = time.monotonic()
            self.check()
            # Between two questions, listen: a NOTIFY is read the moment it arrives.
            self._listen_until(started + self.probe_every)

    # ------------------------------------------------------------ the connection

    def _connect(self) -> None:
        import psycopg

        conn = psycopg.connect(autocommit=True, **self._params)
        for channel in self.channels:
            conn.execute(f'LISTEN "{channel}"')
        self._conn = conn

    def _close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.close()

    def _wait(self, deadline: float, *, write: bool = False) -> None:
        pg = self._conn.pgconn
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise LinkDown(f"no answer within {self.deadline:g} s")
        ready = select.select(
            [] if write else [pg.socket], [pg.socket] if write else [], [], remaining
        )
        if not ready[0] and not ready[1]:
            raise LinkDown(f"no answer within {self.deadline:g} s")

    def _ask(self) -> None:
        """SELECT 1 through libpq's non-blocking calls, so that the deadline is ours."""
        from psycopg import pq

        pg = self._conn.pgconn
        deadline = time.monotonic() + self.deadline
        pg.send_query(b"SELECT 1")
        while pg.flush():
            self._wait(deadline, write=True)
        while True:
            pg.consume_input()
            if not pg.is_busy():
                break
            self._wait(deadline)
        failed = None
        while (result := pg.get_result()) is not None:
            if result.status != pq.ExecStatus.TUPLES_OK:
                failed = (result.error_message or b"").decode(errors="replace")
        self._deliver_notices()
        if failed is not None:
            raise LinkDown(failed)

    def _listen_until(self, until: float) -> None:
        while not self._stop.is_set():
            remaining = until - time.monotonic()
            if remaining <= 0:
                return
            watched = [self._wake_r]
            if self._conn is not None:
                watched.append(self._conn.pgconn.socket)
            ready, _, _ = select.select(watched, [], [], remaining)
            if self._wake_r in ready:
                return
            if ready and self._conn is not None:
                try:
                    self._conn.pgconn.consume_input()
                except Exception as exc:  # the server went away between two questions
                    self._close()
                    self._report(False, f"{type(exc).__name__}: {exc}"[:200])
                    return
                self._deliver_notices()

    def _deliver_notices(self) -> None:
        if self._conn is None:
            return
        pg = self._conn.pgconn
        while (n := pg.notifies()) is not None:
            notice = Notice(n.relname.decode(), n.extra.decode())
            for listener in list(self._notice_listeners):
                try:
                    listener(notice)
                except Exception:  # one listener's bug must not stop the watch
                    log.exception("notice listener failed")

    def _report(self, online: bool, reason: str = "") -> None:
        if online == self.status.online and self.status.reason != "not started":
            return
        self.status = LinkStatus(online=online, since=utcnow(), reason=reason)
        log.info("shared server %s %s", "online" if online else "offline", reason)
        for listener in list(self._link_listeners):
            try:
                listener(self.status)
            except Exception:
                log.exception("link listener failed")
