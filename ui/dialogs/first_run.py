"""First run on an empty database: set up this store, or try the demo (its own database)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui import labels
from ui.context import AppContext
from ui.dialogs.common import (
    combo_value,
    message_label,
    pin_field,
    reserved_field_error,
    show_field_error,
    split_by_field,
    with_field_error,
)
from ui.i18n import RetranslateMixin

CHOICE_SETUP, CHOICE_DEMO = "setup", "demo"


def _set_up(session: Any, values: dict[str, str]) -> None:
    from app.setup import StoreSetup, set_up_store

    set_up_store(session, StoreSetup(**values))


class FirstRunDialog(RetranslateMixin, QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("firstRunDialog")
        self.choice: str | None = None
        layout = QVBoxLayout(self)
        self.heading = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold; padding: 8px;")
        layout.addWidget(self.heading)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages, 1)

        choose = QWidget()
        choose_layout = QVBoxLayout(choose)
        self.intro = QLabel(wordWrap=True)
        choose_layout.addWidget(self.intro)
        self.setup_button = QPushButton(objectName="setupButton")
        self.demo_button = QPushButton(objectName="demoButton")
        for button in (self.setup_button, self.demo_button):
            button.setAutoDefault(False)  # Enter on the form page means 设置, not these
            button.setMinimumHeight(56)
            button.setStyleSheet("font-size: 12pt; text-align: left; padding-left: 12px;")
            choose_layout.addWidget(button)
        self.demo_note = QLabel(wordWrap=True)
        self.demo_note.setStyleSheet("color: #555;")
        choose_layout.addWidget(self.demo_note)
        choose_layout.addStretch(1)
        self.setup_button.clicked.connect(lambda: self.pages.setCurrentIndex(1))
        self.demo_button.clicked.connect(self.choose_demo)
        self.pages.addWidget(choose)

        form_page = QWidget()
        form = QFormLayout(form_page)
        self.fields: dict[str, QLineEdit] = {}
        self.captions: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        for key in ("merchant_name", "merchant_no", "terminal_no"):
            self._add(form, key, QLineEdit(objectName=key))
        self.port = QComboBox(objectName="terminal_port", editable=True)
        self.port.addItem("simulator", "simulator")
        caption = QLabel()
        self.captions["terminal_port"] = caption
        self.port.setMinimumHeight(36)
        form.addRow(caption, self.port)
        self._add(form, "admin_name", QLineEdit(objectName="admin_name"))
        self._add(form, "admin_pin", pin_field(self, "admin_pin"))
        self._add(form, "admin_pin_again", pin_field(self, "admin_pin_again"))
        self._add(form, "lead_name", QLineEdit(objectName="lead_name"))
        self._add(form, "lead_pin", pin_field(self, "lead_pin"))
        self._add(form, "lead_pin_again", pin_field(self, "lead_pin_again"))
        self.fields["merchant_no"].setMaxLength(15)
        self.fields["terminal_no"].setMaxLength(8)
        self.message = message_label()
        form.addRow(self.message)
        buttons = QHBoxLayout()
        self.back_button = QPushButton(objectName="backButton")
        self.create_button = QPushButton(objectName="createButton")
        for button in (self.back_button, self.create_button):
            button.setMinimumHeight(40)
            button.setAutoDefault(False)  # Enter is 完成设置, never 返回
            buttons.addWidget(button)
        self.back_button.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        self.create_button.clicked.connect(self.create)
        form.addRow(buttons)
        self.pages.addWidget(form_page)
        # Only once inside the dialog is a button its default one (the constructor's
        # default=True was lost, and the dialog took 返回, its first button, for Enter).
        self.create_button.setDefault(True)
        self.setMinimumWidth(720)  # the longest caption and the trivial-PIN sentence fit
        self.retranslate()

    def _add(self, form: QFormLayout, key: str, field: QLineEdit) -> None:
        caption = QLabel()
        field.setMinimumHeight(36)
        self.captions[key] = caption
        self.fields[key] = field
        # the error goes right under the field it concerns, not in one list at the bottom
        self.errors[key] = reserved_field_error()
        form.addRow(caption, with_field_error(field, self.errors[key]))
        field.returnPressed.connect(self.create)  # Enter in any field sets the store up

    def choose_demo(self) -> None:
        self.choice = CHOICE_DEMO
        self.accept()

    def create(self) -> None:
        if not self.create_button.isEnabled():
            return  # already setting up (Enter pressed twice)
        values = {key: field.text().strip() for key, field in self.fields.items()}
        values["terminal_port"] = combo_value(self.port) or "simulator"
        self.create_button.setEnabled(False)

        def ok(_none: None) -> None:
            self.choice = CHOICE_SETUP
            self.accept()

        def failed(exc: BaseException) -> None:
            self.create_button.setEnabled(True)
            by_field, rest = split_by_field(self.ctx, exc, self.errors)
            for key, error in self.errors.items():  # fixed ones clear, in the room they had
                show_field_error(error, by_field.get(key, ""))
            self.message.setText("\n".join(rest))
            first = next((key for key in self.fields if key in by_field), None)
            if first is not None:
                self.fields[first].setFocus()
                self.fields[first].selectAll()

        self.ctx.tasks.run_db(lambda s: _set_up(s, values), ok, failed, owner=self)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to guadan"))
        self.heading.setText(self.tr("Welcome to guadan"))
        self.intro.setText(self.tr("This database is empty. What would you like to do?"))
        self.setup_button.setText(
            self.tr("Set up this store — merchant, terminal, first admin and shift lead")
        )
        self.demo_button.setText(
            self.tr("Try the demo — sample store and orders in a separate database")
        )
        from app.demo import DEMO_USERS

        people = [
            self.tr("%1 (%2, PIN %3)")
            .replace("%1", name)
            .replace("%2", labels.label(labels.ROLE, role))
            .replace("%3", pin)
            for name, (role, pin) in DEMO_USERS.items()
        ]
        sep = "、" if self.ctx.language.startswith("zh") else ", "
        self.demo_note.setText(self.tr("Demo users: %1.").replace("%1", sep.join(people)))
        texts = {
            "merchant_name": self.tr("Merchant name"),
            "merchant_no": self.tr("Merchant no. (15 digits)"),
            "terminal_no": self.tr("Terminal no. (8 characters)"),
            "terminal_port": self.tr("Terminal port"),
            "admin_name": self.tr("Admin name"),
            "admin_pin": self.tr("Admin PIN (6+ digits)"),
            "lead_name": self.tr("Shift lead name"),
            "lead_pin": self.tr("Shift lead PIN (6+ digits)"),
            "admin_pin_again": self.tr("Admin PIN again"),
            "lead_pin_again": self.tr("Shift lead PIN again"),
        }
        for key, text in texts.items():
            self.captions[key].setText(text)
        self.port.setItemText(0, self.tr("Simulated terminal"))
        self.back_button.setText(self.tr("Back"))
        self.create_button.setText(self.tr("Set up the store"))
