"""`guadan --self-check`: the whole chain once, headless, on a throw-away store.

Run after installing or bundling: a fresh database migrated by Alembic, the demo store, one
case through all five steps voided on the simulator, one application form PDF, and (when Qt
imports) an offscreen window with the bundled font. It proves the files a bundle must carry
(migrations, font, translations, Qt plugins) are really there. Each step prints one line;
the exit code is 0 only when every step passed.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

Step = Callable[[], str]


class SelfCheckFailed(Exception):
    """A step ran but its result is wrong (as opposed to raising on its own)."""


def _isolate(home: Path) -> None:
    """Everything the chain writes goes under `home`, never into the store's real data."""
    os.environ["GUADAN_HOME"] = str(home)
    os.environ.pop("GUADAN_DB", None)
    # The phone key must not land in the user's real keyring under a temporary name, so the
    # check uses the key-file fallback; `guadan doctor` is what reports the real keyring.
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]
    from app.logs import setup_logging

    setup_logging()  # the chain's warnings go to the temporary log, not to the screen


class Chain:
    """The steps share one store and one case; each method is one printed line."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.store: Any = None
        self.demo: Any = None
        self.case_id: Any = None

    def database(self) -> str:
        from app.db import current_revision, head_revision, open_store

        self.store = open_store(None)
        current = current_revision(self.store.engine)
        if current != head_revision(self.store.engine):
            raise SelfCheckFailed(f"schema at {current}, not at the latest revision")
        return f"{self.store.url} migrated to {current}"

    def demo_data(self) -> str:
        from app.demo import create_demo

        self.demo = create_demo(self.store, orders=120)
        if self.demo is None:
            raise SelfCheckFailed("the fresh database was not empty")
        return "demo store with 120 suspended orders"

    def five_steps(self) -> str:
        from sqlalchemy import select

        from app import workflow
        from app.demo import DEMO_USERS
        from app.models import Channel, ContactReason, OrderStatus, SuspendedOrder

        demo = self.demo
        with self.store.transaction() as s:
            order = (
                s.execute(
                    select(SuspendedOrder)
                    .where(
                        SuspendedOrder.status == OrderStatus.OPEN,
                        SuspendedOrder.settled.is_(False),
                        SuspendedOrder.success_notified.is_(False),
                        SuspendedOrder.amount_fen < 500_000,  # below the ADMIN threshold
                    )
                    .order_by(SuspendedOrder.order_no)
                )
                .scalars()
                .first()
            )
            if order is None:
                raise SelfCheckFailed("the demo has no voidable order")
            case = workflow.open_case(s, order.id, demo.cashier)
            route = workflow.verify(
                s, case, demo.cashier, dict.fromkeys(workflow.VERIFY_FIELDS, True)
            )
            contact = workflow.ContactInput(
                channel=Channel.IN_PERSON,
                reason=ContactReason.NETWORK,
                explanation="自检：网络中断，收银未收到结果。",
                guidance="下次请等待确认后离开。",
                customer_agreed=True,
                customer_phone="13912345678",  # exercises the phone encryption
            )
            workflow.record_contact(s, case, demo.cashier, contact)
            workflow.fill_form(s, case, demo.cashier, workflow.form_defaults(s, case, demo.cashier))
            workflow.submit(s, case, demo.cashier)
            workflow.approve(s, case, demo.lead.name, DEMO_USERS["李四"][1])
            self.case_id = case.id
            return f"case {case.case_no} on order {order.order_no}: route {route.route}, approved"

    def execute(self) -> str:
        from app.payments.card.store_terminal import configured_driver
        from app.settings import load_settings
        from app.workflow import execute

        with self.store.transaction() as s:
            settings = load_settings(s)
        driver = configured_driver(self.store, settings)
        try:
            outcome = execute(self.store, self.case_id, self.demo.cashier.id, driver)
        finally:
            driver.close()
        if outcome.response_code != "00":
            raise SelfCheckFailed(f"terminal answered {outcome.response_code}")
        return f"voided on {driver.name}: code 00, operation {outcome.operation_no}"

    def pdf(self) -> str:
        from app import workflow
        from printing.application_form import render_form
        from printing.form_view import form_view_from_case

        with self.store.transaction() as s:
            view = form_view_from_case(workflow.get_case(s, self.case_id))
        data = render_form(view)
        # reportlab embeds the used glyphs as a FontFile2 subset named after the font.
        if not data.startswith(b"%PDF-") or b"MicroHei" not in data or b"/FontFile2" not in data:
            raise SelfCheckFailed("the PDF is not a PDF with the embedded CJK font")
        target = self.workdir / "form.pdf"
        target.write_bytes(data)
        return f"application form, {len(data) // 1024} KiB, font embedded"

    def window(self) -> str:
        return render_offscreen(self.workdir / "window.png")

    def preview(self) -> str:
        return render_pdf_preview(self.workdir / "form.pdf")

    def close(self) -> None:
        if self.store is not None:
            self.store.dispose()  # Windows cannot delete an open SQLite file


def render_offscreen(target: Path) -> str:
    """A QApplication on the offscreen platform, our font and translators, one widget grabbed."""
    try:
        import PySide6  # noqa: F401
    except ImportError:
        return "skipped: PySide6 is not installed (the command line works without it)"
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

    from ui import i18n
    from ui.fonts import install_app_font

    # -platform: headless even when a display is there, so it runs the same on CI and at a till
    from ui.qt_compat import protect_singletons

    protect_singletons()
    app = QApplication.instance() or QApplication(["guadan", "-platform", "offscreen"])
    assert isinstance(app, QApplication)
    family = install_app_font(app)
    if family is None:
        raise SelfCheckFailed("the bundled font did not load")
    if not QFontMetrics(app.font()).inFont("撤"):
        raise SelfCheckFailed(f"{family} has no glyph for 撤")
    i18n.install("zh_CN")
    widget = QWidget()
    layout = QVBoxLayout(widget)
    layout.addWidget(QLabel("挂单撤销 · 自检 ¥128.00"))
    # A stock button box shows whether Qt's own zh_CN translation loaded (OK → 确定).
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    layout.addWidget(buttons)
    widget.resize(320, 100)
    image = widget.grab().toImage()
    background = image.pixelColor(0, 0)
    inked = any(
        image.pixelColor(x, y) != background
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
    )
    if image.isNull() or not inked:
        raise SelfCheckFailed("the widget rendered to an empty image")
    image.save(str(target))
    ok_text = buttons.button(QDialogButtonBox.StandardButton.Ok).text()
    if ok_text.replace("&", "") == "OK":
        raise SelfCheckFailed("Qt's own zh_CN translation (qtbase_zh_CN.qm) did not load")
    widget.deleteLater()
    return (
        f"{app.platformName()} platform, font {family}, {image.width()}x{image.height()} "
        f"image, stock button reads {ok_text!r}"
    )


def render_pdf_preview(pdf: Path) -> str:
    """The wizard's live preview path: QtPdf opens the form and renders its first page."""
    try:
        from PySide6.QtCore import QSize
        from PySide6.QtPdf import QPdfDocument
    except ImportError:
        return "skipped: QtPdf is not installed (PySide6-Pdf): no print preview"
    if not pdf.exists():
        raise SelfCheckFailed("no PDF to preview (the PDF step failed)")
    document = QPdfDocument()
    error = document.load(str(pdf))
    if error != QPdfDocument.Error.None_ or document.pageCount() < 1:
        raise SelfCheckFailed(f"QtPdf could not open the form: {error}")
    image = document.render(0, QSize(420, 594))
    if image.isNull():
        raise SelfCheckFailed("QtPdf rendered an empty page")
    return f"{document.pageCount()} page(s), first page rendered {image.width()}x{image.height()}"


