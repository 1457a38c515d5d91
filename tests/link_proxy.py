"""A loopback TCP proxy between a counter and its server that can cut the link (RST to both
ends), black-hole it (bytes vanish, nobody is told) and heal it — the network failures a
shared store lives through, made on demand for tests and benchmarks.

A black hole made here is one at the application level: the proxy's kernel still ACKs what
the counter sends, so TCP's own timers (tcp_user_timeout, keepalives) cannot see it; only an
answer that never comes does. Healing a black-holed link resets the connections it swallowed
bytes of (their streams are broken), as a real link's TCP timers would have by then.
"""

from __future__ import annotations

import contextlib
import queue
import selectors
import socket
import struct
import threading
from collections.abc import Callable

UP, BLACKHOLE, CUT = "up", "blackhole", "cut"


def _reset(sock: socket.socket) -> None:
    """Close with RST, not FIN: the peer's next read or write fails at once."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    with contextlib.suppress(OSError):
        sock.close()


class LinkProxy:
    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.setblocking(False)
        self.port: int = self._listener.getsockname()[1]
        self.mode = UP
        self._peer: dict[socket.socket, socket.socket | None] = {}  # None: upstream-less
        self._swallowed: set[socket.socket] = set()
        self._commands: queue.Queue[tuple[Callable[[], None], threading.Event]] = queue.Queue()
        self._wake_r, self._wake_w = socket.socketpair()
        self._sel = selectors.DefaultSelector()
        self._sel.register(self._listener, selectors.EVENT_READ, "accept")
        self._sel.register(self._wake_r, selectors.EVENT_READ, "wake")
        self._stopped = False
        self._thread = threading.Thread(target=self._loop, name="link-proxy", daemon=True)
        self._thread.start()

    # ------------------------------------------------------------ what a test does

    def cut(self) -> None:
        """RST every connection now; new ones are reset as they arrive, until heal()."""
        self._run(self._do_cut)

    def blackhole(self) -> None:
        """From now on nothing gets through either way, and nobody is told."""
        self._run(lambda: setattr(self, "mode", BLACKHOLE))

    def heal(self) -> None:
        self._run(self._do_heal)

    def url_for(self, url: str) -> str:
        """The same SQLAlchemy URL, through this proxy."""
        from sqlalchemy.engine import make_url

        return (
            make_url(url)
            .set(host="127.0.0.1", port=self.port)
            .render_as_string(hide_password=False)
        )

    def close(self) -> None:
        self._run(self._do_close)
        self._thread.join(5)

    def __enter__(self) -> LinkProxy:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # ------------------------------------------------------------ the loop thread

    def _run(self, action: Callable[[], None]) -> None:
        done = threading.Event()
        self._commands.put((action, done))
        self._wake_w.send(b"x")
        done.wait(5)

    def _drop_all(self) -> None:
        for sock in list(self._peer):
            self._drop(sock)

    def _do_cut(self) -> None:
        self.mode = CUT
        self._drop_all()

    def _do_heal(self) -> None:
        for sock in list(self._swallowed):
            self._drop(sock)
        self.mode = UP

    def _do_close(self) -> None:
        self._drop_all()
        self._stopped = True

    def _drop(self, sock: socket.socket) -> None:
        other = self._peer.pop(sock, None)
        self._swallowed.discard(sock)
        with contextlib.suppress(KeyError, ValueError):
            self._sel.unregister(sock)
        _reset(sock)
        if other is not None and other in self._peer:
            self._drop(other)

    def _accept(self) -> None:
        try:
            client, _ = self._listener.accept()
        except BlockingIOError:
            return
        if self.mode == CUT:
            _reset(client)
            return
        upstream: socket.socket | None = None
        if self.mode == UP:
            try:
                upstream = socket.create_connection(self.target, timeout=3)
            except OSError:
                _reset(client)
                return
            self._peer[upstream] = client
            self._sel.register(upstream, selectors.EVENT_READ, "pipe")
        else:
            self._swallowed.add(client)
        self._peer[client] = upstream
        self._sel.register(client, selectors.EVENT_READ, "pipe")

    def _pipe(self, sock: socket.socket) -> None:
        try:
            data = sock.recv(65536)
        except OSError:
            data = b""
        if not data:
            self._drop(sock)
            return
        other = self._peer.get(sock)
        if self.mode != UP or other is None:
            self._swallowed.add(sock)
            if other is not None:
                self._swallowed.add(other)
            return  # swallowed
        try:
            other.sendall(data)
        except OSError:
            self._drop(sock)

    def _loop(self) -> None:
        while not self._stopped:
            for key, _ in self._sel.select(timeout=1):
                if key.data == "wake":
                    self._wake_r.recv(64)
                    while not self._commands.empty():
                        action, done = self._commands.get()
                        action()
                        done.set()
                elif key.data == "accept":
                    self._accept()
                else:
                    self._pipe(key.fileobj)  # type: ignore[arg-type]
        self._sel.close()
        self._listener.close()
        self._wake_r.close()
        self._wake_w.close()
