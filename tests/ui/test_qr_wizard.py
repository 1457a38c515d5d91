"""A QR order in the wizard: step 1 asks the provider by itself and shows its answer in the
cashier's words; a trade the provider does not have closes the case on that answer."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.ui.conftest import sign_in_as, wait_idle
from tests.ui.test_wizard import add_order, open_dialog, verify_all


@pytest.fixture
def alipay_store(ctx: Any) -> Iterator[Any]:
    """The store set up with 支付宝, pointing at a simulator."""
    from app.payments.qr.base import ProviderName
    from app.payments.qr.config import ProviderConfig, save_config
    from app.payments.qr.sim_alipay import AlipaySimulator
    from app.payments.qr.sim_server import SimHttpServer, SimKeys, private_pem, public_pem
    from app.users import find_user

    keys = SimKeys.generate()
    sim = AlipaySimulator("2021000000000001", keys.merchant_key.public_key(), keys.provider_key)
    server = SimHttpServer(sim.handle)
    config = ProviderConfig(
        ProviderName.ALIPAY, "2021000000000001", server.url + "/gateway.do",
        public_pem(keys.provider_key.public_key()).decode(),
    )  # fmt: skip
    with ctx.store.transaction() as s:
        save_config(s, config, find_user(s, "王芳"), private_pem(keys.merchant_key).decode())
    yield sim
    server.close()


def qr_order(ctx: Any, out_trade_no: str) -> Any:
    from app.models import Funding, PayChannel, TxnType

    return add_order(
        ctx, txn_type=TxnType.QR, funding=Funding.QR, card_masked=None, card_last4=None,
        channel=PayChannel.QR_ALIPAY, out_trade_no=out_trade_no, operation_no="",
    )  # fmt: skip


def test_step1_shows_charged_and_the_route_follows(qtbot: Any, ctx: Any, alipay_store: Any) -> None:
    alipay_store.journal.seed("UI-PAID", 12_800)
    sign_in_as(ctx, "张三")
    dialog = open_dialog(qtbot, ctx, qr_order(ctx, "UI-PAID"))
    box = dialog.verify_page.qr_box
    qtbot.waitUntil(lambda: "已扣款" in box.answer.text(), timeout=10_000)
    assert "可以撤销" in box.advice.text() and not box.close_button.isVisible()
    verify_all(qtbot, dialog)
    wait_idle(qtbot, ctx)
    assert dialog.snap.route == "VOID"


def test_a_trade_the_provider_lacks_closes_on_its_answer(
    qtbot: Any, ctx: Any, alipay_store: Any
) -> None:
    from app.models import CancellationCase, Stage

    sign_in_as(ctx, "张三")
    dialog = open_dialog(qtbot, ctx, qr_order(ctx, "UI-NONE"))
    box = dialog.verify_page.qr_box
    qtbot.waitUntil(lambda: "无此交易" in box.answer.text(), timeout=10_000)
    qtbot.waitUntil(box.close_button.isVisible, timeout=5000)
    box.close_button.click()
    wait_idle(qtbot, ctx)
    with ctx.store.transaction() as s:
        stages = {c.stage for c in s.query(CancellationCase).filter_by(order_id=dialog.order_id)}
    assert stages == {Stage.CLOSED}
