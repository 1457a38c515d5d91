"""The wizard and the order's lease: opening an order another counter works on says who has
it; closing the wizard frees the order for the next counter at once."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from tests.ui.conftest import sign_in_as, wait_idle
from tests.ui.test_session import pending_case
from tests.ui.test_wizard import (  # noqa: F401 (the fixture)
    _OPENED,
    add_order,
    open_dialog,
    wizards_die_on_the_gui_thread,
)
from ui.wizard import WizardDialog


def held_at_counter_2(ctx: Any, order_id: Any) -> None:
    from sqlalchemy import select

    from app import leases
    from app.models import User

    with ctx.store.transaction() as s:
        s.info.update(counter_id="counter-2", counter_label="2号收银台")
        leases.claim(s, order_id, s.scalars(select(User).where(User.name == "赵敏")).one())


def test_an_order_another_counter_holds_says_who(qtbot: Any, ctx: Any) -> None:
    sign_in_as(ctx, "张三")
    order_id = add_order(ctx)
    held_at_counter_2(ctx, order_id)
    dialog = WizardDialog(ctx, order_id)
    _OPENED.append(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: "2号收银台" in dialog.message.text(), timeout=5000)
    assert "正在由 2号收银台 处理（赵敏）" in dialog.message.text()
    assert dialog.snap is None  # nothing of the case is shown, nothing can be typed into


def test_closing_the_wizard_frees_the_order(qtbot: Any, ctx: Any) -> None:
    from app import leases

    sign_in_as(ctx, "张三")
    order_id = add_order(ctx)
    dialog = open_dialog(qtbot, ctx, order_id)
    with ctx.store.transaction() as s:
        holder = leases.holder(s, order_id)
        assert holder is not None and holder.user_name == "张三"
    dialog.save_and_close()
    wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: _free(ctx, order_id), timeout=5000)
    held_at_counter_2(ctx, order_id)  # the next counter takes it without waiting


def _free(ctx: Any, order_id: Any) -> bool:
    from app import leases

    with ctx.store.transaction() as s:
        return leases.holder(s, order_id) is None


class FakeLink(QObject):
    """ui.link_watch.LinkWatch's two signals, without a server."""

    changed = Signal(object)
    notice = Signal(object)


def test_a_decision_announced_by_the_server_shows_at_once(
    qtbot: Any, ctx: Any, monkeypatch: Any
) -> None:
    """No poll at all here: only the server's announcement brings the lead's decision."""
    from app import workflow
    from app.link import LinkStatus, Notice
    from app.server_roles import CASE_CHANNEL
    from tests.ui.conftest import PINS

    monkeypatch.setattr("ui.wizard.dialog.POLL_MS", 24 * 3600 * 1000)
    ctx.link = FakeLink()
    sign_in_as(ctx, "张三")
    order_id = pending_case(ctx)
    dialog = open_dialog(qtbot, ctx, order_id)
    case_id = dialog.snap.case_id
    assert dialog.snap.stage == "PENDING_APPROVAL"
    with ctx.store.transaction() as s:  # the lead, at another counter
        workflow.approve(s, workflow.get_case(s, case_id), "李四", PINS["李四"], "同意")
    ctx.link.notice.emit(Notice(CASE_CHANNEL, "some-other-case"))
    wait_idle(qtbot, ctx)
    assert dialog.snap.stage == "PENDING_APPROVAL"
    ctx.link.notice.emit(Notice(CASE_CHANNEL, str(case_id)))
    qtbot.waitUntil(lambda: dialog.snap.stage == "APPROVED", timeout=5000)
    # and after the link comes back (announcements made meanwhile are lost): a re-read
    with ctx.store.transaction() as s:
        workflow.withdraw_approval(s, workflow.get_case(s, case_id), "李四", PINS["李四"], "再看看")
    from app.clock import utcnow

    ctx.link.changed.emit(LinkStatus(online=True, since=utcnow()))
    qtbot.waitUntil(lambda: dialog.snap.stage != "APPROVED", timeout=5000)
