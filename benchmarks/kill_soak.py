"""Crash-safety soak: the kill harness (tests/crash/) over many rounds. A round is every kind
of trial once — each kill point of counter A's void and manual refund, counter B's void killed
while A starts up, A starting while B's void is in flight, a restart killed during its own
re-send, a batch close and a second case between kill and restart, a link that loses ACKs or
carries a stale answer — plus random-instant kills. Two counters, two terminals in the
documented layout; every money movement counted on the terminals' side. Prints the counts.

    .venv/bin/python benchmarks/kill_soak.py [ROUNDS] [RANDOM_KILLS_PER_ROUND]
    .venv/bin/python benchmarks/kill_soak.py --concert [ROUNDS]

About 30 trials a round: 34 rounds give more than 1,000 trials. `--concert`: the Concert
harness (tests/crash/concert_harness.py) instead, 22 trials a round — every kill point of a
cancellation and a card-present refund, and the line faults; its unknown outcomes settled by
a lead from the terminal's receipt.
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


def shared_keyring(tmp: str) -> None:
    """One keyring file for this process and the tills it starts (each till has a home of its
    own, so key files kept in a home would not be found by the others), as the tests have."""
    from tests.keyring_file import install

    install(Path(tmp) / "keyring.json")


def concert(rounds: int) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["GUADAN_HOME"] = tmp
        shared_keyring(tmp)
        from tests.crash.concert_harness import run_harness

        start = time.perf_counter()
        summary = run_harness(Path(tmp) / "soak", repeats=rounds)
        elapsed = time.perf_counter() - start
    print(summary.line())
    print(f"soak: {rounds} rounds in {elapsed:.1f} s")
    for failure in summary.failures[:20]:
        print("  FAILED", failure)
    return 0 if summary.clean else 1


def main() -> int:
    if "--concert" in sys.argv:
        args = [a for a in sys.argv[1:] if a != "--concert"]
        return concert(int(args[0]) if args else 3)
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    randoms = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["GUADAN_HOME"] = tmp
        shared_keyring(tmp)
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
