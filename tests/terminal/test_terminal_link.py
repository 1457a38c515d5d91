"""The driver against the simulator over a real pty and over socket://: every command,
every misbehaviour, every recovery path."""

from __future__ import annotations

from collections.abc import Callable

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
from app.payments.card.integrado.driver import PosIntegradoDriver
from app.payments.card.integrado.simulator import ALWAYS, SimulatorServer

Connect = Callable[..., PosIntegradoDriver]


def test_every_command(server: SimulatorServer, connect: Connect) -> None:
    sink = ProgressSink()
    driver = connect(progress=sink)
    assert isinstance(driver, TerminalDriver)
    assert Capability.REFUND not in driver.capabilities and not driver.simulated
    assert driver.ping()

    sale = driver.sale(15000, "T42")
    assert sale.amount_fen == 15000 and sale.ticket == "T42" and sale.auth_code
    assert [s.code for s in sink.seen if s.code.isdigit()] == ["78", "79", "81", "82"]

    journal = driver.sales_journal()
    assert [tx.operation_no for tx in journal][-1] == sale.operation_no
    assert len(journal) == 4 and not any(tx.voided for tx in journal)
    assert (driver.totals().count, driver.totals().total_fen) == (4, 12800 + 12900 + 13000 + 15000)

    void = driver.void(sale.operation_no)
    assert void.approved and void.response_code == "00" and void.operation_no != sale.operation_no

    # The documented answers: "last sale" is still the sale, and the journal cannot say it
    # is voided; only the totals show the void took.
    last = driver.last_transaction()
    assert last.function_code == "0200" and last.operation_no == sale.operation_no
    assert not last.voided and last.linked_operation_no == "" and last.amount_fen == 15000
    assert not any(tx.voided or tx.linked_operation_no for tx in driver.sales_journal())
    assert driver.totals().count == 3

    assert driver.close_batch().approved
    assert driver.sales_journal() == [] and driver.totals().count == 0
    assert server.terminal.batch_no == 2

    with pytest.raises(TerminalError) as err:
        driver.refund(100, "123456789012", __import__("datetime").date.today())
    assert err.value.key == "terminal.refund_unsupported"


def test_void_rules(server: SimulatorServer, connect: Connect) -> None:
    driver = connect()
    first = server.terminal.sales()[0].operation_no
    with pytest.raises(TerminalDeclined) as err:
        driver.void("999")
    assert err.value.response_code == "05" and err.value.key == "terminal.rc.05"
    driver.void(first)
    with pytest.raises(TerminalDeclined) as err:
        driver.void(first)
    assert err.value.response_code == "04"
    second = server.terminal.sales()[1].operation_no
    driver.close_batch()
    with pytest.raises(TerminalDeclined) as err:
        driver.void(second)  # its batch was settled
    assert err.value.response_code == "05"
    with pytest.raises(TerminalError) as bad:
        driver.void("12x")
    assert bad.value.key == "terminal.invalid_operation_no"
    assert len(server.terminal.closed_batches[0]["movements"]) == 4


def test_debit_sale_cannot_be_voided(server: SimulatorServer, connect: Connect) -> None:
    debit = server.terminal.sale(5000, "D1", card_type="DB")
    with pytest.raises(TerminalDeclined) as err:
        connect().void(debit.operation_no)
    assert err.value.response_code == "08"


def test_decline_moves_no_money(server: SimulatorServer, connect: Connect) -> None:
    server.terminal.misbehaviour.decline = "01"
    driver = connect()
    with pytest.raises(TerminalDeclined) as err:
        driver.sale(100, "X")
    assert err.value.response_code == "01"
    with pytest.raises(TerminalDeclined):
        driver.void(server.terminal.sales()[0].operation_no)
    assert len(server.terminal.sales()) == 3 and server.terminal.voids() == []


def test_nak_once_is_resent(server: SimulatorServer, connect: Connect) -> None:
    server.terminal.misbehaviour.nak = 1
    driver = connect()
    driver.void(server.terminal.sales()[0].operation_no)
    assert server.link.stats["frames_in"] == 2 and server.link.stats["acked"] == 1
    assert len(server.terminal.voids()) == 1


def test_missing_ack_is_resent(server: SimulatorServer, connect: Connect) -> None:
    server.terminal.misbehaviour.ignore = 1
    assert connect().totals().count == 3
    assert server.link.stats["frames_in"] == 2 and server.link.commands == ["0700||"]


def test_every_send_naked_is_a_link_error(server: SimulatorServer, connect: Connect) -> None:
    server.terminal.misbehaviour.nak = ALWAYS
    driver = connect(retries=3)
    with pytest.raises(LinkError) as err:
        driver.void(server.terminal.sales()[0].operation_no)
    assert err.value.key == "terminal.link.nak"
    assert server.link.stats["frames_in"] == 4  # the first send and three resends
    assert server.terminal.voids() == []
    assert not driver.ping()


