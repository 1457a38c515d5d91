"""Terminals that misbehave on the link for the kill harness: the faults the audit met on a
real line, armed for the next void only.

- `ack_lost_answered`: the terminal takes the void and answers it, but its ACK never arrives
  (the answer comes before any ACK);
- `ack_lost_silent`: it takes the void and moves the money, then says nothing at all;
- `stale_answer`: it ACKs the void, an earlier void's approved answer turns up on the line
  first, then the terminal's own answer: a decline (nothing moved).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.payments.card.integrado import protocol as p
from app.payments.card.integrado.sim_link import TerminalLink
from app.payments.card.integrado.sim_terminal import SimulatedTerminal
from app.payments.card.sim_streams import SimulatorServer, serve_link_tcp


class FaultyLink(TerminalLink):
    def __init__(self, terminal: SimulatedTerminal, **options: Any) -> None:
        super().__init__(terminal, **options)
        self.armed = ""

    def arm(self, fault: str) -> None:
        self.armed = fault

    def _command(self, stream: p.ByteStream, reader: p.FrameReader, payload: str) -> None:
        fault, code = self.armed, payload[:4]
        if code != p.VOID or not fault:
            super()._command(stream, reader, payload)
            return
        self.armed = ""
        if fault == "stale_answer":
            previous = self.terminal.voids()[-1]
            stream.write(p.ACK_BYTE)
            self.commands.append(payload)
            stale = "|".join(
                ["1210", "00", self.terminal.commerce_code, self.terminal.terminal_id,
                 previous.auth_code, previous.operation_no]
            )  # fmt: skip
            self._send(stream, reader, stale)
            declined = "|".join(
                ["1210", "01", self.terminal.commerce_code, self.terminal.terminal_id, "", ""]
            )
            self._send(stream, reader, declined)
            return
        # The void is taken (the money moves) but no ACK goes back.
        answers = self._answers(stream, reader, payload)
        if fault == "ack_lost_answered":
            for answer in answers:
                if not self._send(stream, reader, answer):
                    return


def _serve(fault: str) -> Callable[[SimulatedTerminal], SimulatorServer]:
    def serve(terminal: SimulatedTerminal) -> SimulatorServer:
        return serve_link_tcp(terminal, FaultyLink(terminal))

    return serve


LINKS: dict[str, Callable[[SimulatedTerminal], SimulatorServer]] = {
    name: _serve(name) for name in ("ack_lost_answered", "ack_lost_silent", "stale_answer")
}
