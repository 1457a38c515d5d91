"""`guadan print form|batch|slip` against a seeded store."""

from __future__ import annotations

import argparse
import datetime as dt
import io
import sys
from pathlib import Path

import pytest
from pdfcheck import Seeded, pages_text, squash

from printing.batch import local_day_bounds
from printing.cli import add_print_commands


def run(seeded: Seeded, *argv: str, user: str = "王五") -> int:
    """The command as a shift lead runs it: `--user`, the PIN on standard input."""
    from conftest import PRINT_PIN

    parser = argparse.ArgumentParser(prog="guadan")
    add_print_commands(parser.add_subparsers(dest="command"), lambda: seeded.store)
    args = parser.parse_args([*argv, "--user", user])
    saved, sys.stdin = sys.stdin, io.StringIO(PRINT_PIN + "\n")
    try:
        return int(args.func(args))
    finally:
        sys.stdin = saved


def test_form(seeded: Seeded, tmp_path: Path) -> None:
    out = tmp_path / "f.pdf"
    assert run(seeded, "print", "form", seeded.full, "--out", str(out)) == 0
    assert "¥1,234.56" in squash(pages_text(out.read_bytes())[0])


def test_every_print_is_audited(seeded: Seeded, tmp_path: Path) -> None:
    from sqlalchemy import select

    from app.audit import verify_chain
    from app.models import AuditEvent

    def printed() -> int:
        with seeded.store.transaction() as session:
            assert verify_chain(session).ok
            return len(
                session.scalars(select(AuditEvent).where(AuditEvent.kind == "print.form")).all()
            )

    before = printed()
    assert run(seeded, "print", "form", seeded.full, "--out", str(tmp_path / "f.pdf")) == 0
    assert printed() == before + 1
    assert (
        run(seeded, "print", "slip", seeded.full, "--out", str(tmp_path / "s.pdf"), user="张三")
        == 0
    )
    with seeded.store.transaction() as session:  # each print names who printed it
        from app.models import User

        actors = [
            session.get_one(User, e.actor_id).name
            for e in session.scalars(
                select(AuditEvent)
                .where(AuditEvent.kind.in_(("print.form", "print.slip")))
                .order_by(AuditEvent.seq.desc())
                .limit(2)
            )
        ]
    assert actors == ["张三", "王五"]


def test_a_batch_is_a_shift_leads_and_a_wrong_pin_prints_nothing(
    seeded: Seeded, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "b.pdf"
    args = ("print", "batch", "--from", "2026-11-27", "--to", "2026-11-27", "--out", str(out))
    assert run(seeded, *args, user="张三") == 1
    assert "主管" in capsys.readouterr().err and not out.exists()
    assert run(seeded, "print", "form", seeded.full, "--out", str(out), user="nobody") == 1
    assert not out.exists()


def test_blank_form_with_and_without_case(seeded: Seeded, tmp_path: Path) -> None:
    out = tmp_path / "b.pdf"
    assert run(seeded, "print", "form", "--blank", "--out", str(out)) == 0
    assert "CX" not in pages_text(out.read_bytes())[0]
    assert run(seeded, "print", "form", seeded.full, "--blank", "--out", str(out)) == 0
    text = pages_text(out.read_bytes())[0]
    assert seeded.full in text and "¥1,234.56" not in text


def test_batch_takes_store_local_dates_in_time_order(seeded: Seeded, tmp_path: Path) -> None:
    out = tmp_path / "batch.pdf"
    assert (
        run(
            seeded,
            "print",
            "batch",
            "--from",
            "2026-11-27",
            "--to",
            "2026-11-27",
            "--out",
            str(out),
            "--all",  # the refund still awaits approval
        )
        == 0
    )
    pages = [squash(p) for p in pages_text(out.read_bytes())]
    # the refund was submitted at 01:30 local on the 27th (17:30 UTC on the 26th), so first;
    # the draft was never submitted; the old case is from the 25th
    assert [seeded.refund in p for p in pages] == [True, True, False]
    assert seeded.full in pages[2]
    assert not any(seeded.draft in p or seeded.old in p for p in pages)


def test_batch_by_opening_date(seeded: Seeded, tmp_path: Path) -> None:
    out = tmp_path / "batch.pdf"
    assert (
        run(
            seeded,
            "print",
            "batch",
            "--from",
            "2026-11-26",
            "--to",
            "2026-11-26",
            "--out",
            str(out),
            "--all",
        )
        == 0
    )
    assert len(pages_text(out.read_bytes())) == 2  # the refund, opened late on the 26th


def test_batch_keeps_to_approved_and_completed_cases_unless_all(
    seeded: Seeded, tmp_path: Path
) -> None:
    """A form still awaiting approval (the refund) is not filed with the shift by default."""
    out = tmp_path / "batch.pdf"
    args = ("print", "batch", "--from", "2026-11-27", "--to", "2026-11-27", "--out", str(out))
    assert run(seeded, *args) == 0
    pages = [squash(p) for p in pages_text(out.read_bytes())]
    assert len(pages) == 1 and seeded.full in pages[0]
    assert not any(seeded.refund in p for p in pages)
    assert run(seeded, *args, "--all") == 0
    assert any(seeded.refund in squash(p) for p in pages_text(out.read_bytes()))


def test_slip(seeded: Seeded, tmp_path: Path) -> None:
    out = tmp_path / "s.pdf"
    assert run(seeded, "print", "slip", seeded.full, "--out", str(out), "--width", "58") == 0
    assert "撤销凭条" in pages_text(out.read_bytes())[0]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("print", "form", "CX19990101-0001"), "找不到案件"),
        (("print", "form"), "请给出案件编号"),
        (("print", "batch", "--from", "2026-13-01", "--to", "2026-12-01"), "日期格式"),
        (("print", "batch", "--from", "2026-11-28", "--to", "2026-11-27"), "不能早于"),
        (("print", "batch", "--from", "2020-01-01", "--to", "2020-01-02"), "没有已批准或已完成"),
        (("print", "slip", "CX20261127-0002"), "尚未执行"),
    ],
)
def test_errors_are_one_chinese_line(
    seeded: Seeded,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    argv: tuple[str, ...],
    message: str,
) -> None:
    assert run(seeded, *argv, "--out", str(tmp_path / "x.pdf")) == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert not (tmp_path / "x.pdf").exists()


def test_unwritable_output(
    seeded: Seeded, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(seeded, "print", "form", "--blank", "--out", str(tmp_path / "no" / "x.pdf")) == 1
    assert "无法写入" in capsys.readouterr().err


def test_local_day_bounds() -> None:
    start, end = local_day_bounds(dt.date(2026, 11, 27), dt.date(2026, 11, 27), "Asia/Shanghai")
    assert start == dt.datetime(2026, 11, 26, 16, tzinfo=dt.UTC)
    assert end == dt.datetime(2026, 11, 27, 16, tzinfo=dt.UTC)
