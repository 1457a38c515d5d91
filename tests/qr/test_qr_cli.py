"""`guadan qr setup|show|test|query` against a simulator, ADMIN only, the key never in the DB."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.db import open_store
from app.models import Role
from app.payments.qr.sim_server import SimKeys, private_pem, public_pem
from app.users import create_user
from tests.core.helpers import pin_on_stdin
from tests.qr.conftest import APP_ID, Pair


@pytest.fixture
def db(tmp_path: Path) -> Iterator[str]:
    path = str(tmp_path / "store.sqlite3")
    store = open_store(path)
    with store.transaction() as session:
        admin = create_user(session, "admin", Role.ADMIN, "135790", None)
        create_user(session, "cashier", Role.CASHIER, "246802", admin)
    store.dispose()
    yield path


def key_files(tmp_path: Path, keys: SimKeys) -> tuple[Path, Path]:
    private, public = tmp_path / "app_private.pem", tmp_path / "alipay_public.pem"
    private.write_bytes(private_pem(keys.merchant_key))
    public.write_bytes(public_pem(keys.provider_key.public_key()))
    return private, public


def setup(db: str, pair: Pair, private: Path, public: Path, user: str, pin: str) -> int:
    """`guadan qr setup …` with the PIN on standard input, as a script gives it (never argv)."""
    with pin_on_stdin(pin):
        return main(setup_args(db, pair, private, public, user))


def setup_args(db: str, pair: Pair, private: Path, public: Path, user: str) -> list[str]:
    return [
        "--db", db, "qr", "setup", "--provider", "alipay", "--merchant-id", APP_ID,
        "--private-key", str(private), "--provider-key", str(public),
        "--gateway", pair.client.gateway.url, "--user", user,
    ]  # fmt: skip


def test_setup_test_and_query_through_the_cli(db, alipay, sim_keys, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    private, public = key_files(tmp_path, sim_keys)
    assert setup(db, alipay, private, public, "cashier", "246802") == 1
    assert "只有管理员" in capsys.readouterr().err
    assert setup(db, alipay, private, public, "admin", "135790") == 0
    out = capsys.readouterr().out
    assert "公钥指纹 SHA-256" in out and "支付宝" in out
    assert main(["--db", db, "qr", "test", "--provider", "alipay"]) == 0
    assert "连接正常" in capsys.readouterr().out
    alipay.journal.seed("T-9", 4_200)
    assert main(["--db", db, "qr", "query", "--provider", "alipay", "--out-trade-no", "T-9"]) == 0
    assert "已扣款" in capsys.readouterr().out
    # The private key is in the keyring (or key file), never in the database file.
    body = "".join(private.read_text().splitlines()[1:-1])[:40]
    assert body.encode() not in Path(db).read_bytes()
    assert main(["--db", db, "qr", "show"]) == 0
    assert "私钥" in capsys.readouterr().out


def test_an_unconfigured_provider_and_a_dead_gateway_are_one_clear_line(  # type: ignore[no-untyped-def]
    db, alipay, sim_keys, tmp_path, capsys
) -> None:
    assert main(["--db", db, "qr", "test", "--provider", "wechat"]) == 1
    assert "微信支付尚未设置" in capsys.readouterr().err
    private, public = key_files(tmp_path, sim_keys)
    assert setup(db, alipay, private, public, "admin", "135790") == 0
    alipay.server.close()
    capsys.readouterr()
    assert main(["--db", db, "qr", "test", "--provider", "alipay"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "连不上支付宝" in err[0]


def test_a_wrong_provider_key_fails_the_test_with_the_signature_words(  # type: ignore[no-untyped-def]
    db, alipay, sim_keys, tmp_path, capsys
) -> None:
    private, _ = key_files(tmp_path, sim_keys)
    wrong = tmp_path / "wrong.pem"
    wrong.write_bytes(public_pem(sim_keys.merchant_key.public_key()))
    assert setup(db, alipay, private, wrong, "admin", "135790") == 0
    assert main(["--db", db, "qr", "test", "--provider", "alipay"]) == 1
    assert "签名校验不通过" in capsys.readouterr().err


def test_qr_sim_builds_from_its_switches(tmp_path: Path) -> None:
    from app.cli.parser import build_parser
    from app.cli.qr import build_simulator

    args = build_parser().parse_args(
        ["qr-sim", "--provider", "wechat", "--keys-dir", str(tmp_path / "k"), "--lose-answer",
         "--bad-signature", "2", "--only", "refund", "--seed", "W1:990:PAYING"]
    )  # fmt: skip
    sim, keys, folder = build_simulator(args)
    assert sim.misbehaviour.lose_answer == 1 and sim.misbehaviour.bad_signature == 2
    assert sim.misbehaviour.only == {"refund"}
    assert sim.journal.find("W1").state == "PAYING"
    assert (folder / "provider_cert.pem").exists()
    assert (folder / "merchant_private_key.pem").stat().st_mode & 0o077 == 0


def qr_order_in(db: str, out_trade_no: str, order_no: str, *, approved: bool = False) -> Any:
    """A 支付宝 order in the CLI's store (and, if asked, its case approved for a refund)."""
    from app.models import Funding, PayChannel, TxnType
    from tests.core.helpers import drive_to_approved, make_order

    store = open_store(db)
    with store.transaction() as s:
        order = make_order(
            s, order_no=order_no, txn_type=TxnType.QR, funding=Funding.QR, card_masked=None,
            card_last4=None, channel=PayChannel.QR_ALIPAY, out_trade_no=out_trade_no,
            amount_fen=4_200, settled=True,
        )  # fmt: skip
        case_id = None
        if approved:
            staff = _staff(s)
            case_id = drive_to_approved(s, staff, order).id
            cashier_id = staff.cashier.id
    return store, case_id, (cashier_id if approved else None)


