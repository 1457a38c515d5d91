"""Import files are read in pieces (issue 11): the memory an import holds does not grow with
the file, and a file's one encoding is told from the bytes, Latin-1 included."""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

import pytest

from app.importer import _read_records, import_file
from tests.core.helpers import MERCHANT_NO, TERMINAL_NO

HEADER = "单号,交易时间,交易地点,交易金额,交易类型,交易资金,卡号,商户编号,终端号,挂单原因"
NAMES = HEADER.split(",")
PAD = "二楼东侧靠近出口处的第三排收银台" * 160  # fat rows: a big file of few rows


def _cells(i: int, location: str = "人民路店" + PAD) -> list[str]:
    return [
        f"S{i:07d}", "2026-11-20 10:00", location, "12.00", "消费", "信用卡",
        "622588******1234", MERCHANT_NO, TERMINAL_NO, "网络故障",
    ]  # fmt: skip


def _peak_reading(path: Path) -> tuple[int, int]:
    """(rows read, peak bytes Python allocated while reading them all)."""
    problems: list = []  # type: ignore[type-arg]
    tracemalloc.start()
    try:
        rows = _read_records(path, problems)
        assert rows is not None, problems
        count = sum(1 for _ in rows(problems))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert not problems, problems[:3]
    return count, peak


@pytest.mark.parametrize("kind", ["csv", "json"])
def test_reading_a_file_holds_a_fraction_of_it(tmp_path: Path, kind: str) -> None:
    path = tmp_path / f"big.{kind}"
    rows = 1_200
    with path.open("w", encoding="utf-8") as out:
        if kind == "csv":
            out.write(HEADER + "\n")
            out.writelines(",".join(_cells(i)) + "\n" for i in range(rows))
        else:
            out.write('{"orders": [')
            out.write(
                ",\n".join(
                    json.dumps(dict(zip(NAMES, _cells(i), strict=True)), ensure_ascii=False)
                    for i in range(rows)
                )
            )
            out.write("]}")
    size = path.stat().st_size
    assert size > 9_000_000
    count, peak = _peak_reading(path)
    assert count == rows
    # Read whole, the text alone is the file's size (and parsed JSON several times it).
    assert peak < size / 4, (peak, size)


def test_latin1_read_as_gbk_is_refused_with_its_line(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lines = [
        "order_no,occurred_at,location,amount,txn_type,funding,card,merchant_no,terminal_no,cause",
        f"L1,2026-11-20 10:00,Berlin,12.00,SALE,CREDIT,622588******1234,{MERCHANT_NO},{TERMINAL_NO},NETWORK",
        f"L2,2026-11-20 10:00,Müller Straße,12.00,SALE,CREDIT,622588******1234,{MERCHANT_NO},{TERMINAL_NO},NETWORK",
    ]  # fmt: skip
    path = tmp_path / "latin1.csv"
    path.write_bytes("\n".join(lines).encode("latin-1"))
    "Müller Straße".encode("latin-1").decode("gb18030")  # what the old fallback accepted
    with store.transaction() as s:
        report = import_file(s, path, None)
        s.rollback()
    assert [(p.key, p.params) for p in report.problems] == [("import.looks_latin1", {"line": 3})]


def test_a_gbk_file_with_a_rare_name_still_imports(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "gbk.csv"
    text = HEADER + "\n" + ",".join(_cells(1, location="朱镕基路店")) + "\n"
    path.write_bytes(text.encode("gbk"))  # 镕 is GBK, not GB2312: its second byte is 'F'
    with store.transaction() as s:
        report = import_file(s, path, None)
        assert report.ok, report.problems
        s.rollback()
