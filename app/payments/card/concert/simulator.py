"""A simulated Concert terminal: its memory (sim_terminal.py), its side of the link
(sim_link.py), served on TCP or a pty (app.payments.card.sim_streams), and an in-process
driver (sim_driver.py). This module gathers the names callers use."""

from __future__ import annotations

from typing import Any

from app.payments.card.concert.sim_driver import InProcessConcertDriver
from app.payments.card.concert.sim_link import ConcertTerminalLink
from app.payments.card.concert.sim_terminal import (
    ALWAYS,
    ConcertMovement,
    ConcertTerminal,
    Misbehaviour,
)
from app.payments.card.sim_streams import SimulatorServer, open_link_pty, serve_link_tcp

__all__ = [
    "ALWAYS",
    "ConcertMovement",
    "ConcertTerminal",
    "ConcertTerminalLink",
    "InProcessConcertDriver",
    "Misbehaviour",
    "SimulatorServer",
    "open_pty",
    "serve_tcp",
]


def serve_tcp(
    terminal: ConcertTerminal | None = None,
    host: str = "127.0.0.1",
    port: int = 0,
    **link_options: Any,
) -> SimulatorServer:
    """Serve the terminal on TCP (one connection at a time) for `socket://host:port`."""
    terminal = terminal or ConcertTerminal()
    return serve_link_tcp(terminal, ConcertTerminalLink(terminal, **link_options), host, port)


def open_pty(terminal: ConcertTerminal | None = None, **link_options: Any) -> SimulatorServer:
    """Serve the terminal on a new pty (Linux/macOS; 8N1 there: a pty cannot do 7E1)."""
    terminal = terminal or ConcertTerminal()
    return open_link_pty(terminal, ConcertTerminalLink(terminal, **link_options))
