"""A simulated POS Integrado terminal: its batch and journal, and its side of the link.

`SimulatedTerminal` holds the state (optionally in a durable JSON journal, so it
survives a process restart). `TerminalLink` speaks the wire protocol for it over any
pyserial-like stream; `serve_tcp` and `open_pty` run that in a thread.
`InProcessSimulatorDriver` is a `TerminalDriver` that calls the state directly.
`Misbehaviour` makes the terminal fail on purpose.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import os
import select
import socket
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.terminal import protocol as p
from app.terminal.base import (
    AnswerLost,
    Capability,
    CloseResult,
    LinkError,
    Progress,
    ProgressCallback,
    ProtocolError,
    RefundResult,
    TerminalDeclined,
    TerminalError,
    Totals,
    Transaction,
    VoidResult,
)

ALWAYS = 1 << 62  # a misbehaviour count that never runs out
SALE_PROGRESS = ("78", "79", "81", "82")


@dataclass
class Misbehaviour:
    """Ways to fail on purpose; counts go down as they are used (ALWAYS never does)."""

    nak: int = 0  # NAK this many incoming command frames
    ignore: int = 0  # ignore this many incoming command frames: no ACK, no answer
    bad_lrc: int = 0  # corrupt the LRC of this many outgoing answer frames
    truncate: int = 0  # send only the first half of this many answer frames
    drop_answer: int = 0  # move the money, then never answer, this many money commands
    slow_ms: int = 0  # wait this long before every answer
    decline: str = ""  # answer sales and voids with this response code; money stays

    def use(self, name: str) -> bool:
        left: int = getattr(self, name)
        if left <= 0:
            return False
        if left != ALWAYS:
            setattr(self, name, left - 1)
        return True


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
    ) -> None:
        self.path = Path(journal_path) if journal_path else None
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

    def sale(self, amount_fen: int, ticket: str, card_type: str = "CR") -> Movement:
        with self._lock:
            self._load()
            if self.misbehaviour.decline:
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

    def seed_sales(self, count: int, amount_fen: int = 12_800) -> list[Movement]:
        return [self.sale(amount_fen + 100 * i, f"S{i:05d}") for i in range(count)]


# --- the terminal's answers on the wire -----------------------------------------


def _join(fields: list[str], trailing: bool = True) -> str:
    return "|".join(fields) + ("|" if trailing else "")


def _sale_fields(t: SimulatedTerminal, m: Movement) -> list[str]:
    return [
        t.commerce_code,
        t.terminal_id,
        m.ticket,
        m.auth_code,
        str(m.amount_fen),
        "0",
        "",
        m.card_last4,
        m.operation_no,
        m.card_type,
        m.accounting_date,
        m.account_number,
        m.card_brand,
        m.real_date,
        m.real_time,
        m.employee_id,
        str(m.tip_fen),
    ]


def _detail_fields(t: SimulatedTerminal, m: Movement) -> list[str]:
    f = _sale_fields(t, m)
    # The detail layout moves the two instalment fields to the end.
    return f[:5] + f[7:] + ["", "0"]


def _declined(code: str, rc: str, t: SimulatedTerminal, width: int) -> str:
    return _join([code, rc, t.commerce_code, t.terminal_id] + [""] * (width - 2))


def _extension(m: Movement) -> list[str]:
    return [m.kind, m.linked_operation_no]


class TerminalLink:
    """The terminal's side of the link: ACK/NAK, answers, resends, misbehaviour."""

    def __init__(
        self,
        terminal: SimulatedTerminal,
        *,
        ack_timeout: float = 2.0,
        gap: float = 0.5,
        sends: int = 3,
    ) -> None:
        self.terminal = terminal
        self.ack_timeout = ack_timeout
        self.gap = gap
        self.sends = sends
        self.stop = threading.Event()
        # What crossed the link, for tests: "frames_in", "bad_frames_in" (NAKed),
        # "acked" (commands taken), "naks_in" / "acks_in" (to our answers), "answers_out".
        self.stats: Counter[str] = Counter()
        self.commands: list[str] = []  # every ACKed command's payload, in order
        self.on_command: list[tuple[str, float]] = []  # (payload, seconds spent)
        self.record_timing = False

    def serve(self, stream: p.ByteStream) -> None:
        """Answer commands on `stream` until it closes or `stop` is set."""
        reader = p.FrameReader(stream)
        try:
            while not self.stop.is_set():
                try:
                    payload = reader.read_frame(3600.0, self.gap)
                except p.FrameTimeout:
                    continue
                except ProtocolError:
                    self.stats["bad_frames_in"] += 1
                    stream.write(p.NAK_BYTE)
                    continue
                self.stats["frames_in"] += 1
                self._command(stream, reader, payload)
        except (OSError, StreamClosed):
            return

    def _command(self, stream: p.ByteStream, reader: p.FrameReader, payload: str) -> None:
        mis = self.terminal.misbehaviour
        code = payload[:4]
        known = {p.POLL, p.NORMAL_MODE, p.LOAD_KEYS} | set(p.ANSWER_CODE)
        if mis.use("ignore"):
            return
        if code not in known or mis.use("nak"):
            stream.write(p.NAK_BYTE)
            return
        stream.write(p.ACK_BYTE)
        self.stats["acked"] += 1
        self.commands.append(payload)
        started = time.perf_counter()
        answers = self._answers(stream, reader, payload)
        spent = time.perf_counter() - started
        if code in p.MONEY_MOVING and answers and mis.use("drop_answer"):
            return
        if mis.slow_ms:
            self.stop.wait(mis.slow_ms / 1000)
        if self.record_timing:
            self.on_command.append((payload, spent))
        for answer in answers:
            if not self._send(stream, reader, answer):
                return

    def _answers(self, stream: p.ByteStream, reader: p.FrameReader, payload: str) -> list[str]:
        t = self.terminal
        fields = payload.split("|")
        code = fields[0]
        arg = fields[1] if len(fields) > 1 else ""
        try:
            if code in (p.POLL, p.NORMAL_MODE):
                return []
            if code == p.LOAD_KEYS:
                return [_join(["0810", "00", t.commerce_code, t.terminal_id])]
            if code == p.SALE:
                ticket = fields[2] if len(fields) > 2 else ""
                if len(fields) > 5 and fields[5] == "1":
                    for status in SALE_PROGRESS:
                        if not self._send(stream, reader, f"{p.PROGRESS}|{status}|"):
                            return []
                if not arg.isdigit():
                    raise SimDecline("68")
                sale = t.sale(int(arg), ticket)
                return [_join(["0210", "00", *_sale_fields(t, sale)])]
            if code == p.VOID:
                void = t.void(arg)
                return [
                    _join(
                        [
                            "1210",
                            "00",
                            t.commerce_code,
                            t.terminal_id,
                            void.auth_code,
                            void.operation_no,
                        ],
                        trailing=False,
                    )
                ]
            if code == p.LAST_SALE:
                last = t.last_movement()
                return [_join(["0260", "00", *_sale_fields(t, last), *_extension(last)])]
            if code == p.SALES_DETAIL:
                end = _declined("0261", "00", t, 17)
                if arg != "1":
                    return [end]  # "print on the POS": nothing comes to the register
                rows = [
                    _join(["0261", "00", *_detail_fields(t, m), *_extension(m)]) for m in t.sales()
                ]
                return rows + [end]
            if code == p.CLOSE:
                t.close_batch()
                return [_join(["0510", "00", t.commerce_code, t.terminal_id])]
            if code == p.TOTALS:
                count, total = t.totals()
                return [_join(["0710", "00", str(count), str(total)], trailing=False)]
        except SimDecline as exc:
            widths = {p.SALE: 17, p.LAST_SALE: 17, p.VOID: 2, p.CLOSE: 0, p.TOTALS: 0}
            if code == p.TOTALS:
                return [_join(["0710", exc.code, "0", "0"], trailing=False)]
            return [_declined(p.ANSWER_CODE[code], exc.code, t, widths.get(code, 0))]
        return []

    def _send(self, stream: p.ByteStream, reader: p.FrameReader, payload: str) -> bool:
        frame = p.encode_frame(payload)
        mis = self.terminal.misbehaviour
        for _ in range(self.sends):
            out = frame
            if mis.use("bad_lrc"):
                out = frame[:-1] + bytes([frame[-1] ^ 0x5A])
            if mis.use("truncate"):
                out = frame[: len(frame) // 2]
            stream.write(out)
            self.stats["answers_out"] += 1
            control = reader.read_control(self.ack_timeout)
            if control == p.ACK:
                self.stats["acks_in"] += 1
                return True
            if control == p.NAK:
                self.stats["naks_in"] += 1
        return False


# --- streams the simulator serves on ---------------------------------------------


class StreamClosed(Exception):
    """The stream was closed (by `close()` or by the peer)."""


class _SelectStream:
    """A pyserial-like stream over a file descriptor, woken at once by close()."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.timeout: float | None = None
        self._wake_r, self._wake_w = socket.socketpair()
        self.closed = False

    @property
    def in_waiting(self) -> int:
        try:
            import fcntl  # POSIX only
            import termios

            buf = fcntl.ioctl(self.fd, termios.FIONREAD, b"\0\0\0\0")
            return int.from_bytes(buf, sys.byteorder)
        except (ImportError, OSError):
            return 0

    def _recv(self, size: int) -> bytes:
        return os.read(self.fd, size)

    def read(self, size: int = 1) -> bytes:
        out = bytearray()
        deadline = None if self.timeout is None else time.monotonic() + self.timeout
        while len(out) < size:
            if self.closed:
                raise StreamClosed
            wait = None if deadline is None else max(0.0, deadline - time.monotonic())
            ready, _, _ = select.select([self.fd, self._wake_r.fileno()], [], [], wait)
            if self._wake_r.fileno() in ready or self.closed:
                raise StreamClosed
            if not ready:
                break
            try:
                chunk = self._recv(size - len(out))
            except OSError as exc:  # EIO on a pty master once the other side hangs up
                raise StreamClosed from exc
            if not chunk:
                raise StreamClosed
            out += chunk
        return bytes(out)

    def write(self, data: bytes, /) -> int:
        view = memoryview(data)
        while view:
            written = self._write(view)
            view = view[written:]
        return len(data)

    def _write(self, data: memoryview) -> int:
        return os.write(self.fd, data)

    def close(self) -> None:
        self.closed = True
        with contextlib.suppress(OSError):
            self._wake_w.send(b"x")


class _SocketStream(_SelectStream):
    def __init__(self, sock: socket.socket) -> None:
        super().__init__(sock.fileno())
        self.sock = sock

    def _recv(self, size: int) -> bytes:
        return self.sock.recv(size)

    def _write(self, data: memoryview) -> int:
        return self.sock.send(data)


class SimulatorServer:
    """A simulated terminal served in a background thread; `close()` stops it."""

    def __init__(self, terminal: SimulatedTerminal, link: TerminalLink, url: str) -> None:
        self.terminal = terminal
        self.link = link
        self.url = url
        self.path = url  # for a pty: the slave path to open
        self._streams: list[_SelectStream] = []
        self._threads: list[threading.Thread] = []
        self._cleanup: list[Any] = []

    def _start(self, target: Any, *args: Any) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True, name="terminal-sim")
        thread.start()
        self._threads.append(thread)

    def close(self) -> None:
        self.link.stop.set()
        for stream in list(self._streams):
            stream.close()
        for thread in self._threads:
            thread.join(timeout=5)
        for cleanup in self._cleanup:
            cleanup()

    def __enter__(self) -> SimulatorServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def serve_tcp(
    terminal: SimulatedTerminal | None = None,
    host: str = "127.0.0.1",
    port: int = 0,
    **link_options: Any,
) -> SimulatorServer:
    """Serve the terminal on TCP (one connection at a time) for `socket://host:port`."""
    terminal = terminal or SimulatedTerminal()
    link = TerminalLink(terminal, **link_options)
    listener = socket.create_server((host, port))
    bound_host, bound_port = listener.getsockname()[:2]
    server = SimulatorServer(terminal, link, f"socket://{bound_host}:{bound_port}")
    accept_stream = _SocketStream(listener)
    server._streams.append(accept_stream)
    server._cleanup.append(listener.close)

    def accept_loop() -> None:
        while not link.stop.is_set():
            ready, _, _ = select.select([listener, accept_stream._wake_r], [], [])
            if listener not in ready or link.stop.is_set():
                return
            conn, _ = listener.accept()
            conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            stream = _SocketStream(conn)
            server._streams.append(stream)
            try:
                link.serve(stream)
            finally:
                server._streams.remove(stream)
                conn.close()

    server._start(accept_loop)
    return server


def open_pty(terminal: SimulatedTerminal | None = None, **link_options: Any) -> SimulatorServer:
    """Serve the terminal on a new pty (Linux/macOS); open `server.path` as the port."""
    import tty

    terminal = terminal or SimulatedTerminal()
    link = TerminalLink(terminal, **link_options)
    master, slave = os.openpty()
    tty.setraw(master)
    tty.setraw(slave)  # no echo, no ^C on ETX (0x03), no CR/LF rewriting
    path = os.ttyname(slave)
    server = SimulatorServer(terminal, link, path)
    stream = _SelectStream(master)
    server._streams.append(stream)
    # Keep the slave open ourselves, so the master never sees EIO between clients.
    server._cleanup += [lambda: os.close(master), lambda: os.close(slave)]
    server._start(link.serve, stream)
    return server


# --- the in-process driver --------------------------------------------------------


def _transaction(t: SimulatedTerminal, m: Movement) -> Transaction:
    return Transaction(
        response_code="00",
        commerce_code=t.commerce_code,
        terminal_id=t.terminal_id,
        ticket=m.ticket,
        auth_code=m.auth_code,
        amount_fen=m.amount_fen,
        card_last4=m.card_last4,
        operation_no=m.operation_no,
        card_type=m.card_type,
        accounting_date=m.accounting_date,
        account_number=m.account_number,
        card_brand=m.card_brand,
        real_date=m.real_date,
        real_time=m.real_time,
        employee_id=m.employee_id,
        tip_fen=m.tip_fen,
        function_code=m.kind,
        occurred_at=p.parse_real_time(m.real_date, m.real_time, None),
        voided=m.voided,
        linked_operation_no=m.linked_operation_no,
    )


@dataclass
class InProcessSimulatorDriver:
    """A `TerminalDriver` straight onto a `SimulatedTerminal` (no bytes, same rules)."""

    terminal: SimulatedTerminal = field(default_factory=SimulatedTerminal)
    progress: ProgressCallback | None = None
    name: str = "simulator"
    capabilities: frozenset[Capability] = frozenset(
        {
            Capability.PING,
            Capability.VOID,
            Capability.LAST_TRANSACTION,
            Capability.SALES_JOURNAL,
            Capability.CLOSE_BATCH,
            Capability.VOID_STATUS,
        }
    )
    simulated: bool = True
    _stop: threading.Event = field(default_factory=threading.Event)

    def _link(self) -> None:
        mis = self.terminal.misbehaviour
        if mis.ignore == ALWAYS:
            raise LinkError("terminal.link.no_ack")
        if mis.nak == ALWAYS:
            raise LinkError("terminal.link.nak")
        mis.use("ignore")
        mis.use("nak")  # a single NAK or silence is recovered by a resend

    def _answer(self, money: bool) -> None:
        mis = self.terminal.misbehaviour
        if money and mis.use("drop_answer"):
            raise AnswerLost("terminal.answer_lost", "simulated dropped answer")
        if mis.bad_lrc == ALWAYS or mis.truncate == ALWAYS:
            key = "terminal.answer_lost" if money else "terminal.link.bad_lrc"
            raise (AnswerLost if money else ProtocolError)(key, "simulated corrupt answers")
        mis.use("bad_lrc")
        mis.use("truncate")
        if mis.slow_ms:
            self._stop.wait(mis.slow_ms / 1000)

    def _report(self, code: str) -> None:
        if self.progress is not None:
            self.progress(Progress(code, f"terminal.progress.{code}"))

    def ping(self) -> bool:
        try:
            self._link()
        except LinkError:
            return False
        return True

    def sale(self, amount_fen: int, ticket: str) -> Transaction:
        self._link()
        self._report("waiting")
        try:
            sale = self.terminal.sale(amount_fen, ticket)
        except SimDecline as exc:
            self._answer(False)
            raise TerminalDeclined(exc.code) from None
        self._answer(True)
        self._report("done")
        return _transaction(self.terminal, sale)

    def void(self, operation_no: str) -> VoidResult:
        self._link()
        self._report("waiting")
        try:
            void = self.terminal.void(operation_no)
        except SimDecline as exc:
            self._answer(False)
            raise TerminalDeclined(exc.code) from None
        self._answer(True)
        self._report("done")
        t = self.terminal
        return VoidResult(
            "00", True, t.commerce_code, t.terminal_id, void.auth_code, void.operation_no
        )

    def refund(self, amount_fen: int, original_rrn: str, original_date: dt.date) -> RefundResult:
        raise TerminalError("terminal.refund_unsupported")

    def last_transaction(self) -> Transaction:
        self._link()
        try:
            last = self.terminal.last_movement()
        except SimDecline as exc:
            raise TerminalDeclined(exc.code) from None
        self._answer(False)
        return _transaction(self.terminal, last)

    def sales_journal(self) -> list[Transaction]:
        self._link()
        self._answer(False)
        return [_transaction(self.terminal, m) for m in self.terminal.sales()]

    def totals(self) -> Totals:
        self._link()
        self._answer(False)
        count, total = self.terminal.totals()
        return Totals("00", count, total)

    def close_batch(self) -> CloseResult:
        self._link()
        self.terminal.close_batch()
        self._answer(True)
        t = self.terminal
        return CloseResult("00", True, t.commerce_code, t.terminal_id)

    def close(self) -> None:
        self._stop.set()
