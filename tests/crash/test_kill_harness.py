"""Crash safety (DESIGN.md §5), bounded: a real till process SIGKILLed at every kill point of a
void and of a manual refund, then restarted. Zero double moves, zero unknown moves, zero lost cases."""

from __future__ import annotations

import sys

import pytest

from tests.crash.harness import run_harness


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_kill_anywhere_then_restart(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    summary = run_harness(tmp_path / "kill", repeats=1, random_kills=4)
    with capsys.disabled():
        print("\n" + summary.line())
    assert summary.killed >= 10, "the kill points must actually kill the till"
    assert summary.clean, summary.failures
