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
from ui.dialogs.common import (
    acting_user,
    message_label,
    pin_field,
    reserved_field_error,
    show_field_error,
    split_by_field,
    with_field_error,
)
from ui.i18n import RetranslateMixin


@dataclass(frozen=True)
class UserRow:
    name: str
    role: str
    active: bool
    locked: bool
    phone: str = ""  # masked (138****5678): the full number is for the printed form only


def _list(session: Any) -> list[UserRow]:
    from app.clock import utcnow
    from app.phones import mask_phone
    from app.users import list_users

    now = utcnow()
    return [
        UserRow(
            u.name,
            u.role.value,
            u.active,
            bool(u.locked_until and u.locked_until > now),
            mask_phone(u.phone) if u.phone else "",
        )
        for u in list_users(session)
    ]


def _add(
    session: Any, ctx: AppContext, name: str, role: str, pin: str, again: str, phone: str
) -> list[UserRow]:
    from app.models import Role
    from app.users import create_user

    create_user(session, name, Role(role), pin, acting_user(session, ctx), phone, pin_again=again)
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
        self.table = QTableWidget(0, 4, objectName="usersTable")
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
        self.phone_edit = QLineEdit(objectName="newPhone")
        self.add_pin = pin_field(self, "addPin")
        self.add_pin_again = pin_field(self, "addPinAgain")
        self.add_button = QPushButton(objectName="addButton")
        self.add_button.setMinimumHeight(38)
        self.add_button.clicked.connect(self.add_user)
        self.form = add_form
        self.add_fields: dict[str, QWidget] = {
            "name": self.name_edit,
            "role": self.role_box,
            "phone": self.phone_edit,
            "pin": self.add_pin,
            "pin_again": self.add_pin_again,
        }
        self.add_captions = {key: QLabel() for key in self.add_fields}
        # each problem right under its field, all at once; the room is kept (no jumping)
        self.add_errors = {key: reserved_field_error() for key in self.add_fields if key != "role"}
        for key, field in self.add_fields.items():
            field.setMinimumHeight(38)
            cell = (
                with_field_error(field, self.add_errors[key]) if key in self.add_errors else field
            )
            add_form.addRow(self.add_captions[key], cell)
        for field in (self.name_edit, self.phone_edit, self.add_pin, self.add_pin_again):
            field.returnPressed.connect(self.add_user)
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
            cells = (row.name, labels.label(labels.ROLE, row.role), row.phone or "—", state)
            for col, text in enumerate(cells):
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
        name, role, pin, again, phone = (
            self.name_edit.text().strip(),
            self.role_box.currentData(),
            self.add_pin.text(),
            self.add_pin_again.text(),
            self.phone_edit.text(),
        )
        done = self._done(self.tr("User %1 added.").replace("%1", name))

        def ok(rows: list[UserRow]) -> None:
            for field in (self.name_edit, self.phone_edit, self.add_pin, self.add_pin_again):
                field.clear()
            for error in self.add_errors.values():
                show_field_error(error, "")
            done(rows)

        def failed(exc: BaseException) -> None:
            by_field, rest = split_by_field(self.ctx, exc, self.add_errors)
            for key, error in self.add_errors.items():  # fixed ones clear
                show_field_error(error, by_field.get(key, ""))
            if "pin" in by_field or "pin_again" in by_field:
                self.add_pin.clear()  # a PIN is chosen again, both times
                self.add_pin_again.clear()
            self.message.setStyleSheet("color: #b91c1c;")
            self.message.setText("\n".join(rest))
            first = next((key for key in self.add_errors if key in by_field), None)
            if first is not None:
                self.add_fields[first].setFocus()

        self.ctx.tasks.run_db(
            lambda s: _add(s, self.ctx, name, role, pin, again, phone), ok, failed, owner=self
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
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("Phone"), self.tr("State")]
        )
        self.reset_button.setText(self.tr("Reset PIN"))
        self.new_pin.setPlaceholderText(self.tr("New PIN (6+ digits)"))
        self.add_button.setText(self.tr("Add user"))
        self.name_edit.setPlaceholderText(self.tr("Name"))
        self.add_pin.setPlaceholderText(self.tr("PIN (6+ digits)"))
        self.add_pin_again.setPlaceholderText(self.tr("The same PIN again"))
        self.phone_edit.setPlaceholderText(self.tr("Optional: printed on the forms they file"))
        captions = {
            "name": self.tr("Name"),
            "role": self.tr("Role"),
            "phone": self.tr("Phone"),
            "pin": self.tr("PIN"),
            "pin_again": self.tr("PIN again"),
        }
        for key, caption in self.add_captions.items():
            caption.setText(captions[key])
        current = self.role_box.currentData()
        self.role_box.clear()
        for code in labels.CODES[labels.ROLE]:
            self.role_box.addItem(labels.label(labels.ROLE, code), code)
        self.role_box.setCurrentIndex(max(self.role_box.findData(current), 0))
        self._selection_changed()
        if self.rows:
            self.show_rows(self.rows)
