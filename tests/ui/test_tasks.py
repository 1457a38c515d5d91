"""The background helper: work runs off the GUI thread, results and errors come back on it."""

from __future__ import annotations

import threading
from typing import Any

from ui.tasks import TaskRunner


def test_run_db_runs_on_the_worker_and_answers_on_the_gui_thread(qtbot: Any, ui_store: Any) -> None:
    runner = TaskRunner(ui_store)
    seen: list[tuple[str, str, int]] = []

    def work(session: Any) -> tuple[str, int]:
        from app.queries import total_orders

        return threading.current_thread().name, total_orders(session)

    runner.run_db(work, lambda r: seen.append((r[0], threading.current_thread().name, r[1])))
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    worker, gui, total = seen[0]
    assert worker.startswith("guadan-db") and gui == "MainThread"
    assert total == 251
    runner.shutdown()


def test_failure_goes_to_on_failure_or_the_failed_signal(qtbot: Any, ui_store: Any) -> None:
    runner = TaskRunner(ui_store)
    errors: list[BaseException] = []
    runner.run_call(lambda: 1 / 0, on_failure=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ZeroDivisionError)
    with qtbot.waitSignal(runner.failed, timeout=5000) as blocker:
        runner.run_call(lambda: {}["missing"])
    assert isinstance(blocker.args[0], KeyError)
    runner.shutdown()


def test_device_progress_arrives_in_order(qtbot: Any) -> None:
    runner = TaskRunner()
    progress: list[object] = []
    done: list[str] = []

    def talk(report: Any) -> str:
        for step in ("connecting", "waiting", "done"):
            report(step)
        return threading.current_thread().name

    runner.run_device(talk, done.append, on_progress=progress.append)
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert progress == ["connecting", "waiting", "done"]
    assert done[0].startswith("guadan-device")
    runner.shutdown()


def test_a_failed_transaction_is_rolled_back_but_kept_changes_commit(
    qtbot: Any, ui_store: Any
) -> None:
    """AuthFailure keeps the failed-PIN count it bumped; other errors roll back."""
    from app.users import find_user

    runner = TaskRunner(ui_store)
    errors: list[BaseException] = []

    def rename_then_fail(session: Any) -> None:
        find_user(session, "张三").phone = "13800000000"
        raise RuntimeError("boom")

    runner.run_db(rename_then_fail, on_failure=errors.append)
    runner.run_db(
        lambda s: __import__("app.users").users.authenticate(s, "张三", "999999"),
        on_failure=errors.append,
    )
    qtbot.waitUntil(lambda: len(errors) == 2, timeout=5000)
    with ui_store.transaction() as s:
        user = find_user(s, "张三")
        assert user.phone == ""
        assert user.failed_attempts == 1
    runner.shutdown()


def test_synchronous_mode_runs_inline(ui_store: Any) -> None:
    runner = TaskRunner(ui_store, synchronous=True)
    out: list[int] = []
    runner.run_call(lambda: 41 + 1, out.append)
    assert out == [42]
    runner.shutdown()
