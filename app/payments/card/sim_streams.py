"""Serving a simulated terminal on a byte stream: a TCP listener (for `socket://`) or a pty, each
in a background thread. Protocol-blind: any link with `serve(stream)` and a `stop` event."""

from __future__ import annotations

import contextlib
import os
import select
import socket
import sys
import threading
import time
from typing import Any, Protocol


class Link(Protocol):
    """A terminal's side of one protocol, serving a stream until it closes or `stop` is set."""

    stop: threading.Event

    def serve(self, stream: Any) -> None: ...


class StreamClosed(Exception):
    """The stream was closed (by `close()` or by the peer)."""


class SelectStream:
    """A pyserial-like stream over a file descriptor, woken at once by close()."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.timeout: float | None = None
        self._wake_r, self._wake_w = socket.socketpair()
        self.closed = False

    @property
    def in_waiting(self) -> int:
        try:
            import fcntl  # POSIX only
            import termios

            buf = fcntl.ioctl(self.fd, termios.FIONREAD, b"\0\0\0\0")
            return int.from_bytes(buf, sys.byteorder)
        except (ImportError, OSError):
            return 0

    def _recv(self, size: int) -> bytes:
        return os.read(self.fd, size)

    def read(self, size: int = 1) -> bytes:
        out = bytearray()
        deadline = None if self.timeout is None else time.monotonic() + self.timeout
        while len(out) < size:
            if self.closed:
                raise StreamClosed
            wait = None if deadline is None else max(0.0, deadline - time.monotonic())
            ready, _, _ = select.select([self.fd, self._wake_r.fileno()], [], [], wait)
            if self._wake_r.fileno() in ready or self.closed:
                raise StreamClosed
            if not ready:
                break
            try:
                chunk = self._recv(size - len(out))
            except OSError as exc:  # EIO on a pty master once the other side hangs up
                raise StreamClosed from exc
            if not chunk:
                raise StreamClosed
            out += chunk
        return bytes(out)

    def write(self, data: bytes, /) -> int:
        view = memoryview(data)
        while view:
            written = self._write(view)
            view = view[written:]
        return len(data)

    def _write(self, data: memoryview) -> int:
        return os.write(self.fd, data)

    def close(self) -> None:
        self.closed = True
        with contextlib.suppress(OSError):
            self._wake_w.send(b"x")


class SocketStream(SelectStream):
    def __init__(self, sock: socket.socket) -> None:
        super().__init__(sock.fileno())
        self.sock = sock

    def _recv(self, size: int) -> bytes:
        return self.sock.recv(size)

    def _write(self, data: memoryview) -> int:
        return self.sock.send(data)


class SimulatorServer:
    """A simulated terminal served in a background thread; `close()` stops it."""

    def __init__(self, terminal: Any, link: Link, url: str) -> None:
        self.terminal = terminal
        self.link = link
        self.url = url
        self.path = url  # for a pty: the slave path to open
        self._streams: list[SelectStream] = []
        self._threads: list[threading.Thread] = []
        self._cleanup: list[Any] = []

    def _start(self, target: Any, *args: Any) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True, name="terminal-sim")
        thread.start()
        self._threads.append(thread)

    def close(self) -> None:
        self.link.stop.set()
        for stream in list(self._streams):
            stream.close()
        for thread in self._threads:
            thread.join(timeout=5)
        for cleanup in self._cleanup:
            cleanup()

    def __enter__(self) -> SimulatorServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def serve_link_tcp(
    terminal: Any, link: Link, host: str = "127.0.0.1", port: int = 0
) -> SimulatorServer:
    """Serve `link` on TCP (one connection at a time) for `socket://host:port`."""
    listener = socket.create_server((host, port))
    bound_host, bound_port = listener.getsockname()[:2]
    server = SimulatorServer(terminal, link, f"socket://{bound_host}:{bound_port}")
    accept_stream = SocketStream(listener)
    server._streams.append(accept_stream)
    server._cleanup.append(listener.close)

    def accept_loop() -> None:
        while not link.stop.is_set():
            ready, _, _ = select.select([listener, accept_stream._wake_r], [], [])
            if listener not in ready or link.stop.is_set():
                return
            conn, _ = listener.accept()
            conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            stream = SocketStream(conn)
            server._streams.append(stream)
            try:
                link.serve(stream)
            finally:
                server._streams.remove(stream)
                conn.close()

    server._start(accept_loop)
    return server


def open_link_pty(terminal: Any, link: Link) -> SimulatorServer:
    """Serve `link` on a new pty (Linux/macOS); open `server.path` as the port."""
    import tty

    master, slave = os.openpty()
    tty.setraw(master)
    tty.setraw(slave)  # no echo, no ^C on ETX (0x03), no CR/LF rewriting
    path = os.ttyname(slave)
    server = SimulatorServer(terminal, link, path)
    stream = SelectStream(master)
    server._streams.append(stream)
    # Keep the slave open ourselves, so the master never sees EIO between clients.
    server._cleanup += [lambda: os.close(master), lambda: os.close(slave)]
    server._start(link.serve, stream)
    return server
