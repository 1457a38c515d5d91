"""Waiting and wording: one deadline for an answer, stopping when the terminal gives up, plain
words for an unknown code, and the simulator's switches aimed at one command."""

from __future__ import annotations

import time
from typing import Any

import pytest

from app.messages import tr
from app.payments.card.base import AnswerLost, ProtocolError, TerminalDeclined
from app.payments.card.codes import message
from app.payments.card.integrado import driver as integrado
from app.payments.card.integrado import protocol as p
from app.payments.card.integrado.simulator import (
    ALWAYS,
    InProcessSimulatorDriver,
    SimulatedTerminal,
    SimulatorServer,
)

from .test_terminal_cli import parser
from .timed_port import TimedPort

VOID_1 = p.encode_frame(p.void("000001"))


def test_progress_frames_do_not_restart_the_deadline(monkeypatch: pytest.MonkeyPatch) -> None:
    """A terminal that keeps sending 0900 "sending to the bank" and never answers: the driver
    gives up at its one deadline, not 3 s of progress later."""
    progress = p.encode_frame("0900|82|")
    replies = [(0.0, b"\x06")] + [(0.05 * i, progress) for i in range(1, 60)]
    port = TimedPort([(VOID_1, replies)])
    monkeypatch.setattr(integrado.serial, "serial_for_url", lambda *a, **k: port)
    seen: list[str] = []
    driver = integrado.PosIntegradoDriver(
        "loop://", ack_timeout=0.05, answer_timeout=0.4, progress=lambda pr: seen.append(pr.code)
    )
    started = time.monotonic()
    with pytest.raises(AnswerLost) as err:
        driver.void("000001")
    assert time.monotonic() - started < 1.5  # the progress frames go on until 3 s
    assert err.value.key == "terminal.answer_lost" and "82" in seen


def test_a_read_the_terminal_gave_up_on_stops_at_once(
    server: SimulatorServer, connect: Any
) -> None:
    """Every answer frame arrives broken; after its 3 sends the terminal stops. The driver must
    not sit out its 10 s answer timeout."""
    server.terminal.misbehaviour.bad_lrc = ALWAYS
    driver = connect(answer_timeout=10.0)
    started = time.monotonic()
    with pytest.raises(ProtocolError):
        driver.totals()
    assert time.monotonic() - started < 4.0
    assert server.link.stats["naks_in"] == 3


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_an_unknown_response_code_gets_plain_words_naming_it(lang: str) -> None:
    for text in (tr("terminal.rc.99", lang), message("terminal.rc.99", lang)):
        assert "99" in text and "terminal.rc" not in text
    assert TerminalDeclined("99").key == "terminal.rc.99"


def test_decline_and_seed_sales_together(tmp_path: Any) -> None:
    from app.cli.terminal import simulated_terminal

    args = parser().parse_args(["terminal-sim", "--decline", "05", "--seed-sales", "3"])
    terminal = simulated_terminal(args)
    assert len(terminal.sales()) == 3 and terminal.misbehaviour.decline == "05"


def test_switches_aimed_at_one_command() -> None:
    from app.cli.terminal import misbehaviour_from_args

    args = parser().parse_args(
        ["terminal-sim", "--nak-once", "1200", "--ignore-once", "--drop-answer", "1200:2"]
    )
    mis = misbehaviour_from_args(args)
    assert (mis.nak, mis.ignore, mis.drop_answer) == (1, 1, 2)
    assert mis.targets == {"nak": "1200", "drop_answer": "1200"}
    with pytest.raises(SystemExit):
        parser().parse_args(["terminal-sim", "--nak-once", "12x0"])


def test_nak_once_for_the_void_survives_the_journal_read(
    server: SimulatorServer, connect: Any
) -> None:
    """Step 5 reads the journal before it voids: a switch aimed at 1200 is still there for the
    void."""
    server.terminal.misbehaviour.nak = 1
    server.terminal.misbehaviour.targets = {"nak": p.VOID}
    driver = connect()
    op = driver.sales_journal()[0].operation_no
    assert driver.void(op).approved
    assert server.link.stats["frames_in"] == 3  # the journal read, the NAKed void, its resend
    assert server.link.refused == [f"1200|{op}|"] and server.terminal.misbehaviour.nak == 0


def test_drop_answer_for_the_void_on_the_in_process_simulator() -> None:
    terminal = SimulatedTerminal()
    terminal.seed_sales(1)
    terminal.misbehaviour.drop_answer = 1
    terminal.misbehaviour.targets = {"drop_answer": p.VOID}
    driver = InProcessSimulatorDriver(terminal)
    assert driver.sale(4200, "T2").amount_fen == 4200  # money too, but not the void: answered
    with pytest.raises(AnswerLost):
        driver.void("1")
    assert len(terminal.voids()) == 1
