"""The stored domain: merchants, terminals, users, suspended orders, cancellation cases, audit events.

Keys are UUIDs (rows are made on several counters that may later share one database),
money is integer fen, times are aware UTC.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    Uuid,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, validates

from app import refs
from app.clock import utcnow


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Stores UTC, gives back aware UTC; refuses naive datetimes so no local time slips in."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; guadan stores aware UTC only")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(
        self, value: dt.datetime | None, dialect: Dialect
    ) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC)


class Base(DeclarativeBase):
    pass


def _enum(cls: type[enum.Enum]) -> Enum:
    return Enum(cls, native_enum=False, length=24, validate_strings=True)


class FeeClass(enum.StrEnum):
    STANDARD = "STANDARD"
    DISCOUNT = "DISCOUNT"
    EXEMPT = "EXEMPT"


class Role(enum.StrEnum):
    CASHIER = "CASHIER"
    LEAD = "LEAD"
    ADMIN = "ADMIN"


class TxnType(enum.StrEnum):
    SALE = "SALE"
    PREAUTH_COMPLETE = "PREAUTH_COMPLETE"
    QR = "QR"


class Funding(enum.StrEnum):
    CREDIT = "CREDIT"
    DEBIT = "DEBIT"
    QR = "QR"


class Cause(enum.StrEnum):
    SYSTEM_ERROR = "SYSTEM_ERROR"
    OPERATOR_ERROR = "OPERATOR_ERROR"
    CUSTOMER_REQUEST = "CUSTOMER_REQUEST"
    PROMOTION = "PROMOTION"
    PAYMENT_FAILED = "PAYMENT_FAILED"
    NETWORK = "NETWORK"
    TERMINAL_NO_RECORD = "TERMINAL_NO_RECORD"


class OrderStatus(enum.StrEnum):
    OPEN = "OPEN"
    IN_PROGRESS = "IN_PROGRESS"
    ESCALATED = "ESCALATED"
    PENDING_APPROVAL = "PENDING_APPROVAL"
    APPROVED = "APPROVED"
    CANCELLED = "CANCELLED"
    REFUNDED = "REFUNDED"
    REJECTED = "REJECTED"
    CLOSED = "CLOSED"


class OrderSource(enum.StrEnum):
    IMPORT = "IMPORT"
    MANUAL = "MANUAL"
    TERMINAL_JOURNAL = "TERMINAL_JOURNAL"
    DEMO = "DEMO"


class Stage(enum.StrEnum):
    """Where a cancellation case stands in the five steps."""

    VERIFY = "VERIFY"  # step 1
    ESCALATED = "ESCALATED"  # waiting for a lead to correct the data
    CONTACT = "CONTACT"  # step 2
    FORM = "FORM"  # step 3
    PENDING_APPROVAL = "PENDING_APPROVAL"  # step 4
    APPROVED = "APPROVED"  # step 5 may run
    DONE = "DONE"  # voided or refunded, archived
    CLOSED = "CLOSED"  # rejected and closed, no money moved


class AttachmentPurpose(enum.StrEnum):
    EVIDENCE = "EVIDENCE"  # for the form, before submission
    SLIP = "SLIP"  # the terminal's slip of a money movement keyed by hand (step 5)
    PROVIDER_ANSWER = "PROVIDER_ANSWER"  # a QR provider's signed answer (step 1)


class Route(enum.StrEnum):
    VOID = "VOID"  # 撤销
    REFUND = "REFUND"  # 退货


class PayChannel(enum.StrEnum):
    """How the customer paid: where the money is that step 5 moves back."""

    CARD_TERMINAL = "CARD_TERMINAL"  # a card on the counter's terminal
    QR_TERMINAL = "QR_TERMINAL"  # a smart terminal scanned the code: the terminal holds it
    QR_ALIPAY = "QR_ALIPAY"  # 支付宝 当面付, through the store's own app_id
    QR_WECHAT = "QR_WECHAT"  # 微信支付, through the store's own mchid
    QR_OTHER = "QR_OTHER"  # another provider: handled by hand in its merchant portal


class Channel(enum.StrEnum):
    IN_PERSON = "IN_PERSON"
    PHONE = "PHONE"
    WECHAT = "WECHAT"


class ContactReason(enum.StrEnum):
    WRONG_PIN = "WRONG_PIN"
    INSUFFICIENT_BALANCE = "INSUFFICIENT_BALANCE"
    NETWORK = "NETWORK"
    DUPLICATE = "DUPLICATE"
    CUSTOMER_CANCEL = "CUSTOMER_CANCEL"
    OPERATOR_ERROR = "OPERATOR_ERROR"
    OTHER = "OTHER"


class Decision(enum.StrEnum):
    APPROVE = "APPROVE"
    REJECT = "REJECT"


class IntentState(enum.StrEnum):
    OPEN = "OPEN"  # committed before the command went out; outcome unknown until closed
    DONE = "DONE"  # the money moved, the answer is recorded
    FAILED = "FAILED"  # the money did not move; the step may be retried


def _uuid() -> uuid.UUID:
    return uuid.uuid4()


class Merchant(Base):
    __tablename__ = "merchants"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=_uuid)
    name: Mapped[str] = mapped_column(String(120))
    merchant_no: Mapped[str] = mapped_column(String(15), unique=True)
    fee_class: Mapped[FeeClass] = mapped_column(_enum(FeeClass), default=FeeClass.STANDARD)
    store_name: Mapped[str] = mapped_column(String(120), default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    terminals: Mapped[list[Terminal]] = relationship(back_populates="merchant")


class Terminal(Base):
    __tablename__ = "terminals"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=_uuid)
    merchant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("merchants.id"))
    terminal_no: Mapped[str] = mapped_column(String(8))
    counter: Mapped[str] = mapped_column(String(60), default="")
    port: Mapped[str] = mapped_column(String(200), default="simulator")
    baudrate: Mapped[int] = mapped_column(Integer, default=115200)
    merchant: Mapped[Merchant] = relationship(back_populates="terminals")
    __table_args__ = (UniqueConstraint("merchant_id", "terminal_no"),)


class User(Base):
    __tablename__ = "users"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=_uuid)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    role: Mapped[Role] = mapped_column(_enum(Role))
    pin_hash: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str] = mapped_column(String(20), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class SuspendedOrder(Base):
    __tablename__ = "suspended_orders"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=_uuid)
    order_no: Mapped[str] = mapped_column(String(40))
    merchant_no: Mapped[str] = mapped_column(String(15))
    terminal_no: Mapped[str] = mapped_column(String(8))
    occurred_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    location: Mapped[str] = mapped_column(String(120))
    amount_fen: Mapped[int] = mapped_column(Integer)
    txn_type: Mapped[TxnType] = mapped_column(_enum(TxnType))
    funding: Mapped[Funding] = mapped_column(_enum(Funding))
    card_masked: Mapped[str | None] = mapped_column(String(19), nullable=True)
    card_last4: Mapped[str | None] = mapped_column(String(4), nullable=True)
    trace_no: Mapped[str] = mapped_column(String(6), default="")
    rrn: Mapped[str] = mapped_column(String(12), default="")
    batch_no: Mapped[str] = mapped_column(String(6), default="")
    auth_code: Mapped[str] = mapped_column(String(6), default="")
    operation_no: Mapped[str] = mapped_column(String(12), default="")
    cause: Mapped[Cause] = mapped_column(_enum(Cause))
    channel: Mapped[PayChannel] = mapped_column(_enum(PayChannel), default=PayChannel.CARD_TERMINAL)
    provider_trade_no: Mapped[str] = mapped_column(String(64), default="")  # 支付宝/微信 trade no.
    out_trade_no: Mapped[str] = mapped_column(String(64), default="")  # the till's, at the provider
    settled: Mapped[bool] = mapped_column(Boolean, default=False)
    success_notified: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[OrderStatus] = mapped_column(_enum(OrderStatus), default=OrderStatus.OPEN)
    cashier: Mapped[str] = mapped_column(String(60), default="")
    refunded_fen: Mapped[int] = mapped_column(Integer, default=0)
    source: Mapped[OrderSource] = mapped_column(_enum(OrderSource), default=OrderSource.MANUAL)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    __mapper_args__ = {"version_id_col": version}

    @validates("operation_no", "trace_no", "batch_no", "rrn")
    def _canonical_number(self, key: str, value: str | None) -> str:
        # One spelling at every entry point: "1" and "000001" are one sale (app/refs.py).
        return refs.canonical(key, value)

    __table_args__ = (
        UniqueConstraint("merchant_no", "order_no", name="uq_order_merchant_no"),
        # the list's sort orders, each (column, time, id) for seek paging (migration 0009;
        # there PostgreSQL's order-number index is COLLATE "C")
        Index("ix_orders_occurred", "occurred_at", "id"),
        Index("ix_orders_order_no", "order_no", "occurred_at", "id", "status"),
        Index("ix_orders_card_occurred", text("coalesce(card_last4, '')"), "occurred_at", "id"),
        Index("ix_orders_amount_fen_sort", "amount_fen", "occurred_at", "id"),
        Index("ix_orders_status_sort", "status", "occurred_at", "id"),
        Index("ix_orders_funding_sort", "funding", "occurred_at", "id"),
        Index("ix_orders_cause_sort", "cause", "occurred_at", "id"),
        Index("ix_orders_cashier_sort", "cashier", "occurred_at", "id"),
        Index("ix_orders_out_trade_no", "out_trade_no"),
    )


class CancellationCase(Base):
    __tablename__ = "cancellation_cases"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=_uuid)
    case_no: Mapped[str] = mapped_column(String(24), unique=True)
    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("suspended_orders.id"), index=True)
    stage: Mapped[Stage] = mapped_column(_enum(Stage), default=Stage.VERIFY)
    route: Mapped[Route | None] = mapped_column(_enum(Route), nullable=True)
    route_reason: Mapped[str] = mapped_column(String(60), default="")
    opened_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    opened_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    training: Mapped[bool] = mapped_column(Boolean, default=False)

    # step 1: verification
    verify_checks: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    verified_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    verified_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # escalation
    escalation_note: Mapped[str] = mapped_column(Text, default="")
    escalated_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    escalated_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # step 2: buyer contact
    contact_channel: Mapped[Channel | None] = mapped_column(_enum(Channel), nullable=True)
    customer_name: Mapped[str] = mapped_column(String(60), default="")
    customer_phone_enc: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    customer_phone_masked: Mapped[str] = mapped_column(String(20), default="")
    contact_reason: Mapped[ContactReason | None] = mapped_column(
        _enum(ContactReason), nullable=True
    )
    contact_reason_other: Mapped[str] = mapped_column(String(200), default="")
    explanation: Mapped[str] = mapped_column(Text, default="")
    guidance: Mapped[str] = mapped_column(Text, default="")
    bank_contacted: Mapped[bool] = mapped_column(Boolean, default=False)
    bank_hotline: Mapped[str] = mapped_column(String(30), default="")
    bank_reference: Mapped[str] = mapped_column(String(60), default="")
    customer_agreed: Mapped[bool] = mapped_column(Boolean, default=False)
    contacted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # step 3: application form
    form_merchant_name: Mapped[str] = mapped_column(String(120), default="")
    form_merchant_no: Mapped[str] = mapped_column(String(15), default="")
    form_terminal_no: Mapped[str] = mapped_column(String(8), default="")
    applicant_name: Mapped[str] = mapped_column(String(60), default="")
    applicant_phone: Mapped[str] = mapped_column(String(20), default="")
    application_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    form_amount_fen: Mapped[int | None] = mapped_column(Integer, nullable=True)
    reason_summary: Mapped[str] = mapped_column(Text, default="")
    form_filled_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # step 4: submission (approval decisions are rows of their own)
    submitted_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    submitted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # step 5: result
    executed_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    executed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    result_response_code: Mapped[str] = mapped_column(String(4), default="")
    result_auth_code: Mapped[str] = mapped_column(String(12), default="")
    result_operation_no: Mapped[str] = mapped_column(String(20), default="")
    result_rrn: Mapped[str] = mapped_column(String(20), default="")
    result_amount_fen: Mapped[int | None] = mapped_column(Integer, nullable=True)
    result_manual: Mapped[bool] = mapped_column(Boolean, default=False)
    # Who confirmed a result typed in by hand (the manual path, a lead's resolution).
    result_confirmed_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id"), nullable=True
    )
    result_terminal_id: Mapped[str] = mapped_column(String(20), default="")
    result_note_key: Mapped[str] = mapped_column(String(60), default="")  # how it is known
    # A void recorded by hand is checked against the terminal's journal once it is back:
    # "" (nothing to check), PENDING, OK, MISMATCH, UNCHECKABLE.
    journal_check: Mapped[str] = mapped_column(String(12), default="")
    fee_effect_fen: Mapped[int | None] = mapped_column(Integer, nullable=True)
    evidence_locked: Mapped[bool] = mapped_column(Boolean, default=False)

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": version}

    order: Mapped[SuspendedOrder] = relationship()
    # The case's evidence as it stands: a file taken off a draft keeps its row (removed_at).
    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="case",
        order_by="Attachment.added_at",
        primaryjoin="and_(CancellationCase.id == Attachment.case_id, Attachment.removed_at.is_(None))",
    )
    decisions: Mapped[list[ApprovalDecision]] = relationship(
        back_populates="case", order_by="ApprovalDecision.decided_at"
    )
    intents: Mapped[list[TerminalIntent]] = relationship(
        back_populates="case", order_by="TerminalIntent.created_at"
    )
    __table_args__ = (
        Index("ix_cases_stage", "stage"),
        Index("ix_cases_executed_at", "executed_at"),  # the anomalies' window (0014)
        Index("ix_cases_submitted_at", "submitted_at"),
    )


class Attachment(Base):
    __tablename__ = "attachments"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=_uuid)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cancellation_cases.id"), index=True)
    filename: Mapped[str] = mapped_column(String(200))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    mime: Mapped[str] = mapped_column(String(60))
    purpose: Mapped[str] = mapped_column(String(20), default="EVIDENCE")
    added_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    added_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    removed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    case: Mapped[CancellationCase] = relationship(back_populates="attachments")


class ApprovalDecision(Base):
    __tablename__ = "approval_decisions"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=_uuid)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cancellation_cases.id"), index=True)
    decision: Mapped[Decision] = mapped_column(_enum(Decision))
    approver_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    comment: Mapped[str] = mapped_column(Text, default="")
    decided_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    case: Mapped[CancellationCase] = relationship(back_populates="decisions")
    approver: Mapped[User] = relationship()


class TerminalIntent(Base):
    """Written and committed before money moves (a command to a terminal or provider, or a
    person keying it in by hand); closed once its outcome is known. It belongs to one counter
    and one terminal: only that counter, with that terminal attached, may settle it."""

    __tablename__ = "terminal_intents"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=_uuid)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cancellation_cases.id"), index=True)
    command: Mapped[Route] = mapped_column(_enum(Route))
    amount_fen: Mapped[int] = mapped_column(Integer)
    ticket: Mapped[str] = mapped_column(String(20))
    original_operation_no: Mapped[str] = mapped_column(String(20), default="")
    terminal_port: Mapped[str] = mapped_column(String(200), default="")
    # The counter (app.counter.counter_id) that sent the command, and the terminal id the
    # terminal itself reported before it (or the counter's setting, where it cannot say).
    counter_id: Mapped[str] = mapped_column(String(36), default="")
    terminal_id: Mapped[str] = mapped_column(String(20), default="")
    channel: Mapped[str] = mapped_column(String(24), default="CARD_TERMINAL")
    idempotency_key: Mapped[str] = mapped_column(String(64), default="")
    resends: Mapped[int] = mapped_column(Integer, default=0)  # explicit, audited re-sends
    state: Mapped[IntentState] = mapped_column(_enum(IntentState), default=IntentState.OPEN)
    manual: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    closed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    response_code: Mapped[str] = mapped_column(String(4), default="")
    outcome_key: Mapped[str] = mapped_column(String(60), default="")
    case: Mapped[CancellationCase] = relationship(back_populates="intents")
    __table_args__ = (Index("ix_intents_state", "state"),)

    @validates("original_operation_no")
    def _canonical_number(self, key: str, value: str | None) -> str:
        return refs.operation_no(value)


class SlipClaim(Base):
    """A terminal slip typed in by hand closes one case only: its reference + auth code and
    its photo's hash are claimed here, the primary key refusing a second claim."""

    __tablename__ = "slip_claims"
    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cancellation_cases.id"), index=True)
    claimed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class DataCorrection(Base):
    """A lead's correction of an escalated order's data, old and new value kept."""

    __tablename__ = "data_corrections"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=_uuid)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cancellation_cases.id"), index=True)
    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("suspended_orders.id"))
    field: Mapped[str] = mapped_column(String(40))
    old_value: Mapped[str] = mapped_column(Text)
    new_value: Mapped[str] = mapped_column(Text)
    corrected_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    corrected_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class AuditEvent(Base):
    """Append-only. Each counter keeps its own chain: `prev_hash` is the hash of the same
    counter's previous event (`counter_seq` - 1), `hash` = SHA-256 over it and this event's
    content, `mac` = HMAC of `hash` with the store's key (app.store_keys, never in the database).
    `state` holds a digest of each row the event left behind (app.audit.state). Events from
    before the per-counter chain keep `counter_id` "" and the old unkeyed rule."""

    __tablename__ = "audit_events"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True, default=_uuid)
    counter_id: Mapped[str] = mapped_column(String(36), default="")
    counter_seq: Mapped[int] = mapped_column(Integer)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    kind: Mapped[str] = mapped_column(String(40))
    actor_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    actor_name: Mapped[str] = mapped_column(String(60), default="")
    case_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True, index=True)
    order_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True, index=True)
    subject: Mapped[str | None] = mapped_column(String(80), nullable=True, index=True)
    payload: Mapped[str] = mapped_column(Text, default="{}")
    state: Mapped[str] = mapped_column(Text, default="{}")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    mac: Mapped[str] = mapped_column(String(64), default="")
    __table_args__ = (
        UniqueConstraint("counter_id", "counter_seq", name="uq_audit_counter_seq"),
        Index("ix_audit_kind_at", "kind", "at"),  # reports: lockouts, QR answers, handovers
    )


