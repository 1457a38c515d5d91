"""The simulated POS Integrado terminal's memory: its open batch, closed batches and last
movement, optionally in a durable JSON journal (it survives a process restart), and the ways
it can be told to fail (`Misbehaviour`).

It answers in the documented layouts only, like a real terminal, unless built with
`extended=True`: then its journal answers carry two private fields (which command made the
record, and the operation linked to it) that let a test see void status.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import sys
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.payments.card.integrado import protocol as p

ALWAYS = 1 << 62  # a misbehaviour count that never runs out


SALE_PROGRESS = ("78", "79", "81", "82")


@dataclass
class Misbehaviour:
    """Ways to fail on purpose; counts go down as they are used (ALWAYS never does).

    `targets` aims a switch at one command ({"nak": "1200"}: NAK only void frames), so that a
    once-switch is not used up by the journal read step 5 makes before its void."""

    nak: int = 0  # NAK this many incoming command frames
    ignore: int = 0  # ignore this many incoming command frames: no ACK, no answer
    lose_ack: int = 0  # take this many commands, but their ACK is lost on the line
    bad_lrc: int = 0  # corrupt the LRC of this many outgoing answer frames
    truncate: int = 0  # send only the first half of this many answer frames
    drop_answer: int = 0  # move the money, then never answer, this many money commands
    slow_ms: int = 0  # wait this long before every answer
    decline: str = ""  # answer sales and voids with this response code; money stays
    targets: dict[str, str] = field(default_factory=dict)

    def use(self, name: str, command: str = "") -> bool:
        """Whether switch `name` fires for `command` (the request's function code)."""
        target = self.targets.get(name)
        if target and command != target:
            return False
        left: int = getattr(self, name)
        if left <= 0:
            return False
        if left != ALWAYS:
            setattr(self, name, left - 1)
        return True

    def always(self, name: str, command: str = "") -> bool:
        target = self.targets.get(name)
        return bool(getattr(self, name) == ALWAYS and (not target or command == target))


@dataclass
class Movement:
    """One record in the terminal's journal: a sale or a void."""

    kind: str  # protocol.EXT_SALE or protocol.EXT_VOID
    operation_no: str
    ticket: str
    auth_code: str
    amount_fen: int
    batch_no: int
    real_date: str  # DDMMYYYY, terminal's local time
    real_time: str  # HHMMSS
    card_type: str = "CR"
    card_last4: str = "1234"
    card_brand: str = "VI"
    account_number: str = ""
    accounting_date: str = ""
    employee_id: str = ""
    tip_fen: int = 0
    voided: bool = False
    linked_operation_no: str = ""


class SimDecline(Exception):
    """The simulated terminal refuses a command with a response code."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class SimulatedTerminal:
    """The terminal's memory: current batch, closed batches, last movement."""

    def __init__(
        self,
        journal_path: str | os.PathLike[str] | None = None,
        *,
        commerce_code: str = "597012345678",
        terminal_id: str = "SIM00001",
        max_sales: int = 500,
        misbehaviour: Misbehaviour | None = None,
        extended: bool = True,
    ) -> None:
        self.path = Path(journal_path) if journal_path else None
        self.extended = extended  # send the private journal fields (tests of the switch only)
        self.commerce_code = commerce_code
        self.terminal_id = terminal_id
        self.max_sales = max_sales
        self.misbehaviour = misbehaviour or Misbehaviour()
        self.batch_no = 1
        self.next_operation_no = 1
        self.movements: list[Movement] = []
        self.closed_batches: list[dict[str, Any]] = []
        self.last: Movement | None = None
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
        self.commerce_code = data["commerce_code"]
        self.terminal_id = data["terminal_id"]
        self.batch_no = data["batch_no"]
        self.next_operation_no = data["next_operation_no"]
        self.movements = [Movement(**m) for m in data["movements"]]
        self.closed_batches = data["closed_batches"]
        self.last = Movement(**data["last"]) if data["last"] else None
        self._seen = stamp

    def _save(self) -> None:
        if self.path is None:
            return
        data = {
            "version": 1,
            "commerce_code": self.commerce_code,
            "terminal_id": self.terminal_id,
            "batch_no": self.batch_no,
            "next_operation_no": self.next_operation_no,
            "movements": [dataclasses.asdict(m) for m in self.movements],
            "closed_batches": self.closed_batches,
            "last": dataclasses.asdict(self.last) if self.last else None,
        }
        directory = self.path.parent
        directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=self.path.name, suffix=".tmp", dir=directory)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(data, fh, ensure_ascii=False, indent=1)
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

    # -- commands --

    def _new_movement(self, kind: str, ticket: str, amount_fen: int, **extra: Any) -> Movement:
        now = dt.datetime.now()
        op = self.next_operation_no
        self.next_operation_no = op % 999_999 + 1
        auth = f"{(op * 7919 + self.batch_no * 104_729) % 1_000_000:06d}"
        return Movement(
            kind=kind,
            operation_no=f"{op:06d}",
            ticket=ticket,
            auth_code=auth,
            amount_fen=amount_fen,
            batch_no=self.batch_no,
            real_date=now.strftime("%d%m%Y"),
            real_time=now.strftime("%H%M%S"),
            **extra,
        )

    def sale(
        self, amount_fen: int, ticket: str, card_type: str = "CR", *, obey: bool = True
    ) -> Movement:
        """A sale charged on the terminal. `obey=False`: past history (seeded sales), which a
        decline switch set for the session does not refuse."""
        with self._lock:
            self._load()
            if obey and self.misbehaviour.decline:
                raise SimDecline(self.misbehaviour.decline)
            if not 0 < amount_fen <= 999_999_999:
                raise SimDecline("72")
            if len(ticket) > 20:
                raise SimDecline("70")
            if sum(m.kind == p.EXT_SALE for m in self.movements) >= self.max_sales:
                raise SimDecline("67")
            extra: dict[str, Any] = {"card_type": card_type}
            if card_type == "DB":
                extra |= {
                    "card_brand": "DB",
                    "account_number": "0000001234",
                    "accounting_date": dt.date.today().strftime("%d%m%y"),
                }
            sale = self._new_movement(p.EXT_SALE, ticket, amount_fen, **extra)
            self.movements.append(sale)
            self.last = sale
            self._save()
            return sale

    def void(self, operation_no: str) -> Movement:
        with self._lock:
            self._load()
            if self.misbehaviour.decline:
                raise SimDecline(self.misbehaviour.decline)
            if not (operation_no.isdigit() and len(operation_no) <= 6):
                raise SimDecline("05")
            wanted = int(operation_no)
            sale = next(
                (
                    m
                    for m in self.movements
                    if m.kind == p.EXT_SALE and int(m.operation_no) == wanted
                ),
                None,
            )
            if sale is None:
                # Not in the open batch: unknown, or its batch was closed (settled).
                raise SimDecline("05")
            if sale.voided:
                raise SimDecline("04")
            if sale.card_type == "DB":
                raise SimDecline("08")
            void = self._new_movement(
                p.EXT_VOID,
                sale.ticket,
                sale.amount_fen,
                card_type=sale.card_type,
                card_last4=sale.card_last4,
                card_brand=sale.card_brand,
                linked_operation_no=sale.operation_no,
            )
            sale.voided = True
            sale.linked_operation_no = void.operation_no
            self.movements.append(void)
            self.last = void
            self._save()
            return void

    def last_movement(self) -> Movement:
        with self._lock:
            self._load()
            if self.last is None:
                raise SimDecline("11")
            return self.last

    def last_sale(self) -> Movement:
        """What the documented "last sale" (0250) shows: the newest sale, voided or not, in the
        open batch or else the closed ones. SimDecline("11") when there was none."""
        with self._lock:
            self._load()
            for m in reversed(self.movements):
                if m.kind == p.EXT_SALE:
                    return m
            for batch in reversed(self.closed_batches):
                for record in reversed(batch["movements"]):
                    if record["kind"] == p.EXT_SALE:
                        return Movement(**record)
            raise SimDecline("11")

    def sales(self) -> list[Movement]:
        """Sales in the open batch, voided ones included (flagged)."""
        with self._lock:
            self._load()
            return [m for m in self.movements if m.kind == p.EXT_SALE]

    def voids(self) -> list[Movement]:
        with self._lock:
            self._load()
            return [m for m in self.movements if m.kind == p.EXT_VOID]

    def totals(self) -> tuple[int, int]:
        """(count, total fen) of the open batch's sales that still stand."""
        standing = [m for m in self.sales() if not m.voided]
        return len(standing), sum(m.amount_fen for m in standing)

    def close_batch(self) -> None:
        with self._lock:
            self._load()
            self.closed_batches.append(
                {
                    "batch_no": self.batch_no,
                    "closed_at": dt.datetime.now(dt.UTC).isoformat(),
                    "movements": [dataclasses.asdict(m) for m in self.movements],
                }
            )
            self.movements = []
            self.batch_no += 1
            self._save()

    def rename(self, terminal_id: str) -> None:
        """Give the terminal the id it reports (a store's simulated terminal reports the
        store's terminal number, as a real one reports its own)."""
        with self._lock:
            self._load()
            if self.terminal_id != terminal_id:
                self.terminal_id = terminal_id
                self._save()

    def seed_sales(self, count: int, amount_fen: int = 12_800) -> list[Movement]:
        return [self.sale(amount_fen + 100 * i, f"S{i:05d}", obey=False) for i in range(count)]
