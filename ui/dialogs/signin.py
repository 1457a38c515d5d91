"""Sign-in: user name and PIN, checked on the database worker; shows the lockout message."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext, SignedInUser
from ui.dialogs.common import message_label, pin_field, reserve_lines
from ui.i18n import RetranslateMixin


def _active_user_names(session: Any) -> list[str]:
    """Cashiers first (they sign in most at a counter), then leads, then admins."""
    from app.users import list_users

    order = {"CASHIER": 0, "LEAD": 1, "ADMIN": 2}
    users = [u for u in list_users(session) if u.active]
    return [u.name for u in sorted(users, key=lambda u: (order.get(u.role.value, 3), u.name))]


def _authenticate(session: Any, name: str, pin: str) -> SignedInUser:
    from app.users import authenticate

    user = authenticate(session, name, pin)
    return SignedInUser(user.id, user.name, user.role.value)


def _counter_state() -> QSettings:
    """What this PC remembers between starts (who signed in last), beside its data."""
    from app.paths import data_dir

    return QSettings(str(data_dir() / "counter.ini"), QSettings.Format.IniFormat)


class SignInDialog(RetranslateMixin, QDialog):
    """`switching`: opened by 切换用户 over the locked window; cancelling it quits the app."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, switching: bool = False
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.switching = switching
        self.setObjectName("signInDialog")
        self.user: SignedInUser | None = None
        layout = QVBoxLayout(self)
        self.heading = QLabel(objectName="heading", alignment=Qt.AlignmentFlag.AlignCenter)
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold; padding: 8px;")
        layout.addWidget(self.heading)
        form = QFormLayout()
        self.name_box = QComboBox(editable=True, objectName="userName")
        self.name_box.setMinimumHeight(38)
        self.pin = pin_field(self)
        self.name_label, self.pin_label = QLabel(), QLabel()
        form.addRow(self.name_label, self.name_box)
        form.addRow(self.pin_label, self.pin)
        layout.addLayout(form)
        self.message = message_label()
        reserve_lines(self.message)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        for button in self.buttons.buttons():
            button.setMinimumHeight(38)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        # The PIN field is made with its parent before the combo joins the dialog, which put it
        # first in the focus chain: Tab from the user went past it to the buttons.
        QWidget.setTabOrder(self.name_box, self.pin)
        QWidget.setTabOrder(self.pin, self.buttons)
        self.setMinimumWidth(460)
        self._waiting = False  # Enter pressed before the store was open
        self.retranslate()
        if ctx.store is not None:
            self.load_users()
        else:  # the store is still opening: this counter's usual cashier, ready for the PIN
            self.message.setText(self.tr("Opening the database…"))
            last = str(_counter_state().value("last_user", ""))
            if last:
                self.name_box.setEditText(last)
                self.pin.setFocus()

    def store_ready(self) -> None:
        """The store has opened (the dialog was shown before): the names, and a PIN typed
        meanwhile is checked now."""
        self.message.clear()
        self.retranslate()  # a training store says so in the title
        self.load_users()
        if self._waiting:
            self._waiting = False
            self.submit()

    def load_users(self) -> None:
        def fill(names: list[str]) -> None:
            typed = self.name_box.currentText()
            self.name_box.clear()
            self.name_box.addItems(names)
            last = str(_counter_state().value("last_user", ""))
            preferred = typed or (last if last in names else (names[0] if names else ""))
            self.name_box.setEditText(preferred)
            if not (typed and self.name_box.hasFocus()):  # not while a name is being typed
                self.pin.setFocus()

        self.ctx.tasks.run_db(
            _active_user_names,
            fill,
            lambda exc: self.message.setText(self.ctx.message(exc)),
            owner=self,
        )

    def submit(self) -> None:
        name, pin = self.name_box.currentText().strip(), self.pin.text()
        if not name or not pin:
            self.message.setText(self.tr("Enter your name and PIN."))
            return
        self.buttons.setEnabled(False)
        if self.ctx.store is None:
            self._waiting = True  # store_ready() checks it
            self.message.setText(self.tr("Opening the database…"))
            return

        def ok(user: SignedInUser) -> None:
            self.buttons.setEnabled(True)
            _counter_state().setValue("last_user", user.name)  # this counter's usual cashier
            self.user = user
            self.ctx.sign_in(user)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.buttons.setEnabled(True)
            self.pin.clear()
            self.pin.setFocus()
            self.message.setText(self.ctx.message(exc))

        self.ctx.tasks.run_db(lambda s: _authenticate(s, name, pin), ok, failed, owner=self)

    def retranslate(self) -> None:
        title = self.tr("Sign in")
        if self.ctx.training:
            title += " · " + self.tr("Training mode")
        if self.ctx.demo:
            title += " · " + self.tr("Demo")
        self.setWindowTitle("guadan · " + title)
        heading = self.tr("guadan — suspended orders")
        if self.ctx.training:
            heading += "\n" + self.tr("Training mode")
        elif self.ctx.demo:
            heading += "\n" + self.tr("Demo")
        self.heading.setText(heading)
        self.name_label.setText(self.tr("User"))
        self.pin_label.setText(self.tr("PIN"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Quit guadan") if self.switching else self.tr("Cancel")
        )
        if self.switching:
            self.heading.setText(self.tr("Switch user: sign in"))
