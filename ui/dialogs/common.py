"""Small pieces the dialogs share: the signed-in user on the worker, message labels, PIN fields."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from ui.context import AppContext


def acting_user(session: Any, ctx: AppContext) -> Any:
    """The signed-in user's row, read inside the worker's session (None before sign-in)."""
    from app.models import User

    return session.get(User, ctx.user_id) if ctx.user_id else None


def pin_field(parent: QWidget | None = None, name: str = "pin") -> QLineEdit:
    field = QLineEdit(parent, objectName=name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,12}"), field))
    field.setMinimumHeight(38)
    return field


def message_label(name: str = "message") -> QLabel:
    label = QLabel(objectName=name, wordWrap=True)
    label.setStyleSheet("color: #b91c1c;")
    return label


def combo_value(combo: Any) -> str:
    """An editable combo's value: the chosen item's data, or the text the user typed."""
    index = combo.currentIndex()
    if index >= 0 and combo.currentText() == combo.itemText(index) and combo.itemData(index):
        return str(combo.itemData(index))
    return str(combo.currentText()).strip()
