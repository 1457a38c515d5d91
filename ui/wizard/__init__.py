"""The five-step cancellation wizard (撤销五步). The main window opens it on F2:

from ui.wizard import open_wizard
open_wizard(self, self.ctx, order_id)
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ui.wizard.dialog import WizardDialog


def open_wizard(parent: QWidget | None, ctx: Any, order_id: uuid.UUID) -> WizardDialog:
    """Open (or resume) the case of `order_id`; returns at once, the dialog runs window-modal."""
    dialog = WizardDialog(ctx, order_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


__all__ = ["WizardDialog", "open_wizard"]
