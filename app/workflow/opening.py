"""Opening a case and step 1 — 确认挂单信息: verify, the route, escalation and a lead's correction."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app import leases
from app.cards import mask_pan
from app.clock import utcnow
from app.errors import DomainError, IllegalTransition
from app.models import (
    CancellationCase,
    Cause,
    DataCorrection,
    Funding,
    OrderStatus,
    Route,
    Stage,
    SuspendedOrder,
    TxnType,
    User,
)
from app.queues import is_finished
from app.redaction import redact
from app.settings import load_settings
from app.users import check_credentials
from app.validation import (
    check_merchant_no,
    check_terminal_no,
    check_text,
)
from app.workflow.common import (
    BEFORE_SUBMISSION,
    LEADS,
    STAFF,
    VERIFY_FIELDS,
    active_case_for,
    audit_case,
    get_order,
    hold,
    next_case_no,
    require_role,
    require_stage,
)

# ---------------------------------------------------------------- opening a case


def open_case(
    session: Session, order_id: uuid.UUID, actor: User, *, training: bool = False
) -> CancellationCase:
    """The case for this order: the one in progress (resume on any counter) or a new one."""
    require_role(actor, STAFF)
    order = get_order(session, order_id)
    # The lease first: of two counters opening one order at once, one gets it, the other
    # is told who has it — before either looks for a case to resume or makes one.
    leases.claim(session, order_id, actor)
    existing = active_case_for(session, order_id)
    if existing is not None:
        return existing
    if is_finished(order.status.value, order.amount_fen, order.refunded_fen):
        raise IllegalTransition("case.order_finished", status=order.status.value)
    settings = load_settings(session)
    case = CancellationCase(
        case_no=next_case_no(session, settings.timezone),
        order_id=order.id,
        stage=Stage.VERIFY,
        opened_by_id=actor.id,
        training=training,
        verify_checks={},
    )
    session.add(case)
    order.status = OrderStatus.IN_PROGRESS
    session.flush()
    audit_case(session, "case.opened", actor, case, case_no=case.case_no, order_no=order.order_no)
    return case


# ---------------------------------------------------------------- step 1: verify


@dataclass(frozen=True)
class RouteDecision:
    route: Route
    reason_key: str  # why: route.unsettled / route.settled / route.notified


def decide_route(order: SuspendedOrder) -> RouteDecision:
    if order.refunded_fen > 0:  # a void takes the whole sale back; part of it is gone already
        return RouteDecision(Route.REFUND, "route.refunded_before")
    if order.settled:
        return RouteDecision(Route.REFUND, "route.settled")
    if order.success_notified:
        return RouteDecision(Route.REFUND, "route.notified")
    return RouteDecision(Route.VOID, "route.unsettled")


def route_now(session: Session, case: CancellationCase) -> Route:
    """The route the order calls for as it is now: a QR provider's last answer for its orders,
    else the order's own state (what submit checks the verified route against)."""
    from app.payments.qr.step1 import provider_route

    qr = provider_route(session, case)
    return qr[0] if qr is not None else decide_route(case.order).route


def verify(
    session: Session,
    case: CancellationCase,
    actor: User,
    checks: dict[str, bool],
    *,
    now: dt.datetime | None = None,
) -> RouteDecision:
    """Step 1: every field confirmed against the slip and the customer, then the route."""
    require_role(actor, STAFF)
    hold(session, case, actor)
    require_stage(case, BEFORE_SUBMISSION, "verify")
    missing = [f for f in VERIFY_FIELDS if not checks.get(f)]
    if missing:
        raise DomainError("verify.unconfirmed", field=missing[0], fields=",".join(missing))
    order = case.order
    settings = load_settings(session)
    decision = decide_route(order)
    from app.payments.qr.routing import is_provider_order
    from app.payments.qr.step1 import provider_route

    qr = provider_route(session, case)  # a QR provider's answer decides its orders' route
    if qr is not None:
        decision = RouteDecision(*qr)
    elif is_provider_order(order):
        pass  # done by hand in the provider's portal: no terminal numbers to check
    elif decision.route is Route.REFUND:
        if not order.rrn:
            raise DomainError("verify.refund_needs_rrn", field="rrn")
        age_days = ((now or utcnow()) - order.occurred_at).days
        if age_days > settings.refund_window_days:
            raise DomainError(
                "verify.refund_window", days=settings.refund_window_days, age=age_days
            )
    elif not order.operation_no:
        raise DomainError("verify.void_needs_operation_no", field="operation_no")
    case.verify_checks = {f: True for f in VERIFY_FIELDS}
    if case.route is not None and case.route is not decision.route:
        case.form_filled_at = None  # a void's form is not a refund's: fill it again
    case.route = decision.route
    case.route_reason = decision.reason_key
    case.verified_by_id = actor.id
    case.verified_at = utcnow()
    if case.stage is Stage.VERIFY:
        case.stage = Stage.CONTACT
    audit_case(
        session, "case.verified", actor, case, route=decision.route.value, why=decision.reason_key
    )
    return decision


