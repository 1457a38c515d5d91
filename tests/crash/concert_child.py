"""One counter's till driving a Concert terminal, as a child process the kill harness SIGKILLs.

    python -m tests.crash.concert_child MODE DB_URL PORT_URL CASE_ID ACTOR_ID POINT LEAD PIN

GUADAN_HOME names the counter's data dir (its binding); CONCERT_RECEIPTS names the simulated
terminal's journal: what a lead reads off the terminal's own print-out. MODE:
- `run`: step 5 as the cashier does it (a cancellation or a card-present refund, both on the
  wire), dying at POINT;
- `restart`: the next start: reconcile this counter's open intents (Concert cannot be asked:
  they stay open); a blocked case is settled by a lead from the terminal's receipt, with a
  photo and their PIN (resolve_unknown); then retry what is left.
Prints one line of JSON with what happened.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import uuid
from pathlib import Path
from typing import Any

import serial

from app.db import open_store
from app.errors import DomainError
from app.payments.card.concert import protocol as c
from app.payments.card.concert.driver import ConcertDriver
from app.payments.card.concert.sim_terminal import ConcertTerminal
from app.workflow import execute, get_case, reconcile_open_intents
from app.workflow.manual import resolve_unknown
from app.workflow.outcome import open_intent
from tests.core.helpers import photo
from tests.crash.child import instrument_commit
from tests.keyring_file import install as install_keyring

install_keyring()

RECEIPT_PHOTO = photo(43)


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


class KillingPort:
    """Dies at a wire instant of the Concert exchange: `after_ack` (the request frame was
    ACKed: the terminal has it), `money_moved` (the terminal's ENQ: its answer is ready)."""

    def __init__(self, real: Any, point: str) -> None:
        object.__setattr__(self, "_real", real)
        object.__setattr__(self, "_point", point)
        object.__setattr__(self, "_stage", "")

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self._real, name, value)

    def write(self, data: bytes) -> int:
        if data[:1] == b"\x02" and len(data) == c.REQUEST_LEN + 3:
            object.__setattr__(self, "_stage", "request")
        elif data == c.EOT_BYTE and self._stage == "acked":
            object.__setattr__(self, "_stage", "eot")
        return int(self._real.write(data))

    def read(self, size: int = 1) -> bytes:
        data: bytes = self._real.read(size)
        if self._stage == "request" and b"\x06" in data:
            if self._point == "after_ack":
                die()
            object.__setattr__(self, "_stage", "acked")
        if self._stage == "eot" and c.ENQ_BYTE in data and self._point == "money_moved":
            die()
        return data


def instrument(point: str) -> None:
    if point in ("after_ack", "money_moved"):
        real_for_url = serial.serial_for_url
        serial.serial_for_url = lambda *a, **k: KillingPort(real_for_url(*a, **k), point)  # type: ignore[assignment]
    if point == "before_frame":
        ConcertDriver._exchange = lambda self, request: die()  # type: ignore[assignment,method-assign,return-value]
    if point == "after_answer":
        original = ConcertDriver._exchange

        def exchange_then_die(self: ConcertDriver, request: c.Request) -> Any:
            original(self, request)
            die()

        ConcertDriver._exchange = exchange_then_die  # type: ignore[method-assign]
    instrument_commit(point)


def receipt_shows(route: str, amount_fen: int) -> bool:
    """What the lead reads off the terminal's own print-out: did a movement of this kind and
    amount happen? (Each case of the harness has its own amount.)"""
    journal = ConcertTerminal(Path(os.environ["CONCERT_RECEIPTS"]))
    kind = c.Kind.CANCEL if route == "VOID" else c.Kind.CREDIT
    return any(m.kind == kind.value and m.amount_fen == amount_fen for m in journal.movements)


def main(argv: list[str]) -> int:
    mode, db_url, port_url, case_id, actor_id, point, lead, pin = argv[:8]
    store = open_store(db_url, migrate=False)
    case_uuid, actor_uuid = uuid.UUID(case_id), uuid.UUID(actor_id)
    driver = ConcertDriver(port_url, bytesize=8, parity="N", ack_timeout=1.0, answer_timeout=5.0)
    result: dict[str, Any] = {"mode": mode}

    def still_blocked() -> bool:
        with store.transaction() as s:
            return open_intent(s, get_case(s, case_uuid)) is not None

    def carry_out() -> None:
        execute(store, case_uuid, actor_uuid, driver)

    if mode == "run":
        instrument(point)
        print("READY", flush=True)
        sys.stdin.readline()
        if point == "before_call":
            die()
        try:
            carry_out()
            result["outcome"] = "done"
        except DomainError as exc:
            result["outcome"] = exc.key
    else:
        instrument(point)
        reports = reconcile_open_intents(store, driver)
        result["reconciled"] = [str(r.moved) for r in reports]
        if still_blocked():
            with store.transaction() as s:
                case = get_case(s, case_uuid)
                intent = open_intent(s, case)
                assert intent is not None
                route, amount = intent.command.value, intent.amount_fen
            moved = receipt_shows(route, amount)
            resolve_unknown(
                store,
                case_uuid,
                actor_uuid,
                lead,
                pin,
                moved=moved,
                note="终端小票：" + ("交易成功" if moved else "无此交易"),
                evidence_name="receipt.png",
                evidence=RECEIPT_PHOTO,
            )
            result["resolved"] = moved
        with store.transaction() as s:
            stage = get_case(s, case_uuid).stage.value
        if stage == "APPROVED" and not still_blocked():
            try:
                carry_out()
                result["retried"] = True
            except DomainError as exc:
                result["retry_error"] = exc.key
    driver.close()
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
