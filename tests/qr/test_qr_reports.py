"""QR in the lead's reports: per payment channel in the handover and the causes report, and the
anomaly "paid at the provider, still suspended", grouped by counter and cashier."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app import reports
from app.clock import utcnow
from app.models import Funding, OrderStatus, PayChannel, TxnType
from app.reports.anomalies import AnomalyKind, anomalies
from app.workflow.common import audit_case
from tests.core.helpers import drive_to_approved, make_order, seed_staff


def qr(s: Any, channel: PayChannel, no: str, amount: int, cashier: str = "张三") -> Any:
    return make_order(
        s, txn_type=TxnType.QR, funding=Funding.QR, card_masked=None, card_last4=None,
        channel=channel, out_trade_no=no, amount_fen=amount, cashier=cashier,
    )  # fmt: skip


def answered(s: Any, staff: Any, order: Any, state: str) -> Any:
    """A case whose step 1 asked the provider, as app.payments.qr.step1 records it."""
    from app import workflow

    case = workflow.open_case(s, order.id, staff.cashier)
    audit_case(s, "qr.queried", staff.cashier, case, provider="alipay", trade_state=state)
    return case


def test_handover_and_causes_count_and_sum_per_payment_channel(store: Any) -> None:
    with store.transaction() as s:
        staff = seed_staff(s)
        make_order(s, amount_fen=1_000)  # a card order
        qr(s, PayChannel.QR_ALIPAY, "A-1", 2_000)
        qr(s, PayChannel.QR_ALIPAY, "A-2", 3_000)
        done = qr(s, PayChannel.QR_WECHAT, "W-1", 4_000)
        case = drive_to_approved(s, staff, done)
        from app.models import Stage

        case.stage, case.result_amount_fen = Stage.DONE, 4_000
        done.status = OrderStatus.CANCELLED
    with store.transaction() as s:
        handover = reports.handover(s)
        lines = {c.channel: (c.orders, c.amount_fen) for c in handover.by_channel}
        assert lines == {"CARD_TERMINAL": (1, 1_000), "QR_ALIPAY": (2, 5_000)}
        today = dt.date.today()
        causes = reports.causes(s, today - dt.timedelta(days=2), today + dt.timedelta(days=1))
        by = {c.channel: c for c in causes.by_channel}
        assert (by["QR_ALIPAY"].orders, by["QR_ALIPAY"].amount_fen) == (2, 5_000)
        assert (by["QR_WECHAT"].voided, by["QR_WECHAT"].returned_fen) == (1, 4_000)
        assert by["CARD_TERMINAL"].orders == 1
    from app.reports.export_csv import causes_csv, handover_csv

    assert "支付宝,2,¥50.00" in handover_csv(handover)  # after the open orders, per channel
    text = causes_csv(causes)
    assert ",支付渠道,QR_WECHAT.voided,微信支付 撤销,1" in text
    assert ",channel,QR_WECHAT.returned_fen,WeChat Pay given back (fen),4000" in causes_csv(
        causes, "en"
    )


def test_paid_at_the_provider_but_still_suspended_is_flagged_by_counter_and_cashier(
    store: Any,
) -> None:
    with store.transaction() as s:
        staff = seed_staff(s)
        answered(s, staff, qr(s, PayChannel.QR_ALIPAY, "P-1", 2_000), "PAID")
        answered(s, staff, qr(s, PayChannel.QR_ALIPAY, "P-2", 3_000), "PAID")
        answered(s, staff, qr(s, PayChannel.QR_WECHAT, "P-3", 5_000, "赵敏"), "REFUNDED")
        answered(s, staff, qr(s, PayChannel.QR_WECHAT, "N-1", 9_000), "NOT_PAID")
        later = answered(s, staff, qr(s, PayChannel.QR_ALIPAY, "P-4", 7_000), "PAID")
        # asked again: now closed at the provider — its latest answer counts
        audit_case(s, "qr.queried", staff.cashier, later, provider="alipay", trade_state="CLOSED")
    with store.transaction() as s:
        found = [a for a in anomalies(s, now=utcnow()) if a.kind is AnomalyKind.QR_PAID_SUSPENDED]
    by_subject = {a.subject.split(" / ")[1]: a for a in found}
    assert set(by_subject) == {"张三", "赵敏"}
    zhang = by_subject["张三"]
    assert len(zhang.order_ids) == 2 and "¥50.00" in zhang.message()
    assert "已付款" in zhang.message() and zhang.severity.name == "HIGH"
    assert len(by_subject["赵敏"].order_ids) == 1
