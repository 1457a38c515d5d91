"""Starting the app: QApplication, font, translators, the store (opened off the GUI thread),
first run, sign-in, then the main window. `guadan` with no arguments lands in `run()`."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from ui import i18n
from ui.context import AppContext
from ui.fonts import install_app_font
from ui.qt_compat import protect_singletons, skip_source_scan

protect_singletons()  # before any Qt call: see ui/qt_compat.py
skip_source_scan()  # before SQLAlchemy and the models load: see ui/qt_compat.py
# Qt's raster engine splits a fill over a thread pool and waits for it: on the counter's two
# busy cores the GUI thread sat in that wait for a fifth of every scroll (py-spy --native:
# QScrollBar::paintEvent > fillRect > QLatch::waitInternal). Our fills are small.
os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class OpenedStore:
    store: Any  # app.db.Store
    set_up: bool
    settings: Any  # app.settings.StoreSettings
    merchant_name: str
    counter_name: str
    audit: Any = None  # app.audit.ChainReport of the start-up check
    sender: Any = None  # app.sync.Sender: a shared server's outbox (its local copy attached)


def open_and_inspect(url: str | None, *, training: bool = False, demo: bool = False) -> OpenedStore:
    """Runs on the database worker: open (and migrate) the store; a training or demo store is
    seeded with the demo data the first time."""
    from app.db import open_store
    from app.settings import load_settings
    from app.setup import current_merchant, current_terminal, store_is_set_up

    store = open_store(url, training=training, demo=demo)
    if training or demo:
        from app.demo import create_demo

        create_demo(store)  # the first time only: the demo store and its terminal's journal
        from app.payments.qr.demo import start_providers

        start_providers(store)  # the demo's 支付宝 and 微信支付: simulators on loopback
    sender = None
    if store.is_shared_server:
        from app.sync import attach_local

        sender = attach_local(store)  # this counter's local copy, where it works offline
    from app.audit import startup_check

    audit = startup_check(store).report  # every start: the chains against their checkpoints
    with store.transaction() as session:
        set_up = store_is_set_up(session)
        settings = load_settings(session)
        merchant = current_merchant(session)
        terminal = current_terminal(session)
        name = (merchant.store_name or merchant.name) if merchant else ""
        counter = terminal.counter if terminal else ""
    return OpenedStore(store, set_up, settings, name, counter, audit, sender)


def show_painted(widget: QWidget, timeout_ms: int = 500) -> None:
    """Show `widget` and return once it has painted (at most `timeout_ms` later). The splash
    goes first: what follows (the database worker importing SQLAlchemy and the models) holds
    the interpreter, and a splash queued behind it paints only once that is done."""
    loop = QEventLoop()

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, loop.quit)
            return False

    watch = Painted()
    widget.installEventFilter(watch)
    QTimer.singleShot(timeout_ms, loop.quit)
    widget.show()
    loop.exec()
    widget.removeEventFilter(watch)


def wait_for(ctx: AppContext, fn: Any, splash: QLabel | None = None) -> Any:
    """Run `fn()` on the database worker while the GUI keeps painting; return or raise its result."""
    loop = QEventLoop()
    outcome: dict[str, Any] = {}

    def ok(value: Any) -> None:
        outcome["value"] = value
        loop.quit()

    def failed(exc: BaseException) -> None:
        outcome["error"] = exc
        loop.quit()

    ctx.tasks.run_call(fn, ok, failed)
    if not outcome:
        loop.exec()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def apply_opened(ctx: AppContext, opened: OpenedStore, language_forced: bool) -> None:
    ctx.set_store(opened.store)
    if opened.store.is_shared_server and ctx.link is None:
        from ui.link_watch import LinkWatch

        ctx.link = LinkWatch(opened.store.url, ctx)
        if opened.sender is not None:
            from ui.sync_watch import SyncWatch

            ctx.sync = SyncWatch(opened.store, opened.sender, ctx.link, ctx)
            ctx.sync.start()
        ctx.link.start()
    ctx.merchant_name = opened.merchant_name
    ctx.counter_name = opened.counter_name
    ctx.set_settings(opened.settings)
    if not language_forced and opened.settings.language != ctx.language:
        ctx.set_language(opened.settings.language)


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("guadan")
    app.setOrganizationName("guadan")
    install_app_font(app)
    from ui.collector import GuiCollector

    if not isinstance(getattr(app, "collector", None), GuiCollector):
        app.collector = GuiCollector(app)  # type: ignore[attr-defined]
    return app


STORE_NOT_READY = 2  # the sign-in closed because the store needs the first run, or failed


def first_run(
    ctx: AppContext, opened: OpenedStore, db_url: str | None, training: bool, splash: QWidget
) -> OpenedStore | None:
    """A store with nothing set up: the first-run dialog, then the store reopened (the demo's,
    or the one just set up). None: the person closed the dialog."""
    from ui.dialogs.first_run import CHOICE_DEMO, FirstRunDialog

    ctx.set_store(opened.store)
    first = FirstRunDialog(ctx)
    if first.exec() != FirstRunDialog.DialogCode.Accepted:
        return None
    if first.choice == CHOICE_DEMO:
        ctx.demo = True
        splash.show()
        opened = wait_for(ctx, lambda: open_and_inspect(None, demo=True))
    else:
        opened = wait_for(ctx, lambda: open_and_inspect(db_url, training=training))
    splash.hide()
    return opened


def run(db_url: str | None, training: bool, lang: str | None, demo: bool = False) -> int:
    """`demo`: the demo store in its own database (seeded on first run), labelled 演示."""
    app = make_app()
    language = lang or "zh_CN"
    i18n.install(language)
    ctx = AppContext(language=language, training=training)
    ctx.demo = demo and not training
    splash = QLabel(
        QApplication.translate("Startup", "Opening the database…"),
        alignment=Qt.AlignmentFlag.AlignCenter,
    )
    splash.setWindowTitle("guadan")
    splash.setFixedSize(360, 120)
    show_painted(splash)
    from app import keyring_backend

    keyring_backend.choose_in_background()  # beside the store's opening (app/keyring_backend.py)
    from ui.dialogs.signin import SignInDialog

    # The sign-in shows while the store opens (SQLAlchemy, the models, the migrations check and
    # the audit check take a second or more on the database worker): the cashier types the PIN
    # meanwhile, and the PIN is checked once the store is open.
    signin = SignInDialog(ctx)
    outcome: dict[str, Any] = {}

    def arrived(key: str, value: Any) -> None:
        outcome[key] = value
        if key == "value" and value.set_up:
            try:
                apply_opened(ctx, value, language_forced=lang is not None)
            except Exception as exc:  # noqa: BLE001 (shown in words below, as any failure)
                outcome["error"] = exc
            else:
                signin.store_ready()
                return
        signin.done(STORE_NOT_READY)  # a first run or a failure: dealt with below

    ctx.tasks.run_call(
        lambda: open_and_inspect(None if ctx.demo else db_url, training=training, demo=ctx.demo),
        lambda value: arrived("value", value),
        lambda exc: arrived("error", exc),
    )
    QTimer.singleShot(0, splash.hide)  # once the sign-in is up: no moment without a window
    answer = signin.exec()
    try:
        if "error" in outcome:
            raise outcome["error"]
        if "value" not in outcome:  # the sign-in was cancelled before the store opened
            ctx.tasks.shutdown(wait=False)
            return 0
        opened: OpenedStore = outcome["value"]
        if not opened.set_up:
            set_up = first_run(ctx, opened, db_url, training, splash)
            if set_up is None:
                return 0
            opened = set_up
            apply_opened(ctx, opened, language_forced=lang is not None)
            signin = SignInDialog(ctx)
            answer = signin.exec()
    except Exception as exc:  # a database that cannot be opened: say so, in words
        log.exception("cannot open the database")
        splash.hide()
        signin.hide()
        QMessageBox.critical(
            None,
            "guadan",
            QApplication.translate("Startup", "The database cannot be opened:\n%1").replace(
                "%1", ctx.message(exc)
            ),
        )
        return 1
    if answer != SignInDialog.DialogCode.Accepted:
        ctx.tasks.shutdown(wait=False)
        return 0
    from ui.audit_alert import show_audit_alert

    show_audit_alert(None, ctx, opened.audit)
    from ui.main_window import MainWindow

    window = MainWindow(ctx)
    window.resize(1024, 768)
    window.show()
    # once the first page is on screen, the start-up graph is frozen (ui/collector.py)
    window.model.reloaded.connect(
        app.collector.freeze_start_up,  # type: ignore[attr-defined]
        Qt.ConnectionType.SingleShotConnection,
    )
    window.start()
    code = app.exec()
    if ctx.link is not None:
        ctx.link.stop()
    if ctx.sync is not None:
        ctx.sync.stop()
    ctx.tasks.shutdown(wait=True)
    return code


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="guadan-ui")
    parser.add_argument("--db")
    parser.add_argument("--training", action="store_true")
    parser.add_argument("--demo", action="store_true")
    parser.add_argument("--lang", choices=i18n.LANGUAGES)
    args = parser.parse_args(argv)
    return run(args.db, args.training, args.lang, args.demo)


if __name__ == "__main__":
    sys.exit(main())
