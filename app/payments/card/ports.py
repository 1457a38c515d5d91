"""Which terminal ports exist, and opening a driver for one of them."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.payments.card.base import ProgressCallback, TerminalDriver, TerminalError

if TYPE_CHECKING:
    from app.payments.card.drivers import LinkSettings

SIMULATOR = "simulator"
SOCKET_EXAMPLE = "socket://127.0.0.1:9999"


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


def port_choices() -> list[PortInfo]:
    """What the settings window offers: the OS's serial ports, a `socket://` address (a
    terminal on the network, or `guadan terminal-sim`), and the simulator."""
    ports = list_ports()
    network = PortInfo(SOCKET_EXAMPLE, "网络终端 / terminal on the network (socket://HOST:PORT)")
    return ports[:-1] + [network, ports[-1]]


def open_driver(
    port: str,
    *,
    protocol: str = "",
    journal: str | os.PathLike[str] | None = None,
    progress: ProgressCallback | None = None,
    link: LinkSettings | None = None,
    **timeouts: Any,
) -> TerminalDriver:
    """A driver of `protocol` (a name from app.payments.card.drivers; "" = POS Integrado) for
    `port`: "" or "simulator" gives its in-process simulator (its state in `journal`, a JSON
    file, if given); anything else is a pyserial URL, on the protocol's usual line unless
    `link` says otherwise, `timeouts` (ack_timeout, answer_timeout, inter_byte_timeout) in
    seconds."""
    from app.payments.card import drivers

    spec = drivers.spec(protocol)
    if port.strip() in ("", SIMULATOR):
        if spec.simulate is None:
            raise TerminalError("terminal.no_simulator", spec.name, protocol=spec.label())
        return spec.simulate(
            drivers.SimulatorSetup(Path(journal) if journal else None, progress=progress)
        )
    return spec.open(
        drivers.TerminalSetup(port.strip(), link or spec.link, progress=progress, **timeouts)
    )


@dataclass(frozen=True)
class ConnectionCheck:
    """What 测试连接 found: whether the terminal answered, and who it says it is."""

    answered: bool
    terminal_id: str = ""
    reported: bool = False  # False: the protocol never says (the counter's setting is used)
    key: str = ""  # why it did not answer, a message key
    params: dict[str, object] | None = None


def check_connection(
    port: str,
    *,
    protocol: str = "",
    link: LinkSettings | None = None,
    journal: str | os.PathLike[str] | None = None,
    ack_timeout: float = 1.0,
) -> ConnectionCheck:
    """Open the driver of `protocol` on `port` with `link`, ask whether the terminal answers
    (a poll: never a money move) and which terminal it is; the port is closed again."""
    try:
        driver = open_driver(
            port, protocol=protocol, journal=journal, link=link, ack_timeout=ack_timeout
        )
    except TerminalError as exc:
        return ConnectionCheck(False, key=exc.key, params=dict(exc.params))
    try:
        if not driver.ping():
            return ConnectionCheck(False, key="terminal.link.no_ack")
        identity = driver.identify()
        return ConnectionCheck(True, identity.terminal_id.strip(), identity.reported)
    except TerminalError as exc:
        return ConnectionCheck(False, key=exc.key, params=dict(exc.params))
    finally:
        driver.close()