class AuditCheckpoint(Base):
    """A signed copy of a chain's head, written at start-up, at each handover and at a restore.
    Also kept outside the database (app.audit.anchor); in a shared store the server's grants let
    the app only add and read these rows."""

    __tablename__ = "audit_checkpoints"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=_uuid)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    counter_id: Mapped[str] = mapped_column(String(36))
    counter_seq: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))
    why: Mapped[str] = mapped_column(String(20))
    rewound_to: Mapped[int | None] = mapped_column(Integer, nullable=True)
    written_by: Mapped[str] = mapped_column(String(36), default="")
    actor_name: Mapped[str] = mapped_column(String(60), default="")
    sig: Mapped[str] = mapped_column(String(64))
    __table_args__ = (Index("ix_checkpoints_counter", "counter_id", "counter_seq"),)


class OrderCount(Base):
    """Orders per status, kept by database triggers (migration 0010) in the transaction of the
    change: the queue badges and the list's total read these rows instead of counting."""

    __tablename__ = "order_counts"
    status: Mapped[str] = mapped_column(String(24), primary_key=True)
    n: Mapped[int] = mapped_column(Integer)


class Setting(Base):
    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class Counter(Base):
    """Named sequences (case numbers per day, terminal tickets)."""

    __tablename__ = "counters"
    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


