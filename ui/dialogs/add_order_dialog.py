"""文件 → 新增挂单: one suspended order typed by hand, checked by the same rules as an
imported row (app.importer.add_order), every problem at once under its field."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui import labels
from ui.context import AppContext
from ui.dialogs.common import (
    acting_user,
    message_label,
    reserved_field_error,
    show_field_error,
    split_by_field,
    with_field_error,
)
from ui.i18n import RetranslateMixin

# (column, kind of input) in reading order: the sale on the left, the terminal's numbers right
LEFT = ("order_no", "occurred_at", "amount", "txn_type", "funding", "card", "cause", "location")
RIGHT = (
    "merchant_no",
    "terminal_no",
    "trace_no",
    "rrn",
    "batch_no",
    "auth_code",
    "operation_no",
)
CHOICES = {"txn_type": labels.TXN_TYPE, "funding": labels.FUNDING, "cause": labels.CAUSE}
FLAGS = ("settled", "success_notified")


def _defaults(session: Any, ctx: AppContext) -> dict[str, str]:
    from app.setup import current_merchant, current_terminal

    merchant, terminal = current_merchant(session), current_terminal(session)
    store = (merchant.store_name or merchant.name) if merchant else ""
    counter = terminal.counter if terminal else ctx.counter_name
    return {
        "merchant_no": merchant.merchant_no if merchant else "",
        "terminal_no": terminal.terminal_no if terminal else "",
        "location": " ".join(part for part in (store, counter) if part),
    }


def _add(session: Any, ctx: AppContext, fields: dict[str, str], zone: str) -> str:
    from app.importer import add_order

    return add_order(session, fields, acting_user(session, ctx), zone=zone).order_no


class AddOrderDialog(RetranslateMixin, QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("addOrderDialog")
        self.setStyleSheet("QCheckBox::indicator { width: 20px; height: 20px; }")  # as the wizard
        self.added = ""  # the new order's number once saved
        layout = QVBoxLayout(self)
        self.intro = QLabel(wordWrap=True)
        layout.addWidget(self.intro)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        self.inputs: dict[str, QWidget] = {}
        self.captions: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        for column, names in enumerate((LEFT, RIGHT)):
            for row, name in enumerate(names):
                self._add_field(grid, row, column * 2, name)
        self.flags = {name: QCheckBox(objectName=name) for name in FLAGS}
        flags = QWidget()
        row = QHBoxLayout(flags)
        row.setContentsMargins(0, 0, 0, 0)
        for box in self.flags.values():
            box.setMinimumHeight(32)
            row.addWidget(box)
        grid.addWidget(flags, len(RIGHT), 2, 1, 2, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(grid)
        self.message = message_label()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        for button in self.buttons.buttons():
            button.setMinimumHeight(38)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.ctx.tasks.run_db(lambda s: _defaults(s, ctx), self._fill_defaults, owner=self)

    def _add_field(self, grid: QGridLayout, row: int, column: int, name: str) -> None:
        if name in CHOICES:
            field: QWidget = QComboBox(objectName=name)
        else:
            field = QLineEdit(objectName=name)
            field.returnPressed.connect(self.save)
        field.setMinimumHeight(32)
        self.inputs[name] = field
        self.captions[name] = QLabel()
        self.errors[name] = reserved_field_error()
        grid.addWidget(self.captions[name], row, column, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(with_field_error(field, self.errors[name]), row, column + 1)

    def _fill_defaults(self, defaults: dict[str, str]) -> None:
        for name, value in defaults.items():
            field = self.inputs[name]
            if isinstance(field, QLineEdit) and not field.text():
                field.setText(value)

    def values(self) -> dict[str, str]:
        """What was typed, as an import row (codes for the choices; empty fields left out)."""
        out: dict[str, str] = {}
        for name, field in self.inputs.items():
            value = field.currentData() if isinstance(field, QComboBox) else field.text()
            if value:
                out[name] = str(value)
        for name, box in self.flags.items():
            out[name] = "1" if box.isChecked() else "0"
        return out

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return  # already saving (Enter pressed twice)
        fields = self.values()
        zone = getattr(self.ctx.settings, "timezone", None) or "Asia/Shanghai"
        self.save_button.setEnabled(False)
        self.ctx.tasks.run_db(
            lambda s: _add(s, self.ctx, fields, zone), self._saved, self._failed, owner=self
        )

    def _saved(self, order_no: str) -> None:
        self.added = order_no
        self.ctx.orders_changed.emit()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        by_field, rest = split_by_field(self.ctx, error, self.errors)
        for name, label in self.errors.items():  # fixed ones clear, in the room they had
            show_field_error(label, by_field.get(name, ""))
        self.message.setText("\n".join(rest))
        for name in (*LEFT, *RIGHT):  # the topmost field in error takes the cursor
            if name in by_field:
                self.inputs[name].setFocus()
                break

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add a suspended order"))
        self.intro.setText(
            self.tr(
                "Copy the order from the till and the terminal's slip. The same rules as an "
                "import apply; a full card number is masked before it is saved."
            )
        )
        texts = {
            "order_no": self.tr("Order no."),
            "occurred_at": self.tr("Time of sale"),
            "amount": self.tr("Amount (yuan)"),
            "txn_type": self.tr("Type"),
            "funding": self.tr("Funding"),
            "card": self.tr("Card no."),
            "cause": self.tr("Cause"),
            "location": self.tr("Place"),
            "merchant_no": self.tr("Merchant no."),
            "terminal_no": self.tr("Terminal no."),
            "trace_no": self.tr("Trace no."),
            "rrn": self.tr("Reference no."),
            "batch_no": self.tr("Batch no."),
            "auth_code": self.tr("Auth code"),
            "operation_no": self.tr("Operation no."),
        }
        for name, text in texts.items():
            self.captions[name].setText(text)
        hints = {
            "order_no": self.tr("The till's order number"),
            "occurred_at": "2026-12-03 14:02",
            "amount": "128.00",
            "card": self.tr("622848******1234 or the full number"),
            "trace_no": self.tr("6 digits"),
            "rrn": self.tr("12 digits"),
            "batch_no": self.tr("6 digits"),
            "auth_code": self.tr("6 letters or digits"),
        }
        for name, text in hints.items():
            field = self.inputs[name]
            if isinstance(field, QLineEdit):
                field.setPlaceholderText(text)
        for name, kind in CHOICES.items():
            box = self.inputs[name]
            assert isinstance(box, QComboBox)
            current = box.currentData()
            box.clear()
            if name == "cause":
                box.addItem(self.tr("— choose —"), "")  # nothing pre-chosen for a cause
            for code in labels.CODES[kind]:
                box.addItem(labels.label(kind, code), code)
            box.setCurrentIndex(max(box.findData(current), 0))
        self.flags["settled"].setText(self.tr("Batch already settled"))
        self.flags["success_notified"].setText(self.tr("Success notice already sent"))
        self.save_button.setText(self.tr("Save order"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
