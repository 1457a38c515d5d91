"""Garbage collection on the GUI thread, generation by generation, never a full sweep on a clock.

Python's automatic collection is off (`gc.disable()`): it starts on whichever thread happens
to allocate, and a Qt widget freed from a worker thread crashes the process. A timer on the
GUI thread collects instead, the way the interpreter would — the youngest generation whose
count passed its threshold — so a tick costs a young collection (well under a millisecond),
not a walk over every object; and, as CPython does, a full collection waits until the objects
that survived into the oldest generation since the last one are a quarter of those it holds
(scrolling through a long list keeps rows alive: re-walking all of them at every step would
stall each one). The object graph built while starting (modules, widgets,
SQLAlchemy's mappers) is moved out of the collector's sight with `gc.freeze()` once the list
is on screen, so that even a full collection only visits what was allocated since.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

TICK_MS = 250


def due_generation(counts: tuple[int, int, int], thresholds: tuple[int, int, int]) -> int | None:
    """The generation CPython would collect for these counts (the oldest one past its
    threshold, each older one counted in collections of the younger), or None."""
    if counts[0] < thresholds[0]:
        return None
    if counts[1] < thresholds[1]:
        return 0
    if counts[2] < thresholds[2]:
        return 1
    return 2


class GuiCollector(QObject):
    """Keeps automatic collection off and collects what is due on each tick (GUI thread)."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = TICK_MS) -> None:
        super().__init__(parent)
        gc.disable()
        self.frozen = False
        self.long_lived = 0  # objects in the oldest generation after the last full collection
        self.pending = 0  # objects that survived into it since
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> int | None:
        """Collects the generation that is due; returns it (None: nothing was)."""
        threshold = gc.get_threshold()
        generation = due_generation(gc.get_count(), (threshold[0], threshold[1], threshold[2]))
        if generation == 2 and self.pending * 4 < self.long_lived:
            generation = 1  # not worth a walk over everything yet
        if generation is None:
            return None
        young = len(gc.get_objects(0)) + len(gc.get_objects(1)) if generation == 1 else 0
        found = gc.collect(generation)
        if generation == 1:
            self.pending += max(young - found, 0)
        elif generation == 2:
            self.long_lived, self.pending = len(gc.get_objects(2)), 0
        return generation

    def freeze_start_up(self) -> None:
        """Everything alive now lives as long as the app: no collection walks it again.
        (Not preceded by a full collection: that walk is exactly the stall this avoids; what
        little start-up garbage is frozen with it stays, once.)"""
        if not self.frozen:
            gc.freeze()
            self.frozen = True
