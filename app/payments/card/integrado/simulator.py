"""A simulated POS Integrado terminal: its state (sim_terminal.py), its side of the link
(sim_link.py), served on TCP or a pty (app.payments.card.sim_streams), and an in-process
driver (sim_driver.py). This module gathers the names callers use.
"""

from __future__ import annotations

from typing import Any

from app.payments.card.integrado.sim_driver import InProcessSimulatorDriver
from app.payments.card.integrado.sim_link import TerminalLink
from app.payments.card.integrado.sim_terminal import (
    ALWAYS,
    SALE_PROGRESS,
    Misbehaviour,
    Movement,
    SimDecline,
    SimulatedTerminal,
)
from app.payments.card.sim_streams import (
    SimulatorServer,
    StreamClosed,
    open_link_pty,
    serve_link_tcp,
)

__all__ = [
    "ALWAYS",
    "SALE_PROGRESS",
    "InProcessSimulatorDriver",
    "Misbehaviour",
    "Movement",
    "SimDecline",
    "SimulatedTerminal",
    "SimulatorServer",
    "StreamClosed",
    "TerminalLink",
    "open_pty",
    "serve_tcp",
]


def serve_tcp(
    terminal: SimulatedTerminal | None = None,
    host: str = "127.0.0.1",
    port: int = 0,
    **link_options: Any,
) -> SimulatorServer:
    """Serve the terminal on TCP (one connection at a time) for `socket://host:port`."""
    terminal = terminal or SimulatedTerminal()
    return serve_link_tcp(terminal, TerminalLink(terminal, **link_options), host, port)


def open_pty(terminal: SimulatedTerminal | None = None, **link_options: Any) -> SimulatorServer:
    """Serve the terminal on a new pty (Linux/macOS); open `server.path` as the port."""
    terminal = terminal or SimulatedTerminal()
    return open_link_pty(terminal, TerminalLink(terminal, **link_options))
