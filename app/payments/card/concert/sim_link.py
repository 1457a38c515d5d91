"""The simulated terminal's side of the Concert link: ACK the register's ENQ, take its request
(NAK a broken frame), wait for its EOT, run the request, then ENQ, send the answer (resend on
NAK, at most 3 times), EOT — and misbehave on purpose when told to.

It tolerates what a real terminal tolerates from the peers (DESIGN §5a): a register that never
NAKs, that gives up after a NAK without sending EOT, or that sends no EOT after our ACK.
"""

from __future__ import annotations

import contextlib
import threading
from collections import Counter

from app.payments.card.base import ProtocolError
from app.payments.card.concert import protocol as c
from app.payments.card.concert.sim_terminal import ConcertTerminal, SimDecline
from app.payments.card.framing import (
    ACK,
    ACK_BYTE,
    NAK,
    NAK_BYTE,
    ByteStream,
    FrameReader,
    encode_frame,
)
from app.payments.card.sim_streams import StreamClosed


class ConcertTerminalLink:
    def __init__(
        self,
        terminal: ConcertTerminal,
        *,
        ack_timeout: float = 2.0,
        gap: float = 0.5,
        sends: int = 3,
        eot_timeout: float = 0.5,
    ) -> None:
        self.terminal = terminal
        self.ack_timeout = ack_timeout
        self.gap = gap
        self.sends = sends
        self.eot_timeout = eot_timeout
        self.stop = threading.Event()
        # For tests: "enq_in", "frames_in", "bad_frames_in", "acked", "answers_out",
        # "acks_in", "naks_in", "eot_missing".
        self.stats: Counter[str] = Counter()
        self.requests: list[str] = []  # every request taken (ACKed or its ACK lost), in order
        self.refused: list[str] = []  # requests NAKed on purpose

    def serve(self, stream: ByteStream) -> None:
        reader = FrameReader(stream)
        try:
            while not self.stop.is_set():
                item = self._next(reader, 3600.0, bytes([c.ENQ]))
                if item == c.ENQ:
                    self.stats["enq_in"] += 1
                    self._session(stream, reader)
        except (OSError, StreamClosed):
            return

    def _next(self, reader: FrameReader, timeout: float, controls: bytes) -> int | str | None:
        try:
            return reader.read_reply(timeout, self.gap, controls)
        except ProtocolError:
            return "broken"

    def _session(self, stream: ByteStream, reader: FrameReader) -> None:
        mis = self.terminal.misbehaviour
        if mis.use("ignore"):
            return  # no ACK: the register tries ENQ again, or gives up
        stream.write(ACK_BYTE)
        while True:
            item = self._next(reader, self.ack_timeout, bytes([c.ENQ, c.EOT]))
            if item is None or item == c.EOT:
                return  # a poll (ENQ, EOT), or a register that went away
            if item == c.ENQ:
                stream.write(ACK_BYTE)  # it missed our ACK and asks again
                continue
            if item == "broken":
                self.stats["bad_frames_in"] += 1
                stream.write(NAK_BYTE)
                continue
            assert isinstance(item, str)
            self.stats["frames_in"] += 1
            try:
                request = c.parse_request(item)
            except ProtocolError:
                self.stats["bad_frames_in"] += 1
                stream.write(NAK_BYTE)
                continue
            kind = request.kind.value
            if mis.use("nak", kind):
                self.refused.append(item)
                stream.write(NAK_BYTE)
                continue
            if not mis.use("lose_ack", kind):
                stream.write(ACK_BYTE)
            self.stats["acked"] += 1
            self.requests.append(item)
            break
        if self._next(reader, self.eot_timeout, bytes([c.EOT])) != c.EOT:
            self.stats["eot_missing"] += 1  # peers that skip it: a real terminal goes on
        self._run(stream, reader, request)

    def _run(self, stream: ByteStream, reader: FrameReader, request: c.Request) -> None:
        mis = self.terminal.misbehaviour
        kind = request.kind.value
        if request.delay is c.Delay.AT_ONCE:
            # "Answer at once": no valid result (status 9) goes back before the transaction is
            # done; the terminal then carries it out all the same.
            with contextlib.suppress(SimDecline):
                self.terminal.run(request)
            answer = self.terminal.answer_for(request, c.Status.NO_RESULT.value)
            self._answer(stream, reader, answer, kind)
            return
        try:
            answer = self.terminal.run(request)
        except SimDecline as exc:
            answer = self.terminal.answer_for(request, exc.code)
        else:
            if mis.use("drop_answer", kind):
                return  # the money moved; the answer never comes
        if mis.slow_ms:
            self.stop.wait(mis.slow_ms / 1000)
        self._answer(stream, reader, answer, kind)

    def _answer(self, stream: ByteStream, reader: FrameReader, answer: c.Answer, kind: str) -> None:
        mis = self.terminal.misbehaviour
        frame = encode_frame(c.encode_answer(answer, self.terminal.card_field()))
        for attempt in range(self.sends):
            if attempt:
                stream.write(c.EOT_BYTE)
            stream.write(c.ENQ_BYTE)
            if reader.read_control(self.ack_timeout) == ACK:
                break
        else:
            stream.write(c.EOT_BYTE)
            return
        for _ in range(self.sends):
            out = frame
            if mis.use("bad_lrc", kind):
                out = frame[:-1] + bytes([frame[-1] ^ 0x5A])
            if mis.use("truncate", kind):
                out = frame[: len(frame) // 2]
            self.stats["answers_out"] += 1  # counted first: the register may be done at once
            stream.write(out)
            control = reader.read_control(self.ack_timeout)
            if control == ACK:
                self.stats["acks_in"] += 1
                break
            if control == NAK:
                self.stats["naks_in"] += 1
                continue
            break  # a peer that never NAKs and never ACKs: it gave up
        stream.write(c.EOT_BYTE)
