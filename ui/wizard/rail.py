"""The step rail on the wizard's left: ✔ done, ● the step on screen, ○ still to do."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ui.i18n import RetranslateMixin

STEP_TITLES = (
    QT_TRANSLATE_NOOP("StepRail", "Verify the order"),
    QT_TRANSLATE_NOOP("StepRail", "Contact the buyer"),
    QT_TRANSLATE_NOOP("StepRail", "Fill in the form"),
    QT_TRANSLATE_NOOP("StepRail", "Submit and wait"),
    QT_TRANSLATE_NOOP("StepRail", "Execute and archive"),
)
DONE, CURRENT, TODO = "✔", "●", "○"


class StepRail(RetranslateMixin, QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rail")
        self.setFixedWidth(210)
        self.setStyleSheet(
            "QFrame#rail { background: #f3f4f6; border-right: 1px solid #d1d5db; }"
            "QLabel { padding: 8px 6px; font-size: 14px; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 12, 8, 12)
        self.items = [QLabel(objectName=f"rail_step{i + 1}") for i in range(len(STEP_TITLES))]
        for item in self.items:
            layout.addWidget(item)
        layout.addStretch(1)
        self._current = 0
        self._done_before = 0
        self.retranslate()

    def set_state(self, current: int, done_before: int) -> None:
        """`current`: the page on screen; steps with index < `done_before` are done."""
        self._current = current
        self._done_before = done_before
        self.retranslate()

    def mark(self, index: int) -> str:
        if index == self._current:
            return CURRENT
        return DONE if index < self._done_before else TODO

    def retranslate(self) -> None:
        for i, item in enumerate(self.items):
            mark = self.mark(i)
            title = QCoreApplication.translate("StepRail", STEP_TITLES[i])
            item.setText(f"{mark}  {i + 1}  {title}")
            if mark == CURRENT:
                item.setStyleSheet("font-weight: bold; color: #1d4ed8; background: #dbeafe;")
            elif mark == DONE:
                item.setStyleSheet("color: #15803d;")
            else:
                item.setStyleSheet("color: #6b7280;")
