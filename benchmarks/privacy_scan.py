"""Issue 11's privacy acceptance, with its counts: plant card numbers (≥ 50, ≥ 20 spellings)
and phones in every free-text field through every door, then scan the database, its WAL,
backups, logs, every PDF, export and CLI output. Prints what was planted, what was scanned
and what was found (every count should be 0), and where anything was found.

    .venv/bin/python benchmarks/privacy_scan.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        os.environ["GUADAN_HOME"] = str(home)
        import tests.conftest  # noqa: F401  (the in-memory keyring the tests use)
        from tests.core.privacy_plant import plant_and_scan

        start = time.perf_counter()
        result = plant_and_scan(home)
        elapsed = time.perf_counter() - start
    print(result.line())
    print(f"privacy scan: {elapsed:.1f} s")
    found = (
        result.luhn_runs
        + result.planted_pans_found
        + result.phones_found
        + result.planted_phones_found
    )
    for where, what in found[:30]:
        print(f"  FOUND {what!r} in {where}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