def _run_step(title: str, step: Step) -> bool:
    started = time.perf_counter()
    try:
        detail = step()
    except Exception as exc:  # any failure is this step's verdict; the rest still runs
        elapsed = time.perf_counter() - started
        print(f"[FAIL] {title} ({elapsed:.2f} s): {type(exc).__name__}: {exc}", flush=True)
        if not isinstance(exc, SelfCheckFailed):
            traceback.print_exc(limit=4, file=sys.stdout)
        return False
    print(f"[ ok ] {title} ({time.perf_counter() - started:.2f} s): {detail}", flush=True)
    return True


def run_self_check() -> int:
    """0 when the chain worked end to end, 1 otherwise."""
    from app import __version__

    print(f"guadan {__version__} self-check (Python {sys.version.split()[0]})", flush=True)
    saved = {key: os.environ.get(key) for key in ("GUADAN_HOME", "GUADAN_DB")}
    started = time.perf_counter()
    # ignore_cleanup_errors: on Windows a log handler may still hold its file open
    with tempfile.TemporaryDirectory(prefix="guadan-selfcheck-", ignore_cleanup_errors=True) as tmp:
        workdir = Path(tmp)
        _isolate(workdir / "home")
        chain = Chain(workdir)
        steps: list[tuple[str, Step]] = [
            ("database", chain.database),
            ("demo data", chain.demo_data),
            ("steps 1-4", chain.five_steps),
            ("step 5", chain.execute),
            ("PDF", chain.pdf),
            ("window", chain.window),
            ("preview", chain.preview),
        ]
        ok = True
        try:
            for title, step in steps:
                # A broken database makes every later step fail for the same reason: stop there.
                if not _run_step(title, step):
                    ok = False
                    if title in ("database", "demo data", "steps 1-4"):
                        break
        finally:
            chain.close()
            from app.logs import reset_for_tests

            reset_for_tests()  # closes the log file inside the temporary dir
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value
    verdict = "passed" if ok else "FAILED"
    print(f"self-check {verdict} in {time.perf_counter() - started:.1f} s", flush=True)
    return 0 if ok else 1
