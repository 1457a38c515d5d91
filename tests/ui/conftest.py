"""UI test set-up: offscreen Qt (the root conftest also gives a memory keyring and a temporary
GUADAN_HOME), and a fresh copy of a seeded SQLite store per test.

The seeded store is built once per session (migrations and scrypt PIN hashes are slow) and
copied for each test, so every test still gets its own database.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402

from ui.qt_compat import protect_singletons, skip_source_scan  # noqa: E402

protect_singletons()  # the PySide6 6.12 / Python 3.11 work-around, before any Qt call
skip_source_scan()  # as the app: PySide6 does not read every later module's source


@pytest.fixture(autouse=True)
def collect_on_the_gui_thread() -> Iterator[None]:
    """As the app does (ui.qt_compat): no automatic collection, which could run on a worker
    thread and free a widget there; collect on this (the GUI) thread after each test.

    What survives that collection is the session's (modules, fixtures, caches) and is frozen
    (`gc.freeze()`, as the app freezes its start-up graph): without it every test's collection
    walks everything all earlier tests left alive — seconds a test late in a full run."""
    import gc

    gc.disable()
    yield
    gc.collect()
    gc.freeze()
    gc.enable()


@pytest.fixture(autouse=True)
def buttons_settle_at_once() -> Iterator[None]:
    """Tests press buttons faster than a hand: the wizard's guard against the second click
    of a double-click (ui.wizard.common.SteadyButton) is off, except where a test puts the
    platform's interval back to check that guard."""
    from ui.wizard.common import SteadyButton

    SteadyButton.settle_ms = 0
    yield
    SteadyButton.settle_ms = None


PINS = {"张三": "111111", "李四": "222222", "王芳": "333333", "赵敏": "444444"}
ROLES = {"张三": "CASHIER", "李四": "LEAD", "王芳": "ADMIN", "赵敏": "CASHIER"}
MERCHANT_NO = "898310048161234"
N_ORDERS = 250
SPECIAL_ORDER_NO = "ZX20261127001"  # card …4321, ¥128.00, DEBIT, PROMOTION


def _seed(path: Path) -> None:
    from sqlalchemy import insert

    from app.clock import utcnow
    from app.db import open_store
    from app.models import Cause, Funding, OrderStatus, Role, SuspendedOrder, TxnType
    from app.setup import StoreSetup, set_up_store
    from app.users import create_user, find_user

    store = open_store(f"sqlite:///{path}")
    with store.transaction() as s:
        set_up_store(
            s,
            StoreSetup(
                merchant_name="测试便利店",
                merchant_no=MERCHANT_NO,
                terminal_no="12345678",
                admin_name="王芳",
                admin_pin=PINS["王芳"],
                lead_name="李四",
                lead_pin=PINS["李四"],
                store_name="测试便利店",
                demo=True,  # the demo's documented PINs (111111 …)
            ),
        )
        admin = find_user(s, "王芳")
        create_user(s, "张三", Role.CASHIER, PINS["张三"], admin, demo=True)
        create_user(s, "赵敏", Role.CASHIER, PINS["赵敏"], admin, demo=True)
    now = utcnow()
    rows: list[dict[str, Any]] = []
    for i in range(N_ORDERS):
        funding = (Funding.CREDIT, Funding.DEBIT, Funding.QR)[i % 3]
        last4 = f"{(i * 37) % 10000:04d}".replace("4321", "4320")
        card = None if funding is Funding.QR else f"622588******{last4}"
        rows.append(
            {
                "id": uuid.uuid4(),
                "order_no": f"T{i:06d}",
                "merchant_no": MERCHANT_NO,
                "terminal_no": "12345678",
                "occurred_at": now - dt.timedelta(hours=i + 1),
                "location": "测试便利店 1号收银台",
                "amount_fen": 1000 + i * 100 + 7,  # never ¥128.00
                "txn_type": TxnType.QR if funding is Funding.QR else TxnType.SALE,
                "funding": funding,
                "card_masked": card,
                "card_last4": card[-4:] if card else None,
                "cause": Cause.NETWORK if i % 2 else Cause.SYSTEM_ERROR,
                "status": OrderStatus.OPEN if i % 5 else OrderStatus.CANCELLED,
                "cashier": "张三",
                "created_at": now,
                "version": 1,
                "trace_no": f"{i:06d}",
                "rrn": f"{i:012d}",
                "batch_no": "000001",
                "auth_code": "A1B2C3",
                "operation_no": f"{i:06d}",
                "settled": False,
                "success_notified": False,
                "refunded_fen": 0,
                "source": "IMPORT",
            }
        )
    rows.append(
        dict(
            rows[0],
            id=uuid.uuid4(),
            order_no=SPECIAL_ORDER_NO,
            occurred_at=now - dt.timedelta(minutes=5),
            amount_fen=12_800,
            funding=Funding.DEBIT,
            txn_type=TxnType.SALE,
            card_masked="622848******4321",
            card_last4="4321",
            cause=Cause.PROMOTION,
            status=OrderStatus.OPEN,
        )
    )
    with store.engine.begin() as conn:
        conn.execute(insert(SuspendedOrder), rows)
    store.dispose()


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("template-home")
    old = os.environ.get("GUADAN_HOME")
    os.environ["GUADAN_HOME"] = str(home)
    try:
        path = home / "template.sqlite3"
        _seed(path)
    finally:
        if old is None:
            os.environ.pop("GUADAN_HOME", None)
        else:
            os.environ["GUADAN_HOME"] = old
    return path


