"""POS Integrado's entry in `guadan.terminal_drivers` (registered in pyproject.toml, like any
third-party driver)."""

from __future__ import annotations

from app.payments.card.base import TerminalDriver
from app.payments.card.drivers import DriverSpec, LinkSettings, SimulatorSetup, TerminalSetup
from app.payments.card.integrado.driver import PosIntegradoDriver
from app.payments.card.integrado.sim_driver import DOCUMENTED


def open_driver(setup: TerminalSetup) -> TerminalDriver:
    link = setup.link  # the protocol is 8N1: only the baud is the counter's to choose
    return PosIntegradoDriver(
        setup.port,
        baudrate=link.baudrate,
        ack_timeout=setup.ack_timeout,
        answer_timeout=setup.answer_timeout,
        inter_byte_timeout=setup.inter_byte_timeout,
        progress=setup.progress,
    )


def simulate(setup: SimulatorSetup) -> TerminalDriver:
    from app.payments.card.integrado.simulator import InProcessSimulatorDriver, SimulatedTerminal

    terminal = SimulatedTerminal(setup.journal)
    if setup.terminal_id:
        terminal.rename(setup.terminal_id)
    return InProcessSimulatorDriver(terminal, progress=setup.progress)


DRIVER = DriverSpec(
    name="integrado",
    label_zh="POS Integrado（Transbank）",
    label_en="POS Integrado (Transbank)",
    link=LinkSettings(115200, 8, "N", 1),
    capabilities=DOCUMENTED,
    open=open_driver,
    simulate=simulate,
)
