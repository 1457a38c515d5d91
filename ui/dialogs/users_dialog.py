"""User administration (admin only): add a user, disable or enable one, reset a PIN."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import labels
from ui.context import AppContext
from ui.dialogs.common import acting_user, message_label, pin_field
from ui.i18n import RetranslateMixin


@dataclass(frozen=True)
class UserRow:
    name: str
    role: str
    active: bool
    locked: bool


def _list(session: Any) -> list[UserRow]:
    from app.clock import utcnow
    from app.users import list_users

    now = utcnow()
    return [
        UserRow(u.name, u.role.value, u.active, bool(u.locked_until and u.locked_until > now))
        for u in list_users(session)
    ]


def _add(session: Any, ctx: AppContext, name: str, role: str, pin: str) -> list[UserRow]:
    from app.models import Role
    from app.users import create_user

    create_user(session, name, Role(role), pin, acting_user(session, ctx))
    return _list(session)


def _set_active(session: Any, ctx: AppContext, name: str, active: bool) -> list[UserRow]:
    from app.errors import NotFound
    from app.users import find_user, set_active

    user = find_user(session, name)
    if user is None:
        raise NotFound("user.not_found", name=name)
    set_active(session, user, active, acting_user(session, ctx))
    return _list(session)


def _reset(session: Any, ctx: AppContext, name: str, pin: str) -> list[UserRow]:
    from app.errors import NotFound
    from app.users import find_user, reset_pin

    user = find_user(session, name)
    if user is None:
        raise NotFound("user.not_found", name=name)
    reset_pin(session, user, pin, acting_user(session, ctx))
    return _list(session)


class UsersDialog(RetranslateMixin, QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("usersDialog")
        self.rows: list[UserRow] = []
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 3, objectName="usersTable")
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        # two boxes, so it is clear which inputs act on the selected row and which add a user
        self.selected_box = QGroupBox(objectName="selectedBox")
        actions = QHBoxLayout(self.selected_box)
        self.toggle_button = QPushButton(objectName="toggleButton")
        self.reset_button = QPushButton(objectName="resetButton")
        self.new_pin = pin_field(self, "newPin")
        for w in (self.toggle_button, self.reset_button):
            w.setMinimumHeight(38)
        self.toggle_button.clicked.connect(self.toggle_active)
        self.reset_button.clicked.connect(self.reset_pin)
        actions.addWidget(self.toggle_button)
        actions.addWidget(self.new_pin)
        actions.addWidget(self.reset_button)
        layout.addWidget(self.selected_box)
        self.add_box = QGroupBox(objectName="addBox")
        add_form = QFormLayout(self.add_box)
        self.name_edit = QLineEdit(objectName="newName")
        self.role_box = QComboBox(objectName="newRole")
        self.add_pin = pin_field(self, "addPin")
        self.add_button = QPushButton(objectName="addButton")
        self.add_button.setMinimumHeight(38)
        self.add_button.clicked.connect(self.add_user)
        self.form = add_form
        self.add_captions = [QLabel(), QLabel(), QLabel()]
        for caption, field in zip(
            self.add_captions, (self.name_edit, self.role_box, self.add_pin), strict=True
        ):
            field.setMinimumHeight(38)
            add_form.addRow(caption, field)
        add_form.addRow(self.add_button)
        layout.addWidget(self.add_box)
        self.message = message_label()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in buttons.buttons():
            button.setMinimumHeight(38)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.resize(680, 640)
        self.retranslate()
        self.ctx.tasks.run_db(_list, self.show_rows, self._failed, owner=self)

    def selected(self) -> UserRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def show_rows(self, rows: list[UserRow]) -> None:
        chosen = self.selected()
        self.rows = rows
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            state = self.tr("Active") if row.active else self.tr("Disabled")
            if row.locked:
                state += " · " + self.tr("Locked")
            for col, text in enumerate((row.name, labels.label(labels.ROLE, row.role), state)):
                self.table.setItem(i, col, QTableWidgetItem(text))
            if chosen and row.name == chosen.name:
                self.table.selectRow(i)
        self._selection_changed()

    def _failed(self, exc: BaseException) -> None:
        self.message.setStyleSheet("color: #b91c1c;")
        self.message.setText(self.ctx.message(exc))

    def _done(self, text: str) -> Any:
        def ok(rows: list[UserRow]) -> None:
            self.show_rows(rows)
            self.message.setStyleSheet("color: #166534;")
            self.message.setText(text)

        return ok

    def _selection_changed(self) -> None:
        row = self.selected()
        self.toggle_button.setEnabled(row is not None)
        self.reset_button.setEnabled(row is not None)
        self.toggle_button.setText(
            self.tr("Enable") if row and not row.active else self.tr("Disable")
        )

    def add_user(self) -> None:
        name, role, pin = (
            self.name_edit.text().strip(),
            self.role_box.currentData(),
            self.add_pin.text(),
        )
        self.add_pin.clear()
        done = self._done(self.tr("User %1 added.").replace("%1", name))

        def ok(rows: list[UserRow]) -> None:
            self.name_edit.clear()
            done(rows)

        self.ctx.tasks.run_db(
            lambda s: _add(s, self.ctx, name, role, pin), ok, self._failed, owner=self
        )

    def toggle_active(self) -> None:
        row = self.selected()
        if row is None:
            return
        text = self.tr("%1 enabled.") if not row.active else self.tr("%1 disabled.")
        self.ctx.tasks.run_db(
            lambda s: _set_active(s, self.ctx, row.name, not row.active),
            self._done(text.replace("%1", row.name)),
            self._failed,
            owner=self,
        )

    def reset_pin(self) -> None:
        row = self.selected()
        if row is None:
            return
        pin = self.new_pin.text()
        self.new_pin.clear()
        self.ctx.tasks.run_db(
            lambda s: _reset(s, self.ctx, row.name, pin),
            self._done(self.tr("PIN of %1 reset.").replace("%1", row.name)),
            self._failed,
            owner=self,
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Users"))
        self.selected_box.setTitle(self.tr("Selected user"))
        self.add_box.setTitle(self.tr("Add a user"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("State")])
        self.reset_button.setText(self.tr("Reset PIN"))
        self.new_pin.setPlaceholderText(self.tr("New PIN (6+ digits)"))
        self.add_button.setText(self.tr("Add user"))
        self.name_edit.setPlaceholderText(self.tr("Name"))
        self.add_pin.setPlaceholderText(self.tr("PIN (6+ digits)"))
        for caption, text in zip(
            self.add_captions, (self.tr("Name"), self.tr("Role"), self.tr("PIN")), strict=True
        ):
            caption.setText(text)
        current = self.role_box.currentData()
        self.role_box.clear()
        for code in labels.CODES[labels.ROLE]:
            self.role_box.addItem(labels.label(labels.ROLE, code), code)
        self.role_box.setCurrentIndex(max(self.role_box.findData(current), 0))
        self._selection_changed()
        if self.rows:
            self.show_rows(self.rows)
