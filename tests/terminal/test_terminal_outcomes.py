"""What a money-moving command's answer means (base.py's contract), on replayed line timings:
a missing ACK is unknown, an answer before its ACK is the answer, unclear codes are unknown,
and a stale answer is never taken for the next command's."""

from __future__ import annotations

from typing import Any

import pytest

from app.payments.card.base import AnswerLost, LinkError, TerminalDeclined
from app.payments.card.integrado import driver as integrado
from app.payments.card.integrado import protocol as p
from app.payments.card.integrado.simulator import SimulatorServer

from .timed_port import TimedPort

ACK, NAK = b"\x06", b"\x15"
VOID_1 = p.encode_frame(p.void("000001"))
VOID_2 = p.encode_frame(p.void("000002"))
POLL = p.encode_frame(p.poll())
ANSWER_1 = p.encode_frame("1210|00|597012345678|SIM00001|112648|000004")
ANSWER_2 = p.encode_frame("1210|00|597012345678|SIM00001|220731|000005")
DECLINED = p.encode_frame("1210|05|597012345678|SIM00001||")


def on(monkeypatch: pytest.MonkeyPatch, port: TimedPort, **options: float) -> Any:
    monkeypatch.setattr(integrado.serial, "serial_for_url", lambda *a, **k: port)
    timing = {"ack_timeout": 0.05, "answer_timeout": 1.0, "inter_byte_timeout": 0.05}
    return integrado.PosIntegradoDriver("loop://", **(timing | options))


# -- item 3: no ACK is "unknown", never "failed" ---------------------------------------------


def test_answer_before_its_ack_is_the_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    """The ACK was lost on the line; the approved answer arrives: it is this void's answer,
    ACKed, and the void is never sent again."""
    port = TimedPort([(VOID_1, [(0.01, ANSWER_1)])])
    result = on(monkeypatch, port).void("000001")
    assert result.approved and result.operation_no == "000004"
    assert port.writes == [VOID_1, ACK]


def test_answer_after_silent_sends_is_still_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    """A terminal that takes the void and stays silent past every ACK timeout (it is talking to
    the bank), then answers: the answer counts; the outcome is never a link error."""
    port = TimedPort([(VOID_1, [(0.3, ANSWER_1)])])
    result = on(monkeypatch, port).void("000001")
    assert result.approved and result.auth_code == "112648"
    assert port.writes.count(VOID_1) == 4 and port.writes[-1] == ACK


