"""Step 2 — 与买家沟通 (contact the buyer) and step 3 — 填写申请表 (the application form)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import local_date, today, utcnow
from app.errors import DomainError, IllegalTransition, ValidationFailed
from app.models import (
    CancellationCase,
    Channel,
    ContactReason,
    Route,
    Stage,
    User,
)
from app.phones import mask_phone
from app.secrets import encrypt_phone
from app.settings import load_settings
from app.validation import (
    check_amount,
    check_application_date,
    check_merchant_no,
    check_phone,
    check_terminal_no,
    check_text,
)
from app.workflow.common import (
    STAFF,
    audit_case,
    hold,
    require_role,
    require_stage,
)

# ---------------------------------------------------------------- step 2: contact the buyer


@dataclass(frozen=True)
class ContactInput:
    channel: Channel
    reason: ContactReason | None  # None: not chosen yet (refused with a message)
    explanation: str
    guidance: str
    customer_agreed: bool
    customer_name: str = ""
    customer_phone: str = ""
    reason_other: str = ""
    bank_contacted: bool = False
    bank_hotline: str = ""
    bank_reference: str = ""


def record_contact(
    session: Session, case: CancellationCase, actor: User, contact: ContactInput
) -> None:
    """Step 2. Without the customer's agreement the case cannot go on."""
    require_role(actor, STAFF)
    hold(session, case, actor)
    require_stage(case, {Stage.CONTACT, Stage.FORM}, "contact")
    problems: list[DomainError] = []

    def attempt(fn: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except DomainError as err:
            problems.append(err)
            return None

    name = attempt(check_text, contact.customer_name, "customer_name", max_len=60, required=False)
    phone = (
        attempt(check_phone, contact.customer_phone, "customer_phone")
        if contact.customer_phone.strip()
        else ""
    )
    # Reached by phone: the number is part of the record (one already on file will do).
    by_phone = contact.channel is Channel.PHONE
    if by_phone and not contact.customer_phone.strip() and not case.customer_phone_enc:
        problems.append(DomainError("contact.phone_required", field="customer_phone"))
    if contact.reason is None:
        problems.append(DomainError("contact.reason_required", field="reason"))
    other = ""
    if contact.reason is ContactReason.OTHER:
        if contact.reason_other.strip():
            other = attempt(check_text, contact.reason_other, "reason_other", max_len=200)
        else:
            problems.append(DomainError("contact.reason_other_required", field="reason_other"))
    explanation = attempt(check_text, contact.explanation, "explanation", max_len=2000)
    guidance = attempt(check_text, contact.guidance, "guidance", max_len=2000)
    hotline = reference = ""
    if contact.bank_contacted:
        hotline = attempt(check_text, contact.bank_hotline, "bank_hotline", max_len=30)
        reference = attempt(
            check_text, contact.bank_reference, "bank_reference", max_len=60, required=False
        )
    if not contact.customer_agreed:
        problems.append(DomainError("contact.no_agreement", field="customer_agreed"))
    if problems or contact.reason is None:
        raise ValidationFailed(problems)
    case.contact_channel = contact.channel
    case.customer_name = name or ""
    if phone:  # blank keeps the number already on file: the screen only ever shows it masked
        case.customer_phone_enc = encrypt_phone(phone)
        case.customer_phone_masked = mask_phone(phone)
    case.contact_reason = contact.reason
    case.contact_reason_other = other or ""
    case.explanation = explanation or ""
    case.guidance = guidance or ""
    case.bank_contacted = contact.bank_contacted
    case.bank_hotline = hotline or ""
    case.bank_reference = reference or ""
    case.customer_agreed = True
    case.contacted_at = utcnow()
    if case.stage is Stage.CONTACT:
        case.stage = Stage.FORM
    audit_case(
        session,
        "case.contact_recorded",
        actor,
        case,
        channel=contact.channel.value,
        reason=contact.reason.value,  # checked above
        bank_contacted=contact.bank_contacted,
    )


# ---------------------------------------------------------------- step 3: the application form


@dataclass(frozen=True)
class FormInput:
    merchant_name: str
    merchant_no: str
    terminal_no: str
    applicant_name: str
    applicant_phone: str
    application_date: dt.date | str  # typed text is read (and refused in words) by fill_form
    amount_fen: int | str  # the same: "128.00" as typed
    reason_summary: str


def form_defaults(session: Session, case: CancellationCase, actor: User) -> FormInput:
    """What step 3 starts from: the order's numbers, the merchant, the applicant, today, the full amount."""
    from app.models import Merchant

    order = case.order
    merchant = session.execute(
        select(Merchant).where(Merchant.merchant_no == order.merchant_no)
    ).scalar_one_or_none()
    settings = load_settings(session)
    remaining = order.amount_fen - order.refunded_fen
    return FormInput(
        merchant_name=case.form_merchant_name or (merchant.name if merchant else ""),
        merchant_no=case.form_merchant_no or order.merchant_no,
        terminal_no=case.form_terminal_no or order.terminal_no,
        applicant_name=case.applicant_name or actor.name,
        applicant_phone=case.applicant_phone or actor.phone,
        application_date=case.application_date or today(settings.timezone),
        amount_fen=case.form_amount_fen if case.form_amount_fen is not None else remaining,
        reason_summary=case.reason_summary or case.explanation,
    )


def fill_form(
    session: Session,
    case: CancellationCase,
    actor: User,
    form: FormInput,
    *,
    on_date: dt.date | None = None,
) -> None:
    """Step 3: every field checked; all problems reported at once, nothing saved if any."""
    require_role(actor, STAFF)
    hold(session, case, actor)
    require_stage(case, {Stage.FORM}, "fill_form")
    if not case.customer_agreed:
        raise IllegalTransition("contact.no_agreement")
    settings = load_settings(session)
    order = case.order
    problems: list[DomainError] = []
    values: dict[str, Any] = {}

    def attempt(name: str, fn: Any, *args: Any, **kwargs: Any) -> None:
        try:
            values[name] = fn(*args, **kwargs)
        except DomainError as err:
            problems.append(err)

    attempt("merchant_name", check_text, form.merchant_name, "merchant_name", max_len=120)
    attempt("merchant_no", check_merchant_no, form.merchant_no)
    attempt("terminal_no", check_terminal_no, form.terminal_no)
    attempt("applicant_name", check_text, form.applicant_name, "applicant_name", max_len=60)
    attempt("applicant_phone", check_phone, form.applicant_phone, "applicant_phone")
    attempt(
        "application_date",
        check_application_date,
        form.application_date,
        local_date(order.occurred_at, settings.timezone),
        on_date or today(settings.timezone),
    )
    attempt(
        "amount",
        check_amount,
        form.amount_fen,
        is_void=case.route is Route.VOID,
        original_fen=order.amount_fen,
        refunded_fen=order.refunded_fen,
    )
    attempt("reason_summary", check_text, form.reason_summary, "reason_summary", max_len=2000)
    if problems:
        raise ValidationFailed(problems)
    case.form_merchant_name = values["merchant_name"]
    case.form_merchant_no = values["merchant_no"]
    case.form_terminal_no = values["terminal_no"]
    case.applicant_name = values["applicant_name"]
    case.applicant_phone = values["applicant_phone"]
    case.application_date = values["application_date"]
    case.form_amount_fen = values["amount"]
    case.reason_summary = values["reason_summary"]
    case.form_filled_at = utcnow()
    audit_case(session, "case.form_filled", actor, case, amount_fen=values["amount"])
