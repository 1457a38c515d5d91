"""How long the command line takes to answer, each as whole processes, against floors measured in
the same run (issue 17 / issue 16):

- `guadan --help` ≤ 3 × (`python -c pass` + the import of the CLI's parser alone);
- `guadan orders list` (a store of 1,000 orders) ≤ 2 × (`python -c pass` + `import sqlalchemy`).

    .venv/bin/python benchmarks/cli_startup.py [--runs 7]

Runs the installed console script (`.venv/bin/guadan`, the path a shell takes). Medians,
p90 and the worst run are printed; no asserts.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def timed(cmd: list[str], env: dict[str, str], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append((time.perf_counter() - started) * 1000)
    return sorted(times)


def summary(times: list[float]) -> str:
    p90 = times[min(len(times) - 1, int(len(times) * 0.9))]
    return f"median {statistics.median(times):6.1f} ms  p90 {p90:6.1f}  max {times[-1]:6.1f}"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    python = sys.executable
    script = str(Path(python).parent / "guadan")
    with tempfile.TemporaryDirectory(prefix="guadan-cli-") as tmp:
        env = dict(os.environ, GUADAN_HOME=tmp)
        sys.path.insert(0, str(ROOT))
        os.environ["GUADAN_HOME"] = tmp
        from benchmarks.seeding import seed_orders

        url = seed_orders(Path(tmp) / "cli.sqlite3", 1_000)
        rows = {
            "python -c pass": [python, "-c", "pass"],
            "import app.cli.parser": [python, "-c", "import app.cli.parser"],
            "import sqlalchemy": [python, "-c", "import sqlalchemy"],
            "guadan --help": [script, "--help"],
            "guadan orders list": [script, "--db", url, "orders", "list"],
        }
        # interleaved, so that a busy neighbour slows every command alike
        results: dict[str, list[float]] = {name: [] for name in rows}
        for _ in range(args.runs):
            for name, cmd in rows.items():
                results[name].extend(timed(cmd, env, 1))
    for name in rows:
        results[name].sort()
        print(f"{name:<24} {summary(results[name])}")
    med = {name: statistics.median(t) for name, t in results.items()}
    help_goal = 3 * (med["python -c pass"] + med["import app.cli.parser"])
    list_goal = 2 * (med["python -c pass"] + med["import sqlalchemy"])
    print()
    print(
        f"guadan --help: {med['guadan --help']:.0f} ms; goal ≤ 3 × (pass + parser import) = "
        f"{help_goal:.0f} ms → {med['guadan --help'] / help_goal:.2f} of the goal"
    )
    print(
        f"guadan orders list: {med['guadan orders list']:.0f} ms; goal ≤ 2 × (pass + import "
        f"sqlalchemy) = {list_goal:.0f} ms → {med['guadan orders list'] / list_goal:.2f} of the goal"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
