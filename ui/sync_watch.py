"""A shared server's outbox as the window sees it: app.sync.Sender on its own thread, its status
(entries waiting, last sync) re-emitted as a Qt signal delivered on the GUI thread; the link
monitor's reports switch the store between the server and the local copy at once."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal


class SyncWatch(QObject):
    changed = Signal(object)  # app.sync.SyncStatus

    def __init__(self, store: Any, sender: Any, link: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.sender = sender
        sender.on_change(self.changed.emit)
        # On the monitor's thread, not the GUI's: the next transaction already goes where the
        # link says, without waiting for the window's event loop.
        link.monitor.on_change(self._link_changed)
        # a case changed on the server (an approval): the copy re-reads it, ready for offline
        link.monitor.on_notice(lambda _notice: sender.wake())

    @property
    def status(self) -> Any:
        return self.sender.status

    def _link_changed(self, status: Any) -> None:
        self.store.link_down = not status.online
        if status.online:
            self.sender.wake()  # send what waited, then re-read what this counter holds
        else:
            from app.db import abort_in_flight

            # a call hung on the silent server would hold the database worker: end it, and
            # the job is done again on the copy (ui/tasks.py)
            abort_in_flight(self.store.engine)

    def start(self) -> None:
        self.sender.start()
        self.sender.wake()

    def stop(self) -> None:
        self.sender.stop()
