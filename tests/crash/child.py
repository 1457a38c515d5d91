"""One counter's till, as a child process that the kill harness SIGKILLs at a chosen instant.

    python -m tests.crash.child MODE DB_URL PORT_URL CASE_ID ACTOR_ID POINT [LEAD PIN]

The counter is the one whose data dir GUADAN_HOME names (its binding: terminal number,
counter id). MODE:
- `run`: step 5 as the cashier does it (the void on the wire, or the manual refund: start the
  manual path, key it, record the slip), dying at POINT;
- `restart`: the next start of the till: reconcile this counter's open intents; where the
  terminal cannot tell, the cashier presses 再次发送撤销 (the explicit, audited re-send);
  then retry what is left. POINT may kill this restart too (a kill during reconciliation);
- `close-batch`: a lead closes the terminal's batch (refused while an intent is open);
- `try-run`: like run without a kill, reporting a refusal instead of failing.
Prints one line of JSON with what happened.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import uuid
from typing import Any

import serial
from sqlalchemy import event
from sqlalchemy.orm import Session

from app.db import open_store
from app.errors import DomainError
from app.models import IntentState, Stage, TerminalIntent
from app.payments.card.integrado.driver import PosIntegradoDriver
from app.payments.card.store_terminal import close_terminal_batch
from app.workflow import (
    ManualSlip,
    execute,
    get_case,
    reconcile_open_intents,
    record_manual_execution,
    resend_void,
    start_manual,
)
from app.workflow.outcome import open_intent
from tests.core.helpers import photo
from tests.keyring_file import install as install_keyring

install_keyring()  # the test session's keyring: the store's secrets the parent made

SLIP_PHOTO = photo(42)


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


class KillingPort:
    """A serial port that dies at a wire-level instant of the void exchange."""

    def __init__(self, real: Any, point: str) -> None:
        object.__setattr__(self, "_real", real)
        object.__setattr__(self, "_point", point)
        object.__setattr__(self, "_void_sent", False)
        object.__setattr__(self, "_acked", False)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self._real, name, value)

    def write(self, data: bytes) -> int:
        if b"1200|" in data:
            object.__setattr__(self, "_void_sent", True)
        return int(self._real.write(data))

    def read(self, size: int = 1) -> bytes:
        data: bytes = self._real.read(size)
        if self._void_sent and data:
            if not self._acked and b"\x06" in data:
                if self._point == "after_ack":
                    die()
                object.__setattr__(self, "_acked", True)
                data_after = data[data.index(b"\x06") + 1 :]
            else:
                data_after = data
            if self._acked and b"\x02" in data_after and self._point == "money_moved":
                die()  # the terminal has moved the money: its answer is arriving
        return data


def instrument(point: str) -> None:
    if point in ("after_ack", "money_moved"):
        real_for_url = serial.serial_for_url
        serial.serial_for_url = lambda *a, **k: KillingPort(real_for_url(*a, **k), point)  # type: ignore[assignment]
    if point == "before_frame":
        PosIntegradoDriver.void = lambda self, op, amount=None: die()  # type: ignore[assignment,method-assign,return-value]
    if point == "after_answer":
        original_void = PosIntegradoDriver.void

        def void_then_die(self: PosIntegradoDriver, op: str, amount: int | None = None) -> Any:
            original_void(self, op, amount)
            die()

        PosIntegradoDriver.void = void_then_die  # type: ignore[method-assign]
    instrument_commit(point)


def instrument_commit(point: str) -> None:
    """Kills at the database's instants, whatever the protocol: the intent just committed,
    the outcome flushed but not committed, the outcome committed."""
    if point == "after_intent":

        @event.listens_for(Session, "after_commit")
        def _intent_committed(session: Session) -> None:
            if session.info.get("intent_flushed"):
                die()  # the intent is committed; nothing was sent or keyed yet

        @event.listens_for(Session, "after_flush")
        def _intent_flushed(session: Session, _ctx: Any) -> None:
            if any(
                isinstance(o, TerminalIntent) and o.state is IntentState.OPEN for o in session.new
            ):
                session.info["intent_flushed"] = True

    if point in ("in_commit", "after_commit"):

        @event.listens_for(Session, "after_flush")
        def _flushed(session: Session, _ctx: Any) -> None:
            done = [
                o
                for o in session.identity_map.values()
                if isinstance(o, TerminalIntent) and o.state is IntentState.DONE
            ]
            if done:
                if point == "in_commit":
                    die()  # the outcome is flushed, not committed
                session.info["outcome_flushed"] = True

        @event.listens_for(Session, "after_commit")
        def _committed(session: Session) -> None:
            if session.info.get("outcome_flushed"):
                die()  # committed; the process dies before it can tell anyone


def main(argv: list[str]) -> int:
    mode, db_url, port_url, case_id, actor_id, point = argv[:6]
    lead, pin = (argv[6], argv[7]) if len(argv) > 7 else ("", "")
    store = open_store(db_url, migrate=False)
    case_uuid, actor_uuid = uuid.UUID(case_id), uuid.UUID(actor_id)
    with store.transaction() as s:
        route = get_case(s, case_uuid).route
    manual = route is not None and route.value == "REFUND"
    driver = PosIntegradoDriver(port_url, ack_timeout=1.0, answer_timeout=5.0)
    result: dict[str, Any] = {"mode": mode}

    def carry_out() -> None:
        """Step 5 as the cashier does it: the void on the wire, or the manual refund: start
        the manual path (its intent), key it on the terminal, record the slip."""
        if manual:
            start_manual(store, case_uuid, actor_uuid, driver)
            slip = _slip(store, case_uuid)
            record_manual_execution(
                store, case_uuid, actor_uuid, lead, pin, slip, "slip.png", SLIP_PHOTO
            )
        else:
            execute(store, case_uuid, actor_uuid, driver)

    def still_blocked() -> bool:
        with store.transaction() as s:
            return open_intent(s, get_case(s, case_uuid)) is not None

    if mode in ("run", "try-run"):
        instrument(point)
        if mode == "run":
            print("READY", flush=True)
            sys.stdin.readline()  # the harness says go (and may time a kill from here)
        if point == "before_call":
            die()
        try:
            carry_out()
            result["outcome"] = "done"
        except DomainError as exc:
            result["outcome"] = exc.key
    elif mode == "close-batch":
        try:
            close_terminal_batch(store, driver)
            result["outcome"] = "closed"
        except DomainError as exc:
            result["outcome"] = exc.key
    else:
        instrument(point)  # a kill during reconciliation itself
        reports = reconcile_open_intents(store, driver)
        result["reconciled"] = [str(r.moved) for r in reports]
        if not manual and still_blocked():
            # The terminal's records cannot tell: the cashier presses 再次发送撤销 (the
            # explicit, audited re-send; the terminal answers 04 if it had voided).
            try:
                resend_void(store, case_uuid, actor_uuid, driver)
                result["resent"] = True
            except DomainError as exc:
                result["resend_error"] = exc.key
        with store.transaction() as s:
            stage = get_case(s, case_uuid).stage
        if stage is Stage.APPROVED and not still_blocked():
            # The cashier retries: safe, the intents are all closed.
            try:
                carry_out()
                result["retried"] = True
            except DomainError as exc:
                result["retry_error"] = exc.key
        elif manual and still_blocked():
            # The manual path was started before the crash: record the slip now.
            try:
                record_manual_execution(
                    store,
                    case_uuid,
                    actor_uuid,
                    lead,
                    pin,
                    _slip(store, case_uuid),
                    "slip.png",
                    SLIP_PHOTO,
                )
                result["recorded"] = True
            except DomainError as exc:
                result["record_error"] = exc.key
    driver.close()
    print(json.dumps(result), flush=True)
    return 0


def _slip(store: Any, case_id: uuid.UUID) -> ManualSlip:
    with store.transaction() as s:
        case = get_case(s, case_id)
        return ManualSlip(
            reference="556677889900",
            auth_code="AB12CD",
            amount_fen=case.form_amount_fen or 0,
            trace_no="000556",
        )


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
