"""Crash safety of QR step 5 (DESIGN.md §5, §5b), bounded: real till processes doing a 撤销 or a
partial 退款 through the 支付宝 and 微信支付 simulators, SIGKILLed at every kill point, or met by
a lost answer, a busy provider (on the request, or on the queries after the money moved),
HTTP 500, a bad signature, a killed follow-up re-send; then restarted. Each kind of trial
runs once, on the four cases in turn (benchmarks/qr_kill_soak.py runs them all, many times).
Every count is 0."""

from __future__ import annotations

import sys

import pytest

from tests.crash.qr_harness import KILL_POINTS, run_harness


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_qr_kill_anywhere_then_restart(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    summary = run_harness(tmp_path / "qr-kill", random_kills=1, every_case=False)
    with capsys.disabled():
        print("\n" + summary.line())
    # Every kill point but in_commit/after_commit of a case that cannot reach them kills.
    assert summary.killed >= len(KILL_POINTS), "the kill points must actually kill the till"
    assert summary.clean, summary.failures
