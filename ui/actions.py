"""Main-window actions that open dialogs or produce files: import, settings, users,
printing the selected case's form, a lead's correction of an escalated order."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

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
    session: Any, case_id: Any, merchant_name: str, zone: str, training: bool
) -> tuple[bytes, str]:
    """Runs on the database worker: the form's PDF and the case number."""
    from app.workflow import get_case
    from printing.application_form import render_form
    from printing.form_view import form_view_from_case

    case = get_case(session, case_id)
    view = form_view_from_case(case, merchant_name=merchant_name or None, zone=zone)
    return render_form(view, training=training), case.case_no


def print_selected_form(window: MainWindow) -> None:
    """Ctrl+P: the selected case's application form in the preview, to print or save."""
    detail = window.detail.detail
    if detail is None or detail.case is None:
        window.status.notify(
            QCoreApplication.translate(
                "Actions", "Select an order that has a cancellation case to print its form."
            )
        )
        return
    ctx = window.ctx
    zone = getattr(ctx.settings, "timezone", "Asia/Shanghai") or "Asia/Shanghai"
    case_id, actor_id = detail.case.id, ctx.user_id

    def record(session: Any, where: str) -> None:
        from app.models import User
        from app.workflow import get_case, record_print

        record_print(
            session, get_case(session, case_id), session.get(User, actor_id), "form", where
        )

    def show(result: tuple[bytes, str]) -> None:
        from ui.dialogs.print_preview import PrintPreviewDialog

        data, case_no = result
        title = QCoreApplication.translate("Actions", "Application form %1").replace("%1", case_no)
        dialog = PrintPreviewDialog(ctx, data, title, f"{case_no}.pdf", record, window)
        dialog.printed.connect(
            lambda where: window.status.notify(
                QCoreApplication.translate("Actions", "Form printed: %1").replace("%1", where)
            )
        )
        window.preview_dialog = dialog  # tests and screenshots reach it here
        dialog.open()

    ctx.tasks.run_db(
        lambda s: _render_case_form(s, case_id, ctx.merchant_name, zone, ctx.training),
        show,
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
