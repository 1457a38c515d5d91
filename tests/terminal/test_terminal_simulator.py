"""The simulated terminal's own rules, its durable journal, the in-process driver and ports."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.payments.card.base import (
    AnswerLost,
    Capability,
    LinkError,
    ProgressSink,
    TerminalDeclined,
    TerminalDriver,
    TerminalError,
)
from app.payments.card.integrado.simulator import (
    ALWAYS,
    InProcessSimulatorDriver,
    Misbehaviour,
    SimDecline,
    SimulatedTerminal,
)
from app.payments.card.ports import SIMULATOR, list_ports, open_driver

ROOT = Path(__file__).resolve().parents[2]


def test_state_rules() -> None:
    t = SimulatedTerminal(max_sales=2)
    a, b = t.seed_sales(2)
    assert (a.operation_no, b.operation_no) == ("000001", "000002")
    with pytest.raises(SimDecline, match="67"):
        t.sale(100, "full")
    with pytest.raises(SimDecline, match="05"):
        t.void("7")
    void = t.void("1")
    assert void.linked_operation_no == a.operation_no and a.voided
    with pytest.raises(SimDecline, match="04"):
        t.void("000001")
    assert t.totals() == (1, b.amount_fen) and t.last_movement() is void
    t.close_batch()
    assert t.batch_no == 2 and t.sales() == [] and t.last_movement() is void
    with pytest.raises(SimDecline, match="05"):
        t.void(b.operation_no)
    with pytest.raises(SimDecline, match="72"):
        t.sale(0, "zero")
    with pytest.raises(SimDecline, match="70"):
        t.sale(1, "x" * 21)


def test_misbehaviour_counts() -> None:
    m = Misbehaviour(nak=1, ignore=ALWAYS)
    assert m.use("nak") and not m.use("nak") and not m.use("bad_lrc")
    assert all(m.use("ignore") for _ in range(5)) and m.ignore == ALWAYS


def test_journal_survives_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "sim" / "journal.json"
    first = SimulatedTerminal(path)
    sale = first.sale(5000, "T1")
    first.void(sale.operation_no)
    again = SimulatedTerminal(path)
    assert [m.kind for m in again.movements] == ["0200", "1200"]
    assert again.last_movement().linked_operation_no == sale.operation_no
    with pytest.raises(SimDecline, match="04"):
        again.void(sale.operation_no)  # no second void after a restart
    # Two live instances on one file see each other's changes.
    first.close_batch()
    assert again.sales() == [] and again.batch_no == 2
    assert [p.name for p in path.parent.iterdir()] == ["journal.json"]  # no temp files left
    assert json.loads(path.read_text())["version"] == 1


def test_journal_survives_sigkill(tmp_path: Path) -> None:
    """A process voids through the in-process simulator and is SIGKILLed at once."""
    path = tmp_path / "journal.json"
    SimulatedTerminal(path).seed_sales(1)
    code = (
        "import os, signal, sys\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "from app.payments.card.ports import open_driver\n"
        f"open_driver('simulator', journal={str(path)!r}).void('1')\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], timeout=30)
    assert proc.returncode != 0
    assert [v.linked_operation_no for v in SimulatedTerminal(path).voids()] == ["000001"]
    driver = open_driver("", journal=path)
    with pytest.raises(TerminalDeclined) as err:
        driver.void("1")
    assert err.value.response_code == "04"


def test_in_process_driver() -> None:
    sink = ProgressSink()
    driver = InProcessSimulatorDriver(SimulatedTerminal(extended=False), progress=sink)
    assert isinstance(driver, TerminalDriver) and driver.simulated
    assert Capability.REFUND not in driver.capabilities
    assert Capability.VOID_STATUS not in driver.capabilities  # the documented answers only
    assert driver.ping()
    with pytest.raises(TerminalDeclined) as err:
        driver.last_transaction()
    assert err.value.response_code == "11"
    sale = driver.sale(8800, "T9")
    void = driver.void(sale.operation_no)
    assert void.approved and [p.code for p in sink.seen] == ["waiting", "done"] * 2
    last = driver.last_transaction()  # "last sale", as the wire shows it
    assert last.function_code == "0200" and last.operation_no == sale.operation_no
    assert not last.voided and last.linked_operation_no == ""
    assert [(tx.operation_no, tx.voided) for tx in driver.sales_journal()] == [
        (sale.operation_no, False)
    ]
    assert driver.totals().count == 0
    assert driver.close_batch().approved and driver.sales_journal() == []
    with pytest.raises(TerminalError) as refund:
        driver.refund(100, "000000000001", dt.date.today())
    assert refund.value.key == "terminal.refund_unsupported"


def test_in_process_driver_extended_switch() -> None:
    """Only a terminal built `extended` tells void status, and only then is it claimed."""
    driver = InProcessSimulatorDriver(SimulatedTerminal(extended=True))
    assert Capability.VOID_STATUS in driver.capabilities
    sale = driver.sale(8800, "T9")
    void = driver.void(sale.operation_no)
    last = driver.last_transaction()  # the extension's last record: the void
    assert last.function_code == "1200" and last.operation_no == void.operation_no
    assert last.linked_operation_no == sale.operation_no
    assert [tx.voided for tx in driver.sales_journal()] == [True]


def test_in_process_misbehaviour() -> None:
    term = SimulatedTerminal()
    term.seed_sales(2)
    driver = InProcessSimulatorDriver(term)
    term.misbehaviour.nak = 1
    assert driver.totals().count == 2 and term.misbehaviour.nak == 0
    term.misbehaviour.ignore = ALWAYS
    assert not driver.ping()
    with pytest.raises(LinkError):
        driver.totals()
    with pytest.raises(AnswerLost) as lost:  # as on the wire: the frame went, nothing came back
        driver.void("1")
    assert lost.value.key == "terminal.ack_lost" and term.voids() == []
    term.misbehaviour.ignore = 0
    term.misbehaviour.nak = ALWAYS
    with pytest.raises(LinkError):
        driver.void("1")
    term.misbehaviour.nak = 0
    term.misbehaviour.decline = "93"
    with pytest.raises(TerminalDeclined):
        driver.void("1")
    term.misbehaviour.decline = ""
    term.misbehaviour.drop_answer = 1
    with pytest.raises(AnswerLost):
        driver.void("1")
    assert len(term.voids()) == 1
    with pytest.raises(TerminalDeclined) as err:
        driver.void("1")
    assert err.value.response_code == "04"


def test_ports() -> None:
    ports = list_ports()
    assert ports[-1].device == SIMULATOR
    assert isinstance(open_driver("simulator"), InProcessSimulatorDriver)
    driver = open_driver("socket://127.0.0.1:1", ack_timeout=0.1)
    assert not driver.simulated and not driver.ping()


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="pty needs POSIX")
def test_pty_path_is_a_tty() -> None:
    from app.payments.card.integrado.simulator import open_pty

    with open_pty() as server:
        assert os.path.exists(server.path) and server.url == server.path
