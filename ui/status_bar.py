"""The bottom line: who is signed in, the terminal and whether it answers, the database,
training mode, and notices such as newly arrived suspended orders."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from ui import labels
from ui.context import AppContext
from ui.i18n import RetranslateMixin


class GuadanStatusBar(RetranslateMixin, QStatusBar):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user_label = QLabel()
        self.terminal_label = QLabel()
        self.database_label = QLabel()
        self.training_label = QLabel()
        self.training_label.setStyleSheet("color: #b45309; font-weight: bold;")
        self.notice_label = QLabel()
        # A shared server's link: what works while it is down, said in the window (issue 15).
        self.offline_label = QLabel(objectName="offline_explained")
        self.offline_label.setStyleSheet("color: #b91c1c;")
        self.offline_label.setVisible(False)
        self._link: Any = None  # app.link.LinkStatus once the link monitor has reported
        self._sync: Any = None  # app.sync.SyncStatus once the sender has reported
        self.notice_label.setStyleSheet("color: #1d4ed8; font-weight: bold;")
        # a dot between the parts, as in DESIGN.md §12, so they do not read as one sentence
        self.training_dot = self._dot()
        for widget in (
            self.user_label,
            self._dot(),
            self.terminal_label,
            self._dot(),
            self.database_label,
            self.training_dot,
            self.training_label,
        ):
            self.addWidget(widget)
        self.addWidget(self.offline_label)
        self.addWidget(self.notice_label, 1)
        self._terminal_state: bool | None = None  # None: not checked yet
        self._notice_timer = QTimer(self, singleShot=True, interval=60_000)
        self._notice: Callable[[], str] | None = None
        self._notice_timer.timeout.connect(self._clear_notice)
        ctx.user_changed.connect(self.retranslate)
        ctx.settings_changed.connect(self.retranslate)
        self.retranslate()

    @staticmethod
    def _dot() -> QLabel:
        dot = QLabel("·")
        dot.setStyleSheet("color: #888;")
        return dot

    def set_link_state(self, status: Any) -> None:
        """The shared server's link changed (app.link.LinkStatus): 联机, or 脱机 since when."""
        self._link = status
        self.retranslate()

    def set_sync_state(self, status: Any) -> None:
        """The outbox changed (app.sync.SyncStatus): entries waiting, the last sync."""
        self._sync = status
        self.retranslate()

    def _sync_words(self) -> str:
        """待同步 3 条 · 上次同步 15:02:07 (nothing before the first report)."""
        if self._sync is None:
            return ""
        from app.clock import format_local

        zone = getattr(self.ctx.settings, "timezone", None) or "Asia/Shanghai"
        parts = []
        if self._sync.pending:
            parts.append(self.tr("%1 waiting to sync").replace("%1", str(self._sync.pending)))
        if self._sync.last_sync is not None:
            last = format_local(self._sync.last_sync, zone, "%H:%M:%S")
            parts.append(self.tr("synced %1").replace("%1", last))
        return " · ".join(parts)

    def set_terminal_state(self, reachable: bool | None) -> None:
        self._terminal_state = reachable
        self.retranslate()

    def notify(self, text: Callable[[], str] | str) -> None:
        """Show a notice for a minute. Give a function that words it (lambda: self.tr(…)):
        it is asked again when the language changes, so the notice follows a live switch."""
        self._notice = text if callable(text) else (lambda: text)
        self.notice_label.setText(self._notice())
        self._notice_timer.start()

    def _link_words(self) -> str:
        if self._link is None:
            return self.tr("checking…")
        if self._link.online:
            return "● " + self.tr("online")
        from app.clock import format_local

        zone = getattr(self.ctx.settings, "timezone", None) or "Asia/Shanghai"
        since = format_local(self._link.since, zone, "%H:%M:%S")
        return "○ " + self.tr("offline since %1").replace("%1", since)

    def _clear_notice(self) -> None:
        self._notice = None
        self.notice_label.clear()

    def retranslate(self) -> None:
        if self._notice is not None:
            self.notice_label.setText(self._notice())
        ctx = self.ctx
        if ctx.user:
            role = labels.label(labels.ROLE, ctx.user.role)
            # "%1 (%2)": Chinese takes full-width brackets
            self.user_label.setText(
                self.tr("%1 (%2)", "user name (role)")
                .replace("%1", ctx.user.name)
                .replace("%2", role)
            )
        else:
            self.user_label.setText(self.tr("Not signed in"))
        from app.counter import load_binding  # this counter's terminal (a small local file)

        port = (
            load_binding().port
            or getattr(ctx.settings, "terminal_port", "simulator")
            or "simulator"
        )
        name = self.tr("Simulated terminal") if port == "simulator" or ctx.training else port
        if self._terminal_state is None:
            state = self.tr("checking…")
        elif self._terminal_state:
            state = "● " + self.tr("connected")
        else:
            state = "○ " + self.tr("not reachable")
        self.terminal_label.setText(
            self.tr("Terminal: %1 %2").replace("%1", name).replace("%2", state)
        )
        if ctx.store is None:
            db = self.tr("opening…")
        elif ctx.store.is_shared_server:
            db = self.tr("shared server") + " " + self._link_words()
            if self._sync_words():
                db += " · " + self._sync_words()
        else:
            db = self.tr("this PC")
        self.database_label.setText(self.tr("Database: %1").replace("%1", db))
        offline = self._link is not None and not self._link.online
        self.offline_label.setVisible(offline)
        tip = ""
        if offline and getattr(ctx, "sync", None) is not None:
            # short in the bar (it shares 1024 px with the rest); the whole rule on hover
            words = self.tr("Offline: own cases go on; no approvals")
            tip = self.tr(
                "Offline: go on with this counter's cases (steps 1–3, step 5 if approved) and "
                "print; no approvals, no other counter's case"
            )
        elif offline:
            words = self.tr(
                "Offline: typing kept, saved once online; no approvals, no other counter's case"
            )
        else:
            words = ""
        self.offline_label.setText(words)
        self.offline_label.setToolTip(tip)
        self.training_label.setText(self.tr("Training mode") if ctx.training else "")
        self.training_label.setVisible(ctx.training)
        self.training_dot.setVisible(ctx.training)