class OrderLease(Base):
    """Which counter is working on an order, until when (app.leases). One row per order, taken
    and renewed by one upsert; an expired row is anyone's to take."""

    __tablename__ = "order_leases"
    order_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("suspended_orders.id", ondelete="CASCADE"), primary_key=True
    )
    counter_id: Mapped[str] = mapped_column(String(36))
    counter_label: Mapped[str] = mapped_column(String(60), default="")  # "2号收银台"
    user_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("users.id"), nullable=True)
    user_name: Mapped[str] = mapped_column(String(60), default="")
    claimed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    claimed_until: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class OutboxEntry(Base):
    """One unit of work a counter did against its local copy (app.sync), to be replayed on the
    shared server: the rows it left behind and the audit events it wrote, in one JSON body.
    Written in the same local transaction as the work; `sent_at` set only once the server
    committed it. Never edited otherwise."""

    __tablename__ = "outbox"
    event_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=_uuid)
    counter_id: Mapped[str] = mapped_column(String(36))
    seq: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    body: Mapped[str] = mapped_column(Text)
    sent_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    outcome: Mapped[str] = mapped_column(String(12), default="")  # applied / duplicate / conflict
    __table_args__ = (UniqueConstraint("counter_id", "seq", name="uq_outbox_counter_seq"),)


