"""A search never waits: keys typed while a page is read collapse into one question for the
newest text, and the list's reads go past a busy database worker and a running backup."""

from __future__ import annotations

import threading
from typing import Any

import ui.orders_model as orders_model
from tests.ui.conftest import wait_idle


def test_keys_typed_while_a_page_is_read_ask_once_for_the_newest_text(
    qtbot: Any, make_window: Any, monkeypatch: Any
) -> None:
    window = make_window()
    wait_idle(qtbot, window.ctx)
    asked: list[str] = []
    gate = threading.Event()
    real = orders_model._first_page

    def slow_first_page(session: Any, spec: Any, sort: str, descending: bool) -> Any:
        asked.append(spec.text)
        if len(asked) == 1:
            gate.wait(10)  # the first question is still being read while the cashier types on
        return real(session, spec, sort, descending)

    monkeypatch.setattr(orders_model, "_first_page", slow_first_page)
    window.search.setFocus()
    qtbot.keyClicks(window.search, "T0001")
    qtbot.waitUntil(lambda: asked == ["T"], timeout=5000)
    assert window.model.loading
    gate.set()
    qtbot.waitUntil(lambda: not window.model.loading, timeout=5000)
    wait_idle(qtbot, window.ctx)
    # "T0", "T00", "T000" were superseded before they were asked: never asked at all
    assert asked == ["T", "T0001"]
    shown = [window.model.row_at(i).order_no for i in range(window.model.rowCount())]
    assert shown and all(no.startswith("T0001") for no in shown)
    assert window.model.spec.text == "T0001"


def test_a_search_answers_while_the_database_worker_and_the_backup_are_busy(
    qtbot: Any, make_window: Any
) -> None:
    window = make_window()
    ctx = window.ctx
    wait_idle(qtbot, ctx)
    release = threading.Event()
    ctx.tasks.run_call(lambda: release.wait(10))  # a long save or report on the database worker
    ctx.tasks.run_background(lambda: release.wait(10))  # the daily backup copying the file
    try:
        window.search.setFocus()
        qtbot.keyClicks(window.search, "T00012")
        qtbot.waitUntil(
            lambda: not window.model.loading and window.model.spec.text == "T00012", timeout=5000
        )
        shown = [window.model.row_at(i).order_no for i in range(window.model.rowCount())]
        assert shown and all(no.startswith("T00012") for no in shown)
        assert not ctx.tasks.idle  # the other two are still at it
    finally:
        release.set()
    wait_idle(qtbot, ctx)


def test_the_daily_backup_and_the_poll_run_on_the_background_worker(
    qtbot: Any, make_window: Any, monkeypatch: Any
) -> None:
    import app.db

    window = make_window()
    ctx = window.ctx
    wait_idle(qtbot, ctx)
    threads: dict[str, str] = {}

    def backup(store: Any, keep: int = 10) -> None:
        threads["backup"] = threading.current_thread().name

    monkeypatch.setattr(app.db, "daily_backup", backup)
    monkeypatch.setattr(
        "ui.main_window._poll",
        lambda session: threads.setdefault("poll", threading.current_thread().name) and ({}, 0),
    )
    window.backup_daily()
    window.poll()
    qtbot.waitUntil(lambda: len(threads) == 2, timeout=5000)
    wait_idle(qtbot, ctx)
    assert threads["backup"].startswith("guadan-idle")
    assert threads["poll"].startswith("guadan-idle")


def test_the_rows_held_cost_a_garbage_collection_nothing(qtbot: Any, make_window: Any) -> None:
    """A long scroll holds every row it passed: as plain tuples, no collection walks them."""
    import gc

    window = make_window()
    window.table.scrollToBottom()
    qtbot.waitUntil(lambda: window.model.rowCount() > 100, timeout=5000)
    wait_idle(qtbot, window.ctx)
    gc.collect()
    held = window.model._rows
    assert held and not any(gc.is_tracked(row) for row in held)
    first = window.model.row_at(0)
    assert first is not None and window.model.row_of(first.id) == 0
    assert window.model.index(0, 0).data(orders_model.ORDER_ID_ROLE) == first.id


def test_the_days_backup_waits_until_the_counter_is_quiet(
    qtbot: Any, make_window: Any, monkeypatch: Any
) -> None:
    import app.db
    import ui.main_window

    copies: list[str] = []
    monkeypatch.setattr(app.db, "daily_backup", lambda store, keep=10: copies.append("copy"))
    monkeypatch.setattr(ui.main_window, "BACKUP_QUIET_MS", 400)
    window = make_window()
    window.search.setFocus()
    for ch in "T000120":  # a cashier searching right after the list filled
        qtbot.keyClick(window.search, ch)
        qtbot.wait(150)
        assert copies == []
    qtbot.waitUntil(lambda: copies == ["copy"], timeout=5000)
    qtbot.wait(600)
    assert copies == ["copy"]  # once
