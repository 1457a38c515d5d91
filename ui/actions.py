"""Main-window actions that open dialogs or produce files: import, settings, users,
printing the selected case's form, a lead's correction of an escalated order."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from ui.context import AppContext
from ui.detail_pane import DetailPane
from ui.status_bar import GuadanStatusBar


class MainWindow(Protocol):
    """What an action needs of the window it runs in (ui.main_window.MainWindow is one); the
    actions do not import the window, so the window can import them."""

    ctx: AppContext
    detail: DetailPane
    status: GuadanStatusBar
    preview_dialog: Any
    batch_dialog: Any  # (a QWidget: dialogs open over it)
    correction_dialog: Any
    help_dialog: Any
    add_order_dialog: Any


def open_import(window: MainWindow) -> None:
    from ui.dialogs.import_dialog import ImportDialog

    ImportDialog(window.ctx, window).exec()


def open_add_order(window: MainWindow) -> None:
    """文件 → 新增挂单: one order by hand, with the import's rules."""
    from ui.dialogs.add_order_dialog import AddOrderDialog

    dialog = AddOrderDialog(window.ctx, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.add_order_dialog = dialog  # tests reach it here
    dialog.open()


def show_shortcuts(window: MainWindow) -> None:
    """F1: the shortcut table (帮助 → 快捷键)."""
    from ui.dialogs.help_dialog import ShortcutsDialog

    dialog = ShortcutsDialog(window)  # type: ignore[arg-type]
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.help_dialog = dialog
    dialog.open()


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
            lambda: QCoreApplication.translate(
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
        from ui.print_job import file_name

        dialog = PrintPreviewDialog(ctx, data, title, file_name(case_no, "form"), record, window)
        dialog.printed.connect(
            lambda where: window.status.notify(
                lambda: QCoreApplication.translate("Actions", "Form printed: %1").replace(
                    "%1", where
                )
            )
        )
        window.preview_dialog = dialog  # tests and screenshots reach it here
        dialog.open()

    ctx.tasks.run_db(
        lambda s: _render_case_form(s, case_id, ctx.merchant_name, zone, ctx.training),
        show,
        lambda exc: window.status.notify(lambda: ctx.message(exc)),
        owner=window,
    )


def open_correction(window: MainWindow) -> None:
    detail = window.detail.detail
    if detail is None or detail.case is None or not window.ctx.has_role("LEAD"):
        return
    from ui.dialogs.correction_dialog import CorrectionDialog

    dialog = CorrectionDialog(window.ctx, detail, window)  # type: ignore[arg-type]
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(window.ctx.orders_changed)
    window.correction_dialog = dialog  # tests and screenshots reach it here
    dialog.open()  # window-modal, without a nested event loop


def print_batch(window: MainWindow) -> None:
    """A lead's shift batch: every form of a range of days in one PDF, previewed, then printed."""
    if not window.ctx.has_role("LEAD"):
        return
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QCheckBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout

    ctx = window.ctx
    ask = QDialog(window)
    ask.setWindowTitle(QCoreApplication.translate("Actions", "Print a batch of forms"))
    form = QFormLayout(ask)
    from app.clock import today

    zone = getattr(ctx.settings, "timezone", "Asia/Shanghai") or "Asia/Shanghai"
    shift_day = QDate(today(zone))  # the store's day, not this PC's clock zone
    first, last = QDateEdit(shift_day), QDateEdit(shift_day)
    for edit in (first, last):
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumHeight(36)
    form.addRow(QCoreApplication.translate("Actions", "From"), first)
    form.addRow(QCoreApplication.translate("Actions", "To"), last)
    # a shift's file keeps approved and completed forms; the rest only when asked for
    every = QCheckBox(
        QCoreApplication.translate(
            "Actions", "Also forms still awaiting approval, rejected or closed"
        ),
        objectName="includeAll",
    )
    form.addRow(every)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(ask.accept)
    buttons.rejected.connect(ask.reject)
    form.addRow(buttons)
    window.batch_dialog = ask  # tests reach it here
    if ask.exec() != QDialog.DialogCode.Accepted:
        return
    day_from, day_to = first.date().toPython(), last.date().toPython()
    if day_to < day_from:
        day_from, day_to = day_to, day_from
    actor_id, include_all = ctx.user_id, every.isChecked()

    def render(session: Any) -> Any:
        from printing.batch import batch_pdf

        return batch_pdf(
            session, day_from, day_to, zone, training=ctx.training, include_all=include_all
        )

    def show(batch: Any) -> None:
        if batch is None:
            none = (
                QT_TRANSLATE_NOOP("Actions", "No application form was submitted from %1 to %2.")
                if include_all
                else QT_TRANSLATE_NOOP(
                    "Actions", "No approved or completed application from %1 to %2."
                )
            )
            window.status.notify(
                lambda: (
                    QCoreApplication.translate("Actions", none)
                    .replace("%1", str(day_from))
                    .replace("%2", str(day_to))
                )
            )
            return
        from ui.dialogs.print_preview import PrintPreviewDialog

        def record(session: Any, where: str) -> None:
            from app.models import User
            from app.workflow import get_case, record_print

            actor = session.get(User, actor_id)
            for case_id in batch.case_ids:
                record_print(session, get_case(session, case_id), actor, "form", where)

        title = (
            QCoreApplication.translate("Actions", "Forms %1 – %2")
            .replace("%1", str(day_from))
            .replace("%2", str(day_to))
        )
        dialog = PrintPreviewDialog(
            ctx, batch.pdf, title, f"forms-{day_from}-{day_to}.pdf", record, window
        )
        window.preview_dialog = dialog
        dialog.open()

    ctx.tasks.run_db(
        render, show, lambda exc: window.status.notify(lambda: ctx.message(exc)), owner=window
    )


def reconcile_terminal(window: MainWindow) -> None:
    """'核对终端流水': every sale the terminal has and the store lacks becomes a suspended order."""
    if not window.ctx.has_role("LEAD"):
        return
    ctx = window.ctx

    def run(_report: Any) -> tuple[int, list[str]]:
        from app.payments.card.store_terminal import configured_driver, reconcile_with_terminal

        driver = configured_driver(ctx.store, ctx.settings)
        try:
            return reconcile_with_terminal(ctx.store, driver, ctx.user_id)
        finally:
            driver.close()

    def done(result: tuple[int, list[str]]) -> None:
        count, created = result
        window.status.notify(
            lambda: (
                QCoreApplication.translate(
                    "Actions",
                    "Terminal journal: %1 sale(s); %2 without a store order, now suspended orders.",
                )
                .replace("%1", str(count))
                .replace("%2", str(len(created)))
            )
        )
        ctx.orders_changed.emit()

    ctx.tasks.run_device(
        run, done, lambda exc: window.status.notify(lambda: ctx.message(exc)), owner=window
    )


def close_terminal_batch(window: MainWindow) -> None:
    """Settle the terminal's batch (结算); the store's orders on it become settled."""
    if not window.ctx.has_role("LEAD"):
        return
    ctx = window.ctx
    answer = QMessageBox.question(
        window,
        QCoreApplication.translate("Actions", "Close the terminal's batch"),
        QCoreApplication.translate(
            "Actions",
            "Settle the terminal's batch now? Every suspended order on it becomes settled and can "
            "then only be refunded, no longer voided.",
        ),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return

    def run(_report: Any) -> int:
        from app.payments.card.store_terminal import close_terminal_batch as close
        from app.payments.card.store_terminal import configured_driver

        driver = configured_driver(ctx.store, ctx.settings)
        try:
            return close(ctx.store, driver, ctx.user_id)
        finally:
            driver.close()

    def done(count: int) -> None:
        window.status.notify(
            lambda: QCoreApplication.translate(
                "Actions", "Batch closed; %1 order(s) are now settled."
            ).replace("%1", str(count))
        )
        ctx.orders_changed.emit()

    ctx.tasks.run_device(
        run, done, lambda exc: window.status.notify(lambda: ctx.message(exc)), owner=window
    )
