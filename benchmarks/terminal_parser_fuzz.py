"""Fuzz every POS Integrado parser with hypothesis, ≥ 100,000 inputs: answers of every layout,
terminal dates, frames, the streaming reader. Only the typed errors of
app.payments.card.base may come out (an AssertionError or any other exception stops the run),
and the reader must never hang. Prints how many inputs and parser calls it ran.

    .venv/bin/python benchmarks/terminal_parser_fuzz.py [--inputs 100000]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from tests.terminal.fuzz_inputs import (  # noqa: E402
    CLOCKS,
    DATES,
    STREAMS,
    answer_payloads,
    parse_dates,
    parse_everything,
    read_stream,
)

# Share of the inputs per target: answers and dates are cheap, streams cost more each.
TARGETS: list[tuple[str, float, Any, Callable[..., int]]] = [
    ("answers of every layout", 0.45, (answer_payloads(),), parse_everything),
    ("terminal dates x 5 zones", 0.35, (DATES, CLOCKS), parse_dates),
    (
        "byte streams, reader",
        0.20,
        (STREAMS, st.lists(st.integers(1, 40), max_size=10)),
        read_stream,
    ),
]


def run(name: str, examples: int, strategies: tuple[Any, ...], check: Callable[..., int]) -> None:
    counts = {"inputs": 0, "calls": 0}

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(st.tuples(*strategies))
    def target(args: tuple[Any, ...]) -> None:
        counts["inputs"] += 1
        counts["calls"] += check(*args)

    started = time.perf_counter()
    target()
    spent = time.perf_counter() - started
    print(
        f"  {name:26} {counts['inputs']:>8,} inputs  {counts['calls']:>9,} parser calls"
        f"  {spent:6.1f} s"
    )
    run.totals["inputs"] += counts["inputs"]  # type: ignore[attr-defined]
    run.totals["calls"] += counts["calls"]  # type: ignore[attr-defined]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=100_000)
    total = parser.parse_args().inputs
    run.totals = {"inputs": 0, "calls": 0}  # type: ignore[attr-defined]
    print(f"terminal parser fuzz, {total:,} inputs asked (hypothesis; typed errors only)")
    started = time.perf_counter()
    for name, share, strategies, check in TARGETS:
        run(name, round(total * share), strategies, check)
    totals = run.totals  # type: ignore[attr-defined]
    print(
        f"  {'total':26} {totals['inputs']:>8,} inputs  {totals['calls']:>9,} parser calls"
        f"  {time.perf_counter() - started:6.1f} s — no untyped error, no hang"
    )


if __name__ == "__main__":
    main()
