"""Store settings (admin only): merchant, language, idle lock, approval threshold, refund
window, printer, link timeouts; this counter's card terminal (protocol, port, baud, line —
the same binding `guadan counter` writes, kept on this PC) with 测试连接; training mode."""

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
# data bits, parity, stop bits: 8N1 (POS Integrado, Concert over USB), 7E1 (Concert on RS-232)
LINES = ("8N1", "7E1", "8E1", "7O1", "8O1")


def _load(session: Any) -> tuple[Any, str, Any]:
    from app.counter import load_binding
    from app.settings import load_settings
    from app.setup import current_merchant

    merchant = current_merchant(session)
    return load_settings(session), merchant.name if merchant else "", load_binding()


def _save(session: Any, ctx: AppContext, settings: Any, merchant_name: str, change: Any) -> Any:
    from app.counter import change_binding
    from app.settings import save_settings
    from app.setup import rename_merchant

    actor = acting_user(session, ctx)
    change_binding(change)  # this counter's terminal: checked first, kept on this PC
    save_settings(session, settings, actor)
    if merchant_name:
        rename_merchant(session, merchant_name, actor)
    return settings


def _ports(_report: Any) -> tuple[list[tuple[str, str]], list[tuple[str, str, str]]]:
    """(ports: OS serial ports, socket://, simulator), (drivers: name, zh label, en label)."""
    from app.payments.card import drivers
    from app.payments.card.ports import port_choices

    found = [(spec.name, spec.label_zh, spec.label_en) for spec in drivers.installed().values()]
    return [(p.device, p.description) for p in port_choices()], found


def _usual_line(protocol: str) -> tuple[int, str]:
    from app.payments.card import drivers

    link = drivers.spec(protocol).link
    return link.baudrate, f"{link.bytesize}{link.parity}{link.stopbits:g}"


