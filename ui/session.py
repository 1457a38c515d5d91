"""Who works at the counter: locking every window of the app (by hand or when idle), and
switching user without quitting (open wizards saved first, then back to sign-in).

While locked, each of the app's windows is covered by an opaque sheet and its title says
only 已锁定: nothing of an open wizard (order, card, amount) stays readable around the lock.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QVBoxLayout, QWidget

from ui import shortcuts
from ui.context import AppContext

log = logging.getLogger(__name__)
SAVE_WAIT_MS = 8_000  # how long an open wizard may take to save before it is closed anyway


class LockCover(QWidget):
    """An opaque sheet over the whole of one window (menus, header, content)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lockCover")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("QWidget#lockCover { background: #334155; }")
        layout = QVBoxLayout(self)
        self.label = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.label.setStyleSheet("color: #e2e8f0; font-size: 20pt; font-weight: bold;")
        layout.addWidget(self.label)
        self.label.setText(QApplication.translate("Session", "Locked"))
        window.installEventFilter(self)
        self.fit()
        self.show()
        self.raise_()

    def fit(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.parentWidget() and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.Show,
            QEvent.Type.ChildAdded,
        ):
            self.fit()
            self.raise_()
        return False


class Session(QObject):
    """Lock and user switching for one main window. `locked_changed(True)` once every window is
    covered; `switched()` when someone has signed in again."""

    locked_changed = Signal(bool)
    switched = Signal()

    def __init__(self, window: Any, ctx: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.locked = False
        self.lock_dialog: Any = None
        self.signin_dialog: Any = None
        self.covers: dict[int, tuple[QWidget, LockCover, str]] = {}
        app = QApplication.instance()
        if app is not None:
            # keys from every window (below), and windows that open while locked are covered
            app.installEventFilter(self)

    # --- covering the app's windows ---------------------------------------------------

    def _ours(self, widget: QWidget) -> bool:
        return widget is self.lock_dialog or widget is self.signin_dialog

    def _cover(self, widget: QWidget) -> None:
        if id(widget) in self.covers or self._ours(widget) or not widget.isWindow():
            return
        title = widget.windowTitle()
        self.covers[id(widget)] = (widget, LockCover(widget), title)
        widget.setWindowTitle("guadan · " + QApplication.translate("Session", "Locked"))

    def _cover_all(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                self._cover(widget)

    def _uncover_all(self) -> None:
        from shiboken6 import isValid

        for widget, cover, title in list(self.covers.values()):
            if isValid(widget):
                widget.setWindowTitle(title)
            if isValid(cover):
                cover.deleteLater()
        self.covers.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._app_key(watched, event)
        if (
            self.locked
            and event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and not self._ours(watched)
            and not isinstance(watched, LockCover)
            and watched.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog)
        ):
            self._cover(watched)
        return False

    def _app_key(self, watched: QObject, event: QKeyEvent) -> bool:
        """Lock, switch user and help work from every window of the app. The main window's
        own actions take these keys there; a wizard or a preview is a window-modal dialog
        over it, where those actions are blocked: the key arrives here instead."""
        if not isinstance(watched, QWidget) or watched.window() is self.window:
            return False
        if self._ours(watched.window()) or self.ctx.user is None:
            return False
        pressed = QKeySequence(event.keyCombination())
        for name, act in (
            ("lock", self.lock),
            ("switch_user", self.switch_user),
            ("help", self.window.show_shortcuts),
        ):
            if any(
                pressed.matches(seq) == QKeySequence.SequenceMatch.ExactMatch
                for seq in shortcuts.sequences(name)
            ):
                act()
                return True
        return False

    def covered_windows(self) -> list[QWidget]:
        return [widget for widget, _cover, _title in self.covers.values()]

    # --- lock -------------------------------------------------------------------------

    def lock(self) -> None:
        if self.locked or self.ctx.user is None:
            return
        from ui.dialogs.lock_screen import LockScreen

        self.locked = True
        self._cover_all()
        self.lock_dialog = LockScreen(self.ctx, self.window)
        self.lock_dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.lock_dialog.unlocked.connect(self._unlocked)
        self.lock_dialog.switch_requested.connect(self._switch_from_lock)
        self.lock_dialog.open()
        self.locked_changed.emit(True)

    def _unlocked(self) -> None:
        self.locked = False
        self.lock_dialog = None
        self._uncover_all()
        self.locked_changed.emit(False)

    def _switch_from_lock(self) -> None:
        dialog, self.lock_dialog = self.lock_dialog, None
        if dialog is not None:
            dialog.done(QDialog.DialogCode.Rejected)
        self.switch_user()

    # --- switching user ---------------------------------------------------------------

    def _wizards(self) -> list[Any]:
        from ui.wizard.dialog import WizardDialog

        return [w for w in QApplication.topLevelWidgets() if isinstance(w, WizardDialog)]

    def switch_user(self) -> None:
        """Save and close what the user had open, sign them out, and show sign-in. A terminal
        command in flight is never interrupted: the switch waits for it to answer."""
        if self.ctx.user is None or self.signin_dialog is not None:
            return
        wizards = [w for w in self._wizards() if w.isVisible()]
        if any(w.execute_page.running for w in wizards):
            self.window.status.notify(
                lambda: QApplication.translate(
                    "Session", "The terminal is working: switch user once it has answered."
                )
            )
            return
        if not self.locked:
            self.locked = True
            self._cover_all()
            self.locked_changed.emit(True)
        self._close_others()
        for wizard in wizards:
            wizard.save_and_close()  # saves the page on screen, then closes
        self._deadline = SAVE_WAIT_MS // 100
        self._waiting = wizards
        self._wait_timer = QTimer(self, interval=100)
        self._wait_timer.timeout.connect(self._wizards_closed)
        self._wait_timer.start()
        self._wizards_closed()

    def _close_others(self) -> None:
        """Dialogs other than wizards (a preview, a correction) close without saving: nothing
        in them is half-written work."""
        from ui.wizard.dialog import WizardDialog

        for widget in QApplication.topLevelWidgets():
            if (
                isinstance(widget, QDialog)
                and widget.isVisible()
                and not isinstance(widget, WizardDialog)
                and not self._ours(widget)
                and widget is not self.window
            ):
                widget.reject()

    def _wizards_closed(self) -> None:
        """Each tick: ask every wizard still open to save and close (a page whose save was
        refused closes on the second ask, as a second Esc does); past the deadline, close."""
        from shiboken6 import isValid

        self._deadline -= 1
        open_now = [w for w in self._waiting if isValid(w) and w.isVisible()]
        for wizard in open_now:
            if self._deadline <= 0:
                wizard.done(QDialog.DialogCode.Accepted)
            elif not wizard.busy:
                wizard.save_and_close()
        if any(isValid(w) and w.isVisible() for w in open_now):
            return
        self._wait_timer.stop()
        self._sign_out()

    def _sign_out(self) -> None:
        user_id = self.ctx.user_id

        def record(session: Any) -> None:
            from app.users import record_sign_out

            record_sign_out(session, user_id)

        self.ctx.tasks.run_db(record, lambda _n: None, lambda exc: log.warning("%s", exc))
        self.ctx.sign_out()
        from ui.dialogs.signin import SignInDialog

        dialog = SignInDialog(self.ctx, self.window, switching=True)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.signin_dialog = dialog
        dialog.accepted.connect(self._signed_in)
        dialog.rejected.connect(self._quit)
        dialog.open()

    def _signed_in(self) -> None:
        self.signin_dialog = None
        self.locked = False
        self._uncover_all()
        self.locked_changed.emit(False)
        self.switched.emit()

    def _quit(self) -> None:
        """Cancel at the sign-in that a switch opened: nobody takes over, the app closes (it
        never goes back to the previous user without their PIN)."""
        self.signin_dialog = None
        self.window.close()