def escalate(session: Session, case: CancellationCase, actor: User, note: str) -> None:
    """A field is wrong or missing: the case waits for a lead to correct the data."""
    require_role(actor, STAFF)
    hold(session, case, actor)
    require_stage(case, BEFORE_SUBMISSION, "escalate")
    note = check_text(note, "note", max_len=1000)
    case.stage = Stage.ESCALATED
    case.escalation_note = note
    case.escalated_by_id = actor.id
    case.escalated_at = utcnow()
    case.order.status = OrderStatus.ESCALATED
    audit_case(session, "case.escalated", actor, case, note=note)


CORRECTABLE: dict[str, type] = {
    "occurred_at": dt.datetime,
    "location": str,
    "amount_fen": int,
    "txn_type": TxnType,
    "funding": Funding,
    "card_masked": str,
    "merchant_no": str,
    "terminal_no": str,
    "trace_no": str,
    "rrn": str,
    "batch_no": str,
    "auth_code": str,
    "operation_no": str,
    "settled": bool,
    "success_notified": bool,
    "cause": Cause,
}


def _coerce_correction(name: str, value: object) -> object:
    kind = CORRECTABLE.get(name)
    if kind is None:
        raise DomainError("correct.unknown_field", field=name)
    try:
        if kind is dt.datetime:
            if not isinstance(value, dt.datetime) or value.tzinfo is None:
                raise ValueError
            return value.astimezone(dt.UTC)
        if kind is int:
            if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
                raise ValueError
            return value
        if kind is bool:
            if not isinstance(value, bool):
                raise ValueError
            return value
        if kind in (TxnType, Funding, Cause):
            return kind(str(value))
        text = str(value).strip()
        if name == "card_masked":
            return mask_pan(text) if text else None
        if name == "merchant_no":
            return check_merchant_no(text, field=name)
        if name == "terminal_no":
            return check_terminal_no(text, field=name)
        if name in ("trace_no", "batch_no", "auth_code") and text and len(text) > 6:
            raise ValueError
        if name == "rrn" and text and (len(text) != 12):
            raise ValueError
        if name == "operation_no" and text and not re.fullmatch(r"[0-9A-Za-z]{1,12}", text):
            raise ValueError  # the terminal's number: never room for a card number
        if name == "location":
            # free text printed on the form: a card or phone number in it is masked
            return check_text(text, name, max_len=120)
        return text
    except ValueError as exc:
        raise DomainError("correct.bad_value", field=name) from exc


def correct_order(
    session: Session,
    case: CancellationCase,
    lead: User,
    changes: dict[str, object],
    note: str,
    *,
    pin: str,
) -> list[DataCorrection]:
    """A lead corrects an escalated order's data; old and new values are kept and audited.

    Like an approval, it needs a note saying what it rests on and the lead's own PIN (the
    same lockout as sign-in). The case then goes back to step 1, verified again by the cashier.
    """
    from app.leases import refuse_offline

    refuse_offline(session, "store.offline_no_lead_work")
    require_role(lead, LEADS, "perm.lead_only")
    require_stage(case, {Stage.ESCALATED}, "correct")
    if not note.strip():
        raise DomainError("correct.note_required", field="note")
    if not pin:
        raise DomainError("correct.pin_required", field="pin")
    check_credentials(session, lead.name, pin, purpose="correction", case=case)
    note = check_text(note, "note", max_len=1000)
    order = case.order
    coerced = {name: _coerce_correction(name, value) for name, value in changes.items()}
    corrections: list[DataCorrection] = []
    for name, new in coerced.items():
        old = getattr(order, name)
        if old == new:
            continue
        setattr(order, name, new)
        if name == "card_masked":
            order.card_last4 = str(new)[-4:] if new else None
        corrections.append(
            DataCorrection(
                case_id=case.id,
                order_id=order.id,
                field=name,
                old_value="" if old is None else redact(str(old)),
                new_value="" if new is None else str(new),
                corrected_by_id=lead.id,
            )
        )
    session.add_all(corrections)
    case.stage = Stage.VERIFY
    case.verify_checks = {}
    case.route = None
    case.route_reason = ""
    case.form_filled_at = None  # the form was filled from the old data: it is filled again
    order.status = OrderStatus.IN_PROGRESS
    audit_case(
        session,
        "case.corrected",
        lead,
        case,
        note=note,
        changes={c.field: [c.old_value, c.new_value] for c in corrections},
    )
    return corrections
