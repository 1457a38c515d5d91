"""Framed links shared by the card protocols: STX + DATA + ETX + LRC, LRC = XOR of the bytes after
STX up to and including ETX (POS Integrado and Concert agree on this), and a reader that takes
control bytes and frames off any pyserial-like byte stream with blocking, timed reads."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from typing import Protocol

from app.payments.card.base import LinkError, ProtocolError

STX = 0x02
ETX = 0x03
ACK = 0x06
NAK = 0x15
ACK_BYTE = bytes([ACK])
NAK_BYTE = bytes([NAK])

# No documented answer comes close; a longer run without ETX is noise, not a frame.
MAX_DATA = 2048


class BadLrc(ProtocolError):
    def __init__(self, detail: str = "") -> None:
        super().__init__("terminal.link.bad_lrc", detail)


class MalformedFrame(ProtocolError):
    def __init__(self, detail: str = "") -> None:
        super().__init__("terminal.link.malformed", detail)


class FrameGap(ProtocolError):
    """The bytes of a frame stopped mid-way for longer than the inter-byte timeout."""

    def __init__(self, detail: str = "") -> None:
        super().__init__("terminal.link.gap", detail)


class FrameTimeout(LinkError):
    """No frame started before the deadline."""

    def __init__(self, detail: str = "") -> None:
        super().__init__("terminal.link.timeout", detail)


# --- framing -------------------------------------------------------------------


def lrc(data: bytes) -> int:
    value = 0
    for byte in data:
        value ^= byte
    return value


def encode_frame(payload: str) -> bytes:
    data = payload.encode("ascii") + bytes([ETX])
    return bytes([STX]) + data + bytes([lrc(data)])


def _check_data(data: bytes) -> str:
    if any(b < 0x20 or b > 0x7E for b in data):
        raise MalformedFrame("control or non-ASCII byte inside a frame")
    return data.decode("ascii")


def decode_frame(raw: bytes) -> str:
    """The DATA of one complete frame; BadLrc / MalformedFrame otherwise."""
    if len(raw) < 3 or raw[0] != STX or raw[-2] != ETX:
        raise MalformedFrame("not STX ... ETX LRC")
    body = raw[1:-1]
    if lrc(body) != raw[-1]:
        raise BadLrc(f"expected 0x{lrc(body):02x}, got 0x{raw[-1]:02x}")
    return _check_data(raw[1:-2])


def take_frame(buf: bytearray) -> str | None:
    """Take one frame off the front of `buf`, which must start with STX.

    Returns the DATA, or None if the frame is not complete yet (nothing consumed).
    Raises BadLrc / MalformedFrame after consuming the broken frame's bytes.
    """
    assert buf and buf[0] == STX
    limit = min(len(buf), MAX_DATA + 2)
    for i in range(1, limit):
        byte = buf[i]
        if byte == ETX:
            if i + 1 >= len(buf):
                return None
            raw = bytes(buf[: i + 2])
            del buf[: i + 2]
            return decode_frame(raw)
        if byte == STX:
            del buf[:i]  # resynchronise on the new STX
            raise MalformedFrame("STX inside a frame")
    if len(buf) > MAX_DATA + 1:
        del buf[:1]
        raise MalformedFrame("frame too long")
    return None


def split_frames(stream: bytes) -> list[str | ProtocolError]:
    """Every frame (or the typed error of every broken one) in a finished byte stream."""
    buf = bytearray(stream)
    out: list[str | ProtocolError] = []
    while buf:
        start = buf.find(STX)
        if start < 0:
            break
        del buf[:start]
        try:
            payload = take_frame(buf)
        except ProtocolError as exc:
            out.append(exc)
            continue
        if payload is None:
            out.append(FrameGap("stream ended mid-frame"))
            break
        out.append(payload)
    return out


class ByteStream(Protocol):
    """The part of pyserial's `Serial` the link layer uses."""

    timeout: float | None

    @property
    def in_waiting(self) -> int: ...

    def read(self, size: int = 1) -> bytes: ...

    def write(self, data: bytes, /) -> int | None: ...


class FrameReader:
    """Reads control bytes and frames off a stream, keeping what it over-read."""

    def __init__(self, stream: ByteStream) -> None:
        self.stream = stream
        self.buf = bytearray()
        self._timeout: float | None = -1.0

    def _fill(self, timeout: float) -> bool:
        timeout = max(timeout, 0.0)
        if self._timeout != timeout:
            # pyserial reconfigures the port on every assignment: do it only on change.
            self.stream.timeout = timeout
            self._timeout = timeout
        waiting = self.stream.in_waiting
        data = self.stream.read(waiting if waiting > 0 else 1)
        if data:
            self.buf += data
            return True
        return False

    def discard_input(self) -> None:
        self.buf.clear()
        while self.stream.in_waiting:
            if not self._fill(0.0):
                break
            self.buf.clear()

    def read_control(
        self,
        timeout: float,
        on_frame: Callable[[str], object] | None = None,
        gap: float = 0.3,
    ) -> int | None:
        """The next ACK or NAK within `timeout` seconds.

        A whole frame met on the way (a peer re-sending an answer we gave up on) goes
        to `on_frame` if given, so the caller can ACK it; other bytes are dropped.
        """
        deadline = time.monotonic() + timeout
        while True:
            i = 0
            while i < len(self.buf):
                byte = self.buf[i]
                if byte in (ACK, NAK):
                    del self.buf[: i + 1]
                    return byte
                if byte == STX and on_frame is not None:
                    del self.buf[:i]
                    i = 0
                    with contextlib.suppress(ProtocolError):
                        on_frame(self.read_frame(0.0, gap))
                    continue
                i += 1
            self.buf.clear()
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not self._fill(remaining):
                return None

    def pending(self) -> bool:
        """Whether bytes are already here (over-read, or waiting in the port)."""
        return bool(self.buf) or self.stream.in_waiting > 0

    def read_reply(
        self, timeout: float, gap: float, controls: bytes = bytes([ACK, NAK])
    ) -> int | str | None:
        """The next control byte (one of `controls`) or whole frame within `timeout` seconds:
        the byte's value, the frame's DATA, or None after silence. Other bytes are dropped; a
        broken frame raises its ProtocolError (the caller NAKs it, or drops it)."""
        deadline = time.monotonic() + timeout
        while True:
            for i, byte in enumerate(self.buf):
                if byte in controls:
                    del self.buf[: i + 1]
                    return byte
                if byte == STX:
                    del self.buf[:i]
                    return self.read_frame(0.0, gap)
            self.buf.clear()
            # Past the deadline one read that does not wait still takes what is already here.
            if not self._fill(max(deadline - time.monotonic(), 0.0)):
                return None

    def read_frame(self, timeout: float, gap: float) -> str:
        """The DATA of the next frame to start within `timeout` seconds.

        Bytes before an STX are dropped. Once a frame starts, each further byte must
        come within `gap` seconds or the partial frame is discarded (FrameGap).
        """
        deadline = time.monotonic() + timeout
        while True:
            start = self.buf.find(STX)
            if start >= 0:
                del self.buf[:start]
                break
            self.buf.clear()
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not self._fill(remaining):
                raise FrameTimeout(f"no frame within {timeout:g} s")
        while True:
            payload = take_frame(self.buf)
            if payload is not None:
                return payload
            if not self._fill(gap):
                self.buf.clear()
                raise FrameGap(f"no byte for {gap:g} s inside a frame")
