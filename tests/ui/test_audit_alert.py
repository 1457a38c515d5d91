"""The start-up check's alarm: a chain that does not hold is shown at once — the finding to a
lead, "tell a lead" to a cashier — and an intact one shows nothing."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import text

from tests.ui.conftest import sign_in_as


def _shown_text(ctx: Any, report: Any) -> str | None:
    from ui.audit_alert import show_audit_alert

    seen: dict[str, str] = {}

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen["text"] = box.text()
            box.accept()

    if not report.ok:
        QTimer.singleShot(200, read_and_close)
    shown = show_audit_alert(None, ctx, report)
    return seen.get("text") if shown else None


def test_a_broken_chain_is_shown_at_start_up(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.main import open_and_inspect

    opened = open_and_inspect(ctx.store.url)
    assert opened.audit.ok  # the seeded store's chain holds; the start-up check sealed it
    sign_in_as(ctx, "李四")
    assert _shown_text(ctx, opened.audit) is None
    with ctx.store.engine.begin() as c:
        c.execute(text("DELETE FROM audit_events WHERE counter_seq > 2"))
    opened.store.dispose()
    broken = open_and_inspect(ctx.store.url)
    assert not broken.audit.ok
    lead_sees = _shown_text(ctx, broken.audit)
    assert lead_sees is not None and "审计链被破坏" in lead_sees and "截断" in lead_sees
    sign_in_as(ctx, "张三")
    cashier_sees = _shown_text(ctx, broken.audit)
    assert cashier_sees is not None and "通知值班主管" in cashier_sees
    broken.store.dispose()
