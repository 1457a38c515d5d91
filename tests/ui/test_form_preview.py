"""Step 3's live preview (issue 14): rendered from what the fields show as soon as the step
opens (not a blank saved form until the first edit), with zoom — fit width, 100 %, −, +."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from tests.ui.conftest import sign_in_as, wait_idle
from tests.ui.test_wizard import (  # noqa: F401 (the autouse fixture applies here too)
    add_order,
    contact_agreed,
    open_dialog,
    verify_all,
    wizards_die_on_the_gui_thread,
)


def test_the_preview_shows_the_fields_on_open_and_zooms(qtbot: Any, ctx: Any) -> None:
    from PySide6.QtPdfWidgets import QPdfView

    sign_in_as(ctx, "张三")
    dialog = open_dialog(qtbot, ctx, add_order(ctx))
    verify_all(qtbot, dialog)
    contact_agreed(qtbot, dialog)
    preview = dialog.form_page.preview
    qtbot.waitUntil(lambda: preview.renders >= 1, timeout=5000)
    wait_idle(qtbot, ctx)
    assert preview._draft is not None  # rendered from the fields, before any edit
    assert preview._draft["applicant_name"] == "张三"
    assert (
        preview._draft["reason_summary"] == dialog.form_page.inputs["reason_summary"].toPlainText()
    )

    view = preview.view
    assert view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    qtbot.mouseClick(preview.zoom_buttons["actual"], Qt.MouseButton.LeftButton)
    assert view.zoomMode() == QPdfView.ZoomMode.Custom and view.zoomFactor() == 1.0
    qtbot.mouseClick(preview.zoom_buttons["in"], Qt.MouseButton.LeftButton)
    assert view.zoomFactor() == 1.25
    qtbot.mouseClick(preview.zoom_buttons["out"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(preview.zoom_buttons["out"], Qt.MouseButton.LeftButton)
    assert view.zoomFactor() == 0.8
    qtbot.mouseClick(preview.zoom_buttons["fit"], Qt.MouseButton.LeftButton)
    assert view.zoomMode() == QPdfView.ZoomMode.FitToWidth


def test_a_voids_amount_looks_read_only_and_says_why(qtbot: Any, ctx: Any) -> None:
    sign_in_as(ctx, "张三")
    dialog = open_dialog(qtbot, ctx, add_order(ctx))
    verify_all(qtbot, dialog)
    contact_agreed(qtbot, dialog)
    amount = dialog.form_page.inputs["amount"]
    assert dialog.snap.route == "VOID" and amount.isReadOnly()
    assert "background" in amount.styleSheet()
    assert amount.toolTip() == "撤销只能是原交易全额"  # and says why
