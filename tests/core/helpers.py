"""Builders for core tests: a store with staff and orders, and a fake terminal."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import itertools
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from app import workflow
from app.clock import utcnow
from app.models import (
    Cause,
    Channel,
    ContactReason,
    FeeClass,
    Funding,
    Merchant,
    Role,
    SuspendedOrder,
    Terminal,
    TxnType,
    User,
)
from app.payments.card.base import (
    AnswerLost,
    Capability,
    CloseResult,
    LinkError,
    RefundResult,
    TerminalDeclined,
    TerminalIdentity,
    Transaction,
    VoidResult,
)
from app.users import create_user

MERCHANT_NO = "898310048161230"
TERMINAL_NO = "12345678"
PINS = {  # not trivial: a PIN being chosen may not be 111111 or 123456 (app.users)
    "cashier": "482913",
    "cashier2": "590371",
    "lead": "273946",
    "lead2": "816204",
    "admin": "364815",
}
_seq = itertools.count(1)


@dataclass
class Staff:
    cashier: User
    cashier2: User
    lead: User
    lead2: User
    admin: User


def seed_staff(session: Session) -> Staff:
    merchant = Merchant(name="测试便利店", merchant_no=MERCHANT_NO, fee_class=FeeClass.STANDARD)
    session.add(merchant)
    session.flush()
    session.add(Terminal(merchant_id=merchant.id, terminal_no=TERMINAL_NO))
    admin = create_user(session, "管理员", Role.ADMIN, PINS["admin"], None)
    users = {
        "cashier": create_user(
            session, "张三", Role.CASHIER, PINS["cashier"], admin, phone="13812345678"
        ),
        "cashier2": create_user(session, "赵敏", Role.CASHIER, PINS["cashier2"], admin),
        "lead": create_user(session, "李四", Role.LEAD, PINS["lead"], admin),
        "lead2": create_user(session, "周五", Role.LEAD, PINS["lead2"], admin),
    }
    return Staff(admin=admin, **users)


def make_order(session: Session, **overrides: object) -> SuspendedOrder:
    n = next(_seq)
    values: dict[str, object] = dict(
        order_no=f"T{n:06d}",
        merchant_no=MERCHANT_NO,
        terminal_no=TERMINAL_NO,
        occurred_at=utcnow() - dt.timedelta(hours=2),
        location="测试便利店 1号收银台",
        amount_fen=12_800,
        txn_type=TxnType.SALE,
        funding=Funding.CREDIT,
        card_masked="622588******1234",
        card_last4="1234",
        trace_no="000123",
        rrn="123456789012",
        batch_no="000001",
        auth_code="A1B2C3",
        operation_no=f"{n:06d}",
        cause=Cause.NETWORK,
        cashier="张三",
    )
    values.update(overrides)
    order = SuspendedOrder(**values)
    session.add(order)
    session.flush()
    return order


CONTACT = workflow.ContactInput(
    channel=Channel.IN_PERSON,
    reason=ContactReason.NETWORK,
    explanation="网络中断，收银未收到结果。",
    guidance="下次请等待确认后离开。",
    customer_agreed=True,
    customer_name="陈先生",
    customer_phone="13912345678",
)


def all_checked() -> dict[str, bool]:
    return dict.fromkeys(workflow.VERIFY_FIELDS, True)


def drive_to_approved(session: Session, staff: Staff, order: SuspendedOrder):  # type: ignore[no-untyped-def]
    case = workflow.open_case(session, order.id, staff.cashier)
    workflow.verify(session, case, staff.cashier, all_checked())
    workflow.record_contact(session, case, staff.cashier, CONTACT)
    workflow.fill_form(
        session, case, staff.cashier, workflow.form_defaults(session, case, staff.cashier)
    )
    workflow.submit(session, case, staff.cashier)
    workflow.approve(session, case, staff.lead.name, PINS["lead"], "同意")
    return case


def photo(seed: int = 0, size: int = 64) -> bytes:
    """A real PNG photo (it decodes), different for each seed: evidence checks decode images."""
    import io

    from PIL import Image

    image = Image.new("RGB", (size, size), ((seed * 37) % 256, (seed * 91) % 256, 120))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


@dataclass
class FakeTerminal:
    """A driver double: a journal of sales by operation number, and scripted failures."""

    sales: dict[str, bool] = field(default_factory=dict)  # op no → voided
    amounts: dict[str, int] = field(default_factory=dict)  # op no → fen (default ¥128.00)
    fail_next: str = ""  # "", "decline:XX", "link", "answer_lost", "answer_lost_not_moved"
    voids_sent: int = 0
    reachable: bool = True
    name: str = "fake"
    simulated: bool = True
    terminal_id: str = TERMINAL_NO  # what the terminal reports as its own id
    capabilities: frozenset[Capability] = frozenset(
        {
            Capability.PING,
            Capability.VOID,
            Capability.LAST_TRANSACTION,
            Capability.SALES_JOURNAL,
            Capability.CLOSE_BATCH,
            Capability.VOID_STATUS,
            Capability.REPORTS_IDENTITY,
        }
    )

    def ping(self) -> bool:
        return self.reachable

    def identify(self) -> TerminalIdentity:
        if not self.reachable:
            raise LinkError("terminal.link.no_ack")
        return TerminalIdentity(self.terminal_id, MERCHANT_NO)

    def void(self, operation_no: str, amount_fen: int | None = None) -> VoidResult:
        failure, self.fail_next = self.fail_next, ""
        if failure.startswith("decline:"):
            raise TerminalDeclined(failure.split(":")[1])
        if failure == "link":
            raise LinkError("terminal.link.no_ack")
        if operation_no not in self.sales:
            raise TerminalDeclined("05")
        if self.sales[operation_no]:
            raise TerminalDeclined("04")
        if failure == "answer_lost_not_moved":
            raise AnswerLost("terminal.answer_lost")
        self.voids_sent += 1
        self.sales[operation_no] = True
        if failure == "answer_lost":
            raise AnswerLost("terminal.answer_lost")
        return VoidResult(
            "00", True, MERCHANT_NO, self.terminal_id, "V12345", f"9{operation_no[-5:]}"
        )

    def refund(self, amount_fen: int, original_rrn: str, original_date: dt.date) -> RefundResult:
        raise NotImplementedError

    def last_transaction(self) -> Transaction:
        if not self.reachable:
            raise LinkError("terminal.link.no_ack")
        raise TerminalDeclined("11")

    def sales_journal(self) -> list[Transaction]:
        if not self.reachable:
            raise LinkError("terminal.link.no_ack")
        return [
            Transaction(
                "00",
                MERCHANT_NO,
                self.terminal_id,
                "1",
                "AUTH01",
                self.amounts.get(op, 12_800),
                "1234",
                op,
                "CR",
                "",
                "",
                "VI",
                "",
                "",
                "",
                0,
                voided=voided,
            )
            for op, voided in self.sales.items()
        ]

    def close_batch(self) -> CloseResult:
        return CloseResult("00", True, MERCHANT_NO, TERMINAL_NO)

    def close(self) -> None:
        pass


@contextlib.contextmanager
def pin_on_stdin(*pins: str) -> Iterator[None]:
    """A command's PIN as a script gives it: one line each on standard input (never argv)."""
    saved = sys.stdin
    sys.stdin = io.StringIO("".join(f"{pin}\n" for pin in pins))
    try:
        yield
    finally:
        sys.stdin = saved


def seeded_db(path: str) -> Staff:
    """A set-up store at `path` (a CLI test's --db), its staff as in seed_staff."""
    from app.db import open_store

    store = open_store(path)
    try:
        with store.transaction() as s:
            return seed_staff(s)
    finally:
        store.dispose()


def free_orders(session: Session) -> None:
    """The cashiers closed their wizards: no order stays leased (app.leases) to the counter
    that prepared it, so the next step may run at another counter at once."""
    from sqlalchemy import delete

    from app.models import OrderLease

    session.execute(delete(OrderLease))
