"""A counter on a shared server that loses its link and gets it back, without a restart: the
status bar says 联机 / 脱机 (since when) and what works offline; an open wizard keeps what was
typed, its save is refused in words, and goes through once the link is back."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy.engine import make_url

from tests.link_proxy import LinkProxy
from tests.store.pg import URL, fresh_schema, keyring_url, needs_pg
from tests.ui.conftest import wait_idle
from tests.ui.test_wizard import (  # noqa: F401 (the fixture)
    _OPENED,
    open_dialog,
    press_next,
    type_into,
    verify_all,
    wizards_die_on_the_gui_thread,
)

pytestmark = needs_pg


@pytest.fixture
def shared(qapp: Any) -> Iterator[tuple[Any, LinkProxy, Any]]:
    """(ctx on a shared server through a proxy, the proxy, an order) with 张三 signed in."""
    from app.db import open_store
    from app.settings import load_settings
    from tests.core.helpers import make_order, seed_staff
    from ui import i18n
    from ui.context import AppContext, SignedInUser
    from ui.link_watch import LinkWatch

    fresh_schema()
    target = make_url(URL)
    proxy = LinkProxy(target.host or "127.0.0.1", target.port or 5432)
    store = open_store(proxy.url_for(keyring_url(URL)), migrate=False)
    i18n.install("zh_CN")
    ctx = AppContext(store, language="zh_CN")
    with store.transaction() as s:
        staff = seed_staff(s)
        order_id = make_order(s).id
        ctx.set_settings(load_settings(s))
        ctx.sign_in(SignedInUser(staff.cashier.id, staff.cashier.name, "CASHIER"))
    ctx.link = LinkWatch(store.url, ctx)
    ctx.link.start()
    yield ctx, proxy, order_id
    ctx.link.stop()
    ctx.tasks.shutdown(wait=True)
    store.dispose()
    proxy.close()


def test_offline_and_back_keeps_the_wizards_typing(qtbot: Any, shared: Any) -> None:
    from ui.status_bar import GuadanStatusBar

    ctx, proxy, order_id = shared
    bar = GuadanStatusBar(ctx)
    qtbot.addWidget(bar)
    ctx.link.changed.connect(bar.set_link_state)
    bar.set_link_state(ctx.link.status)
    qtbot.waitUntil(lambda: "联机" in bar.database_label.text(), timeout=10_000)
    assert bar.database_label.text() == "数据库：共享服务器 ● 联机"

    dialog = open_dialog(qtbot, ctx, order_id)
    verify_all(qtbot, dialog)
    page = dialog.contact_page
    type_into(qtbot, page.customer_phone, "13900001111")
    page.agreed.click()

    proxy.cut()
    qtbot.waitUntil(lambda: "脱机" in bar.database_label.text(), timeout=10_000)
    assert "起）" in bar.database_label.text()  # 脱机（15:02:07 起）
    assert bar.offline_label.isVisibleTo(bar)
    assert bar.offline_label.text() == "脱机：输入保留，联机后保存；不能审批或处理他台申请"

    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx, timeout=15_000)
    assert "与共享服务器的连接中断" in dialog.message.text()
    assert page.customer_phone.text() == "13900001111" and page.agreed.isChecked()
    assert dialog.index == 1  # still on step 2

    proxy.heal()
    qtbot.waitUntil(lambda: "联机" in bar.database_label.text(), timeout=10_000)
    assert not bar.offline_label.isVisibleTo(bar)
    press_next(qtbot, dialog)
    assert dialog.index == 2, dialog.message.text()
    assert dialog.snap.stage == "FORM"


def test_offline_with_a_local_copy_the_wizard_goes_on_and_the_queue_drains(
    qtbot: Any, shared: Any, tmp_path: Any
) -> None:
    """The counter's local copy (app.sync): offline, step 2 is saved there and step 3 opens;
    the status bar counts what waits; once the link is back the sender empties the queue."""
    from app.sync import attach_local
    from ui.status_bar import GuadanStatusBar
    from ui.sync_watch import SyncWatch

    ctx, proxy, order_id = shared
    sender = attach_local(ctx.store, path=tmp_path / "copy.sqlite3")
    sender.every = 0.5
    ctx.sync = SyncWatch(ctx.store, sender, ctx.link, ctx)
    ctx.sync.start()
    bar = GuadanStatusBar(ctx)
    qtbot.addWidget(bar)
    ctx.link.changed.connect(bar.set_link_state)
    ctx.sync.changed.connect(bar.set_sync_state)
    bar.set_link_state(ctx.link.status)
    qtbot.waitUntil(lambda: "联机" in bar.database_label.text(), timeout=10_000)
    dialog = open_dialog(qtbot, ctx, order_id)
    verify_all(qtbot, dialog)
    page = dialog.contact_page
    type_into(qtbot, page.customer_phone, "13900001111")
    page.agreed.click()
    try:
        proxy.cut()
        qtbot.waitUntil(lambda: "脱机" in bar.database_label.text(), timeout=10_000)
        assert bar.offline_label.text() == "本台申请可续办，不能审批"
        assert bar.offline_label.toolTip() == (
            "脱机：可继续本台申请（步骤1–3，已批准的步骤5）和打印；不能审批或处理他台申请"
        )
        press_next(qtbot, dialog)
        assert dialog.index == 2, dialog.message.text()  # step 3, offline
        qtbot.waitUntil(lambda: "待同步 1 条" in bar.database_label.text(), timeout=10_000)
        proxy.heal()
        qtbot.waitUntil(lambda: "待同步" not in bar.database_label.text(), timeout=15_000)
        assert "同步于" in bar.database_label.text() and "联机" in bar.database_label.text()
        with ctx.store.sessions() as s:
            from app.models import CancellationCase

            case = s.get_one(CancellationCase, dialog.snap.case_id)
            assert case.stage.value == "FORM" and case.customer_agreed
    finally:
        dialog.close()
        ctx.sync.stop()
        ctx.store.local.dispose()
