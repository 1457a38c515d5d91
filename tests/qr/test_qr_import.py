"""QR orders through import and manual entry: channel, out_trade_no, the provider's trade no."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from app.errors import ValidationFailed
from app.importer import add_order, import_file
from app.models import PayChannel, SuspendedOrder
from tests.core.helpers import seed_staff

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


def test_the_chinese_and_english_qr_samples_import(store) -> None:  # type: ignore[no-untyped-def]
    with store.transaction() as s:
        for name in ("orders-qr-zh.csv", "orders-qr-en.json"):
            report = import_file(s, SAMPLES / name, None)
            assert report.ok, report.problems
        orders = {o.order_no: o for o in s.execute(select(SuspendedOrder)).scalars()}
    assert orders["POS2026120301"].channel is PayChannel.QR_ALIPAY
    assert orders["POS2026120301"].out_trade_no == "ZFB20261203100211001"
    assert orders["POS2026120301"].provider_trade_no == "2026120322001400001234567890"
    assert orders["POS2026120302"].channel is PayChannel.QR_WECHAT
    assert orders["POS2026120303"].channel is PayChannel.QR_TERMINAL
    assert orders["POS2026120311"].provider_trade_no.startswith("4200")
    assert orders["POS2026120312"].channel is PayChannel.QR_ALIPAY


def test_older_files_without_the_column_keep_their_meaning(store) -> None:  # type: ignore[no-untyped-def]
    with store.transaction() as s:
        assert import_file(s, SAMPLES / "orders-zh.csv", None).ok
        channels = {
            (o.funding.value, o.channel) for o in s.execute(select(SuspendedOrder)).scalars()
        }
    assert ("CREDIT", PayChannel.CARD_TERMINAL) in channels
    assert all(
        c is (PayChannel.QR_TERMINAL if f == "QR" else PayChannel.CARD_TERMINAL)
        for f, c in channels
    )


@pytest.mark.parametrize(
    ("extra", "key"),
    [
        ({"channel": "支付宝"}, "import.out_trade_no_required"),
        ({"channel": "微信支付", "out_trade_no": "W" * 33}, "import.out_trade_no_wechat"),
        ({"channel": "QR_ALIPAY", "out_trade_no": "有中文"}, "import.bad_out_trade_no"),
        ({"channel": "CARD_TERMINAL"}, "import.channel_funding"),
        ({"channel": "银联"}, "import.bad_choice"),
    ],
)
def test_manual_entry_refuses_a_qr_order_it_could_not_query(store, extra, key) -> None:  # type: ignore[no-untyped-def]
    fields = {
        "order_no": "M1", "occurred_at": "2026-12-01 10:00:00", "location": "1号收银台",
        "amount": "12.00", "txn_type": "扫码", "funding": "扫码", "merchant_no": "898310048161230",
        "terminal_no": "12345678", "cause": "网络故障",
    }  # fmt: skip
    with store.transaction() as s:
        staff = seed_staff(s)
        with pytest.raises(ValidationFailed) as refused:
            add_order(s, fields | extra, staff.cashier)
        assert key in {p.key for p in refused.value.problems}
        order = add_order(s, fields | {"channel": "微信", "out_trade_no": "WX1"}, staff.cashier)
        assert order.channel is PayChannel.QR_WECHAT
