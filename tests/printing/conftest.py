"""Printing tests build their own rows straight through a session (no workflow involved)."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# The helpers sit beside this file; the path makes them importable under any import mode.
sys.path.insert(0, str(Path(__file__).resolve().parent))

from pdfcheck import LONG_REASON, Seeded  # noqa: E402

from app.db import Store, open_store  # noqa: E402
from app.models import (  # noqa: E402
    ApprovalDecision,
    Attachment,
    CancellationCase,
    Cause,
    Channel,
    ContactReason,
    Decision,
    Funding,
    Merchant,
    Role,
    Route,
    Stage,
    SuspendedOrder,
    TxnType,
    User,
)

UTC = dt.UTC


def _utc(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=UTC)


def _order(merchant: Merchant, n: int, **kw: object) -> SuspendedOrder:
    values: dict[str, object] = dict(
        order_no=f"POS-{n:06d}",
        merchant_no=merchant.merchant_no,
        terminal_no="12345678",
        occurred_at=_utc(2026, 11, 27, 6, 2),  # 14:02 in Shanghai
        location="某某便利店 1号收银台",
        amount_fen=123456,
        txn_type=TxnType.SALE,
        funding=Funding.CREDIT,
        card_masked="622848******1234",
        card_last4="1234",
        trace_no="000123",
        rrn="123456789012",
        batch_no="000045",
        auth_code="A1B2C3",
        operation_no="000777",
        cause=Cause.NETWORK,
        cashier="张三",
    )
    values.update(kw)
    return SuspendedOrder(**values)


def _case(order: SuspendedOrder, case_no: str, cashier: User, **kw: object) -> CancellationCase:
    values: dict[str, object] = dict(
        case_no=case_no,
        order=order,
        stage=Stage.DONE,
        route=Route.VOID,
        opened_by_id=cashier.id,
        opened_at=_utc(2026, 11, 27, 6, 5),
        contact_channel=Channel.IN_PERSON,
        customer_name="李四",
        customer_phone_enc=b"\x00secret",
        customer_phone_masked="138****5678",
        contact_reason=ContactReason.NETWORK,
        bank_contacted=True,
        bank_hotline="95588",
        bank_reference="REF2026",
        customer_agreed=True,
        contacted_at=_utc(2026, 11, 27, 6, 10),
        applicant_name="张三",
        applicant_phone="13812345678",
        application_date=dt.date(2026, 11, 27),
        form_amount_fen=123456,
        reason_summary="网络中断导致终端已扣款但收银系统无记录，客户要求撤销。",
        form_filled_at=_utc(2026, 11, 27, 6, 20),
        submitted_by_id=cashier.id,
        submitted_at=_utc(2026, 11, 27, 6, 21),
    )
    values.update(kw)
    return CancellationCase(**values)


PRINT_PIN = "246813"


def seed(store: Store) -> Seeded:
    with store.transaction() as s:
        merchant = Merchant(
            name="某某便利店有限公司", merchant_no="898310058120001", store_name="某某便利店"
        )
        from app.pins import hash_pin
        from app.users import _pepper

        pin_hash = hash_pin(PRINT_PIN, _pepper(s))  # `guadan print --user` signs in
        cashier = User(name="张三", role=Role.CASHIER, pin_hash=pin_hash, phone="13812345678")
        lead = User(name="王五", role=Role.LEAD, pin_hash=pin_hash)
        s.add_all([merchant, cashier, lead])
        s.flush()

        full = _case(
            _order(merchant, 1),
            "CX20261127-0001",
            cashier,
            executed_by_id=cashier.id,
            executed_at=_utc(2026, 11, 27, 7, 10, 2),
            result_response_code="00",
            result_auth_code="Z9Y8X7",
            result_operation_no="000988",
            result_amount_fen=123456,
        )
        s.add(full)
        s.flush()
        s.add_all(
            [
                Attachment(
                    case_id=full.id,
                    filename="小票照片.jpg",
                    sha256="a3f1c2d4e5f6" + "0" * 52,
                    size=1000,
                    mime="image/jpeg",
                    added_by_id=cashier.id,
                    added_at=_utc(2026, 11, 27, 6, 15),
                ),
                Attachment(
                    case_id=full.id,
                    filename="终端流水.pdf",
                    sha256="0123456789ab" + "f" * 52,
                    size=2000,
                    mime="application/pdf",
                    added_by_id=cashier.id,
                    added_at=_utc(2026, 11, 27, 6, 16),
                ),
                ApprovalDecision(
                    case_id=full.id,
                    decision=Decision.REJECT,
                    approver_id=lead.id,
                    comment="缺小票照片",
                    decided_at=_utc(2026, 11, 27, 6, 30),
                ),
                ApprovalDecision(
                    case_id=full.id,
                    decision=Decision.APPROVE,
                    approver_id=lead.id,
                    comment="金额核对无误",
                    decided_at=_utc(2026, 11, 27, 7, 0),
                ),
            ]
        )
        refund = _case(
            _order(merchant, 2, settled=True, amount_fen=50000),
            "CX20261127-0002",
            cashier,
            stage=Stage.PENDING_APPROVAL,
            route=Route.REFUND,
            form_amount_fen=20000,
            reason_summary=LONG_REASON,
            opened_at=_utc(2026, 11, 26, 15, 0),  # 23:00 on the 26th, local
            submitted_at=_utc(2026, 11, 26, 17, 30),  # 01:30 on the 27th, local
        )
        draft = _case(
            _order(merchant, 3),
            "CX20261127-0003",
            cashier,
            stage=Stage.FORM,
            submitted_at=None,
            submitted_by_id=None,
        )
        old = _case(
            _order(merchant, 4, funding=Funding.QR, txn_type=TxnType.QR, card_masked=None),
            "CX20261125-0001",
            cashier,
            opened_at=_utc(2026, 11, 25, 3, 0),
            submitted_at=_utc(2026, 11, 25, 4, 0),
        )
        s.add_all([refund, draft, old])
    return Seeded(store, full.case_no, refund.case_no, draft.case_no, old.case_no)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Seeded]:
    tmp = tmp_path_factory.mktemp("printdb")
    mp = pytest.MonkeyPatch()
    mp.setenv("GUADAN_HOME", str(tmp / "home"))
    store = open_store(f"sqlite:///{tmp}/t.sqlite3")
    try:
        yield seed(store)
    finally:
        store.dispose()
        mp.undo()