def _check(ctx: AppContext, protocol: str, port: str, baud: int, line: str) -> Any:
    from app.payments.card.drivers import LinkSettings
    from app.payments.card.ports import check_connection
    from app.payments.card.store_terminal import simulator_journal_for

    link = LinkSettings(baud, int(line[0]), line[1], float(line[2]))
    journal = simulator_journal_for(ctx.store, protocol) if ctx.store is not None else None
    return check_connection(port, protocol=protocol, link=link, journal=journal)


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
        self.protocol = QComboBox(objectName="protocol")
        self.protocol.addItem("POS Integrado", "integrado")
        self.protocol.activated.connect(self._protocol_chosen)
        self.port = QComboBox(objectName="port", editable=True)
        self.port.setMinimumContentsLength(14)
        self.baud = QComboBox(objectName="baud")
        for rate in BAUDRATES:
            self.baud.addItem(str(rate), rate)
        self.line = QComboBox(objectName="line")
        for line in LINES:
            self.line.addItem(line, line)
        self.test_button = QPushButton(objectName="testConnection", minimumHeight=36)
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = QLabel(objectName="testResult", wordWrap=True)
        self.test_result.setMinimumHeight(self.fontMetrics().lineSpacing() * 3 + 6)
        self.binding: Any = None
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
        for wide in (self.protocol, self.port):
            wide.setMinimumWidth(290)  # "Ingenico Telium（Concert 协议）", socket://host:port
        row(terminal_form, "protocol", self.protocol)
        row(terminal_form, "port", self.port)
        row(terminal_form, "baud", self.baud)
        row(terminal_form, "line", self.line)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        terminal_form.addRow(test_row)
        terminal_form.addRow(self.test_result)  # the whole width: the answer is a sentence
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

    def _ports_loaded(self, found: Any) -> None:
        ports, protocols = found if found else ([], [])
        if protocols:
            chosen = self.protocol.currentData()
            self.protocol.clear()
            zh = self.ctx.language.startswith("zh")
            for name, label_zh, label_en in protocols:
                self.protocol.addItem(label_zh if zh else label_en, name)
            self._select_protocol(getattr(self.binding, "protocol", "") or chosen or "integrado")
        current = combo_value(self.port)
        self.port.clear()
        if not any(device == "simulator" for device, _ in ports):
            ports = [*ports, ("simulator", self.tr("Simulated terminal"))]
        for device, description in ports:
            if device == "simulator":
                label = self.tr("Simulated terminal")
            elif device.startswith("socket://"):
                label = self.tr("%1 — terminal on the network").replace("%1", device)
            else:
                label = f"{device} — {description}"
            self.port.addItem(label, device)
        self._select_port(current or self._bound_port())

    def _bound_port(self) -> str:
        port = getattr(self.binding, "port", "") or getattr(self.settings, "terminal_port", "")
        return str(port or "simulator")

    def _select_protocol(self, name: str) -> None:
        self.protocol.setCurrentIndex(max(self.protocol.findData(name or "integrado"), 0))

    def _protocol_chosen(self, _index: int) -> None:
        """A protocol picked: its usual line (the cashier rarely knows the terminal's)."""
        try:
            baud, line = _usual_line(self.protocol.currentData())
        except Exception:  # not installed any more: keep what is shown
            return
        self.baud.setCurrentIndex(max(self.baud.findData(baud), 0))
        self.line.setCurrentIndex(max(self.line.findData(line), 0))
        self.test_result.clear()

    def _chosen_line(self) -> tuple[int, str]:
        return int(self.baud.currentData()), str(self.line.currentData())

    def test_connection(self) -> None:
        protocol, port = self.protocol.currentData() or "", combo_value(self.port) or "simulator"
        baud, line = self._chosen_line()
        self.test_button.setEnabled(False)
        self.test_result.setStyleSheet("")
        self.test_result.setText(self.tr("Asking the terminal…"))
        ctx = self.ctx  # the worker must not hold the dialog: its last reference would go there
        self.ctx.tasks.run_device(
            lambda _report: _check(ctx, protocol, port, baud, line),
            self._checked,
            self._check_failed,
            owner=self,
        )

    def _checked(self, check: Any) -> None:
        from app.messages import tr

        self.test_button.setEnabled(True)
        name = self.protocol.currentText()
        if check.answered and check.reported:
            text = self.tr("The terminal answered (%1). It says it is terminal no. %2.")
            text = text.replace("%2", check.terminal_id)
        elif check.answered:
            text = self.tr(
                "The terminal answered (%1). This protocol does not say which terminal it is: "
                "make sure it is the one with this counter's terminal number."
            )
        else:
            why = tr(check.key or "terminal.link.no_ack", self.ctx.language, **(check.params or {}))
            text = self.tr("No answer (%1): %2").replace("%2", why)
        self.test_result.setStyleSheet("color: #166534;" if check.answered else "color: #b91c1c;")
        self.test_result.setText(text.replace("%1", name))

    def _check_failed(self, exc: BaseException) -> None:
        self.test_button.setEnabled(True)
        self.test_result.setStyleSheet("color: #b91c1c;")
        self.test_result.setText(self.ctx.message(exc))

    def _select_port(self, device: str) -> None:
        index = self.port.findData(device)
        if index < 0 and device:
            self.port.addItem(device, device)
            index = self.port.count() - 1
        self.port.setCurrentIndex(max(index, 0))

    def _loaded(self, result: tuple[Any, str, Any]) -> None:
        settings, merchant_name, binding = result
        self.settings = settings
        self.binding = binding
        self.merchant_name.setText(merchant_name)
        self.language.setCurrentIndex(max(self.language.findData(settings.language), 0))
        self.idle_minutes.setValue(settings.idle_lock_minutes)
        self.printer.setText(settings.printer_url)
        self._select_port(self._bound_port())
        self._select_protocol(binding.protocol)
        try:
            usual_baud, usual_line = _usual_line(binding.protocol)
        except Exception:  # a protocol no longer installed: the store-wide baud, 8N1
            usual_baud, usual_line = settings.baudrate, "8N1"
        if not binding.protocol:
            usual_baud = settings.baudrate  # the binding from before protocols were chosen
        baud = binding.baudrate or usual_baud
        line = (
            f"{binding.bytesize}{binding.parity}{binding.stopbits:g}"
            if binding.bytesize
            else usual_line
        )
        self.baud.setCurrentIndex(max(self.baud.findData(baud), 0))
        self.line.setCurrentIndex(max(self.line.findData(line), 0))
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
            ack_timeout_ms=self.ack_timeout.value(),
            answer_timeout_ms=self.answer_timeout.value(),
            inter_byte_timeout_ms=self.byte_timeout.value(),
            approval_threshold_fen=threshold,
            refund_window_days=self.refund_days.value(),
        )
        from app.counter import BindingChange

        baud, line = self._chosen_line()
        change = BindingChange(
            port=combo_value(self.port) or "simulator",
            protocol=self.protocol.currentData() or "",
            baudrate=baud,
            line=line,
        )
        name = self.merchant_name.text().strip()
        self.buttons.setEnabled(False)

        def ok(saved: Any) -> None:
            self.buttons.setEnabled(True)
            self.ctx.merchant_name = name or self.ctx.merchant_name
            self.ctx.set_settings(saved)
            self.ctx.set_language(saved.language)
            self.accept()

        ctx = self.ctx  # the worker must not hold the dialog: its last reference would go there
        self.ctx.tasks.run_db(
            lambda s: _save(s, ctx, new, name, change), ok, self._failed, owner=self
        )

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
        self.terminal_box.setTitle(self.tr("This counter's card terminal"))
        self.test_button.setText(self.tr("Test connection"))
        self.rules_box.setTitle(self.tr("Rules"))
        texts = {
            "merchant": self.tr("Merchant name"),
            "language": self.tr("Language"),
            "idle": self.tr("Lock after idle (minutes)"),
            "printer": self.tr("Slip printer"),
            "protocol": self.tr("Protocol"),
            "port": self.tr("Port"),
            "baud": self.tr("Baud rate"),
            "line": self.tr("Data bits, parity, stop bits"),
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
