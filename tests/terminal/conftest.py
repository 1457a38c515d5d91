"""Fixtures: a simulated terminal served on a real pty and on TCP, and fast drivers."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

# Until the project is installed into the venv, make `app` importable from the repo.
ROOT = str(Path(__file__).resolve().parents[2])
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

from app.payments.card.integrado.driver import PosIntegradoDriver  # noqa: E402
from app.payments.card.integrado.simulator import (  # noqa: E402
    SimulatedTerminal,
    SimulatorServer,
    open_pty,
    serve_tcp,
)

# Short timeouts keep the failure paths quick; the simulator answers in well under them.
FAST = {"ack_timeout": 0.3, "answer_timeout": 1.0, "inter_byte_timeout": 0.05}
LINK = {"ack_timeout": 0.5, "gap": 0.1}

TRANSPORTS = ["pty", "tcp"] if sys.platform != "win32" else ["tcp"]


@pytest.fixture
def terminal() -> SimulatedTerminal:
    term = SimulatedTerminal(extended=False)  # the documented layouts, as a real terminal
    term.seed_sales(3)
    return term


@pytest.fixture(params=TRANSPORTS)
def server(
    request: pytest.FixtureRequest, terminal: SimulatedTerminal
) -> Iterator[SimulatorServer]:
    start = open_pty if request.param == "pty" else serve_tcp
    srv = start(terminal, **LINK)
    yield srv
    srv.close()


@pytest.fixture
def connect(server: SimulatorServer) -> Iterator[Callable[..., PosIntegradoDriver]]:
    drivers: list[PosIntegradoDriver] = []

    def make(**options: Any) -> PosIntegradoDriver:
        driver = PosIntegradoDriver(server.url, **(FAST | options))
        drivers.append(driver)
        return driver

    yield make
    for driver in drivers:
        driver.close()
