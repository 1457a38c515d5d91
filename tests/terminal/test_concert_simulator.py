"""The Concert driver against the simulated Concert terminal on a real pty and on TCP (8N1: a
Linux pty cannot do 7E1), each misbehaviour switch, the in-process driver's same answers, and
`guadan terminal-sim --protocol concert`."""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from app.cli.terminal import misbehaviour_from_args
from app.cli.terminal import register as add_terminal_commands
from app.payments.card.base import AnswerLost, LinkError, TerminalDeclined, TerminalError
from app.payments.card.concert import protocol as c
from app.payments.card.concert.driver import ConcertDriver
from app.payments.card.concert.simulator import (
    ALWAYS,
    ConcertTerminal,
    InProcessConcertDriver,
    Misbehaviour,
    SimulatorServer,
    open_pty,
    serve_tcp,
)

from .conftest import TRANSPORTS

ROOT = Path(__file__).resolve().parents[2]
FAST = {"ack_timeout": 0.3, "answer_timeout": 1.0, "inter_byte_timeout": 0.05}
LINK = {"ack_timeout": 0.5, "gap": 0.1, "eot_timeout": 0.3}
SALE = 12_800
DAY = dt.date(2026, 12, 1)


@pytest.fixture
def terminal() -> ConcertTerminal:
    term = ConcertTerminal()
    term.seed_sales([SALE, SALE + 100])
    return term


@pytest.fixture(params=TRANSPORTS)
def server(request: pytest.FixtureRequest, terminal: ConcertTerminal) -> Iterator[SimulatorServer]:
    start = open_pty if request.param == "pty" else serve_tcp
    srv = start(terminal, **LINK)
    yield srv
    srv.close()


@pytest.fixture
def connect(server: SimulatorServer) -> Iterator[Callable[..., ConcertDriver]]:
    drivers: list[ConcertDriver] = []

    def make(**options: Any) -> ConcertDriver:
        driver = ConcertDriver(server.url, bytesize=8, parity="N", **(FAST | options))
        drivers.append(driver)
        return driver

    yield make
    for driver in drivers:
        driver.close()


def moved(terminal: ConcertTerminal, kind: c.Kind) -> list[int]:
    return [m.amount_fen for m in terminal.of_kind(kind)]


def test_void_and_refund_move_money_once(
    terminal: ConcertTerminal, connect: Callable[..., ConcertDriver]
) -> None:
    driver = connect()
    assert driver.ping()
    assert driver.void("000001", SALE).approved
    assert moved(terminal, c.Kind.CANCEL) == [SALE]
    assert driver.refund(500, "", DAY).amount_fen == 500
    assert moved(terminal, c.Kind.CREDIT) == [500]
    # A second cancellation of the same amount finds no standing sale: refused, nothing moved.
    with pytest.raises(TerminalDeclined) as err:
        driver.void("000001", SALE)
    assert err.value.key == "terminal.concert.refused"
    assert moved(terminal, c.Kind.CANCEL) == [SALE]


def test_a_naked_request_is_resent_once(
    terminal: ConcertTerminal, server: SimulatorServer, connect: Callable[..., ConcertDriver]
) -> None:
    terminal.misbehaviour.nak = 1
    assert connect().void("000001", SALE).approved
    assert len(server.link.refused) == 1  # type: ignore[attr-defined]
    assert moved(terminal, c.Kind.CANCEL) == [SALE]


def test_always_naked_is_a_link_error_and_nothing_moves(
    terminal: ConcertTerminal, connect: Callable[..., ConcertDriver]
) -> None:
    terminal.misbehaviour.nak = ALWAYS
    with pytest.raises(LinkError):
        connect().void("000001", SALE)
    assert moved(terminal, c.Kind.CANCEL) == []


def test_a_silent_terminal_is_a_link_error_before_any_request(
    terminal: ConcertTerminal, server: SimulatorServer, connect: Callable[..., ConcertDriver]
) -> None:
    terminal.misbehaviour.ignore = ALWAYS
    driver = connect()
    assert not driver.ping()
    with pytest.raises(LinkError):
        driver.refund(500, "", DAY)
    assert server.link.stats["frames_in"] == 0  # type: ignore[attr-defined]


@pytest.mark.parametrize("switch", ["bad_lrc", "truncate"])
def test_a_broken_answer_is_naked_and_the_resend_taken(
    terminal: ConcertTerminal,
    server: SimulatorServer,
    connect: Callable[..., ConcertDriver],
    switch: str,
) -> None:
    setattr(terminal.misbehaviour, switch, 1)
    assert connect().void("000001", SALE).approved
    assert server.link.stats["naks_in"] == 1  # type: ignore[attr-defined]


