"""The right-hand pane: every field of the selected order, its fee and net, its case's
timeline, and the buttons to act on it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.clock import format_local
from app.money import format_fen
from ui import labels
from ui.i18n import RetranslateMixin

if TYPE_CHECKING:
    from app.queries import OrderDetail, TimelineEntry

Getter = Callable[["OrderDetail", str], str]
FIELDS: list[tuple[str, Getter]] = [
    (QT_TRANSLATE_NOOP("DetailPane", "Order no."), lambda d, z: d.order_no),
    (
        QT_TRANSLATE_NOOP("DetailPane", "Time"),
        lambda d, z: format_local(d.occurred_at, z, "%Y-%m-%d %H:%M:%S"),
    ),
    (QT_TRANSLATE_NOOP("DetailPane", "Place"), lambda d, z: d.location),
    (QT_TRANSLATE_NOOP("DetailPane", "Amount"), lambda d, z: format_fen(d.amount_fen)),
    (
        QT_TRANSLATE_NOOP("DetailPane", "Type"),
        lambda d, z: labels.label(labels.TXN_TYPE, d.txn_type),
    ),
    (
        QT_TRANSLATE_NOOP("DetailPane", "Funding"),
        lambda d, z: labels.label(labels.FUNDING, d.funding),
    ),
    (
        QT_TRANSLATE_NOOP("DetailPane", "Payment channel"),
        lambda d, z: labels.label(labels.PAY_CHANNEL, d.channel),
    ),
    (QT_TRANSLATE_NOOP("DetailPane", "Card"), lambda d, z: d.card_masked or "—"),
    (
        # short enough for the pane's name column at 1024 px (a wrapped name was clipped)
        QT_TRANSLATE_NOOP("DetailPane", "Till's order no."),
        lambda d, z: d.out_trade_no or "—",
    ),
    (
        QT_TRANSLATE_NOOP("DetailPane", "Provider's trade no."),
        lambda d, z: d.provider_trade_no or "—",
    ),
    (QT_TRANSLATE_NOOP("DetailPane", "Merchant no."), lambda d, z: d.merchant_no),
    (QT_TRANSLATE_NOOP("DetailPane", "Terminal no."), lambda d, z: d.terminal_no),
    (QT_TRANSLATE_NOOP("DetailPane", "Trace no."), lambda d, z: d.trace_no or "—"),
    (QT_TRANSLATE_NOOP("DetailPane", "Reference no."), lambda d, z: d.rrn or "—"),
    (QT_TRANSLATE_NOOP("DetailPane", "Batch no."), lambda d, z: d.batch_no or "—"),
    (QT_TRANSLATE_NOOP("DetailPane", "Auth code"), lambda d, z: d.auth_code or "—"),
    (QT_TRANSLATE_NOOP("DetailPane", "Operation no."), lambda d, z: d.operation_no or "—"),
    (QT_TRANSLATE_NOOP("DetailPane", "Cause"), lambda d, z: labels.label(labels.CAUSE, d.cause)),
    (QT_TRANSLATE_NOOP("DetailPane", "Settled"), lambda d, z: labels.yes_no(d.settled)),
    (
        QT_TRANSLATE_NOOP("DetailPane", "Success notified"),
        lambda d, z: labels.yes_no(d.success_notified),
    ),
    (QT_TRANSLATE_NOOP("DetailPane", "Status"), lambda d, z: labels.label(labels.STATUS, d.status)),
    (QT_TRANSLATE_NOOP("DetailPane", "Cashier"), lambda d, z: d.cashier or "—"),
    (QT_TRANSLATE_NOOP("DetailPane", "Refunded"), lambda d, z: format_fen(d.refunded_fen)),
    (
        QT_TRANSLATE_NOOP("DetailPane", "Still refundable"),
        lambda d, z: format_fen(d.refundable_fen),
    ),
    (
        QT_TRANSLATE_NOOP("DetailPane", "Fee class"),
        lambda d, z: labels.label(labels.FEE_CLASS, d.fee_class),
    ),
    (QT_TRANSLATE_NOOP("DetailPane", "Fee"), lambda d, z: format_fen(d.fee_fen)),
    (QT_TRANSLATE_NOOP("DetailPane", "Net"), lambda d, z: format_fen(d.net_fen)),
    (QT_TRANSLATE_NOOP("DetailPane", "Case"), lambda d, z: d.case.case_no if d.case else "—"),
    (
        QT_TRANSLATE_NOOP("DetailPane", "Step"),
        lambda d, z: labels.label(labels.STAGE, d.case.stage) if d.case else "—",
    ),
]


class DetailPane(RetranslateMixin, QWidget):
    start_requested = Signal()
    print_requested = Signal()
    correct_requested = Signal()

    def __init__(self, parent: QWidget | None = None, zone: str = "Asia/Shanghai") -> None:
        super().__init__(parent)
        self.zone = zone
        self.detail: OrderDetail | None = None
        self.entries: list[TimelineEntry] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(objectName="detailTitle")
        self.title.setStyleSheet("font-weight: bold; font-size: 13pt;")
        outer.addWidget(self.title)
        self.placeholder = QLabel(wordWrap=True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(self.placeholder)

        self.scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        body = QWidget()
        self.form = QFormLayout(body)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.name_labels: list[QLabel] = []
        self.value_labels: list[QLabel] = []
        for _ in FIELDS:
            name, value = QLabel(), QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self.name_labels.append(name)
            self.value_labels.append(value)
            self.form.addRow(name, value)
        self.timeline_title = QLabel()
        self.timeline_title.setStyleSheet("font-weight: bold;")
        self.form.addRow(self.timeline_title)
        self.timeline = QListWidget(objectName="timeline")
        self.timeline.setMinimumHeight(110)
        self.form.addRow(self.timeline)
        self.scroll.setWidget(body)
        outer.addWidget(self.scroll, 1)

        self.start_button = QPushButton(objectName="startButton")
        self.print_button = QPushButton(objectName="printButton")
        self.correct_button = QPushButton(objectName="correctButton")
        for button, signal in (
            (self.start_button, self.start_requested),
            (self.print_button, self.print_requested),
            (self.correct_button, self.correct_requested),
        ):
            button.setMinimumHeight(40)
            button.clicked.connect(signal)
            outer.addWidget(button)
        self.start_button.setStyleSheet("font-weight: bold;")
        self.show_detail(None, [])
        self.retranslate()

    def show_detail(
        self, detail: OrderDetail | None, entries: list[TimelineEntry], *, can_correct: bool = False
    ) -> None:
        self.detail = detail
        self.entries = entries
        has = detail is not None
        self.scroll.setVisible(has)
        self.placeholder.setVisible(not has)
        self.start_button.setEnabled(has)
        self.print_button.setEnabled(has and detail is not None and detail.case is not None)
        self.correct_button.setVisible(
            can_correct
            and detail is not None
            and detail.case is not None
            and str(detail.case.stage) == "ESCALATED"
        )
        self.scroll.verticalScrollBar().setValue(0)  # another order: its fields from the top
        self._fill()

    def finished(self) -> bool:
        from app.queues import is_finished

        d = self.detail
        return d is not None and is_finished(str(d.status), d.amount_fen, d.refunded_fen)

    def _fill(self) -> None:
        detail = self.detail
        for (_source, getter), value in zip(FIELDS, self.value_labels, strict=True):
            value.setText(getter(detail, self.zone) if detail else "")
        self.title.setText(
            self.tr("Order %1").replace("%1", detail.order_no) if detail else self.tr("Details")
        )
        if self.finished():
            self.start_button.setText(self.tr("View the finished case (F2)"))
        else:
            self.start_button.setText(self.tr("Start cancellation (F2)"))
        self.timeline.clear()
        for entry in self.entries:
            when = format_local(entry.at, self.zone, "%m-%d %H:%M")
            who = f" · {entry.actor_name}" if entry.actor_name else ""
            self.timeline.addItem(f"{when}  {labels.event_label(entry.kind)}{who}")
        if detail is not None and not self.entries:
            self.timeline.addItem(self.tr("Nothing has happened to this order yet."))

    def retranslate(self) -> None:
        for (source, _getter), name in zip(FIELDS, self.name_labels, strict=True):
            name.setText(self.tr(source))
        self.timeline_title.setText(self.tr("Timeline"))
        self.placeholder.setText(
            self.tr("Select an order to see all its fields, fee and timeline.")
        )
        self.start_button.setToolTip(
            self.tr("Open the five-step cancellation wizard for this order (F2)")
        )
        self.print_button.setText(self.tr("Print form (Ctrl+P)"))
        self.print_button.setToolTip(
            self.tr("Print the application form of this order's case (Ctrl+P)")
        )
        self.correct_button.setText(self.tr("Correct order data"))
        self.correct_button.setToolTip(self.tr("Correct the escalated order's data (shift lead)"))
        self._fill()


def detail_and_timeline(
    session: Any, order_id: Any
) -> tuple[OrderDetail | None, list[TimelineEntry]]:
    """Runs on the database worker."""
    from app.queries import order_detail, timeline

    return order_detail(session, order_id), timeline(session, order_id)
