"""Concert's entry in `guadan.terminal_drivers` (registered in pyproject.toml, like any
third-party driver): 7E1 at 9600 on RS-232, 8N1 over USB CDC."""

from __future__ import annotations

from app.payments.card.base import TerminalDriver
from app.payments.card.concert.driver import CAPABILITIES, ConcertDriver
from app.payments.card.drivers import DriverSpec, LinkSettings, SimulatorSetup, TerminalSetup


def open_driver(setup: TerminalSetup) -> TerminalDriver:
    link = setup.link
    return ConcertDriver(
        setup.port,
        baudrate=link.baudrate,
        bytesize=link.bytesize,
        parity=link.parity,
        stopbits=link.stopbits,
        terminal_id=setup.terminal_id,
        ack_timeout=setup.ack_timeout,
        answer_timeout=setup.answer_timeout,
        inter_byte_timeout=setup.inter_byte_timeout,
        progress=setup.progress,
    )


def simulate(setup: SimulatorSetup) -> TerminalDriver:
    from app.payments.card.concert.simulator import ConcertTerminal, InProcessConcertDriver

    return InProcessConcertDriver(
        ConcertTerminal(setup.journal), progress=setup.progress, terminal_id=setup.terminal_id
    )


DRIVER = DriverSpec(
    name="concert",
    label_zh="Ingenico Telium（Concert 协议）",
    label_en="Ingenico Telium (Concert)",
    link=LinkSettings(9600, 7, "E", 1),
    capabilities=CAPABILITIES,
    open=open_driver,
    simulate=simulate,
    other_links=(("USB CDC", LinkSettings(9600, 8, "N", 1)),),
)
