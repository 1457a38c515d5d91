"""The handover tab's money and sign-off (交接班): the shift's figures per funding, the open
cases carried over, and the 交班人 / 接班人 who sign with their own PINs (app.reports.shift
records it as an audit event); then the 交班单 on the receipt printer's paper."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.money import format_fen
from ui.dialogs.common import pin_field
from ui.i18n import RetranslateMixin
from ui.wizard.common import FieldError, split_problems


def _people(session: Any) -> list[str]:
    from sqlalchemy import select

    from app.models import User

    return list(session.scalars(select(User.name).where(User.active.is_(True)).order_by(User.name)))


class ShiftHandoverBox(RetranslateMixin, QGroupBox):
    signed_off = Signal(object)  # app.reports.shift.SignedHandover

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.money: Any = None
        self.signed: Any = None
        self.zone = "Asia/Shanghai"
        self.setObjectName("shiftHandover")
        col = QVBoxLayout(self)
        col.setContentsMargins(6, 4, 6, 4)
        self.period = QLabel(objectName="shiftPeriod")
        col.addWidget(self.period)
        self.table = QTableWidget(3, 6, objectName="shiftMoney")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        # every column as wide as its figures (nothing cut to "…"), the last takes the rest
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        col.addWidget(self.table)
        self.carried = QLabel(objectName="shiftCarried", wordWrap=True)
        col.addWidget(self.carried)

        sign = QGridLayout()
        sign.setHorizontalSpacing(6)
        self.out_label, self.in_label = QLabel(), QLabel()
        self.outgoing = QComboBox(editable=True, objectName="outgoingName")
        self.incoming = QComboBox(editable=True, objectName="incomingName")
        self.outgoing_pin = pin_field(self, "outgoingPin")
        self.incoming_pin = pin_field(self, "incomingPin")
        self.out_pin_label, self.in_pin_label = QLabel(), QLabel()
        for combo in (self.outgoing, self.incoming):
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.setMinimumWidth(90)
        for pin in (self.outgoing_pin, self.incoming_pin):
            pin.setMinimumHeight(30)
            pin.setMaximumWidth(120)
        self.sign_button = QPushButton(objectName="signHandover")
        self.slip_button = QPushButton(objectName="handoverSlip")
        for row, widgets in enumerate(
            (
                (self.out_label, self.outgoing, self.out_pin_label, self.outgoing_pin),
                (self.in_label, self.incoming, self.in_pin_label, self.incoming_pin),
            )
        ):
            for i, widget in enumerate(widgets):
                sign.addWidget(widget, row, i)
        sign.addWidget(self.sign_button, 0, 4)
        sign.addWidget(self.slip_button, 1, 4)
        sign.setColumnStretch(5, 1)
        col.addLayout(sign)
        self.errors = {name: FieldError(f"shift_{name}") for name in ("outgoing", "incoming")}
        messages = QHBoxLayout()
        for label in self.errors.values():
            messages.addWidget(label)
        self.message = FieldError("shift_message")
        messages.addWidget(self.message, 1)
        col.addLayout(messages)
        self.state = QLabel(objectName="shiftSigned", wordWrap=True)
        self.state.setStyleSheet("color: #15803d; font-weight: bold;")
        col.addWidget(self.state)
        self.sign_button.clicked.connect(self.sign)
        self.slip_button.clicked.connect(self.print_slip)
        self.incoming_pin.returnPressed.connect(self.sign)
        self.retranslate()
        me = ctx.user_name

        def fill(names: list[str]) -> None:
            for combo in (self.outgoing, self.incoming):
                combo.addItems(names)
            self.outgoing.setEditText(me or "")  # who hands over: the one signed in
            self.incoming.setEditText("")

        ctx.tasks.run_db(_people, fill, lambda _e: None, owner=self)

    def show_money(self, money: Any, zone: str) -> None:
        """A fresh load: the shift as it stands (a handover signed before is history now,
        named as the last one)."""
        self.money, self.zone, self.signed = money, zone, None
        self._render()

    # --- sign-off ---------------------------------------------------------------------

    def sign(self) -> None:
        for label in (*self.errors.values(), self.message):
            label.show_text("")
        outgoing = (self.outgoing.currentText().strip(), self.outgoing_pin.text())
        incoming = (self.incoming.currentText().strip(), self.incoming_pin.text())
        if not incoming[0]:
            self.errors["incoming"].show_text(self.tr("Choose who takes over."))
            return
        zone = self.zone

        def job(session: Any) -> Any:
            from app.reports.shift import sign_handover

            return sign_handover(session, outgoing, incoming, zone)

        self.sign_button.setEnabled(False)
        self.ctx.tasks.run_db(job, self._signed, self._failed, owner=self)

    def _signed(self, signed: Any) -> None:
        self.sign_button.setEnabled(True)
        self.outgoing_pin.clear()
        self.incoming_pin.clear()
        self.signed = signed
        self.money = signed.money
        self._render()
        self.signed_off.emit(signed)

    def _failed(self, error: BaseException) -> None:
        self.sign_button.setEnabled(True)
        self.outgoing_pin.clear()
        self.incoming_pin.clear()
        by_field, rest = split_problems(self.ctx, error, self.errors)
        for name, text in by_field.items():
            self.errors[name].show_text(text)
        self.message.show_text("\n".join(rest))

    # --- paper ------------------------------------------------------------------------

    def print_slip(self) -> None:
        """The 交班单 at the receipt's own width, through the print dialog (or a PDF)."""
        if self.money is None:
            return
        money, signed, zone = self.money, self.signed, self.zone
        width = int(getattr(self.ctx.settings, "slip_width_mm", 80) or 80)
        store = getattr(self.ctx, "merchant_name", "") or ""

        def render() -> bytes:
            from printing.reports.shift import render_handover_slip

            return render_handover_slip(money, signed, store_name=store, zone=zone, width_mm=width)

        self.ctx.tasks.run_call(render, self._print, self._failed, owner=self)

    def _print(self, data: bytes) -> None:
        from ui.wizard.pdf_output import print_pdf

        self.last_slip = data  # tests and the walk-through read it
        try:
            if print_pdf(self, data, self.tr("Handover slip"), "guadan-handover-slip.pdf"):
                self.message.show_text(self.tr("Sent to the printer."))
        except ImportError:
            self.message.show_text(self.tr("Printing is not installed yet."))

    # --- texts ------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setTitle(self.tr("This shift's money and the handover"))
        self.out_label.setText(self.tr("Handing over"))
        self.in_label.setText(self.tr("Taking over"))
        self.out_pin_label.setText(self.tr("PIN"))
        self.in_pin_label.setText(self.tr("PIN"))
        self.sign_button.setText(self.tr("Sign the handover"))
        self.sign_button.setToolTip(
            self.tr("Both enter their own PIN; the handover is recorded in the operation log")
        )
        self.slip_button.setText(self.tr("Print handover slip"))
        self._render()

    def _render(self) -> None:
        money = self.money
        if money is None:
            return
        from app.clock import format_local
        from app.reports.shift import money_table
        from ui.labels import language

        header, rows = money_table(money, language())
        self.table.setHorizontalHeaderLabels(header)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)
        header_h = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(header_h + 24 * len(rows) + 2 * self.table.frameWidth() + 2)
        self.period.setText(
            self.tr("Shift from %1 to %2")
            .replace("%1", format_local(money.start, self.zone))
            .replace("%2", format_local(money.end, self.zone))
        )
        self.carried.setText(
            self.tr("Carried over to the next shift: %1 case(s) in progress (%2).")
            .replace("%1", str(money.carried_cases))
            .replace("%2", format_fen(money.carried_cases_fen))
        )
        if self.signed is not None:
            self.state.setText(
                self.tr("Handed over by %1 to %2 at %3, both PINs confirmed.")
                .replace("%1", self.signed.outgoing)
                .replace("%2", self.signed.incoming)
                .replace("%3", format_local(self.signed.at, self.zone))
            )
        elif money.last_handover:
            self.state.setText(
                self.tr("Last handover: %1. This shift began then.").replace(
                    "%1", money.last_handover
                )
            )
        else:
            self.state.setText("")
