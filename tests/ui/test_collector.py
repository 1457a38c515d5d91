"""The GUI thread's collector: young generations when due, never a full sweep on every tick,
and the start-up graph frozen once."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from ui.collector import GuiCollector, due_generation


@pytest.fixture
def collections() -> Iterator[list[int]]:
    """The generation of every collection that starts while the test runs."""
    seen: list[int] = []

    def watch(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            seen.append(info["generation"])

    gc.callbacks.append(watch)
    yield seen
    gc.callbacks.remove(watch)


def test_the_youngest_generation_past_its_threshold_is_due() -> None:
    assert due_generation((10, 0, 0), (700, 10, 10)) is None
    assert due_generation((700, 0, 0), (700, 10, 10)) == 0
    assert due_generation((700, 10, 0), (700, 10, 10)) == 1
    assert due_generation((700, 10, 10), (700, 10, 10)) == 2


def test_a_tick_collects_young_objects_only(qapp, collections) -> None:  # type: ignore[no-untyped-def]
    collector = GuiCollector(interval_ms=60_000)
    assert not gc.isenabled()
    gc.collect()  # counts back to zero
    collections.clear()
    while gc.get_count()[0] < gc.get_threshold()[0]:
        cycle: list[object] = []
        cycle.append(cycle)  # garbage only a collection frees
    assert collector.tick() == 0
    assert collections == [0]
    assert gc.get_count()[0] < gc.get_threshold()[0]
    assert collector.tick() is None  # nothing due: nothing walked
    assert collections == [0]


def test_full_collections_come_only_when_the_older_generations_are_due(qapp, collections) -> None:  # type: ignore[no-untyped-def]
    collector = GuiCollector(interval_ms=60_000)
    gc.collect()
    collections.clear()
    t0, t1, t2 = gc.get_threshold()
    for _ in range((t1 + 1) * (t2 + 1)):
        _fill_young()
        collector.tick()
    # as the interpreter would: a middle one after t1 young ones, a full one after t2 middle
    assert collections.count(2) == 1
    assert collections.count(1) == t2


def _fill_young(keep: list[object] | None = None) -> None:
    """Allocate until the youngest generation is due: cyclic garbage, or objects kept alive."""
    while gc.get_count()[0] < gc.get_threshold()[0]:
        if keep is None:
            junk: list[object] = []
            junk.append(junk)
        else:
            keep.append([])


def test_a_full_collection_waits_until_a_quarter_more_objects_survived(qapp, collections) -> None:  # type: ignore[no-untyped-def]
    collector = GuiCollector(interval_ms=60_000)
    t0, t1, t2 = gc.get_threshold()
    held = [[] for _ in range(50_000)]  # the rows of a long scroll, alive
    gc.collect()
    gc.set_threshold(t0, 0, 0)  # by the counts alone, every due tick would be a full one
    try:
        _fill_young()
        assert collector.tick() == 2  # the first full collection measures what is held
        assert collector.long_lived >= len(held)
        collections.clear()
        for _ in range(30):  # garbage only: nothing new survives
            _fill_young()
            collector.tick()
        assert collections and 2 not in collections
        kept: list[object] = []
        # rows arriving and staying, as a scroll fetches pages, until a quarter more than the
        # oldest generation held (the whole test process's objects, not just `held`) survived
        before = collector.long_lived
        rounds = before // (4 * t0) + 50
        for _ in range(rounds):
            _fill_young(kept)
            if collector.tick() == 2:
                break
        assert 2 in collections
        # a quarter more first (within a tenth: a few survivors of a middle collection are
        # garbage the full one frees)
        assert len(kept) * 4 >= before * 9 // 10
        assert (collector.long_lived - before) * 4 >= before * 9 // 10
    finally:
        gc.set_threshold(t0, t1, t2)


def test_start_up_is_frozen_once(qapp) -> None:  # type: ignore[no-untyped-def]
    collector = GuiCollector(interval_ms=60_000)
    try:
        collector.freeze_start_up()
        frozen = gc.get_freeze_count()
        assert frozen > 0 and collector.frozen
        collector.freeze_start_up()
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()  # the other tests' objects are theirs to collect