def test_silence_to_a_void_is_unknown_not_a_link_error(
    server: SimulatorServer, connect: Connect
) -> None:
    """The void's frame was written: without an ACK nobody knows whether the terminal took it."""
    server.terminal.misbehaviour.ignore = ALWAYS
    driver = connect(retries=3)
    with pytest.raises(AnswerLost) as err:
        driver.void(server.terminal.sales()[0].operation_no)
    assert err.value.key == "terminal.ack_lost"
    assert server.link.stats["frames_in"] == 4
    with pytest.raises(LinkError) as read:  # a read moves no money: plain link error
        driver.totals()
    assert read.value.key == "terminal.link.no_ack"
    assert not driver.ping()


def test_bad_lrc_is_naked_and_the_answer_resent(server: SimulatorServer, connect: Connect) -> None:
    server.terminal.misbehaviour.bad_lrc = 1
    void = connect().void(server.terminal.sales()[0].operation_no)
    assert void.approved
    assert server.link.stats["naks_in"] == 1 and server.link.stats["answers_out"] >= 2
    assert len(server.terminal.voids()) == 1


def test_inter_byte_gap_is_discarded_and_naked(server: SimulatorServer, connect: Connect) -> None:
    server.terminal.misbehaviour.truncate = 1
    assert connect().totals().total_fen == 12800 + 12900 + 13000
    assert server.link.stats["naks_in"] == 1


def test_corrupt_answers_forever(server: SimulatorServer, connect: Connect) -> None:
    server.terminal.misbehaviour.bad_lrc = ALWAYS
    driver = connect()
    with pytest.raises(TerminalError) as err:  # not money: a plain link/protocol error
        driver.totals()
    assert not isinstance(err.value, AnswerLost)
    with pytest.raises(AnswerLost):
        driver.void(server.terminal.sales()[0].operation_no)
    assert len(server.terminal.voids()) == 1  # it moved; the answer never got through


def test_dropped_answer_is_answer_lost_and_never_resent(
    server: SimulatorServer, connect: Connect
) -> None:
    server.terminal.misbehaviour.drop_answer = 1
    driver = connect()
    op = server.terminal.sales()[0].operation_no
    with pytest.raises(AnswerLost) as err:
        driver.void(op)
    assert err.value.key == "terminal.answer_lost"
    assert server.link.commands == [f"1200|{op}|"]
    assert [v.linked_operation_no for v in server.terminal.voids()] == [op]
    # The next command first makes sure the line is quiet (a poll), and never resends the void.
    assert driver.last_transaction().operation_no == server.terminal.sales()[-1].operation_no
    assert server.link.commands == [f"1200|{op}|", "0100", "0250|"]


def test_slow_answer_within_the_timeout(server: SimulatorServer, connect: Connect) -> None:
    server.terminal.misbehaviour.slow_ms = 300
    assert connect(answer_timeout=1.0).totals().count == 3


def test_slow_answer_beyond_the_timeout(server: SimulatorServer, connect: Connect) -> None:
    server.terminal.misbehaviour.slow_ms = 600
    with pytest.raises(AnswerLost):
        connect(answer_timeout=0.2).void(server.terminal.sales()[0].operation_no)
    assert len(server.terminal.voids()) == 1


def test_slow_answer_to_a_query_is_a_timeout(server: SimulatorServer, connect: Connect) -> None:
    server.terminal.misbehaviour.slow_ms = 600
    with pytest.raises(LinkError) as err:
        connect(answer_timeout=0.2).totals()
    assert err.value.key == "terminal.link.timeout"


def test_stale_answer_is_not_taken_for_the_next_one(
    server: SimulatorServer, connect: Connect
) -> None:
    server.terminal.misbehaviour.slow_ms = 400
    driver = connect(answer_timeout=0.2)
    with pytest.raises(LinkError):
        driver.totals()
    server.terminal.misbehaviour.slow_ms = 0
    # The late 0710 arrives while the next command waits; the driver must not mistake it.
    assert driver.last_transaction().function_code == "0200"


def test_last_transaction_when_there_is_none(server: SimulatorServer, connect: Connect) -> None:
    server.terminal.movements = []
    with pytest.raises(TerminalDeclined) as err:
        connect().last_transaction()
    assert err.value.response_code == "11"


def test_port_unavailable() -> None:
    driver = PosIntegradoDriver("/dev/does-not-exist-guadan", ack_timeout=0.1)
    assert not driver.ping()
    with pytest.raises(LinkError) as err:
        driver.void("1")
    assert err.value.key == "terminal.port_unavailable"
    assert err.value.params["port"] == "/dev/does-not-exist-guadan"
