"""Step 2 as the cashier sees it: the texts and the consent follow the route (撤销 / 退货) and
the order's cause; nothing is pre-chosen where the cause says nothing; 电话 needs a phone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from tests.ui.conftest import sign_in_as, wait_idle
from tests.ui.test_wizard import (  # noqa: F401 (the autouse fixture applies here too)
    add_order,
    contact_agreed,
    open_dialog,
    press_next,
    type_into,
    verify_all,
    wizards_die_on_the_gui_thread,
)


def test_a_refund_gets_the_refund_script_not_the_void_one(qtbot: Any, ctx: Any) -> None:
    sign_in_as(ctx, "张三")
    dialog = open_dialog(qtbot, ctx, add_order(ctx, settled=True, cause="NETWORK"))
    verify_all(qtbot, dialog)
    assert "退货" in dialog.subheading.text()
    page = dialog.contact_page
    explanation = page.explanation.toPlainText()
    assert "退货" in explanation and "7 个工作日" in explanation and "原卡" in explanation
    assert "不会扣收" not in explanation and "撤销" not in explanation
    assert "退货" in page.agreed.text() and "7 个工作日" in page.agreed.text()
    assert "撤销" not in page.agreed.text()


def test_the_void_script_and_the_working_days_setting(qtbot: Any, ctx: Any) -> None:
    import dataclasses

    sign_in_as(ctx, "张三")
    dialog = open_dialog(qtbot, ctx, add_order(ctx))
    verify_all(qtbot, dialog)
    page = dialog.contact_page
    assert page.agreed.text() == "顾客同意撤销此笔交易，款项不会扣收"
    assert "不会扣收" in page.explanation.toPlainText()

    ctx.set_settings(dataclasses.replace(ctx.settings, refund_working_days=3))
    refund = open_dialog(qtbot, ctx, add_order(ctx, settled=True))
    verify_all(qtbot, refund)
    assert "3 个工作日" in refund.contact_page.agreed.text()
    assert "3 个工作日" in refund.contact_page.explanation.toPlainText()


def test_no_reason_is_chosen_where_the_cause_maps_to_none(qtbot: Any, ctx: Any) -> None:
    sign_in_as(ctx, "张三")
    dialog = open_dialog(qtbot, ctx, add_order(ctx, cause="PROMOTION"))
    verify_all(qtbot, dialog)
    page = dialog.contact_page
    assert page.reason.currentData() is None  # not 密码错误
    assert page.reason.currentText() != "密码错误"
    assert page.explanation.toPlainText() == ""
    page.agreed.click()
    press_next(qtbot, dialog)
    assert dialog.index == 1
    assert "请选择沟通原因" in page.errors["reason"].text()
    assert page.errors["reason"].isVisible()
    page.reason.setCurrentIndex(page.reason.findData("CUSTOMER_CANCEL"))
    assert "取消本次购买" in page.explanation.toPlainText()  # the chosen reason's text
    press_next(qtbot, dialog)
    assert dialog.index == 2


def test_the_order_cause_pre_chooses_the_reason(qtbot: Any, ctx: Any) -> None:
    sign_in_as(ctx, "张三")
    dialog = open_dialog(qtbot, ctx, add_order(ctx, cause="OPERATOR_ERROR"))
    verify_all(qtbot, dialog)
    assert dialog.contact_page.reason.currentData() == "OPERATOR_ERROR"


def test_by_phone_the_phone_is_required(qtbot: Any, ctx: Any) -> None:
    sign_in_as(ctx, "张三")
    dialog = open_dialog(qtbot, ctx, add_order(ctx))
    verify_all(qtbot, dialog)
    page = dialog.contact_page
    page.channel.setCurrentIndex(page.channel.findData("PHONE"))
    page.channel.activated.emit(page.channel.currentIndex())
    assert "*" in page.labels["customer_phone"].text()
    page.agreed.click()
    press_next(qtbot, dialog)
    assert dialog.index == 1
    assert page.errors["customer_phone"].isVisible()
    assert "电话" in page.errors["customer_phone"].text()
    type_into(qtbot, page.customer_phone, "13900001111")
    press_next(qtbot, dialog)
    assert dialog.index == 2


def test_english_ui_says_the_form_prints_in_chinese(qtbot: Any, ctx: Any) -> None:
    sign_in_as(ctx, "张三")
    dialog = open_dialog(qtbot, ctx, add_order(ctx))
    verify_all(qtbot, dialog)
    page = dialog.contact_page
    assert not page.english_box.isVisibleTo(page)
    ctx.set_language("en")
    qtbot.waitUntil(lambda: page.english_box.isVisibleTo(page), timeout=3000)
    assert "always printed in Chinese" in page.english_label.text()
    assert "printed exactly as typed" in page.english_label.text()
    assert "void" in page.agreed.text()
    # the suggested texts go on the Chinese form as typed: they are Chinese in English too
    page.reason.setCurrentIndex(page.reason.findData("CUSTOMER_CANCEL"))
    assert "取消本次购买" in page.explanation.toPlainText()
    assert not page.explanation.toPlainText().isascii()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    wait_idle(qtbot, ctx)


def test_the_printed_form_carries_the_route_s_consent(qtbot: Any, ctx: Any, tmp_path: Path) -> None:
    from tests.printing.pdfcheck import pages_text, squash
    from ui.wizard.preview import draft_form_pdf

    sign_in_as(ctx, "张三")
    for settled, wanted, unwanted in (
        (False, "顾客同意撤销此笔交易，款项不会扣收", "退货处理"),
        (True, "顾客同意对此笔交易做退货处理，款项7个工作日内退回原卡", "不会扣收"),
    ):
        dialog = open_dialog(qtbot, ctx, add_order(ctx, settled=settled))
        verify_all(qtbot, dialog)
        contact_agreed(qtbot, dialog)
        with ctx.store.transaction() as s:
            text = squash("".join(pages_text(draft_form_pdf(s, dialog.snap.case_id, None, False))))
        assert squash(wanted) in text
        assert unwanted not in text
