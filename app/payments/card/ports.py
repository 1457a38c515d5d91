"""Which terminal ports exist, and opening a driver for one of them."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from app.payments.card.base import ProgressCallback, TerminalDriver

SIMULATOR = "simulator"


@dataclass(frozen=True)
class PortInfo:
    device: str  # what to pass to open_driver: "COM3", "/dev/ttyUSB0", "simulator"
    description: str


def list_ports() -> list[PortInfo]:
    """Serial ports present on this PC, then the built-in simulator."""
    from serial.tools import list_ports as serial_ports

    found = [
        PortInfo(port.device, port.description or port.device)
        for port in sorted(serial_ports.comports(), key=lambda port: port.device)
    ]
    return found + [PortInfo(SIMULATOR, "模拟终端 / simulated terminal")]


def open_driver(
    port: str,
    *,
    journal: str | os.PathLike[str] | None = None,
    progress: ProgressCallback | None = None,
    **timeouts: Any,
) -> TerminalDriver:
    """A driver for `port`: "" or "simulator" gives the in-process simulator (its
    state in `journal`, a JSON file, if given); anything else is a pyserial URL for
    a POS Integrado terminal, `timeouts` going to `PosIntegradoDriver`."""
    if port.strip() in ("", SIMULATOR):
        from app.payments.card.integrado.simulator import (
            InProcessSimulatorDriver,
            SimulatedTerminal,
        )

        return InProcessSimulatorDriver(SimulatedTerminal(journal), progress=progress)
    from app.payments.card.integrado.driver import PosIntegradoDriver

    return PosIntegradoDriver(port.strip(), progress=progress, **timeouts)
