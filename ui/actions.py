"""Main-window actions that open dialogs or produce files: import, settings, users,
printing the selected case's form, a lead's correction of an escalated order."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def open_import(window: MainWindow) -> None:
    from ui.dialogs.import_dialog import ImportDialog

    ImportDialog(window.ctx, window).exec()


def open_settings(window: MainWindow) -> None:
    if not window.ctx.has_role("ADMIN"):
        return
    from ui.dialogs.settings_dialog import SettingsDialog

    SettingsDialog(window.ctx, window).exec()


def open_users(window: MainWindow) -> None:
    if not window.ctx.has_role("ADMIN"):
        return
    from ui.dialogs.users_dialog import UsersDialog

    UsersDialog(window.ctx, window).exec()


def _render_case_form(
    session: Any, case_id: Any, merchant_name: str, zone: str, training: bool, out_dir: Path
) -> Path:
    """Runs on the database worker: build the form's PDF and write it beside the database."""
    from app.models import CancellationCase
    from printing.application_form import render_form
    from printing.form_view import form_view_from_case

    case = session.get(CancellationCase, case_id)
    view = form_view_from_case(case, merchant_name=merchant_name or None, zone=zone)
    data = render_form(view, training=training)
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{case.case_no}.pdf"
    target.write_bytes(data)
    return target


def print_selected_form(window: MainWindow) -> None:
    detail = window.detail.detail
    if detail is None or detail.case is None:
        window.status.notify(
            QCoreApplication.translate(
                "Actions", "Select an order that has a cancellation case to print its form."
            )
        )
        return
    try:
        import printing.application_form  # noqa: F401
        import printing.form_view  # noqa: F401
    except ImportError:
        QMessageBox.information(
            window,
            QCoreApplication.translate("Actions", "Not available yet"),
            QCoreApplication.translate("Actions", "Printing forms is not available yet."),
        )
        return
    ctx = window.ctx
    from app.paths import data_dir

    zone = getattr(ctx.settings, "timezone", "Asia/Shanghai") or "Asia/Shanghai"
    case_id = detail.case.id

    def done(path: Path) -> None:
        window.status.notify(
            QCoreApplication.translate("Actions", "Form saved: %1").replace("%1", str(path))
        )
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    ctx.tasks.run_db(
        lambda s: _render_case_form(
            s, case_id, ctx.merchant_name, zone, ctx.training, data_dir() / "forms"
        ),
        done,
        lambda exc: window.status.notify(ctx.message(exc)),
        owner=window,
    )


def open_correction(window: MainWindow) -> None:
    detail = window.detail.detail
    if detail is None or detail.case is None or not window.ctx.has_role("LEAD"):
        return
    from ui.dialogs.correction_dialog import CorrectionDialog

    dialog = CorrectionDialog(window.ctx, detail, window)
    if dialog.exec() == CorrectionDialog.DialogCode.Accepted:
        window.ctx.orders_changed.emit()
