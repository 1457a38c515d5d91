"""Void round trip: PosIntegradoDriver -> pty -> simulated terminal, median of 200.

The simulator runs in a child process on the pty master; the driver opens the slave
at 115200 baud. A pty does not throttle to the baud rate, so the wire time of a real
RS-232 line is computed from the bytes exchanged (10 bits a byte for 8N1), and the
driver's overhead is what the measured round trip costs beyond the simulator's own
processing. Prints figures; judges nothing.

    .venv/bin/python benchmarks/terminal_void_roundtrip.py [--runs 200]
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import statistics
import sys
import time
from multiprocessing.connection import Connection
from pathlib import Path

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
    runs = parser.parse_args().runs

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


def quantile(samples: list[float], q: float) -> float:
    return sorted(samples)[int(q * (len(samples) - 1))] * 1000


if __name__ == "__main__":
    main()
