"""Import: both header languages, CSV and JSON, strict all-or-nothing, row-by-row report."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from app.importer import import_file
from app.messages import tr
from app.models import Funding, SuspendedOrder

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


def _count(store) -> int:  # type: ignore[no-untyped-def]
    with store.transaction() as s:
        return s.execute(select(func.count()).select_from(SuspendedOrder)).scalar_one()


def test_chinese_csv_sample_imports(store) -> None:  # type: ignore[no-untyped-def]
    with store.transaction() as s:
        report = import_file(s, SAMPLES / "orders-zh.csv", None)
    assert report.ok and report.imported == 4
    with store.transaction() as s:
        qr = s.execute(
            select(SuspendedOrder).where(SuspendedOrder.order_no == "POS2026112004")
        ).scalar_one()
        assert qr.funding is Funding.QR and qr.card_masked is None and qr.success_notified
        first = s.execute(
            select(SuspendedOrder).where(SuspendedOrder.order_no == "POS2026112001")
        ).scalar_one()
        assert first.amount_fen == 12_800 and first.card_last4 == "1234"
        assert (
            first.occurred_at.isoformat() == "2026-11-20T02:02:11+00:00"
        )  # store-local 10:02 in Shanghai


def test_english_json_sample_imports_without_floats(store) -> None:  # type: ignore[no-untyped-def]
    with store.transaction() as s:
        report = import_file(s, SAMPLES / "orders-en.json", None)
    assert report.ok and report.imported == 2
    with store.transaction() as s:
        amounts = sorted(s.execute(select(SuspendedOrder.amount_fen)).scalars())
    assert amounts == [1_550, 8_800]


def test_bad_file_writes_nothing_and_reports_each_row(store) -> None:  # type: ignore[no-untyped-def]
    with store.transaction() as s:
        report = import_file(s, SAMPLES / "orders-bad.csv", None)
    assert not report.ok and report.imported == 0
    found = {(p.row, p.column, p.key) for p in report.problems}
    assert (3, "occurred_at", "import.bad_datetime") in found
    assert (3, "amount", "import.bad_amount") in found
    assert (3, "merchant_no", "import.bad_digits") in found
    assert (4, "txn_type", "import.bad_choice") in found
    assert (4, "card", "import.card_for_qr") in found
    assert (4, "terminal_no", "import.bad_terminal") in found
    assert (5, "order_no", "import.duplicate_in_file") in found
    assert all(p.row != 2 for p in report.problems)  # the good row is not blamed
    assert _count(store) == 0
    message = tr(report.problems[0].key, "zh_CN", **report.problems[0].params)
    assert message and not message.startswith("import.")


def test_duplicate_against_the_database_refuses_whole_file(store) -> None:  # type: ignore[no-untyped-def]
    with store.transaction() as s:
        assert import_file(s, SAMPLES / "orders-zh.csv", None).ok
    with store.transaction() as s:
        report = import_file(s, SAMPLES / "orders-zh.csv", None)
    assert {p.key for p in report.problems} == {"import.duplicate_in_db"}
    assert [p.row for p in report.problems] == [2, 3, 4, 5]
    assert _count(store) == 4


def test_missing_and_unknown_columns(store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    f = tmp_path / "x.csv"
    f.write_text("单号,colour\nA,red\n", encoding="utf-8")
    with store.transaction() as s:
        report = import_file(s, f, None)
    keys = {(p.key, p.params.get("column")) for p in report.problems}
    assert ("import.unknown_column", "colour") in keys
    assert ("import.missing_column", "交易金额") in keys


def test_gbk_csv_and_broken_json_and_unknown_format(store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    gbk = tmp_path / "gbk.csv"
    gbk.write_bytes((SAMPLES / "orders-zh.csv").read_text(encoding="utf-8").encode("gb18030"))
    with store.transaction() as s:
        assert import_file(s, gbk, None).ok
    broken = tmp_path / "b.json"
    broken.write_text('{"orders": [', encoding="utf-8")
    other = tmp_path / "x.xlsx"
    other.write_bytes(b"PK")
    with store.transaction() as s:
        assert [p.key for p in import_file(s, broken, None).problems] == ["import.bad_json"]
        assert [p.key for p in import_file(s, other, None).problems] == ["import.bad_format"]
        assert [p.key for p in import_file(s, tmp_path / "missing.csv", None).problems] == [
            "import.file_unreadable"
        ]


def test_row_numbers_are_the_lines_a_spreadsheet_shows(store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    f = tmp_path / "gaps.csv"
    header = "单号,交易时间,交易地点,交易金额,交易类型,交易资金,卡号,商户编号,终端号,挂单原因\n"
    good = 'A{n},2026-11-20 10:00:00,"店\n二楼",12.00,消费,信用卡,622588******1234,898310048161230,12345678,网络故障\n'
    f.write_text(
        header
        + good.format(n=1)
        + ",,,,,,,,,\n"
        + "A3,2026-11-20 10:00:00,店,abc,消费,信用卡,622588******1234,898310048161230,12345678,网络故障\n",
        encoding="utf-8",
    )
    with store.transaction() as s:
        report = import_file(s, f, None)
    # line 1 header, lines 2-3 the first record (a two-line cell), line 4 blank, line 5 the bad one
    assert [(p.row, p.column) for p in report.problems] == [(5, "amount")]