def _staff(s: Any) -> Any:
    """The CLI store's own admin and cashier, with a lead and the merchant added."""
    from app.models import FeeClass, Merchant, Terminal
    from app.users import find_user
    from tests.core.helpers import MERCHANT_NO, PINS, TERMINAL_NO, Staff

    merchant = Merchant(name="测试便利店", merchant_no=MERCHANT_NO, fee_class=FeeClass.STANDARD)
    s.add(merchant)
    s.flush()
    s.add(Terminal(merchant_id=merchant.id, terminal_no=TERMINAL_NO))
    admin, cashier = find_user(s, "admin"), find_user(s, "cashier")
    cashier.phone = "13812345678"
    lead = create_user(s, "李四", Role.LEAD, PINS["lead"], admin)
    return Staff(cashier, cashier, lead, lead, admin)


def test_query_by_order_number_shows_the_trade_the_till_and_each_refund(  # type: ignore[no-untyped-def]
    db, alipay, sim_keys, tmp_path, capsys
) -> None:
    store, case_id, cashier_id = qr_order_in(db, "T-Q1", "A0001", approved=True)
    alipay.journal.seed("T-Q1", 4_200)
    from app.payments.qr.channel import QrChannel
    from app.workflow import execute

    execute(store, case_id, cashier_id, QrChannel(alipay.client, counter_id="c"))
    private, public = key_files(tmp_path, sim_keys)
    assert setup(db, alipay, private, public, "admin", "135790") == 0
    capsys.readouterr()
    assert main(["--db", db, "qr", "query", "A0001"]) == 0
    out = capsys.readouterr().out
    assert "A0001  T-Q1" in out and "已关闭" in out  # fully refunded: 支付宝 TRADE_CLOSED
    assert "已退 ¥42.00" in out and "可退 ¥0.00" in out
    assert "退款成功 (SUCCESS)" in out and "本机意图: DONE" in out
    assert main(["--db", db, "qr", "query", "NOPE"]) == 1
    assert "没有单号为 NOPE" in capsys.readouterr().err


def test_reconcile_asks_then_resends_under_the_same_key_with_a_user(  # type: ignore[no-untyped-def]
    db, alipay, sim_keys, tmp_path, capsys
) -> None:
    import pytest

    from app.counter import counter_id
    from app.payments.qr.channel import QrChannel
    from app.workflow import OutcomeUnknown, execute

    store, case_id, cashier_id = qr_order_in(db, "T-R1", "A0002", approved=True)
    alipay.journal.seed("T-R1", 4_200)
    alipay.mb.busy, alipay.mb.only = 1, frozenset({"refund"})
    with pytest.raises(OutcomeUnknown):
        execute(store, case_id, cashier_id, QrChannel(alipay.client, counter_id=counter_id()))
    private, public = key_files(tmp_path, sim_keys)
    assert setup(db, alipay, private, public, "admin", "135790") == 0
    capsys.readouterr()
    assert main(["--db", db, "qr", "reconcile"]) == 3  # asked only: still unknown
    assert "查不到这笔退款" in capsys.readouterr().out
    assert alipay.journal.refund_count("T-R1") == 0
    with pin_on_stdin("246802"):  # the follow-up re-send is recorded in the cashier's name
        assert main(["--db", db, "qr", "reconcile", "--user", "cashier"]) == 0
    assert "钱已退回" in capsys.readouterr().out
    assert alipay.journal.refund_count("T-R1") == 1
    assert main(["--db", db, "qr", "reconcile"]) == 0
    assert "没有等待渠道答复" in capsys.readouterr().out
