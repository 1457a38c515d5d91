"""Small pieces the dialogs share: the signed-in user on the worker, message labels, PIN fields."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

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


def reserve_lines(label: QLabel, lines: int = 2) -> None:
    """Keep room for a message of `lines` lines, so that showing one does not squeeze the
    fields above it (a top-level dialog does not grow for a word-wrapped label)."""
    label.setMinimumHeight(label.fontMetrics().lineSpacing() * lines + 4)


def field_error() -> QLabel:
    """The red line under one input; hidden while empty so the form does not jump. One line,
    not word-wrapped: a wrapped label in a form gets one line's height and overlaps the
    next row; the dialog widens instead."""
    label = message_label("fieldError")
    label.setWordWrap(False)
    label.hide()
    return label


def reserved_field_error() -> QLabel:
    """A field's error line that keeps its room while empty: a form whose errors come and go
    as the user fixes them must not move the fields under the cursor."""
    label = field_error()
    label.setProperty("reserved", True)
    label.setMinimumHeight(label.fontMetrics().lineSpacing())
    label.show()
    return label


def show_field_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text) or label.property("reserved") is True)


def with_field_error(field: QWidget, error: QLabel) -> QWidget:
    """An input with its error label right underneath, as one form-layout cell."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(error)
    return box


def split_by_field(
    ctx: AppContext, error: BaseException, fields: Any, describe: Any = None
) -> tuple[dict[str, str], list[str]]:
    """(field -> message for the fields given, the other messages), for any dialog or wizard
    page that shows errors next to its inputs. `describe` words one problem (ctx.message)."""
    describe = describe or ctx.message
    by_field: dict[str, str] = {}
    rest: list[str] = []
    for problem in getattr(error, "problems", None) or [error]:
        text = describe(problem)
        name = getattr(problem, "field", None) or ""
        if name in fields:
            by_field[name] = f"{by_field[name]}\n{text}" if name in by_field else text
        else:
            rest.append(text)
    return by_field, rest
