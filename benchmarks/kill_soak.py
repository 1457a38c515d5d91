"""Crash-safety soak: the kill harness (tests/crash/) over many rounds. A round is every kind
of trial once — each kill point of counter A's void and manual refund, counter B's void killed
while A starts up, A starting while B's void is in flight, a restart killed during its own
re-send, a batch close and a second case between kill and restart, a link that loses ACKs or
carries a stale answer — plus random-instant kills. Two counters, two terminals in the
documented layout; every money movement counted on the terminals' side. Prints the counts.

    .venv/bin/python benchmarks/kill_soak.py [ROUNDS] [RANDOM_KILLS_PER_ROUND]

About 30 trials a round: 34 rounds give more than 1,000 trials.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.chdir(ROOT)


def main() -> int:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    randoms = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["GUADAN_HOME"] = tmp
        from tests.crash.harness import run_harness

        start = time.perf_counter()
        summary = run_harness(
            Path(tmp) / "soak", repeats=rounds, random_kills=randoms, seed=int(time.time())
        )
        elapsed = time.perf_counter() - start
    print(summary.line())
    print(
        f"soak: {rounds} rounds in {elapsed:.1f} s ({elapsed / max(summary.trials, 1):.2f} s a trial)"
    )
    for failure in summary.failures[:20]:
        print("  FAILED", failure)
    return 0 if summary.clean else 1


if __name__ == "__main__":
    sys.exit(main())
