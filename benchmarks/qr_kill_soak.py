"""Crash-safety soak of QR step 5: the QR kill harness (tests/crash/qr_harness.py) over many
rounds. A round is every kind of trial on each of the four cases (支付宝 撤销, 支付宝 partial 退款,
微信支付 撤销, 微信支付 partial 退款): each kill point, each kind of provider trouble, and
random-instant kills. The simulators' journals are the truth. Prints the counts; exit 1 when
any is not 0.

    .venv/bin/python benchmarks/qr_kill_soak.py [ROUNDS] [RANDOM_KILLS_PER_ROUND]

A round with 2 random kills is 64 trials: 5 rounds give 320.
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
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    randoms = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["GUADAN_HOME"] = tmp
        from tests.keyring_file import install

        install(Path(tmp) / "keyring.json")  # the children read the store's keys from it
        from tests.crash.qr_harness import run_harness

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
        print("  FAILED", failure[:400])
    return 0 if summary.clean else 1


if __name__ == "__main__":
    sys.exit(main())
