"""The shared server's link as the window sees it: app.link.LinkMonitor on its own thread,
its reports re-emitted as Qt signals, delivered on the GUI thread (queued)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal


class LinkWatch(QObject):
    changed = Signal(object)  # app.link.LinkStatus: 联机 / 脱机, since when
    notice = Signal(object)  # app.link.Notice: the server announced a case's change

    def __init__(self, url: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from app.link import LinkMonitor
        from app.server_roles import CASE_CHANNEL

        self.monitor = LinkMonitor(url, channels=(CASE_CHANNEL,))
        self.monitor.on_change(self.changed.emit)
        self.monitor.on_notice(self.notice.emit)

    @property
    def status(self) -> Any:
        return self.monitor.status

    def start(self) -> None:
        self.monitor.start()

    def stop(self) -> None:
        self.monitor.stop()
