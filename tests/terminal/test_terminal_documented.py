"""The simulator speaks the documented POS Integrado layouts by default (DESIGN §5), its private
fields only behind `extended=True`; the driver never depends on them, and `identify()` works on
the documented answers alone."""

from __future__ import annotations

import io
from typing import Any

import pytest

from app.payments.card.base import Capability, ProtocolError
from app.payments.card.integrado import driver as integrado
from app.payments.card.integrado import protocol as p
from app.payments.card.integrado.driver import PosIntegradoDriver
from app.payments.card.integrado.simulator import (
    InProcessSimulatorDriver,
    SimulatedTerminal,
    TerminalLink,
    serve_tcp,
)

from .conftest import FAST, LINK
from .timed_port import TimedPort

# Fields of each answer, function code and response code included (DESIGN §5's table + 2).
DOCUMENTED_FIELDS = {"0210": 19, "0260": 19, "0261": 19, "1210": 6, "0510": 4, "0710": 4}


def answers(terminal: SimulatedTerminal, payload: str) -> list[list[str]]:
    link = TerminalLink(terminal)
    out = link._answers(io.BytesIO(), p.FrameReader(io.BytesIO()), payload)  # type: ignore[arg-type]
    return [a.removesuffix("|").split("|") for a in out]


def test_documented_answers_have_the_documented_field_counts() -> None:
    t = SimulatedTerminal(extended=False)
    t.seed_sales(2)
    seen = {}
    for payload in ("0200|5000|T1|||0|", "0250|", "0260|1|", "1200|1|", "0700||", "0500||"):
        for fields in answers(t, payload):
            seen.setdefault(fields[0], set()).add(len(fields))
    assert seen == {code: {n} for code, n in DOCUMENTED_FIELDS.items()}


def test_extended_switch_adds_exactly_the_two_private_fields() -> None:
    t = SimulatedTerminal(extended=True)
    sale = t.seed_sales(1)[0]
    void = t.void(sale.operation_no)
    (last,) = answers(t, "0250|")  # the extension's last record: the void itself
    assert len(last) == DOCUMENTED_FIELDS["0260"] + 2 and last[-2:] == ["1200", sale.operation_no]
    assert last[10] == void.operation_no
    row, end = answers(t, "0260|1|")
    assert len(row) == DOCUMENTED_FIELDS["0261"] + 2 and len(end) == DOCUMENTED_FIELDS["0261"]


def _read_everything(terminal: SimulatedTerminal) -> tuple[Any, ...]:
    with serve_tcp(terminal, **LINK) as server, PosIntegradoDriver(server.url, **FAST) as d:
        return d.last_transaction(), d.sales_journal(), d.identify(), d.capabilities


def test_in_process_simulator_tells_no_more_than_the_wire() -> None:
    t = SimulatedTerminal(extended=False)
    sale = t.seed_sales(1)[0]
    driver = InProcessSimulatorDriver(t)
    driver.void(sale.operation_no)
    assert Capability.VOID_STATUS not in driver.capabilities
    (row,) = driver.sales_journal()
    last = driver.last_transaction()
    assert (row.voided, row.linked_operation_no, last.function_code) == (False, "", "0200")
    with serve_tcp(t, **LINK) as server, PosIntegradoDriver(server.url, **FAST) as wire:
        assert wire.sales_journal()[0].voided == row.voided
        assert wire.last_transaction().operation_no == last.operation_no


# -- identify() on the documented answers --------------------------------------------------------


def test_identify_when_the_terminal_has_no_sale() -> None:
    """Code 11 "no sale" still carries the commerce code and terminal id."""
    t = SimulatedTerminal(terminal_id="TID00042", extended=False)
    with serve_tcp(t, **LINK) as server, PosIntegradoDriver(server.url, **FAST) as driver:
        identity = driver.identify()
    assert (identity.terminal_id, identity.commerce_code, identity.reported) == (
        "TID00042",
        t.commerce_code,
        True,
    )


def _on(monkeypatch: pytest.MonkeyPatch, port: TimedPort) -> PosIntegradoDriver:
    monkeypatch.setattr(integrado.serial, "serial_for_url", lambda *a, **k: port)
    return PosIntegradoDriver("loop://", ack_timeout=0.05, answer_timeout=0.5)


LAST = p.encode_frame(p.last_sale())
DETAIL = p.encode_frame(p.sales_detail())


def test_identify_falls_back_to_the_journals_closing_frame(monkeypatch: pytest.MonkeyPatch) -> None:
    empty_last = p.encode_frame("0260|11|597012345678||" + "|" * 15)
    end = p.encode_frame("0261|00|597012345678|TID00077|" + "|" * 15)
    port = TimedPort(
        [(LAST, [(0.0, b"\x06"), (0.01, empty_last)]), (DETAIL, [(0.0, b"\x06"), (0.01, end)])]
    )
    identity = _on(monkeypatch, port).identify()
    assert (identity.terminal_id, identity.commerce_code) == ("TID00077", "597012345678")


def test_identify_without_any_terminal_id_is_a_protocol_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    empty_last = p.encode_frame("0260|11|||" + "|" * 15)
    end = p.encode_frame("0261|00|||" + "|" * 15)
    port = TimedPort(
        [(LAST, [(0.0, b"\x06"), (0.01, empty_last)]), (DETAIL, [(0.0, b"\x06"), (0.01, end)])]
    )
    with pytest.raises(ProtocolError):
        _on(monkeypatch, port).identify()
