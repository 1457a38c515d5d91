"""A plain copy of a case and its order, read on the database worker.

Widgets only ever see these frozen values: an ORM object read on the GUI thread could
lazy-load and so touch the database from there.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.models import CancellationCase, User
    from app.workflow import FormInput


@dataclass(frozen=True)
class AttachmentRow:
    id: uuid.UUID
    filename: str
    size: int
    sha256: str
    purpose: str


@dataclass(frozen=True)
class DecisionRow:
    decision: str  # APPROVE / REJECT
    approver: str
    comment: str
    decided_at: str


@dataclass(frozen=True)
class ResultRow:
    response_code: str
    auth_code: str
    operation_no: str
    rrn: str
    amount_fen: int
    manual: bool
    fee_effect_fen: int
    executed_at: str
    confirmed_by: str = ""  # the lead who confirmed a result typed in by hand
    note_key: str = ""  # how the result is known (app.workflow.outcome)


@dataclass(frozen=True)
class CaseSnapshot:
    case_id: uuid.UUID
    case_no: str
    order_id: uuid.UUID
    stage: str
    route: str | None
    route_reason: str
    training: bool
    # the order
    order_no: str
    occurred_at: str
    order_date: dt.date
    location: str
    amount_fen: int
    refunded_fen: int
    txn_type: str
    funding: str
    card_masked: str
    trace_no: str
    rrn: str
    batch_no: str
    auth_code: str
    operation_no: str
    cause: str
    settled: bool
    success_notified: bool
    order_status: str
    # step 1
    verify_checks: dict[str, bool]
    escalation_note: str
    # step 2
    contacted: bool
    contact_channel: str | None
    customer_name: str
    customer_phone_masked: str
    contact_reason: str | None
    contact_reason_other: str
    explanation: str
    guidance: str
    bank_contacted: bool
    bank_hotline: str
    bank_reference: str
    customer_agreed: bool
    # step 3
    form: FormInput
    form_filled: bool
    attachments: tuple[AttachmentRow, ...]
    # step 4
    submitted_by_id: uuid.UUID | None
    decision: DecisionRow | None
    # step 5
    blocked: bool
    result: ResultRow | None
    guide: tuple[tuple[str, dict[str, Any]], ...] = field(default=())
    manual_started: bool = False  # this case's money is being keyed by hand (open intent)
    submitted_at: dt.datetime | None = None  # aware UTC: step 4's 已等待 counts from here
    # where the money is: QR_ALIPAY / QR_WECHAT orders are handled at their provider
    pay_channel: str = "CARD_TERMINAL"
    out_trade_no: str = ""
    provider_trade_no: str = ""

    @property
    def provider(self) -> str:
        """'alipay' / 'wechat' for an order at a QR provider, else ''."""
        return {"QR_ALIPAY": "alipay", "QR_WECHAT": "wechat"}.get(self.pay_channel, "")

    @property
    def before_submission(self) -> bool:
        return self.stage in ("VERIFY", "ESCALATED", "CONTACT", "FORM")

    def evidence(self) -> tuple[AttachmentRow, ...]:
        return tuple(a for a in self.attachments if a.purpose == "EVIDENCE")


def read_snapshot(session: Session, case: CancellationCase, actor: User) -> CaseSnapshot:
    """Everything the wizard shows about `case`, as of this session."""
    from app.clock import format_local, local_date
    from app.models import Stage, User
    from app.settings import load_settings
    from app.workflow import case_blocked, form_defaults, guide_lines, latest_decision
    from app.workflow.outcome import open_intent

    zone = load_settings(session).timezone
    order = case.order
    decision = latest_decision(case)
    result = None
    if case.stage is Stage.DONE:
        result = ResultRow(
            response_code=case.result_response_code,
            auth_code=case.result_auth_code,
            operation_no=case.result_operation_no,
            rrn=case.result_rrn,
            amount_fen=case.result_amount_fen or 0,
            manual=case.result_manual,
            fee_effect_fen=case.fee_effect_fen or 0,
            executed_at=format_local(case.executed_at, zone) if case.executed_at else "",
            confirmed_by=session.get_one(User, case.result_confirmed_by_id).name
            if case.result_confirmed_by_id
            else "",
            note_key=case.result_note_key,
        )
    guide: tuple[tuple[str, dict[str, Any]], ...] = ()
    if case.stage is Stage.APPROVED:
        guide = tuple(guide_lines(case, zone))
    pending = open_intent(session, case)
    return CaseSnapshot(
        case_id=case.id,
        case_no=case.case_no,
        order_id=order.id,
        stage=case.stage.value,
        route=case.route.value if case.route else None,
        route_reason=case.route_reason,
        training=case.training,
        order_no=order.order_no,
        occurred_at=format_local(order.occurred_at, zone),
        order_date=local_date(order.occurred_at, zone),
        location=order.location,
        amount_fen=order.amount_fen,
        refunded_fen=order.refunded_fen,
        txn_type=order.txn_type.value,
        funding=order.funding.value,
        card_masked=order.card_masked or "",
        trace_no=order.trace_no,
        rrn=order.rrn,
        batch_no=order.batch_no,
        auth_code=order.auth_code,
        operation_no=order.operation_no,
        cause=order.cause.value,
        settled=order.settled,
        success_notified=order.success_notified,
        order_status=order.status.value,
        pay_channel=order.channel.value,
        out_trade_no=order.out_trade_no,
        provider_trade_no=order.provider_trade_no,
        verify_checks=dict(case.verify_checks or {}),
        escalation_note=case.escalation_note,
        contacted=case.contacted_at is not None,
        contact_channel=case.contact_channel.value if case.contact_channel else None,
        customer_name=case.customer_name,
        customer_phone_masked=case.customer_phone_masked,
        contact_reason=case.contact_reason.value if case.contact_reason else None,
        contact_reason_other=case.contact_reason_other,
        explanation=case.explanation,
        guidance=case.guidance,
        bank_contacted=case.bank_contacted,
        bank_hotline=case.bank_hotline,
        bank_reference=case.bank_reference,
        customer_agreed=case.customer_agreed,
        form=form_defaults(session, case, actor),
        form_filled=case.form_filled_at is not None,
        attachments=tuple(
            AttachmentRow(a.id, a.filename, a.size, a.sha256, a.purpose) for a in case.attachments
        ),
        submitted_by_id=case.submitted_by_id,
        decision=(
            DecisionRow(
                decision=decision.decision.value,
                approver=decision.approver.name,
                comment=decision.comment,
                decided_at=format_local(decision.decided_at, zone),
            )
            if decision is not None
            else None
        ),
        blocked=case_blocked(session, case),
        result=result,
        guide=guide,
        manual_started=pending is not None and pending.manual,
        submitted_at=case.submitted_at,
    )


def case_step(
    case_id: uuid.UUID, user_id: uuid.UUID, action: Callable[..., Any] | None = None
) -> Callable[[Session], CaseSnapshot]:
    """A function for the database worker: `action(session, case, actor)` when given (a step's
    service call), then the case as it now stands. Holds ids only, never a widget."""

    def work(session: Session) -> CaseSnapshot:
        from app.models import User
        from app.workflow import get_case

        actor = session.get_one(User, user_id)
        case = get_case(session, case_id)
        if action is not None:
            action(session, case, actor)
            session.flush()
            session.expire(case)  # rows the action added (a decision) join the case's lists
        return read_snapshot(session, case, actor)

    return work
