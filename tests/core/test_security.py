"""PINs, lockout, the phone key, and no full card number anywhere on disk."""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import stat
from pathlib import Path

import pytest

from app import secrets, workflow
from app.cards import luhn_ok, mask_pan, redact_pans
from app.clock import utcnow
from app.errors import AuthFailure
from app.importer import add_order, import_file
from app.users import authenticate
from tests.core.helpers import CONTACT, PINS, all_checked, pin_on_stdin, seed_staff

PAN = "6228480402564890018"  # passes Luhn


def test_lockout_after_five_failures_for_thirty_minutes(store) -> None:  # type: ignore[no-untyped-def]
    with store.transaction() as s:
        seed_staff(s)
    for n in range(4):
        with pytest.raises(AuthFailure) as err, store.transaction() as s:
            authenticate(s, "张三", "000000")
        assert err.value.key == "auth.bad_pin" and err.value.params["tries"] == 4 - n
    with pytest.raises(AuthFailure) as err, store.transaction() as s:
        authenticate(s, "张三", "000000")
    assert err.value.key == "auth.locked"
    with pytest.raises(AuthFailure) as err, store.transaction() as s:
        authenticate(s, "张三", PINS["cashier"])  # right PIN, still locked
    assert err.value.key == "auth.locked" and err.value.params["minutes"] == 30
    with store.transaction() as s:
        from app.users import find_user

        user = find_user(s, "张三")
        assert user is not None
        user.locked_until = utcnow() - dt.timedelta(seconds=1)
    with store.transaction() as s:
        assert authenticate(s, "张三", PINS["cashier"]).name == "张三"


def test_unknown_user_gets_the_same_answer_as_a_wrong_pin(store) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(AuthFailure) as err, store.transaction() as s:
        authenticate(s, "nobody", "123456")
    assert err.value.key == "auth.bad_credentials"


def test_key_file_fallback_is_private_and_warns(monkeypatch, caplog) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(secrets, "_keyring_usable", lambda: False)
    secrets._cached.clear()
    with caplog.at_level(logging.WARNING):
        blob = secrets.encrypt_phone("13912345678")
    assert secrets.decrypt_phone(blob) == "13912345678"
    mode = stat.S_IMODE(os.stat(secrets.key_file()).st_mode)
    assert mode == 0o600
    assert any("no OS keyring backend" in r.message for r in caplog.records)
    assert secrets.key_storage() == "file"


def test_keyring_holds_the_key_when_present() -> None:
    secrets._cached.clear()
    secrets.encrypt_phone("13912345678")
    assert secrets.key_storage() == "keyring"
    assert not secrets.key_file().exists()


def test_mask_and_redact() -> None:
    assert mask_pan(PAN) == "622848******0018"
    assert mask_pan("6228 4804 0256 4890 018") == "622848******0018"
    assert "4890018" not in redact_pans(f"card={PAN};")


def _luhn_runs(data: bytes) -> list[str]:
    # Digit runs standing alone: a PAN in any text is bounded by non-alphanumerics, while hex
    # digests and UUIDs (which may hold long digit runs by chance) are letters and digits mixed.
    runs = re.findall(rb"(?<![0-9A-Za-z])\d{13,19}(?![0-9A-Za-z])", data)
    return [r.decode() for r in runs if luhn_ok(r.decode())]


def test_no_full_pan_reaches_the_database_or_the_log(store, tmp_path, guadan_home) -> None:  # type: ignore[no-untyped-def]
    from app.logs import reset_for_tests, setup_logging

    reset_for_tests()
    setup_logging()
    with store.transaction() as s:
        staff = seed_staff(s)
    csv_file = tmp_path / "orders.csv"
    csv_file.write_text(
        "单号,交易时间,交易地点,交易金额,交易类型,交易资金,卡号,商户编号,终端号,挂单原因\n"
        f"A1,2026-11-20 10:00:00,店,12.00,消费,信用卡,{PAN},898310048161230,12345678,网络故障\n",
        encoding="utf-8",
    )
    with store.transaction() as s:
        assert import_file(s, csv_file, staff.cashier).ok
    with store.transaction() as s:
        order = add_order(
            s,
            {
                "order_no": "M1",
                "occurred_at": "2026-11-20 11:00",
                "location": "店",
                "amount": "9.9",
                "txn_type": "SALE",
                "funding": "DEBIT",
                "card": "4111 1111 1111 1111",
                "merchant_no": "898310048161230",
                "terminal_no": "12345678",
                "cause": "NETWORK",
                "operation_no": "000042",
            },
            staff.cashier,
        )
        assert order.card_masked == "411111******1111"
        case = workflow.open_case(s, order.id, staff.cashier)
        workflow.verify(s, case, staff.cashier, all_checked())
        workflow.record_contact(s, case, staff.cashier, CONTACT)
    # A careless log line with a PAN in it is redacted on its way to the file.
    logging.getLogger("test").warning("customer read out %s at the counter", PAN)
    from app.cli import main

    with pin_on_stdin(PINS["cashier"]):
        code = main(
            [
                "--db",
                store.url,
                "orders",
                "add",
                "--user",
                "张三",
                "order_no=C1",
                "occurred_at=2026-11-20 12:00",
                "location=店",
                "amount=1",
                "txn_type=SALE",
                "funding=CREDIT",
                f"card={PAN}",
                "merchant_no=898310048161230",
                "terminal_no=12345678",
                "cause=NETWORK",
            ]
        )
    assert code == 0
    for handler in logging.getLogger().handlers:
        handler.flush()
    store.dispose()
    db_file = store.url.removeprefix("sqlite:///")
    blobs = [Path(db_file).read_bytes()]
    wal = Path(db_file + "-wal")
    if wal.exists():
        blobs.append(wal.read_bytes())
    log_files = list((guadan_home / "logs").glob("guadan.log*"))
    assert log_files
    blobs += [p.read_bytes() for p in log_files]
    assert _luhn_runs(f"卡号{PAN};".encode()) == [PAN]  # the scan itself would see one
    for blob in blobs:
        assert _luhn_runs(blob) == []
    assert b"13912345678" not in blobs[0]  # the customer's phone is encrypted at rest
    reset_for_tests()


def test_tracebacks_and_phones_are_redacted_in_the_log(guadan_home) -> None:  # type: ignore[no-untyped-def]
    from app.logs import reset_for_tests, setup_logging

    reset_for_tests()
    setup_logging()
    try:
        raise ValueError(f"card {PAN} refused for phone 13912345678")
    except ValueError:
        logging.getLogger("test").exception("step failed")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = (guadan_home / "logs" / "guadan.log").read_text(encoding="utf-8")
    reset_for_tests()
    assert "ValueError" in text and "622848******0018" in text and "139****5678" in text
    assert PAN not in text and "13912345678" not in text


def test_a_card_number_typed_into_free_text_is_masked(store) -> None:  # type: ignore[no-untyped-def]
    with store.transaction() as s:
        staff = seed_staff(s)
        from tests.core.helpers import make_order

        case = workflow.open_case(s, make_order(s).id, staff.cashier)
        workflow.escalate(s, case, staff.cashier, f"客户说卡号是 {PAN}")
        assert case.escalation_note == "客户说卡号是 622848******0018"