@pytest.mark.parametrize(
    "command",
    [p.void("000001"), p.close(), p.sale(100, "T1")],
    ids=["void", "close", "sale"],
)
def test_no_ack_to_a_money_command_is_unknown(
    monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    port = TimedPort([])
    driver = on(monkeypatch, port, answer_timeout=0.4)
    name = {"1200": "void", "0500": "close_batch", "0200": "sale"}[command[:4]]
    args = {"void": ("000001",), "close_batch": (), "sale": (100, "T1")}[name]
    with pytest.raises(AnswerLost) as err:
        getattr(driver, name)(*args)
    assert err.value.key == "terminal.ack_lost"
    assert port.writes == [p.encode_frame(command)] * 4


def test_nak_then_silence_is_unknown(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only a NAK to every send proves the terminal never took the command."""
    port = TimedPort([(VOID_1, [(0.0, NAK)])])
    with pytest.raises(AnswerLost) as err:
        on(monkeypatch, port, answer_timeout=0.4).void("000001")
    assert err.value.key == "terminal.ack_lost"


def test_every_send_naked_is_a_link_error(monkeypatch: pytest.MonkeyPatch) -> None:
    port = TimedPort([(VOID_1, [(0.0, NAK)])] * 4)
    with pytest.raises(LinkError) as err:
        on(monkeypatch, port).void("000001")
    assert err.value.key == "terminal.link.nak"


@pytest.mark.parametrize("code", ["16", "65", "94", "99"])
def test_unclear_codes_are_unknown_not_declined(monkeypatch: pytest.MonkeyPatch, code: str) -> None:
    """16, 65 and 94 say "outcome unclear" in the terminal's own table; a code the table does
    not know proves nothing either."""
    answer = p.encode_frame(f"1210|{code}|597012345678|SIM00001||")
    port = TimedPort([(VOID_1, [(0.0, ACK), (0.01, answer)])])
    with pytest.raises(AnswerLost) as err:
        on(monkeypatch, port).void("000001")
    assert not isinstance(err.value, TerminalDeclined)
    assert err.value.key == "terminal.outcome_unclear" and err.value.params["code"] == code


def test_lost_ack_on_the_simulator(server: SimulatorServer, connect: Any) -> None:
    """The simulator's `lose_ack` switch: the void is taken, its ACK never arrives, the answer
    does; one void, one send."""
    server.terminal.misbehaviour.lose_ack = 1
    op = server.terminal.sales()[0].operation_no
    assert connect().void(op).approved
    assert server.link.stats["frames_in"] == 1 and len(server.terminal.voids()) == 1


# -- item 4: drain the line, tie each answer to its request ------------------------------------


def test_stale_frame_on_the_line_is_acked_and_never_the_answer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    port = TimedPort([(VOID_2, [(0.0, ACK), (0.01, DECLINED)])], pending=ANSWER_1)
    with pytest.raises(TerminalDeclined) as err:
        on(monkeypatch, port).void("000002")
    assert err.value.response_code == "05"
    assert port.writes[:2] == [ACK, VOID_2]  # the stale answer was ACKed, so it stops


def test_re_sent_answer_is_not_the_next_commands(monkeypatch: pytest.MonkeyPatch) -> None:
    """The terminal missed our ACK of void 1's answer and re-sends it after ACKing void 2."""
    port = TimedPort(
        [
            (VOID_1, [(0.0, ACK), (0.01, ANSWER_1)]),
            (VOID_2, [(0.0, ACK), (0.01, ANSWER_1), (0.03, ANSWER_2)]),
        ]
    )
    driver = on(monkeypatch, port)
    assert driver.void("000001").operation_no == "000004"
    assert driver.void("000002").operation_no == "000005"


def test_other_commands_late_answer_is_dropped(monkeypatch: pytest.MonkeyPatch) -> None:
    late_totals = p.encode_frame("0710|00|3|38700")
    port = TimedPort([(VOID_1, [(0.0, ACK), (0.01, late_totals), (0.03, ANSWER_1)])])
    assert on(monkeypatch, port).void("000001").operation_no == "000004"


def test_after_a_lost_answer_the_line_is_made_quiet_first(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Void 1's answer did not come in time; the terminal, still re-sending it, ignores the
    poll until that answer is ACKed. Void 2 must get void 2's answer, not void 1's."""
    port = TimedPort(
        [
            (VOID_1, [(0.0, ACK)]),
            (POLL, [(0.0, ANSWER_1)]),
            (POLL, [(0.0, ACK)]),
            (VOID_2, [(0.0, ACK), (0.01, DECLINED)]),
        ]
    )
    driver = on(monkeypatch, port, answer_timeout=0.2)
    with pytest.raises(AnswerLost):
        driver.void("000001")
    with pytest.raises(TerminalDeclined) as err:
        driver.void("000002")
    assert err.value.response_code == "05"


def test_a_terminal_that_never_quiets_gets_no_command(monkeypatch: pytest.MonkeyPatch) -> None:
    port = TimedPort([(VOID_1, [(0.0, ACK)])])
    driver = on(monkeypatch, port, answer_timeout=0.2)
    with pytest.raises(AnswerLost):
        driver.void("000001")
    with pytest.raises(LinkError):  # provably not sent: the void's frame never went out
        driver.void("000002")
    assert VOID_2 not in port.writes
