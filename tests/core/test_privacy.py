"""Where typed text enters and leaves: no full card or phone number is stored or shown."""

from __future__ import annotations

import dataclasses
import logging

import pytest

from app import workflow
from app.cli import main
from app.errors import DomainError
from app.models import Role
from app.settings import load_settings, save_settings
from app.users import create_user
from tests.core.helpers import (
    CONTACT,
    MERCHANT_NO,
    PINS,
    all_checked,
    make_order,
    pin_on_stdin,
    seed_staff,
)
from tests.core.pan_scan import luhn_runs, phone_runs

PAN = "6228480402564890018"
VISA_SPACED = "4111 1111 1111 1111"
HEADER = "单号,交易时间,交易地点,交易金额,交易类型,交易资金,卡号,商户编号,终端号,挂单原因"


def _clean(text: str) -> None:
    assert luhn_runs(text) == [] and phone_runs(text) == [], text


def test_a_refused_import_echoes_no_card_number(store, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.csv"
    bad.write_text(
        HEADER + f",{PAN}\n"  # an unknown header that is a card number
        f"A1,2026-11-20 10:00,店,12.00,{VISA_SPACED},信用卡,{PAN},{MERCHANT_NO},12345678,"
        f"{PAN}x,1\n"
        f"A2,2026-11-20 10:00,店,12.00,消费,x 6228 4804 0256 4890 018,,{MERCHANT_NO},"
        f"12345678,网络故障,1\n",
        encoding="utf-8",
    )
    with store.transaction() as s:
        seed_staff(s)
    with pin_on_stdin(PINS["cashier"]):
        assert main(["--db", store.url, "import", str(bad), "--user", "张三"]) == 2
    captured = capsys.readouterr()
    assert "第 2 行" in captured.err  # the report is there, without the numbers
    _clean(captured.out + captured.err)
    assert "4890" not in captured.err.replace("******0018", "")


def test_orders_add_errors_echo_no_card_or_phone(store, capsys) -> None:  # type: ignore[no-untyped-def]
    with store.transaction() as s:
        seed_staff(s)
    base = ["--db", store.url, "orders", "add", "--user", "张三"]
    with pin_on_stdin(*[PINS["cashier"]] * 3):
        assert main([*base, f"{PAN}"]) == 1  # not name=value
        assert main([*base, f"{PAN}=1", "txn_type=13912345678"]) == 1  # unknown field, choice
        assert main([*base, f"amount={VISA_SPACED}", "cause=010-62345678"]) == 1
    with pytest.raises(SystemExit):  # argparse's own error names the value it refused
        main(["--db", store.url, "orders", "list", "--limit", PAN + "x"])
    captured = capsys.readouterr()
    assert captured.err.count("错误") >= 3
    _clean(captured.out + captured.err)


def test_an_unexpected_error_is_redacted_on_stderr(capsys) -> None:  # type: ignore[no-untyped-def]
    def boom(args: object) -> int:
        print(f"progress for 139 1234 5678 and {VISA_SPACED}")
        raise RuntimeError(f"card {PAN} phone 139-1234-5678")

    def hook(sub, open_store_fn):  # type: ignore[no-untyped-def]
        sub.add_parser("boom").set_defaults(func=boom)

    assert main(["boom"], hooks=[hook]) == 1
    captured = capsys.readouterr()
    assert "RuntimeError" in captured.err and "622848******0018" in captured.err
    _clean(captured.out + captured.err)


@pytest.mark.parametrize(
    "line", ["call 139 1234 5678", "call 139-1234-5678", "office 010-62345678", "(0755)23456789"]
)
def test_the_log_masks_every_spelling_of_a_phone(guadan_home, line: str) -> None:  # type: ignore[no-untyped-def]
    from app.logs import reset_for_tests, setup_logging

    reset_for_tests()
    setup_logging()
    logging.getLogger("test").warning("customer said %s", line)
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = (guadan_home / "logs" / "guadan.log").read_text(encoding="utf-8")
    reset_for_tests()
    assert "customer said" in text
    _clean(text)


def test_phones_and_cards_typed_into_free_text_are_masked(store) -> None:  # type: ignore[no-untyped-def]
    with store.transaction() as s:
        staff = seed_staff(s)
        case = workflow.open_case(s, make_order(s).id, staff.cashier)
        workflow.verify(s, case, staff.cashier, all_checked())
        contact = dataclasses.replace(
            CONTACT,
            explanation="客户电话 139 1234 5678，卡号 4111-1111-1111-1111",
            guidance="请拨 010-62345678",
            customer_name="陈 13912345678",
        )
        workflow.record_contact(s, case, staff.cashier, contact)
        assert case.explanation == "客户电话 139****5678，卡号 411111******1111"
        assert case.guidance == "请拨 010-******78"
        assert case.customer_name == "陈 139****5678"


def test_a_leads_correction_is_masked_before_it_is_kept(store) -> None:  # type: ignore[no-untyped-def]
    with store.transaction() as s:
        staff = seed_staff(s)
        order = make_order(s)
        case = workflow.open_case(s, order.id, staff.cashier)
        workflow.escalate(s, case, staff.cashier, "地点不对")
        with pytest.raises(DomainError) as err:
            workflow.correct_order(
                s, case, staff.lead, {"operation_no": "4111111111111111"}, "补录", pin=PINS["lead"]
            )
        assert err.value.key == "correct.bad_value"
        workflow.correct_order(
            s,
            case,
            staff.lead,
            {"location": f"人民路店 卡{VISA_SPACED} 电话13912345678"},
            note=f"客户卡号 {PAN}",
            pin=PINS["lead"],
        )
        assert order.location == "人民路店 卡411111******1111 电话139****5678"
        from app.models import AuditEvent, DataCorrection

        kept = " ".join(c.new_value for c in s.query(DataCorrection))
        kept += " ".join(e.payload for e in s.query(AuditEvent))
        _clean(kept)


def test_a_user_name_with_a_number_is_refused(store) -> None:  # type: ignore[no-untyped-def]
    with store.transaction() as s:
        staff = seed_staff(s)
        for name in (f"张{PAN}", "李 139 1234 5678"):
            with pytest.raises(DomainError) as err:
                create_user(s, name, Role.CASHIER, "246810", staff.admin)
            assert err.value.key == "user.name_has_number"


def test_settings_strings_are_kept_redacted(store) -> None:  # type: ignore[no-untyped-def]
    with store.transaction() as s:
        staff = seed_staff(s)
        settings = load_settings(s)
        settings.printer_url = f"network:printer-{PAN}"
        settings.extra = {"note": "call 139 1234 5678"}
        save_settings(s, settings, staff.admin)
    with store.transaction() as s:
        kept = load_settings(s)
    assert kept.printer_url == "network:printer-622848******0018"
    assert kept.extra == {"note": "call 139****5678"}


def test_the_migration_masks_what_older_versions_kept(store) -> None:  # type: ignore[no-untyped-def]
    from alembic import command
    from sqlalchemy import select

    from app import db
    from app.models import Attachment, DataCorrection, Setting, SuspendedOrder

    with store.transaction() as s:
        staff = seed_staff(s)
        order = make_order(s)
        case = workflow.open_case(s, order.id, staff.cashier)
        # As an older version stored them: straight into the rows, unmasked.
        order.location = f"店 {VISA_SPACED}"
        case.explanation = "客户 139 1234 5678"
        s.add(
            DataCorrection(
                case_id=case.id,
                order_id=order.id,
                field="location",
                old_value="店",
                new_value=f"店 {PAN}",
                corrected_by_id=staff.lead.id,
            )
        )
        s.add(
            Attachment(
                case_id=case.id,
                filename=f"{PAN}.png",
                sha256="0" * 64,
                size=1,
                mime="image/png",
                added_by_id=staff.cashier.id,
            )
        )
        s.add(Setting(key="store", value={"printer_url": f"network:{PAN}"}))
    cfg = db._alembic_config(store.engine)
    command.downgrade(cfg, "0004")  # to the revision before the redaction
    command.upgrade(cfg, "head")
    with store.transaction() as s:
        kept = [
            s.execute(select(SuspendedOrder.location)).scalar_one(),
            s.execute(select(DataCorrection.new_value)).scalar_one(),
            s.execute(select(Attachment.filename)).scalar_one(),
            str(s.get_one(Setting, "store").value),
            workflow.get_case(s, case.id).explanation,
        ]
    assert kept[0] == "店 411111******1111" and kept[2] == "622848******0018.png"
    _clean(" | ".join(kept))
