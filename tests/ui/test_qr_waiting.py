"""等待联网 in the window: a QR refund whose provider is out of reach shows so in the order list,
and the background retry settles it once the link is back — asked, never re-sent blind."""

from __future__ import annotations

from typing import Any

import pytest

from tests.qr.conftest import Pair, alipay, sim_keys  # noqa: F401  (fixtures)


def approved_qr_refund(ctx: Any, pair: Pair, keys: Any) -> Any:
    from app.models import Funding, PayChannel, TxnType
    from app.payments.qr.base import ProviderName
    from app.payments.qr.config import ProviderConfig, save_config
    from app.payments.qr.sim_server import private_pem, public_pem
    from app.users import find_user
    from tests.core.helpers import Staff, make_order
    from tests.qr.conftest import APP_ID
    from tests.ui.conftest import MERCHANT_NO

    pair.journal.seed("W-NET-1", 12_800)
    with ctx.store.transaction() as s:
        cashier, lead, admin = (find_user(s, n) for n in ("张三", "李四", "王芳"))
        staff = Staff(cashier, cashier, lead, lead, admin)
        order = make_order(
            s, order_no="QRNET0001", txn_type=TxnType.QR, funding=Funding.QR, card_masked=None,
            card_last4=None, channel=PayChannel.QR_ALIPAY, out_trade_no="W-NET-1", settled=True,
            merchant_no=MERCHANT_NO, terminal_no="12345678",
        )  # fmt: skip
        case_id = _submit(s, staff, order)
    with ctx.store.transaction() as s:
        from app import workflow
        from tests.ui.conftest import PINS

        workflow.approve(s, workflow.get_case(s, case_id), "李四", PINS["李四"], "同意")
    with ctx.store.transaction() as s:
        config = ProviderConfig(
            ProviderName.ALIPAY,
            APP_ID,
            pair.client.gateway.url,
            public_pem(keys.provider_key.public_key()).decode(),
        )
        save_config(s, config, s.merge(admin), private_pem(keys.merchant_key).decode())
    return case_id, cashier.id


def _submit(s: Any, staff: Any, order: Any) -> Any:
    import dataclasses

    from app import workflow
    from tests.core.helpers import CONTACT, all_checked

    case = workflow.open_case(s, order.id, staff.cashier)
    workflow.verify(s, case, staff.cashier, all_checked())
    workflow.record_contact(s, case, staff.cashier, CONTACT)
    form = workflow.form_defaults(s, case, staff.cashier)
    form = dataclasses.replace(form, applicant_phone="13812345678")
    workflow.fill_form(s, case, staff.cashier, form)
    workflow.submit(s, case, staff.cashier)
    return case.id


def status_text(window: Any, order_no: str) -> str:
    from ui.orders_model import COL_STATUS

    model = window.model
    for row in range(model.rowCount()):
        if model.row_at(row).order_no == order_no:
            return str(model.data(model.index(row, COL_STATUS)))
    return ""


def test_a_waiting_qr_refund_shows_and_settles_when_the_link_returns(
    ctx: Any,
    make_window: Any,
    qtbot: Any,
    alipay: Pair,  # noqa: F811
    sim_keys: Any,  # noqa: F811
) -> None:
    from app.counter import counter_id
    from app.payments.qr.channel import QrChannel
    from app.workflow import OutcomeUnknown, execute

    case_id, cashier_id = approved_qr_refund(ctx, alipay, sim_keys)
    alipay.mb.busy, alipay.mb.only = 1, frozenset({"refund"})
    with pytest.raises(OutcomeUnknown):
        execute(ctx.store, case_id, cashier_id, QrChannel(alipay.client, counter_id=counter_id()))
    alipay.server.go_offline()
    window = make_window("张三")
    qtbot.waitUntil(lambda: status_text(window, "QRNET0001") == "等待联网", timeout=8000)

    retry = window.qr_retry
    retry.stop()
    retry.run_round()  # offline: still waiting, next look later
    qtbot.waitUntil(lambda: not retry.running, timeout=8000)
    assert retry.last_waiting == 1 and alipay.journal.refund_count("W-NET-1") == 0
    assert retry.timer.isActive() and retry.plan.failures >= 1

    alipay.server.go_online()
    with qtbot.waitSignal(retry.settled, timeout=8000):
        retry.run_round()
    assert alipay.journal.refund_count("W-NET-1") == 1  # the same key, once
    # Refunded: it leaves the default view of unfinished orders (or shows 已退货).
    qtbot.waitUntil(lambda: status_text(window, "QRNET0001") in ("", "已退货"), timeout=8000)
