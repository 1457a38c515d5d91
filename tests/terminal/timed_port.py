"""A scripted terminal on the far side of a fake port: it answers the writes it expects, each
reply released after its own delay, so that tests can replay timings a real line shows."""

from __future__ import annotations

import threading
import time


class TimedPort:
    """A pyserial-like port. `script` lists (the bytes the terminal waits for, its replies as
    (delay in seconds, bytes)); a write that is not the next expected one gets no reply (a
    terminal ignores what it does not expect, ACKs included). `pending` is on the line before
    the first write (a late answer to an earlier command)."""

    def __init__(
        self, script: list[tuple[bytes, list[tuple[float, bytes]]]], pending: bytes = b""
    ) -> None:
        self.script = list(script)
        self.writes: list[bytes] = []
        self.timeout: float | None = None
        self._buf = bytearray(pending)
        self._queue: list[tuple[float, bytes]] = []
        self._lock = threading.Lock()

    def _release(self) -> None:
        now = time.monotonic()
        due = [item for item in self._queue if item[0] <= now]
        self._queue = [item for item in self._queue if item[0] > now]
        for _, chunk in sorted(due, key=lambda item: item[0]):
            self._buf += chunk

    @property
    def in_waiting(self) -> int:
        with self._lock:
            self._release()
            return len(self._buf)

    def read(self, size: int = 1) -> bytes:
        deadline = time.monotonic() + (self.timeout or 0.0)
        while True:
            with self._lock:
                self._release()
                if self._buf:
                    out = bytes(self._buf[:size])
                    del self._buf[:size]
                    return out
            if time.monotonic() >= deadline:
                return b""
            time.sleep(0.001)

    def write(self, data: bytes) -> int:
        with self._lock:
            self.writes.append(bytes(data))
            if self.script and self.script[0][0] == data:
                now = time.monotonic()
                for delay, chunk in self.script.pop(0)[1]:
                    self._queue.append((now + delay, chunk))
        return len(data)

    def close(self) -> None:
        pass