@pytest.fixture
def ui_store(seeded_template: Path, tmp_path: Path) -> Iterator[Any]:
    from app.db import open_store

    path = tmp_path / f"ui-{uuid.uuid4().hex[:8]}.sqlite3"
    shutil.copy(seeded_template, path)
    store = open_store(f"sqlite:///{path}", migrate=False)
    yield store
    store.dispose()


@pytest.fixture
def ctx(qapp: Any, ui_store: Any) -> Iterator[Any]:
    from app.settings import load_settings
    from ui import i18n
    from ui.context import AppContext

    i18n.install("zh_CN")
    context = AppContext(ui_store, language="zh_CN")
    with ui_store.transaction() as s:
        context.set_settings(load_settings(s))
    context.merchant_name = "测试便利店"
    yield context
    context.tasks.shutdown(wait=True)
    i18n.install("zh_CN")


def sign_in_as(ctx: Any, name: str) -> None:
    from app.users import find_user
    from ui.context import SignedInUser

    with ctx.store.transaction() as s:
        user = find_user(s, name)
        ctx.sign_in(SignedInUser(user.id, user.name, user.role.value))


@pytest.fixture
def make_window(ctx: Any, qtbot: Any, monkeypatch: Any) -> Any:
    """make_window("李四") → a shown MainWindow signed in as that user, first page loaded and
    its start-up polls begun."""
    from ui.main_window import MainWindow

    monkeypatch.setattr("ui.main_window.POLLS_QUIET_MS", 50)  # no input for that long: begin

    def make(name: str = "张三") -> Any:
        sign_in_as(ctx, name)
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.resize(1024, 768)
        window.show()
        window.start()
        qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=5000)
        # the polls, the reconciliation and the QR retries, as the window starts them after the
        # first page (ui/main_window.py: once nobody types; POLLS_QUIET_MS is short here)
        qtbot.waitUntil(
            lambda: window.polls_started and hasattr(window, "qr_retry"), timeout=5000
        )  # the QR retries begin once the reconciliation is done
        return window

    return make


def wait_idle(qtbot: Any, ctx: Any, timeout: int = 5000) -> None:
    qtbot.waitUntil(lambda: ctx.tasks.idle, timeout=timeout)


def type_text(qtbot: Any, widget: Any, text: str) -> None:
    """Type like a user: keystrokes for ASCII, an input-method commit for Chinese (QTest's
    keyClicks only knows ASCII keys)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QInputMethodEvent

    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QCoreApplication.sendEvent(widget, event)
