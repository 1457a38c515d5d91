"""The lock screen: the window's data is hidden until the signed-in user enters their PIN."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.dialogs.common import message_label, pin_field, reserve_lines
from ui.i18n import RetranslateMixin


def _check(session: Any, name: str, pin: str) -> None:
    from app.users import check_credentials

    check_credentials(session, name, pin, purpose="unlock")


class LockScreen(RetranslateMixin, QDialog):
    unlocked = Signal()
    switch_requested = Signal()  # "another user": the session saves what is open, then sign-in

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("lockScreen")
        self.setModal(True)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        layout = QVBoxLayout(self)
        self.heading = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.heading.setStyleSheet("font-size: 16pt; font-weight: bold; padding: 12px;")
        self.who = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.pin = pin_field(self)
        self.message = message_label()
        reserve_lines(self.message)
        self.unlock_button = QPushButton(objectName="unlockButton", default=True)
        self.unlock_button.setMinimumHeight(40)
        self.unlock_button.clicked.connect(self.submit)
        self.pin.returnPressed.connect(self.submit)
        self.switch_button = QPushButton(objectName="switchUserButton")
        self.switch_button.setMinimumHeight(40)
        self.switch_button.setAutoDefault(False)
        self.switch_button.clicked.connect(self.switch_requested)
        for widget in (self.heading, self.who, self.pin, self.message, self.unlock_button):
            layout.addWidget(widget)
        layout.addWidget(self.switch_button)
        self.setMinimumWidth(480)
        self.retranslate()

    def reject(self) -> None:  # Esc must not unlock
        pass

    def submit(self) -> None:
        pin = self.pin.text()
        if not pin or self.ctx.user is None:
            return
        name = self.ctx.user.name
        self.unlock_button.setEnabled(False)

        def ok(_none: None) -> None:
            self.accept()
            self.unlocked.emit()

        def failed(exc: BaseException) -> None:
            self.unlock_button.setEnabled(True)
            self.pin.clear()
            self.message.setText(self.ctx.message(exc))

        self.ctx.tasks.run_db(lambda s: _check(s, name, pin), ok, failed, owner=self)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Locked"))
        self.heading.setText(self.tr("The window is locked"))
        self.who.setText(
            self.tr("Enter the PIN of %1 to unlock.").replace("%1", self.ctx.user_name)
        )
        self.unlock_button.setText(self.tr("Unlock"))
        self.switch_button.setText(self.tr("Another user: sign in as someone else"))
        self.switch_button.setToolTip(
            self.tr("Open wizards are saved and closed, then anyone can sign in (Shift+F12)")
        )
