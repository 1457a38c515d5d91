"""The guadan command line: demo data, import, listing, and one clear line on every error."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from app.cli import main
from app.db import open_store
from app.models import CancellationCase, Cause, Funding, OrderStatus, Stage, SuspendedOrder
from tests.core.helpers import PINS, pin_on_stdin, seeded_db

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


def test_demo_data_covers_every_step_cause_and_funding(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "demo.sqlite3")
    assert main(["--db", db, "demo-data"]) == 0
    assert "111111" in capsys.readouterr().out  # the demo PINs are shown
    store = open_store(db)
    with store.transaction() as s:
        assert s.execute(select(func.count()).select_from(SuspendedOrder)).scalar_one() == 200
        stages = set(s.execute(select(CancellationCase.stage)).scalars())
        assert {
            Stage.VERIFY,
            Stage.CONTACT,
            Stage.FORM,
            Stage.ESCALATED,
            Stage.PENDING_APPROVAL,
            Stage.APPROVED,
            Stage.DONE,
            Stage.CLOSED,
        } <= stages
        statuses = set(s.execute(select(SuspendedOrder.status)).scalars())
        assert {
            OrderStatus.OPEN,
            OrderStatus.CANCELLED,
            OrderStatus.REFUNDED,
            OrderStatus.REJECTED,
        } <= statuses
        assert set(s.execute(select(SuspendedOrder.cause)).scalars()) == set(Cause)
        assert set(s.execute(select(SuspendedOrder.funding)).scalars()) == set(Funding)
        settled = set(s.execute(select(SuspendedOrder.settled)).scalars())
        assert settled == {True, False}
        days = s.execute(
            select(func.min(SuspendedOrder.occurred_at), func.max(SuspendedOrder.occurred_at))
        ).one()
        assert (days[1] - days[0]).days >= 25
    assert main(["--db", db, "demo-data"]) == 1  # never over a store's data
    assert "空数据库" in capsys.readouterr().err


def test_import_and_list(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "s.sqlite3")
    seeded_db(db)
    with pin_on_stdin(PINS["cashier"]):
        assert main(["--db", db, "import", str(SAMPLES / "orders-zh.csv"), "--user", "张三"]) == 0
    assert "4" in capsys.readouterr().out
    assert main(["--db", db, "orders", "list", "--status", "OPEN"]) == 0
    out = capsys.readouterr().out
    assert "POS2026112001" in out and "622588******1234" in out


def test_bad_import_prints_row_report_and_exits_non_zero(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "s.sqlite3")
    seeded_db(db)
    with pin_on_stdin(PINS["cashier"]):
        assert main(["--db", db, "import", str(SAMPLES / "orders-bad.csv"), "--user", "张三"]) == 2
    err = capsys.readouterr().err
    assert "未导入任何数据" in err and "第 3 行" in err and "[amount]" in err
    store = open_store(db)
    with store.transaction() as s:
        assert s.execute(select(func.count()).select_from(SuspendedOrder)).scalar_one() == 0


def test_errors_are_one_clear_line(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "s.sqlite3")
    assert main(["--db", db, "orders", "list", "--status", "NOPE"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("错误")
    with pin_on_stdin("582047"):
        assert main(["--db", db, "orders", "add", "--user", "nobody", "order_no=X"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "PIN" in err[0]
    with pin_on_stdin("582047"):
        assert main(["--db", db, "restore", str(tmp_path / "missing.sqlite3"), "--user", "x"]) == 1
    with pin_on_stdin():  # nothing on standard input
        assert main(["--db", db, "orders", "add", "--user", "nobody", "order_no=X"]) == 1
    assert "标准输入" in capsys.readouterr().err


def test_a_pin_is_never_taken_from_the_command_line(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    """/proc/PID/cmdline is readable by every user of the PC."""
    import pytest

    db = str(tmp_path / "s.sqlite3")
    seeded_db(db)
    for argv in (
        ["orders", "add", "--user", "张三", "--pin", PINS["cashier"], "order_no=X"],
        ["import", str(SAMPLES / "orders-zh.csv"), "--user", "张三", "--pin", PINS["cashier"]],
        ["restore", "x.sqlite3", "--user", "管理员", "--pin", PINS["admin"]],
        ["terminal", "close-batch", "--user", "李四", "--pin", PINS["lead"]],
    ):
        with pytest.raises(SystemExit):
            main(["--db", db, *argv])
        assert "命令行" in capsys.readouterr().err
    for argv in (["import", str(SAMPLES / "orders-zh.csv")], ["restore", "x.sqlite3"]):
        with pytest.raises(SystemExit):  # --user is required
            main(["--db", db, *argv])
        assert "--user" in capsys.readouterr().err


def test_environment_variable_chooses_the_database(tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "env.sqlite3"
    monkeypatch.setenv("GUADAN_DB", str(db))
    seeded_db(str(db))
    with pin_on_stdin(PINS["cashier"]):
        assert main(["import", str(SAMPLES / "orders-en.json"), "--user", "张三"]) == 0
    assert db.exists()


def test_demo_data_larger_than_one_terminal_batch_exits_0(tmp_path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """`guadan demo-data --orders 1000` exited 1 ("SimDecline: 67": the simulated terminal's
    batch was full) with the orders written. A demo's older orders were settled in earlier
    batches; the terminal holds one batch. Shown here with a batch of 40 and 60 orders."""
    from app import demo
    from app.payments.card.integrado.simulator import SimulatedTerminal
    from app.payments.card.store_terminal import simulator_journal

    init = SimulatedTerminal.__init__

    def small_batch(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        init(self, *args, **kwargs)
        self.max_sales = 40

    monkeypatch.setattr(SimulatedTerminal, "__init__", small_batch)
    monkeypatch.setattr(demo, "DEMO_BATCH_SALES", 40)
    db = str(tmp_path / "big.sqlite3")
    assert main(["--db", db, "demo-data", "--orders", "60"]) == 0
    out = capsys.readouterr().out
    assert "60 笔挂单" in out and "收银员" in out  # roles in words, not CASHIER
    store = open_store(db)
    assert len(SimulatedTerminal(simulator_journal(store)).sales()) <= 40
    with store.transaction() as s:
        beyond = s.execute(
            select(SuspendedOrder.settled).where(SuspendedOrder.operation_no > "000040")
        ).scalars()
        assert all(beyond)


def test_help_is_chinese_through_and_through(capsys) -> None:  # type: ignore[no-untyped-def]
    """`guadan --help` was half English: argparse's usage:, options, "show this help…"."""
    import pytest

    for argv in (["--help"], ["terminal-sim", "--help"], ["qr-sim", "--help"]):
        with pytest.raises(SystemExit):
            main(argv)
        out = capsys.readouterr().out
        assert out.startswith("用法：") and "选项" in out and "显示本帮助并退出" in out
        for english in ("usage:", "options:", "show this help", "Serve a simulated"):
            assert english not in out, (argv, english)
    with pytest.raises(SystemExit):
        main(["--bogus"])
    assert "无法识别的参数" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["--lang", "en", "--help"])  # English asked for: argparse's own words
    assert capsys.readouterr().out.startswith("usage:")