class SyncReceipt(Base):
    """The server's record of each outbox entry it applied, written in the transaction that
    applied it: a resent entry (its ack was lost) finds its receipt and changes nothing."""

    __tablename__ = "sync_receipts"
    event_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    counter_id: Mapped[str] = mapped_column(String(36))
    seq: Mapped[int] = mapped_column(Integer)
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    outcome: Mapped[str] = mapped_column(String(12), default="applied")  # or "conflict"
    __table_args__ = (UniqueConstraint("counter_id", "seq", name="uq_receipt_counter_seq"),)


class ReportSummary(Base):
    """Counts and sums per (grain, store-local day, key) behind the lead's reports, kept by
    database triggers in the transaction of each change (app.reports.summary, migration 0014)."""

    __tablename__ = "report_summary"
    grain: Mapped[str] = mapped_column(String(16), primary_key=True)
    day: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    n: Mapped[int] = mapped_column(Integer)
    amount_fen: Mapped[int] = mapped_column(BigInteger)
    extra_fen: Mapped[int] = mapped_column(BigInteger)


class CaseResolution(Base):
    """Minutes from the transaction to its resolution, per resolved case (triggers, 0014): the
    causes report's median walks the (minutes, opened_at) index instead of sorting every case."""

    __tablename__ = "case_resolution"
    case_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    opened_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    minutes: Mapped[float | None] = mapped_column(Float, nullable=True)
    __table_args__ = (Index("ix_case_resolution_minutes", "minutes", "opened_at"),)


class ReportZone(Base):
    """The one UTC offset (seconds) at which report_summary counts store-local days."""

    __tablename__ = "report_zone"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    offset_s: Mapped[int] = mapped_column(Integer)
