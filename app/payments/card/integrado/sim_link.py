"""The simulated terminal's side of the POS Integrado link: ACK/NAK, the answers in the
documented layouts (the private journal fields only when the terminal is `extended`), resends,
and misbehaviour on purpose."""

from __future__ import annotations

import threading
import time
from collections import Counter

from app.payments.card.base import ProtocolError
from app.payments.card.integrado import protocol as p
from app.payments.card.integrado.sim_terminal import (
    SALE_PROGRESS,
    Movement,
    SimDecline,
    SimulatedTerminal,
)
from app.payments.card.sim_streams import StreamClosed


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


def _extension(t: SimulatedTerminal, m: Movement) -> list[str]:
    """The private fields after the documented ones: only a terminal built `extended` sends them."""
    return [m.kind, m.linked_operation_no] if t.extended else []


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
        self.refused: list[str] = []  # commands NAKed or ignored on purpose, in order
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
        if mis.use("ignore", code):
            self.refused.append(payload)
            return
        if code not in known or mis.use("nak", code):
            self.refused.append(payload)
            stream.write(p.NAK_BYTE)
            return
        if not mis.use("lose_ack", code):
            stream.write(p.ACK_BYTE)
        self.stats["acked"] += 1
        self.commands.append(payload)
        started = time.perf_counter()
        answers = self._answers(stream, reader, payload)
        spent = time.perf_counter() - started
        if code in p.MONEY_MOVING and answers and mis.use("drop_answer", code):
            return
        if mis.slow_ms:
            self.stop.wait(mis.slow_ms / 1000)
        if self.record_timing:
            self.on_command.append((payload, spent))
        for answer in answers:
            if not self._send(stream, reader, answer, code):
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
                        if not self._send(stream, reader, f"{p.PROGRESS}|{status}|", code):
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
                # The documented "last sale"; the extension's last record may be a void.
                last = t.last_movement() if t.extended else t.last_sale()
                return [_join(["0260", "00", *_sale_fields(t, last), *_extension(t, last)])]
            if code == p.SALES_DETAIL:
                end = _declined("0261", "00", t, 17)
                if arg != "1":
                    return [end]  # "print on the POS": nothing comes to the register
                rows = [
                    _join(["0261", "00", *_detail_fields(t, m), *_extension(t, m)])
                    for m in t.sales()
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

    def _send(
        self, stream: p.ByteStream, reader: p.FrameReader, payload: str, command: str = ""
    ) -> bool:
        """Send one answer frame until ACKed (`sends` times at most); `command`: the request's
        code, for switches aimed at one command."""
        frame = p.encode_frame(payload)
        mis = self.terminal.misbehaviour
        for _ in range(self.sends):
            out = frame
            if mis.use("bad_lrc", command):
                out = frame[:-1] + bytes([frame[-1] ^ 0x5A])
            if mis.use("truncate", command):
                out = frame[: len(frame) // 2]
            self.stats["answers_out"] += 1  # counted first: the driver may be done at once
            stream.write(out)
            control = reader.read_control(self.ack_timeout)
            if control == p.ACK:
                self.stats["acks_in"] += 1
                return True
            if control == p.NAK:
                self.stats["naks_in"] += 1
        return False
