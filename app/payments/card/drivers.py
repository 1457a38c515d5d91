"""Terminal drivers as plug-ins. Every card protocol — POS Integrado and Concert too — registers
one `DriverSpec` under the entry-point group `guadan.terminal_drivers`; a bank's own MIS-POS
protocol is added by installing a package that does the same (docs/terminal-plugins.md).

A spec says what the settings window and `guadan doctor` show (name, zh/en label, link
settings, capabilities) and how to open the driver for a port, and, where the protocol has
one, its in-process simulator. Step 5 never sees a spec: it reads the driver's capabilities.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from app.payments.card.base import Capability, ProgressCallback, TerminalDriver, TerminalError

log = logging.getLogger(__name__)

GROUP = "guadan.terminal_drivers"
DEFAULT_PROTOCOL = "integrado"
PARITIES = {"N": "none", "E": "even", "O": "odd"}
# What pyproject.toml registers for the built-in drivers. Read only when the installed
# metadata lacks them (an editable install made before they were registered, a bundle built
# without guadan's metadata): the entry points are the one way drivers are found.
BUILT_IN = {
    "integrado": "app.payments.card.integrado.plugin:DRIVER",
    "concert": "app.payments.card.concert.plugin:DRIVER",
}


@dataclass(frozen=True)
class LinkSettings:
    """The serial line a terminal needs: baud, data bits, parity ("N"/"E"/"O"), stop bits."""

    baudrate: int = 9600
    bytesize: int = 8
    parity: str = "N"
    stopbits: float = 1

    def __str__(self) -> str:
        return f"{self.baudrate} {self.bytesize}{self.parity}{self.stopbits:g}"


@dataclass(frozen=True)
class TerminalSetup:
    """What a counter chose, as a driver's `open` receives it."""

    port: str  # a pyserial URL: COM3, /dev/ttyUSB0, socket://host:port, a pty path
    link: LinkSettings
    terminal_id: str = ""  # the counter's terminal number (for protocols that never say)
    ack_timeout: float = 1.0
    answer_timeout: float = 60.0
    inter_byte_timeout: float = 0.2
    progress: ProgressCallback | None = None


@dataclass(frozen=True)
class SimulatorSetup:
    journal: Path | None  # where the simulated terminal keeps its state (None: in memory)
    terminal_id: str = ""  # the id it reports (or, if the protocol reports none, is given)
    progress: ProgressCallback | None = None


@dataclass(frozen=True)
class DriverSpec:
    name: str  # what a counter binding stores: "integrado", "concert", "mybank"
    label_zh: str
    label_en: str
    link: LinkSettings  # the usual line (the settings window's default)
    capabilities: frozenset[Capability]
    open: Callable[[TerminalSetup], TerminalDriver]
    simulate: Callable[[SimulatorSetup], TerminalDriver] | None = None
    # Other lines the same terminals use, named: (("USB CDC", LinkSettings(…, 8, "N")),)
    other_links: tuple[tuple[str, LinkSettings], ...] = ()
    # Plain words for the keys its errors carry: {key: (zh_CN, en)}
    messages: Mapping[str, tuple[str, str]] = field(default_factory=dict)

    def label(self, lang: str = "zh_CN") -> str:
        return self.label_zh if lang.lower().startswith("zh") else self.label_en


@dataclass(frozen=True)
class BrokenDriver:
    name: str  # the entry point's name
    target: str  # what it points at
    error: str


class UnknownProtocol(TerminalError):
    def __init__(self, name: str) -> None:
        super().__init__("terminal.protocol_unknown", name, protocol=name)


@functools.cache
def _discover() -> tuple[dict[str, DriverSpec], tuple[BrokenDriver, ...]]:
    from importlib.metadata import EntryPoint, entry_points

    found: dict[str, DriverSpec] = {}
    broken: list[BrokenDriver] = []
    points = sorted(entry_points(group=GROUP), key=lambda ep: ep.name)
    named = {ep.name for ep in points}
    points += [
        EntryPoint(name, target, GROUP) for name, target in BUILT_IN.items() if name not in named
    ]
    for ep in points:
        try:
            spec = ep.load()
            if callable(spec) and not isinstance(spec, DriverSpec):
                spec = spec()
            if not isinstance(spec, DriverSpec):
                raise TypeError(f"{type(spec).__name__} is not a DriverSpec")
        except Exception as exc:  # a broken plug-in must not take the others down
            log.warning("terminal driver %s (%s) not loaded: %s", ep.name, ep.value, exc)
            broken.append(BrokenDriver(ep.name, ep.value, f"{type(exc).__name__}: {exc}"))
            continue
        if spec.name in found:
            broken.append(BrokenDriver(ep.name, ep.value, f"name {spec.name!r} taken"))
            continue
        found[spec.name] = spec
        if spec.messages:
            from app import messages
            from app.payments.card import codes

            codes.MESSAGES.update(spec.messages)
            messages.register(dict(spec.messages))
    return found, tuple(broken)


def installed() -> dict[str, DriverSpec]:
    """Every driver installed, by name (the built-in ones first in the settings window)."""
    return dict(_discover()[0])


def broken() -> tuple[BrokenDriver, ...]:
    """Entry points that did not give a usable spec (doctor reports them)."""
    return _discover()[1]


def rediscover() -> None:
    """Forget what was found (after a package was installed while running; tests)."""
    _discover.cache_clear()


def spec(name: str) -> DriverSpec:
    """The driver called `name` ("" = the default protocol); UnknownProtocol if not installed."""
    found = installed().get(name.strip() or DEFAULT_PROTOCOL)
    if found is None:
        raise UnknownProtocol(name)
    return found
