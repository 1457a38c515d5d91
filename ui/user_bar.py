"""The top line of the main window: the store and counter, who is signed in with their role,
always in sight, and 切换用户."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ui import labels, shortcuts
from ui.context import AppContext
from ui.i18n import RetranslateMixin


class UserBar(RetranslateMixin, QWidget):
    switch_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("userBar")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.place_label = QLabel(objectName="placeLabel")
        self.place_label.setStyleSheet("color: #475569;")
        self.user_label = QLabel(objectName="userLabel")
        self.user_label.setStyleSheet("font-size: 12pt; font-weight: bold; color: #0f172a;")
        self.switch_button = QPushButton(objectName="switchUser")
        self.switch_button.setMinimumHeight(30)
        self.switch_button.clicked.connect(self.switch_requested)
        row.addWidget(self.place_label)
        row.addStretch(1)
        row.addWidget(self.user_label)
        row.addWidget(self.switch_button)
        ctx.user_changed.connect(self.retranslate)
        ctx.settings_changed.connect(self.retranslate)
        self.retranslate()

    def retranslate(self) -> None:
        user = self.ctx.user
        if user is None:
            self.user_label.setText(self.tr("Not signed in"))
        else:
            role = labels.label(labels.ROLE, user.role)
            self.user_label.setText(
                self.tr("%1 (%2)", "user name (role)").replace("%1", user.name).replace("%2", role)
            )
        parts = [p for p in (self.ctx.merchant_name, self.ctx.counter_name) if p]
        self.place_label.setText(" · ".join(parts))
        self.switch_button.setEnabled(user is not None)
        self.switch_button.setText(self.tr("Switch user"))
        self.switch_button.setToolTip(
            self.tr("Save open work and let another user sign in (%1)").replace(
                "%1", shortcuts.shown("switch_user")
            )
        )
