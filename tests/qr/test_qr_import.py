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


def test_a_populated_store_of_revision_0003_upgrades_in_one_piece(tmp_path, guadan_home) -> None:  # type: ignore[no-untyped-def]
    """Every migration since 0003 copies tables that other rows point at (cases, orders): with
    foreign keys on that used to fail half-way and leave the schema half-changed."""
    from alembic import command
    from sqlalchemy import create_engine, text

    from app import db
    from app.db import open_store
    from app.migrations import HEAD

    url = f"sqlite:///{tmp_path}/old.sqlite3"
    engine = create_engine(url)
    command.upgrade(db._alembic_config(engine), "0003")
    with engine.begin() as c:
        c.execute(text(
            "INSERT INTO merchants (id, name, merchant_no, fee_class, store_name, created_at) "
            "VALUES ('11111111111111111111111111111111', 'm', '898310048161230', 'STANDARD', '', '2026-12-01')"
        ))  # fmt: skip
        c.execute(text(
            "INSERT INTO users (id, name, role, pin_hash, phone, active, failed_attempts, created_at) "
            "VALUES ('22222222222222222222222222222222', 'u', 'CASHIER', 'x', '', 1, 0, '2026-12-01')"
        ))  # fmt: skip
        c.execute(text(
            "INSERT INTO suspended_orders (id, order_no, merchant_no, terminal_no, occurred_at, location,"
            " amount_fen, txn_type, funding, trace_no, rrn, batch_no, auth_code, operation_no, cause,"
            " settled, success_notified, status, cashier, refunded_fen, source, created_at, version)"
            " VALUES ('33333333333333333333333333333333', 'O1', '898310048161230', '12345678',"
            " '2026-12-01', 'x', 100, 'QR', 'QR', '', '', '', '', '1', 'NETWORK', 0, 0, 'OPEN', '', 0,"
            " 'MANUAL', '2026-12-01', 1)"
        ))  # fmt: skip
        c.execute(text(
            "INSERT INTO cancellation_cases (id, case_no, order_id, stage, route_reason, opened_by_id,"
            " opened_at, updated_at, training, verify_checks, escalation_note, customer_name,"
            " customer_phone_masked, contact_reason_other, explanation, guidance, bank_contacted,"
            " bank_hotline, bank_reference, customer_agreed, form_merchant_name, form_merchant_no,"
            " form_terminal_no, applicant_name, applicant_phone, reason_summary, result_response_code,"
            " result_auth_code, result_operation_no, result_rrn, result_manual, evidence_locked, version)"
            " VALUES ('44444444444444444444444444444444', 'CX1', '33333333333333333333333333333333',"
            " 'VERIFY', '', '22222222222222222222222222222222', '2026-12-01', '2026-12-01', 0, '{}', '',"
            " '', '', '', '', '', 0, '', '', 0, '', '', '', '', '', '', '', '', '', '', 0, 0, 1)"
        ))  # fmt: skip
        c.execute(
            text(
                "INSERT INTO attachments (id, case_id, filename, sha256, size, mime, purpose,"
                " added_by_id, added_at) VALUES ('55555555555555555555555555555555',"
                " '44444444444444444444444444444444', 'a.png', 'ab', 1, 'image/png', 'EVIDENCE',"
                " '22222222222222222222222222222222', '2026-12-01')"
            )
        )  # a row pointing at the case: the copy of cancellation_cases must keep it valid
    engine.dispose()
    store = open_store(url)
    assert db.current_revision(store.engine) == HEAD
    with store.transaction() as s:
        order = s.execute(select(SuspendedOrder)).scalar_one()
        assert order.channel is PayChannel.QR_TERMINAL  # normalised: QR funding, on the terminal
        assert order.operation_no == "000001"  # 0004's normalisation ran too
        assert s.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