def test_a_lost_ack_is_unknown_and_the_money_moved(
    terminal: ConcertTerminal, connect: Callable[..., ConcertDriver]
) -> None:
    terminal.misbehaviour.lose_ack = 1
    with pytest.raises(AnswerLost) as err:
        connect().refund(500, "", DAY)
    assert err.value.key == "terminal.ack_lost"
    assert moved(terminal, c.Kind.CREDIT) == [500]  # why it must never be resent blind


def test_an_answer_dropped_after_the_money_moved_is_unknown(
    terminal: ConcertTerminal, connect: Callable[..., ConcertDriver]
) -> None:
    terminal.misbehaviour.drop_answer = 1
    terminal.misbehaviour.targets = {"drop_answer": c.Kind.CREDIT.value}
    driver = connect()
    assert driver.void("000001", SALE).approved  # aimed at refunds only
    with pytest.raises(AnswerLost) as err:
        driver.refund(500, "", DAY)
    assert err.value.key == "terminal.answer_lost"
    assert moved(terminal, c.Kind.CREDIT) == [500]
    assert driver.refund(600, "", DAY).approved  # the next exchange starts clean


@pytest.mark.parametrize(
    ("status", "error", "key"),
    [
        ("7", TerminalDeclined, "terminal.concert.refused"),
        ("9", AnswerLost, "terminal.concert.no_result"),
    ],
)
def test_decline_statuses(
    terminal: ConcertTerminal,
    connect: Callable[..., ConcertDriver],
    status: str,
    error: type[TerminalError],
    key: str,
) -> None:
    terminal.misbehaviour.decline = status
    with pytest.raises(error) as err:
        connect().refund(500, "", DAY)
    assert err.value.key == key
    assert moved(terminal, c.Kind.CREDIT) == []


def test_slow_answers(terminal: ConcertTerminal, connect: Callable[..., ConcertDriver]) -> None:
    terminal.misbehaviour.slow_ms = 300
    patient = connect(answer_timeout=3.0)
    assert patient.refund(500, "", DAY).approved
    patient.close()  # the TCP simulator serves one connection at a time
    with pytest.raises(AnswerLost):
        connect(answer_timeout=0.1).refund(500, "", DAY)  # the answer comes too late: unknown
    assert moved(terminal, c.Kind.CREDIT) == [500, 500]


@pytest.mark.parametrize(
    "switches",
    [
        {},
        {"nak": 1},
        {"nak": ALWAYS},
        {"ignore": ALWAYS},
        {"drop_answer": 1},
        {"decline": "7"},
        {"decline": "9"},
        {"bad_lrc": ALWAYS},
    ],
)
def test_the_in_process_driver_says_what_the_wire_driver_says(
    switches: dict[str, Any], connect: Callable[..., ConcertDriver], terminal: ConcertTerminal
) -> None:
    def outcome(driver: Any, term: ConcertTerminal) -> tuple[str, list[int]]:
        for name, value in switches.items():
            setattr(term.misbehaviour, name, value)
        try:
            driver.refund(500, "", DAY)
            said = "moved"
        except TerminalError as exc:
            said = f"{type(exc).__name__}"
        return said, moved(term, c.Kind.CREDIT)

    wire = outcome(connect(), terminal)
    fresh = ConcertTerminal()
    fresh.seed_sales([SALE, SALE + 100])
    assert outcome(InProcessConcertDriver(fresh), fresh) == wire


def test_the_journal_survives_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "concert.json"
    first = ConcertTerminal(path)
    first.seed_sales([SALE])
    InProcessConcertDriver(first).void("1", SALE)
    again = ConcertTerminal(path)
    assert [(m.kind, m.cancelled) for m in again.movements] == [("0", True), ("2", False)]
    with pytest.raises(TerminalDeclined):
        InProcessConcertDriver(again).void("1", SALE)  # no second cancellation after a restart


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="guadan")
    add_terminal_commands(top.add_subparsers(dest="command", required=True), lambda: None)
    return top


def test_switches_aim_at_a_request_type() -> None:
    args = parser().parse_args(
        ["terminal-sim", "--protocol", "concert", "--drop-answer", "1:1", "--decline", "9"]
    )
    mis = misbehaviour_from_args(args)
    assert (mis.drop_answer, mis.targets, mis.decline) == (1, {"drop_answer": "1"}, "9")
    assert isinstance(mis, Misbehaviour)


def test_terminal_sim_serves_concert(tmp_path: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "app.cli.parser", "terminal-sim", "--protocol", "concert",
         "--listen", "127.0.0.1:0", "--seed-sales", "2", "--journal", str(tmp_path / "j.json")],
        cwd=ROOT, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert "serving on socket://" in line, line
        url = line.split("serving on ")[1].strip()
        driver = ConcertDriver(url, bytesize=8, parity="N", **FAST)  # type: ignore[arg-type]
        assert driver.void("000001", SALE).approved
        driver.close()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    kinds = [m.kind for m in ConcertTerminal(tmp_path / "j.json").movements]
    assert kinds == ["0", "0", "2"]
