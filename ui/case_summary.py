"""F2 on a finished order: its case read-only — the steps, the application and the buyer's
consent, the evidence, the lead's decision, the terminal's answer and the print buttons.
Nothing here changes the case (a finished order cannot be cancelled again)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.money import format_fen
from ui import labels
from ui.i18n import RetranslateMixin
from ui.wizard.rail import StepRail
from ui.wizard.review import CaseReview
from ui.wizard.summary import SummaryView


def finished_case(session: Any, order_id: Any, user_id: Any) -> tuple[Any, list[Any]] | None:
    """On the database worker: the order's latest case and its timeline (None: no case)."""
    from app.queries import latest_case
    from ui.wizard.review import review_data

    case = latest_case(session, order_id)
    return review_data(session, case.id, user_id) if case is not None else None


class CaseSummaryDialog(RetranslateMixin, QDialog):
    def __init__(self, ctx: Any, order_id: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.order_id = order_id
        self.snap: Any = None
        self.loaded = False
        self.setObjectName("caseSummary")
        self.setMinimumSize(800, 600)
        self.resize(1000, 720)
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(objectName="summaryHeading")
        self.heading.setStyleSheet("font-size: 18px; font-weight: bold; padding: 8px 12px 0;")
        self.subheading = QLabel(objectName="summarySubheading")
        self.subheading.setStyleSheet("color: #4b5563; padding: 0 12px 8px;")
        root.addWidget(self.heading)
        root.addWidget(self.subheading)
        body = QHBoxLayout()
        self.rail = StepRail()
        body.addWidget(self.rail)
        content = QWidget()
        column = QVBoxLayout(content)
        self.state = QLabel(objectName="summaryState", wordWrap=True)
        self.state.setStyleSheet("font-size: 16px; font-weight: bold; padding: 6px 0;")
        column.addWidget(self.state)
        self.result = SummaryView(ctx)
        self.result.headline.setVisible(False)  # the state line above says it
        column.addWidget(self.result)
        self.review = CaseReview(ctx)
        column.addWidget(self.review)
        column.addStretch(1)
        scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        body.addWidget(scroll, 1)
        root.addLayout(body, 1)
        footer = QHBoxLayout()
        footer.setContentsMargins(12, 6, 12, 8)
        footer.addStretch(1)
        self.close_button = QPushButton(objectName="summaryClose")
        self.close_button.setMinimumHeight(40)
        self.close_button.clicked.connect(self.accept)
        footer.addWidget(self.close_button)
        root.addLayout(footer)
        self.retranslate()
        self.ctx.tasks.run_db(
            lambda s: finished_case(s, order_id, ctx.user_id),
            self._loaded,
            self._failed,
            owner=self,
        )

    def _loaded(self, found: tuple[Any, list[Any]] | None) -> None:
        self.loaded = True
        if found is None:
            self.state.setText(self.tr("This order was finished without a cancellation case."))
            self.result.setVisible(False)
            self.review.setVisible(False)
            return
        self.snap, entries = found
        self.result.load(self.snap)
        self.review.load(self.snap, entries)
        self._render()

    def _failed(self, error: BaseException) -> None:
        self.loaded = True
        self.state.setText(self.ctx.message(error))

    def retranslate(self) -> None:
        self.close_button.setText(self.tr("Close"))
        self._render()

    def _render(self) -> None:
        snap = self.snap
        if snap is None:
            self.setWindowTitle(self.tr("Finished case"))
            self.heading.setText(self.tr("Finished case"))
            return
        title = (
            self.tr("Finished case · No. %1 · %2")
            .replace("%1", snap.order_no)
            .replace("%2", format_fen(snap.amount_fen))
        )
        self.setWindowTitle(title)
        self.heading.setText(title)
        parts = [
            self.tr("Case %1").replace("%1", snap.case_no),
            self.tr("Status: %1").replace("%1", labels.label(labels.STATUS, snap.order_status)),
        ]
        if snap.route:
            parts.append(self.tr("Route: %1").replace("%1", self.ctx.msg(f"route.{snap.route}")))
        self.subheading.setText("  ·  ".join(parts))
        done = snap.stage == "DONE"
        self.rail.set_state(-1, 5 if done else 4)
        self.result.box.setVisible(done)
        self.result.print_slip.setVisible(done)
        if done:
            void = snap.route == "VOID"
            self.state.setText("✔ " + (self.tr("Void done") if void else self.tr("Refund done")))
            self.state.setStyleSheet("font-size: 16px; font-weight: bold; color: #15803d;")
        else:
            self.state.setText(self.tr("The application was rejected and the case closed."))
            self.state.setStyleSheet("font-size: 16px; font-weight: bold; color: #b91c1c;")


def open_case_summary(parent: QWidget, ctx: Any, order_id: Any) -> CaseSummaryDialog:
    dialog = CaseSummaryDialog(ctx, order_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    parent.case_summary = dialog  # type: ignore[attr-defined]  # tests and the walk-through find it
    return dialog
