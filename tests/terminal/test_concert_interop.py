"""The peers that exist act as the cash register against our Concert simulator over a real pty:
`pyteliummanager` (Telium, TeliumAsk) and `pypostelium` (Driver). Skipped, each on its own, when
the package is not installed. Where the peers deviate from the protocol (DESIGN §5a):

- pyteliummanager calls type `2` "refund": it is the cancellation of the original debit
  (`1`, its "credit", is the refund); it refuses amounts below 1.00 (and above 99999.99) on
  its side; it never NAKs a bad answer (it raises); it opens 8N1 unless told otherwise
  (TeliumNativeSerial is its 7E1); its POS number must be given as two characters.
- pypostelium asks for the answer "at once" (A011: no valid result, status 9) and never looks
  at the status, so it reports success for a transaction whose result it does not know; it
  reads the private field one character too long; it only logs a bad LRC (never NAKs); it
  opens the port 8N1 only; it sends debits only.
The simulator tolerates what a real terminal tolerates from them (no NAK, no EOT after a NAK).
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from app.payments.card.concert import protocol as c
from app.payments.card.concert.simulator import ConcertTerminal, SimulatorServer, open_pty

SALE = 12_800


@pytest.fixture
def terminal() -> ConcertTerminal:
    term = ConcertTerminal()
    term.seed_sales([SALE])
    return term


@pytest.fixture
def pty(terminal: ConcertTerminal) -> Iterator[SimulatorServer]:
    server = open_pty(terminal, ack_timeout=0.5, gap=0.1, eot_timeout=0.5)
    yield server
    server.close()


def test_pyteliummanager_pays_refunds_and_cancels(
    terminal: ConcertTerminal, pty: SimulatorServer
) -> None:
    telium = pytest.importorskip("telium")
    device = telium.Telium(pty.path, baudrate=9600, timeout=1)
    try:
        assert device.is_ok()
        # Its "credit" is Concert's type 1: a refund to the card.
        ask = telium.TeliumAsk.new_payment(
            5.00, "credit", "CNY", checkout_unique_id="01", collect_payment_source_info=True
        )
        assert device.ask(ask)
        answer = device.verify(ask, waiting_timeout=5)
        assert answer is not None and answer.has_succeeded
        assert answer.card_id.strip().endswith("1234")  # the long answer's card field
        # Its "refund" is Concert's type 2: the cancellation of the original debit.
        ask = telium.TeliumAsk.new_payment(
            128.00, "refund", "CNY", checkout_unique_id="01", collect_payment_source_info=False
        )
        assert device.ask(ask)
        assert device.verify(ask, waiting_timeout=5).has_succeeded
    finally:
        device.close()
    assert [m.amount_fen for m in terminal.of_kind(c.Kind.CREDIT)] == [500]
    assert [m.amount_fen for m in terminal.of_kind(c.Kind.CANCEL)] == [SALE]
    assert terminal.movements[0].cancelled  # the debit it took back


def test_pyteliummanager_refuses_amounts_below_one_yuan_that_concert_allows() -> None:
    telium = pytest.importorskip("telium")
    with pytest.raises(Exception, match="out of bound"):
        telium.TeliumAsk.new_payment(0.50, "credit", "CNY", checkout_unique_id="01")
    assert c.encode_request(c.Request("01", 50, c.Kind.CREDIT))[2:10] == "00000050"


def test_pyteliummanager_declined_refund(terminal: ConcertTerminal, pty: SimulatorServer) -> None:
    telium = pytest.importorskip("telium")
    terminal.misbehaviour.decline = "7"
    device = telium.Telium(pty.path, baudrate=9600, timeout=1)
    try:
        ask = telium.TeliumAsk.new_payment(
            5.00, "credit", "CNY", checkout_unique_id="01", collect_payment_source_info=False
        )
        assert device.ask(ask)
        answer = device.verify(ask, waiting_timeout=5)
        assert answer is not None and not answer.has_succeeded
        assert answer.transaction_result == 7
    finally:
        device.close()
    assert terminal.of_kind(c.Kind.CREDIT) == []


def test_pypostelium_debit_asks_for_no_valid_result(
    terminal: ConcertTerminal, pty: SimulatorServer
) -> None:
    pypostelium = pytest.importorskip("pypostelium")
    driver = pypostelium.Driver({"telium_terminal_device_name": pty.path})
    payment = {"amount": 12.8, "payment_mode": "card", "currency_iso": "CNY"}
    # True means only that the link went through: it asked for A011 and ignores the status.
    assert driver.transaction_start(json.dumps(payment)) is True
    (request,) = pty.link.requests  # type: ignore[attr-defined]
    assert c.parse_request(request).delay is c.Delay.AT_ONCE
    assert [m.amount_fen for m in terminal.of_kind(c.Kind.DEBIT)] == [SALE, 1280]
    assert pty.link.stats["acks_in"] == 1  # type: ignore[attr-defined]
