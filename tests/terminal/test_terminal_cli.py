"""`guadan terminal-sim` and `guadan terminal ...`, through argparse as the CLI hooks them."""

from __future__ import annotations

import argparse
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.terminal import misbehaviour_from_args
from app.cli.terminal import register as add_terminal_commands
from app.payments.card.integrado.driver import PosIntegradoDriver
from app.payments.card.integrado.simulator import ALWAYS, SimulatorServer

ROOT = Path(__file__).resolve().parents[2]


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="guadan")
    top.add_argument("--db")  # close-batch also marks the store's orders settled
    add_terminal_commands(top.add_subparsers(dest="command", required=True), lambda: None)
    return top


def test_misbehaviour_flags() -> None:
    args = parser().parse_args(
        [
            "terminal-sim",
            "--nak-once",
            "--silent",
            "--bad-lrc",
            "--truncate",
            "2",
            "--slow-ms",
            "50",
            "--decline",
            "05",
            "--drop-answer",
        ]
    )
    m = misbehaviour_from_args(args)
    assert (m.nak, m.ignore, m.bad_lrc, m.truncate) == (1, ALWAYS, 1, 2)
    assert (m.slow_ms, m.decline, m.drop_answer) == (50, "05", 1)
    m = misbehaviour_from_args(parser().parse_args(["terminal-sim", "--nak-always"]))
    assert m.nak == ALWAYS and m.ignore == 0


def test_terminal_commands(server: SimulatorServer, capsys: pytest.CaptureFixture[str]) -> None:
    run = lambda *argv: (a := parser().parse_args(argv)).func(a)  # noqa: E731
    assert run("terminal", "ping", "--port", server.url) == 0
    assert run("terminal", "journal", "--port", server.url) == 0
    assert capsys.readouterr().out.count("SALE") == 3
    assert run("terminal", "last", "--port", server.url) == 0
    from app.db import resolve_url
    from tests.core.helpers import PINS, pin_on_stdin, seeded_db

    seeded_db(resolve_url(None))  # the store whose orders close-batch settles, and its lead
    with pin_on_stdin(PINS["lead"]):
        assert (
            run("terminal", "close-batch", "--port", server.url, "--lang", "en", "--user", "李四")
            == 0
        )
    assert "终端已结算" in capsys.readouterr().out  # and the store's orders are marked settled
    server.terminal.movements, server.terminal.closed_batches = [], []
    assert run("terminal", "last", "--port", server.url, "--lang", "en") == 1
    assert "no sale on record" in capsys.readouterr().err


def test_terminal_sim_process(tmp_path: Path) -> None:
    journal = tmp_path / "j.json"
    code = (
        f"import sys; sys.path.insert(0, {str(ROOT)!r})\n"
        "from tests.terminal.test_terminal_cli import parser\n"
        "args = parser().parse_args(sys.argv[1:]); sys.exit(args.func(args))\n"
    )
    argv = [
        "terminal-sim",
        "--listen",
        "127.0.0.1:0",
        "--seed-sales",
        "2",
        "--journal",
        str(journal),
    ]
    with_pty = sys.platform != "win32"
    if with_pty:
        argv.append("--pty")
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *argv], stdout=subprocess.PIPE, text=True, cwd=ROOT
    )
    try:
        assert proc.stdout is not None
        urls = [proc.stdout.readline().split()[-1] for _ in range(1 + with_pty)]
        for url in urls:
            with PosIntegradoDriver(url, ack_timeout=0.5, answer_timeout=2) as driver:
                assert driver.ping()
                assert driver.totals().count == 2
        with PosIntegradoDriver(urls[0], ack_timeout=0.5, answer_timeout=2) as driver:
            driver.void("1")
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=10) == 0
    assert '"kind": "1200"' in journal.read_text()
