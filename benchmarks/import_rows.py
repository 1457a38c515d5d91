"""Importing a store POS export of N valid rows (issue 11): the time and the peak RSS of the
process that imports it, against a floor measured in the same run — the same process importing
a 1-row file (Python, SQLAlchemy, the models: what any import costs). Each import runs in its
own child process, its peak RSS read from wait4(). Prints figures; judges nothing.
Budget (issue 11): peak ≤ 200 MB at any size.

    .venv/bin/python benchmarks/import_rows.py [--rows 100000 1000000] [--wide] [--json]

--wide pads each row's 交易地点 to ~200 bytes a row, so that 1,000,000 rows are a 200 MB+
file; --json writes the same orders as {"orders": [...]} instead of CSV.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
HEADER = "单号,交易时间,交易地点,交易金额,交易类型,交易资金,卡号,商户编号,终端号,操作号,挂单原因\n"

CHILD = """
import os, sys, time
from pathlib import Path
sys.path.insert(0, {root!r})
from tests.keyring_file import install
install(Path(os.environ["GUADAN_HOME"]) / "keyring.json")
from app.db import open_store
from app.importer import import_file
from tests.core.helpers import seed_staff
store = open_store("sqlite:///" + sys.argv[1])
with store.transaction() as s:
    staff = seed_staff(s)
    s.flush()
from app.settings import load_settings, save_settings
with store.transaction() as s:
    settings = load_settings(s)
    settings.import_max_mb = 1024
    from app.models import User
    save_settings(s, settings, s.get(User, staff.admin.id))
start = time.perf_counter()
with store.transaction() as s:
    report = import_file(s, Path(sys.argv[2]), None)
took = time.perf_counter() - start
print(report.imported, len(report.problems), f"{{took:.2f}}")
"""


PAD = " 二楼东侧靠近出口处的第三排收银台，营业时间早八点至晚十点"


def write_file(path: Path, rows: int, *, wide: bool = False, as_json: bool = False) -> None:
    import json

    from tests.core.helpers import MERCHANT_NO, TERMINAL_NO

    names = [h for h in HEADER.strip().split(",")]
    with path.open("w", encoding="utf-8") as out:
        out.write('{"orders": [\n' if as_json else HEADER)
        for i in range(rows):
            cells = [
                f"B{i:09d}", f"2026-11-20 10:{i % 60:02d}",
                "人民路店 1号收银台" + (PAD if wide else ""), f"{1 + i % 9999}.{i % 100:02d}",
                "消费", "信用卡", f"622588******{i % 10000:04d}", MERCHANT_NO, TERMINAL_NO,
                f"{i % 1000000:06d}", "网络故障",
            ]  # fmt: skip
            if as_json:
                sep = ",\n" if i + 1 < rows else "\n"
                out.write(
                    json.dumps(dict(zip(names, cells, strict=True)), ensure_ascii=False) + sep
                )
            else:
                out.write(",".join(cells) + "\n")
        if as_json:
            out.write("]}\n")


def run_child(db: Path, file: Path, home: Path) -> tuple[str, float, float]:
    env = {**os.environ, "GUADAN_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD.format(root=str(ROOT)), str(db), str(file)],
        stdout=subprocess.PIPE,
        env=env,
    )
    assert proc.stdout is not None
    out = proc.stdout.read().decode().strip()
    _pid, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - started
    return out, usage.ru_maxrss / 1024, wall  # ru_maxrss is in KiB on Linux


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, nargs="+", default=[100_000])
    parser.add_argument("--wide", action="store_true", help="~200 bytes a row")
    parser.add_argument("--json", action="store_true", help="a JSON file instead of CSV")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="guadan-import-bench-"))
    print("rows      file MB   imported  problems  import s   child wall s  peak RSS MB")
    for rows in [1, *args.rows]:
        file = work / f"orders-{rows}.{'json' if args.json else 'csv'}"
        write_file(file, rows, wide=args.wide, as_json=args.json)
        home = work / f"home-{rows}"
        out, rss, wall = run_child(work / f"store-{rows}.sqlite3", file, home)
        imported, problems, took = (out.split() + ["?", "?", "?"])[:3]
        label = "floor" if rows == 1 else f"{rows:,}"
        print(
            f"{label:<9} {file.stat().st_size / 1e6:8.1f}  {imported:>8}  {problems:>8}  "
            f"{took:>8}  {wall:12.1f}  {rss:11.0f}"
        )
        file.unlink()  # a 200 MB file is not left behind
    return 0


if __name__ == "__main__":
    sys.exit(main())
