"""Hostile import files (issue 11): each is refused inside the row-by-row report — never a raw
Python message — and nothing is written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.importer import import_file
from app.messages import tr
from app.models import SuspendedOrder
from app.settings import load_settings, save_settings
from tests.core.helpers import MERCHANT_NO, seed_staff

HEADER = "单号,交易时间,交易地点,交易金额,交易类型,交易资金,卡号,商户编号,终端号,挂单原因"


def row(order_no: str = "A1", *, amount: str = "12.00", when: str = "2026-11-20 10:00",
        merchant: str = MERCHANT_NO, location: str = "人民路店") -> str:  # fmt: skip
    return f"{order_no},{when},{location},{amount},消费,信用卡,622588******1234,{merchant},12345678,网络故障"


def _order(**fields: str) -> dict[str, str]:
    base = {
        "order_no": "J1", "occurred_at": "2026-11-20 10:00", "location": "店", "amount": "9.90",
        "txn_type": "SALE", "funding": "DEBIT", "card": "622848******5678",
        "merchant_no": MERCHANT_NO, "terminal_no": "12345678", "cause": "NETWORK",
    }  # fmt: skip
    return base | fields


CSV_CASES: dict[str, tuple[bytes, str]] = {
    "a column twice": (
        (HEADER + ",金额\n" + row() + ",9999.00\n").encode(),
        "import.duplicate_column",
    ),
    "two names of one column": (
        (
            "单号,交易时间,交易地点,交易金额,amount,交易类型,交易资金,卡号,商户编号,终端号,挂单原因\n"
            "A1,2026-11-20 10:00,店,12.00,9999.00,消费,信用卡,622588******1234,"
            f"{MERCHANT_NO},12345678,网络故障\n"
        ).encode(),
        "import.duplicate_column",
    ),  # fmt: skip
    "UTF-8 with one stray byte": (
        (HEADER + "\n" + row(location="人民路店") + "\n").encode()
        + row("A2").encode()[:10]
        + b"\xff"
        + row("A2").encode()[10:]
        + b"\n",
        "import.mixed_encoding",
    ),  # fmt: skip
    "a NUL byte": ((HEADER + "\n" + row()).encode() + b"\x00\n", "import.nul_byte"),
    "2^63-1 fen": (
        (HEADER + "\n" + row(amount="92233720368547758.07") + "\n").encode(),
        "import.amount_too_large",
    ),  # fmt: skip
    "a 20-digit amount": (
        (HEADER + "\n" + row(amount="12345678901234567890") + "\n").encode(),
        "import.amount_too_large",
    ),  # fmt: skip
    "year 1900": ((HEADER + "\n" + row(when="1900-01-01 10:00") + "\n").encode(), "import.too_old"),
    "another merchant": (
        (HEADER + "\n" + row(merchant="898310048169999") + "\n").encode(),
        "import.other_merchant",
    ),  # fmt: skip
    "a terminal the store has not registered": (
        (HEADER + "\n" + row().replace(",12345678,", ",87654321,") + "\n").encode(),
        "import.unknown_terminal",
    ),
    "a duplicate behind a zero-width space": (
        (HEADER + "\n" + row("A1") + "\n" + row("A\u200b1") + "\n").encode(),
        "import.duplicate_in_file",
    ),
    "a duplicate in full-width letters": (
        (HEADER + "\n" + row("AB1") + "\n" + row("ＡＢ１") + "\n").encode(),
        "import.duplicate_in_file",
    ),
    "a cell over 128 KiB": (
        (HEADER + "\n" + row(location="店" * 140_000) + "\n").encode(),
        "import.bad_csv",
    ),  # fmt: skip
}
JSON_CASES: dict[str, tuple[bytes, str]] = {
    "a key twice": (
        b'[{"order_no":"J1","amount":"12.00","amount":"9999.00"}]',
        "import.duplicate_key",
    ),
    "two names of one column": (
        json.dumps([_order(金额="9999.00")], ensure_ascii=False).encode(),
        "import.duplicate_column",
    ),
    "an object as a value": (
        json.dumps([_order(location={"a": 1})]).encode(),
        "import.nested_value",  # type: ignore[arg-type]
    ),
    "a list as a value": (json.dumps([_order(amount=[1, 2])]).encode(), "import.nested_value"),  # type: ignore[arg-type]
    "nested 100,000 deep": (b"[" * 100_000 + b"]" * 100_000, "import.too_deep"),
    "a lone surrogate": (json.dumps([_order(location="店\ud800")]).encode(), "import.bad_text"),
}


def _refused(store, path: Path, key: str) -> None:  # type: ignore[no-untyped-def]
    with store.transaction() as s:
        report = import_file(s, path, None)
        keys = [p.key for p in report.problems]
        assert not report.ok and key in keys, keys
        for problem in report.problems:  # words, in both languages, for every problem
            for lang in ("zh_CN", "en"):
                text = tr(problem.key, lang, **problem.params)
                assert text != problem.key and "{" not in text, (problem.key, text)
        s.rollback()
    with store.transaction() as s:
        assert s.scalar(select(func.count()).select_from(SuspendedOrder)) == 0


@pytest.mark.parametrize("case", sorted(CSV_CASES))
def test_a_hostile_csv_is_refused_in_the_report(store, tmp_path, case: str) -> None:  # type: ignore[no-untyped-def]
    with store.transaction() as s:
        seed_staff(s)
    data, key = CSV_CASES[case]
    path = tmp_path / "orders.csv"
    path.write_bytes(data)
    _refused(store, path, key)


@pytest.mark.parametrize("case", sorted(JSON_CASES))
def test_a_hostile_json_is_refused_in_the_report(store, tmp_path, case: str) -> None:  # type: ignore[no-untyped-def]
    with store.transaction() as s:
        seed_staff(s)
    data, key = JSON_CASES[case]
    path = tmp_path / "orders.json"
    path.write_bytes(data)
    _refused(store, path, key)


def test_a_file_over_the_limit_is_refused_before_it_is_read(store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with store.transaction() as s:
        staff = seed_staff(s)
        settings = load_settings(s)
        settings.import_max_mb = 1
        save_settings(s, settings, staff.admin)
    path = tmp_path / "big.csv"
    path.write_bytes((HEADER + "\n").encode() + b"x" * (1024 * 1024 + 1))
    _refused(store, path, "import.file_too_large")


def test_a_mixed_file_names_the_line_and_a_good_file_still_imports(store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with store.transaction() as s:
        seed_staff(s)
    data, _ = CSV_CASES["UTF-8 with one stray byte"]
    path = tmp_path / "mixed.csv"
    path.write_bytes(data)
    with store.transaction() as s:
        problem = import_file(s, path, None).problems[0]
        assert problem.params["line"] == 3
        s.rollback()
    path.write_bytes((HEADER + "\n" + row("A1") + "\n" + row("Ａ2") + "\n").encode())
    with store.transaction() as s:
        report = import_file(s, path, None)
        assert report.ok and report.imported == 2
        assert set(s.scalars(select(SuspendedOrder.order_no))) == {"A1", "A2"}


def test_a_terminal_an_admin_registers_is_accepted(store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from app.errors import PermissionDenied
    from app.setup import add_terminal

    path = tmp_path / "orders.csv"
    path.write_bytes((HEADER + "\n" + row().replace(",12345678,", ",87654321,") + "\n").encode())
    with store.transaction() as s:
        staff = seed_staff(s)
    with store.transaction() as s, pytest.raises(PermissionDenied):
        add_terminal(s, "87654321", s.merge(staff.lead))
    with store.transaction() as s:
        add_terminal(s, "87654321", s.merge(staff.admin), counter="2号收银台")
    with store.transaction() as s:
        assert import_file(s, path, None).imported == 1
