"""Store settings (admin only): merchant, terminal port and link timeouts, language, idle lock,
approval threshold, refund window, printer; and a way into training mode."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.money import format_fen, parse_yuan
from ui.context import AppContext
from ui.dialogs.common import acting_user, combo_value, message_label
from ui.i18n import RetranslateMixin

BAUDRATES = (9600, 19200, 38400, 57600, 115200)


def _load(session: Any) -> tuple[Any, str]:
    from app.settings import load_settings
    from app.setup import current_merchant

    merchant = current_merchant(session)
    return load_settings(session), merchant.name if merchant else ""


def _save(session: Any, ctx: AppContext, settings: Any, merchant_name: str) -> Any:
    from app.settings import save_settings
    from app.setup import rename_merchant

    actor = acting_user(session, ctx)
    save_settings(session, settings, actor)
    if merchant_name:
        rename_merchant(session, merchant_name, actor)
    return settings


def _ports(_report: Any) -> list[tuple[str, str]]:
    from app.payments.card.ports import list_ports

    return [(p.device, p.description) for p in list_ports()]


class SettingsDialog(RetranslateMixin, QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("settingsDialog")
        self.settings: Any = None
        layout = QVBoxLayout(self)
        self.store_box = QGroupBox()
        self.terminal_box = QGroupBox()
        self.rules_box = QGroupBox()
        store_form, terminal_form, rules_form = (
            QFormLayout(b) for b in (self.store_box, self.terminal_box, self.rules_box)
        )
        self.merchant_name = QLineEdit(objectName="merchantName")
        self.language = QComboBox(objectName="language")
        self.language.addItem("中文", "zh_CN")
        self.language.addItem("English", "en")
        self.idle_minutes = QSpinBox(objectName="idleMinutes", minimum=1, maximum=240)
        self.printer = QLineEdit(objectName="printer")
        self.port = QComboBox(objectName="port", editable=True)
        self.port.setMinimumContentsLength(14)
        self.baud = QComboBox(objectName="baud")
        for rate in BAUDRATES:
            self.baud.addItem(str(rate), rate)
        self.ack_timeout = QSpinBox(
            objectName="ackTimeout", minimum=10, maximum=300_000, singleStep=100
        )
        self.answer_timeout = QSpinBox(
            objectName="answerTimeout", minimum=10, maximum=300_000, singleStep=1000
        )
        self.byte_timeout = QSpinBox(
            objectName="byteTimeout", minimum=10, maximum=300_000, singleStep=50
        )
        self.threshold = QLineEdit(objectName="threshold")
        self.refund_days = QSpinBox(objectName="refundDays", minimum=1, maximum=365)
        self.captions: dict[str, QLabel] = {}

        def row(form: QFormLayout, key: str, widget: QWidget) -> None:
            caption = QLabel()
            self.captions[key] = caption
            widget.setMinimumHeight(36)
            widget.setMinimumWidth(max(150, widget.minimumWidth()))
            form.addRow(caption, widget)

        # a store name like 演示便利店（人民路店）and a printer URL need more than the default
        self.merchant_name.setMinimumWidth(300)
        self.printer.setMinimumWidth(360)
        row(store_form, "merchant", self.merchant_name)
        row(store_form, "language", self.language)
        row(store_form, "idle", self.idle_minutes)
        row(store_form, "printer", self.printer)
        row(terminal_form, "port", self.port)
        row(terminal_form, "baud", self.baud)
        row(terminal_form, "ack", self.ack_timeout)
        row(terminal_form, "answer", self.answer_timeout)
        row(terminal_form, "byte", self.byte_timeout)
        row(rules_form, "threshold", self.threshold)
        row(rules_form, "refund", self.refund_days)
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.store_box)
        left.addWidget(self.rules_box)
        columns.addLayout(left)
        columns.addWidget(self.terminal_box)
        layout.addLayout(columns)
        self.training_button = QPushButton(objectName="trainingButton")
        self.training_button.setMinimumHeight(38)
        self.training_button.clicked.connect(self.start_training)
        layout.addWidget(self.training_button)
        self.qr_button = QPushButton(objectName="qrButton", minimumHeight=38)
        self.qr_button.clicked.connect(self.open_qr_settings)
        layout.addWidget(self.qr_button)
        self.message = message_label()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        for button in self.buttons.buttons():
            button.setMinimumHeight(38)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        self.retranslate()
        ctx.tasks.run_db(_load, self._loaded, self._failed, owner=self)
        ctx.tasks.run_device(
            _ports, self._ports_loaded, lambda _e: self._ports_loaded([]), owner=self
        )

    def _ports_loaded(self, ports: list[tuple[str, str]]) -> None:
        current = self.port.currentText()
        self.port.clear()
        if not any(device == "simulator" for device, _ in ports):
            ports = [*ports, ("simulator", self.tr("Simulated terminal"))]
        for device, description in ports:
            label = (
                self.tr("Simulated terminal")
                if device == "simulator"
                else f"{device} — {description}"
            )
            self.port.addItem(label, device)
        self._select_port(current or getattr(self.settings, "terminal_port", "simulator"))

    def _select_port(self, device: str) -> None:
        index = self.port.findData(device)
        if index < 0 and device:
            self.port.addItem(device, device)
            index = self.port.count() - 1
        self.port.setCurrentIndex(max(index, 0))

    def _loaded(self, result: tuple[Any, str]) -> None:
        settings, merchant_name = result
        self.settings = settings
        self.merchant_name.setText(merchant_name)
        self.language.setCurrentIndex(max(self.language.findData(settings.language), 0))
        self.idle_minutes.setValue(settings.idle_lock_minutes)
        self.printer.setText(settings.printer_url)
        self._select_port(settings.terminal_port)
        self.baud.setCurrentIndex(max(self.baud.findData(settings.baudrate), 0))
        self.ack_timeout.setValue(settings.ack_timeout_ms)
        self.answer_timeout.setValue(settings.answer_timeout_ms)
        self.byte_timeout.setValue(settings.inter_byte_timeout_ms)
        self.threshold.setText(format_fen(settings.approval_threshold_fen, symbol=""))
        self.refund_days.setValue(settings.refund_window_days)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(self.ctx.message(exc))

    def save(self) -> None:
        if self.settings is None:
            return
        try:
            threshold = parse_yuan(self.threshold.text())
        except ValueError:
            self.message.setText(
                self.tr("The approval threshold must be an amount in yuan, like 5000.00.")
            )
            self.threshold.setFocus()
            return
        new = dataclasses.replace(
            self.settings,
            language=self.language.currentData(),
            idle_lock_minutes=self.idle_minutes.value(),
            printer_url=self.printer.text().strip(),
            terminal_port=combo_value(self.port) or "simulator",
            baudrate=self.baud.currentData(),
            ack_timeout_ms=self.ack_timeout.value(),
            answer_timeout_ms=self.answer_timeout.value(),
            inter_byte_timeout_ms=self.byte_timeout.value(),
            approval_threshold_fen=threshold,
            refund_window_days=self.refund_days.value(),
        )
        name = self.merchant_name.text().strip()
        self.buttons.setEnabled(False)

        def ok(saved: Any) -> None:
            self.buttons.setEnabled(True)
            self.ctx.merchant_name = name or self.ctx.merchant_name
            self.ctx.set_settings(saved)
            self.ctx.set_language(saved.language)
            self.accept()

        self.ctx.tasks.run_db(lambda s: _save(s, self.ctx, new, name), ok, self._failed, owner=self)

    def start_training(self) -> None:
        """Training runs as its own window and process, on its own sandbox database."""
        subprocess.Popen([sys.executable, "-m", "ui.main", "--training"])  # noqa: S603
        self.message.setStyleSheet("color: #166534;")
        self.message.setText(self.tr("Training mode is starting in a new window."))

    def open_qr_settings(self) -> None:
        from ui.dialogs.qr_settings import QrSettingsDialog

        QrSettingsDialog(self.ctx, self).exec()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.qr_button.setText(self.tr("QR payment providers (Alipay, WeChat Pay)…"))
        self.store_box.setTitle(self.tr("Store"))
        self.terminal_box.setTitle(self.tr("Card terminal"))
        self.rules_box.setTitle(self.tr("Rules"))
        texts = {
            "merchant": self.tr("Merchant name"),
            "language": self.tr("Language"),
            "idle": self.tr("Lock after idle (minutes)"),
            "printer": self.tr("Slip printer"),
            "port": self.tr("Port"),
            "baud": self.tr("Baud rate"),
            "ack": self.tr("ACK timeout (ms)"),
            "answer": self.tr("Answer timeout (ms)"),
            "byte": self.tr("Inter-byte timeout (ms)"),
            "threshold": self.tr("Admin approval above (yuan)"),
            "refund": self.tr("Refund window (days)"),
        }
        for key, text in texts.items():
            self.captions[key].setText(text)
        self.printer.setPlaceholderText(
            self.tr("e.g. serial:/dev/ttyS0?baudrate=9600 (empty: none)")
        )
        self.training_button.setText(
            self.tr("Start training mode (practice database, simulated terminal)")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
