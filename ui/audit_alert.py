"""The audit trail's alarm: when the start-up (or handover) check finds a chain that does not
hold, the person signed in is told at once — a lead or admin with what was found, a cashier
with whom to call. The check itself runs in app/ on the database worker."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget


def show_audit_alert(parent: QWidget | None, ctx: Any, report: Any) -> bool:
    """Show `report` (app.audit.ChainReport) if it found a break; True when something was shown."""
    if report is None or report.ok:
        return False
    found = report.message(ctx.language)
    if ctx.has_role("LEAD"):
        text = found
    else:
        text = QApplication.translate(
            "AuditAlert", "The audit trail does not hold. Tell a shift lead at once."
        )
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QApplication.translate("AuditAlert", "Audit trail"),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("audit_alert")
    box.exec()
    return True
