"""The simulated Concert terminal's memory: every debit, credit (refund) and cancellation it
ran, optionally in a durable JSON journal (it survives a process restart, so that a test can
count on the terminal's side what really moved), and the ways it can be told to fail.

It knows only what a Concert terminal is told: an amount, a type, a mode, a currency and the
register's private field. A cancellation cancels a standing debit of the same amount (the
cashier confirms which on a real terminal's screen); none standing → refused (status 7).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import sys
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from app.payments.card.concert import protocol as c
from app.payments.card.integrado.sim_terminal import ALWAYS, Misbehaviour, SimDecline

__all__ = ["ALWAYS", "ConcertMovement", "ConcertTerminal", "Misbehaviour", "SimDecline"]


@dataclass
class ConcertMovement:
    kind: str  # c.Kind's value: "0" debit, "1" credit (refund), "2" cancellation
    amount_fen: int
    mode: str
    currency: str
    private: str
    at: str  # ISO time, UTC
    card_last4: str = "1234"
    cancelled: bool = False  # a debit a later cancellation took back


class ConcertTerminal:
    """What the terminal did. Misbehaviour switches aim at a request type ("2": only
    cancellations) through `Misbehaviour.targets`; `decline` is a status ("7" or "9")."""

    def __init__(
        self,
        journal_path: str | os.PathLike[str] | None = None,
        *,
        misbehaviour: Misbehaviour | None = None,
        card_last4: str = "1234",
    ) -> None:
        self.path = Path(journal_path) if journal_path else None
        self.misbehaviour = misbehaviour or Misbehaviour()
        self.card_last4 = card_last4
        self.movements: list[ConcertMovement] = []
        self._lock = threading.RLock()
        self._seen: tuple[int, int] | None = None
        self._load()

    # -- persistence: every change is on disk before the terminal answers --

    def _stamp(self) -> tuple[int, int] | None:
        assert self.path is not None
        try:
            st = self.path.stat()
        except FileNotFoundError:
            return None
        return (st.st_mtime_ns, st.st_size)

    def _load(self) -> None:
        if self.path is None:
            return
        stamp = self._stamp()
        if stamp is None or stamp == self._seen:
            return
        data = json.loads(self.path.read_text(encoding="utf-8"))
        self.movements = [ConcertMovement(**m) for m in data["movements"]]
        self._seen = stamp

    def _save(self) -> None:
        if self.path is None:
            return
        data = {"version": 1, "movements": [dataclasses.asdict(m) for m in self.movements]}
        directory = self.path.parent
        directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=self.path.name, suffix=".tmp", dir=directory)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(data, fh, indent=1)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        if sys.platform != "win32":
            dir_fd = os.open(directory, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
        self._seen = self._stamp()

    # -- the terminal's work --

    def run(self, request: c.Request, *, obey: bool = True) -> c.Answer:
        """Carry out one request; SimDecline(status) when refused ("7") or told to answer
        "no valid result" ("9"): then nothing moved. `obey=False`: past history (seeded
        sales), which a decline switch does not refuse."""
        with self._lock:
            self._load()
            kind = request.kind.value
            decline = self.misbehaviour.decline if obey else ""
            target = self.misbehaviour.targets.get("decline")
            if decline and (not target or target == kind):
                raise SimDecline(decline)
            if request.currency not in (c.CNY, "978"):
                raise SimDecline(c.Status.REFUSED.value)
            movement = ConcertMovement(
                kind,
                request.amount_fen,
                request.mode,
                request.currency,
                request.private,
                dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                self.card_last4,
            )
            if request.kind is c.Kind.CANCEL:
                sale = next(
                    (
                        m
                        for m in reversed(self.movements)
                        if m.kind == c.Kind.DEBIT.value
                        and not m.cancelled
                        and m.amount_fen == request.amount_fen
                    ),
                    None,
                )
                if sale is None:
                    raise SimDecline(c.Status.REFUSED.value)  # nothing of that amount to cancel
                sale.cancelled = True
            elif request.kind is c.Kind.PREAUTH:
                raise SimDecline(c.Status.REFUSED.value)
            self.movements.append(movement)
            self._save()
            return self.answer_for(request)

    def answer_for(self, request: c.Request, status: str = "0") -> c.Answer:
        return c.Answer(
            request.pos,
            status,
            request.amount_fen,
            request.mode,
            request.currency,
            request.private,
            self.card_last4 if request.long_answer else "",
            request.long_answer,
        )

    def card_field(self) -> str:
        """The long answer's card field: a test card number (never a real one), space-padded
        (the peers read the number up to the first space)."""
        return f"621700000000{self.card_last4}"

    def seed_sales(self, amounts: list[int]) -> None:
        for amount in amounts:
            self.run(c.Request("01", amount, c.Kind.DEBIT, mode="U"), obey=False)

    def of_kind(self, kind: c.Kind) -> list[ConcertMovement]:
        with self._lock:
            self._load()
            return [m for m in self.movements if m.kind == kind.value]
