"""Void round trip: driver -> pty -> simulated terminal, median of 200, for POS Integrado and
for Concert (a cancellation, at 9600 and 115200 baud).

The simulator runs in a child process on the pty master; the driver opens the slave. A pty
does not throttle to the baud rate, so the wire time of a real RS-232 line is computed from
the bytes exchanged (10 bits a byte: 8N1, and 7E1 too: start, 7 data, parity, stop).
POS Integrado: the driver's overhead is what the measured round trip costs beyond the
simulator's own processing. Concert: the floor is the same bytes exchanged bare (a loop that
writes the request and reads exactly the expected replies, no parsing, no timeouts) against
the same simulator in the same run; the driver's overhead is the round trip above that floor.
Prints figures; judges nothing.

    .venv/bin/python benchmarks/terminal_void_roundtrip.py [--runs 200] [--protocol concert]
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import statistics
import sys
import time
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.payments.card.integrado import protocol as p  # noqa: E402
from app.payments.card.integrado.driver import PosIntegradoDriver  # noqa: E402
from app.payments.card.integrado.simulator import SimulatedTerminal, open_pty  # noqa: E402

BAUD = 115200


def simulator(runs: int, conn: Connection) -> None:
    terminal = SimulatedTerminal(max_sales=runs + 10)  # no journal file: no fsync cost
    terminal.seed_sales(runs + 5)
    server = open_pty(terminal)
    server.link.record_timing = True
    conn.send(server.path)
    conn.recv()  # wait until the parent is done
    conn.send([spent for payload, spent in server.link.on_command if payload.startswith("1200")])
    server.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--protocol", choices=("integrado", "concert", "both"), default="both")
    args = parser.parse_args()
    if args.protocol in ("integrado", "both"):
        integrado(args.runs)
    if args.protocol in ("concert", "both"):
        if args.protocol == "both":
            print()
        concert(args.runs)


def integrado(runs: int) -> None:
    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe()
    proc = ctx.Process(target=simulator, args=(runs, child), daemon=True)
    proc.start()
    path = parent.recv()

    driver = PosIntegradoDriver(path, baudrate=BAUD)
    driver.ping()  # open the port and warm up
    for _ in range(5):
        driver.totals()
    samples: list[float] = []
    cpu_start = time.process_time()
    for op in range(1, runs + 1):
        started = time.perf_counter()
        result = driver.void(str(op))
        samples.append(time.perf_counter() - started)
        assert result.approved
    cpu = (time.process_time() - cpu_start) / runs
    driver.close()
    parent.send("done")
    sim_spent = parent.recv()
    proc.join(5)

    command = len(p.encode_frame(p.void(str(runs))))
    answer = len(p.encode_frame("1210|00|597012345678|SIM00001|123456|000123"))
    wire_bytes = command + 1 + answer + 1  # command, ACK, answer, ACK
    wire_ms = wire_bytes * 10 / BAUD * 1000
    measured = statistics.median(samples) * 1000
    sim_ms = statistics.median(sim_spent) * 1000
    overhead = measured - sim_ms

    print(f"void round trip over a pty, {runs} runs, {BAUD} baud 8N1")
    print(f"  bytes on the wire          {wire_bytes} ({command} + ACK + {answer} + ACK)")
    print(f"  wire time at {BAUD}       {wire_ms:6.2f} ms   (bytes x 10 bits / baud)")
    print(
        f"  measured round trip        {measured:6.2f} ms   median (p90 {quantile(samples, 0.9):.2f} ms)"
    )
    print(f"  simulator processing       {sim_ms:6.2f} ms   median, terminal state change only")
    print(f"  overhead above wire time   {overhead:6.2f} ms   measured - simulator processing")
    print(
        f"  driver CPU per void        {cpu * 1000:6.2f} ms   process_time of the driver's process"
    )
    print(f"  expected on a real line    {wire_ms + overhead:6.2f} ms   wire time + overhead")
    print(
        "  (the pty itself adds no wire time; the overhead also holds the simulator's\n"
        "   link handling and two process wake-ups per frame, so it is an upper bound\n"
        "   on the driver's own share; budget: <= 10 ms)"
    )


def concert_simulator(debits: int, conn: Connection) -> None:
    from app.payments.card.concert.simulator import ConcertTerminal
    from app.payments.card.concert.simulator import open_pty as concert_pty

    terminal = ConcertTerminal()  # no journal file: no fsync cost
    terminal.seed_sales([12_800] * debits)
    server = concert_pty(terminal)
    conn.send(server.path)
    conn.recv()
    server.close()


def bare_cancellation(port: Any, frame: bytes) -> None:
    """The Concert bytes of one cancellation and nothing else: the floor."""
    from app.payments.card.concert import protocol as c

    port.write(c.ENQ_BYTE)
    port.read(1)  # ACK
    port.write(frame)
    port.read(1)  # ACK
    port.write(c.EOT_BYTE)
    port.read(1)  # ENQ
    port.write(p.ACK_BYTE)
    port.read(c.SHORT_FRAME_LEN)
    port.write(p.ACK_BYTE)
    port.read(1)  # EOT


def concert(runs: int) -> None:
    import serial

    from app.payments.card.concert import protocol as c
    from app.payments.card.concert.driver import ConcertDriver

    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe()
    proc = ctx.Process(target=concert_simulator, args=(2 * runs + 10, child), daemon=True)
    proc.start()
    path = parent.recv()
    request = c.Request("01", 12_800, c.Kind.CANCEL, mode="U", private="0000000001")
    frame = p.encode_frame(c.encode_request(request))

    bare = serial.serial_for_url(path, baudrate=9600, timeout=5)
    for _ in range(3):
        bare_cancellation(bare, frame)
    floor: list[float] = []
    for _ in range(runs):
        started = time.perf_counter()
        bare_cancellation(bare, frame)
        floor.append(time.perf_counter() - started)
    bare.close()

    # 8N1 on the pty (it cannot do 7E1); the real line's 7E1 also costs 10 bits a byte.
    driver = ConcertDriver(path, bytesize=8, parity="N", payment_mode="U")
    for _ in range(3):
        driver.void("1", 12_800)
    samples: list[float] = []
    cpu_start = time.process_time()
    for _ in range(runs):
        started = time.perf_counter()
        assert driver.void("1", 12_800).approved
        samples.append(time.perf_counter() - started)
    cpu = (time.process_time() - cpu_start) / runs
    driver.close()
    parent.send("done")
    proc.join(5)

    wire_bytes = 1 + 1 + len(frame) + 1 + 1 + 1 + 1 + c.SHORT_FRAME_LEN + 1 + 1
    measured = statistics.median(samples) * 1000
    floor_ms = statistics.median(floor) * 1000
    overhead = measured - floor_ms
    print(f"Concert cancellation round trip over a pty, {runs} runs (floor measured in this run)")
    print(
        f"  bytes on the wire          {wire_bytes} (ENQ ACK, {len(frame)}-byte request, ACK EOT,"
        f" ENQ ACK, {c.SHORT_FRAME_LEN}-byte answer, ACK EOT)"
    )
    print(
        f"  measured round trip        {measured:6.2f} ms   median (p90 {quantile(samples, 0.9):.2f} ms)"
    )
    print(f"  floor: same bytes, bare    {floor_ms:6.2f} ms   median, no driver")
    print(f"  driver overhead            {overhead:6.2f} ms   measured - floor (budget <= 10 ms)")
    print(
        f"  driver CPU per void        {cpu * 1000:6.2f} ms   process_time of the driver's process"
    )
    for baud in (9600, 115200):
        wire_ms = wire_bytes * 10 / baud * 1000
        print(
            f"  at {baud:>6} baud: wire {wire_ms:6.2f} ms + driver overhead {overhead:5.2f} ms"
            f" = {wire_ms + overhead:6.2f} ms expected on a real line"
        )


def quantile(samples: list[float], q: float) -> float:
    return sorted(samples)[int(q * (len(samples) - 1))] * 1000


if __name__ == "__main__":
    main()
