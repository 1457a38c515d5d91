"""The five steps of a cancellation (撤销五步), steps 1–4, as services in the cashier's words.

Each service takes an open Session and the acting user, checks every rule of DESIGN.md §4,
changes the case and its order and writes an audit event; the caller commits (one unit of
work per step, so a refused step leaves the case exactly as it was). Step 5 is in
app/execution.py.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import audit
from app.cards import mask_pan
from app.clock import local_date, today, utcnow
from app.errors import DomainError, IllegalTransition, NotFound, PermissionDenied, ValidationFailed
from app.models import (
    ApprovalDecision,
    Attachment,
    CancellationCase,
    Cause,
    Channel,
    ContactReason,
    Counter,
    DataCorrection,
    Decision,
    Funding,
    IntentState,
    OrderStatus,
    Role,
    Route,
    Stage,
    SuspendedOrder,
    TerminalIntent,
    TxnType,
    User,
)
from app.secrets import encrypt_phone, mask_phone
from app.settings import StoreSettings, load_settings
from app.users import check_credentials
from app.validation import (
    check_amount,
    check_application_date,
    check_merchant_no,
    check_phone,
    check_terminal_no,
    check_text,
)

VERIFY_FIELDS = ("occurred_at", "location", "amount", "txn_type", "funding")
ACTIVE_STAGES = frozenset(
    {
        Stage.VERIFY,
        Stage.ESCALATED,
        Stage.CONTACT,
        Stage.FORM,
        Stage.PENDING_APPROVAL,
        Stage.APPROVED,
    }
)
BEFORE_SUBMISSION = frozenset({Stage.VERIFY, Stage.CONTACT, Stage.FORM})
MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
STAFF = frozenset({Role.CASHIER, Role.LEAD, Role.ADMIN})
LEADS = frozenset({Role.LEAD, Role.ADMIN})


# ---------------------------------------------------------------- helpers


def _require_role(user: User, roles: frozenset[Role], key: str = "perm.denied") -> None:
    if not user.active or user.role not in roles:
        raise PermissionDenied(key, role=user.role.value)


def _require_stage(
    case: CancellationCase, allowed: frozenset[Stage] | set[Stage], action: str
) -> None:
    if case.stage not in allowed:
        raise IllegalTransition("case.wrong_stage", action=action, stage=case.stage.value)


def _require_no_open_intent(session: Session, case: CancellationCase) -> None:
    open_intent = session.execute(
        select(TerminalIntent.id).where(
            TerminalIntent.case_id == case.id, TerminalIntent.state == IntentState.OPEN
        )
    ).first()
    if open_intent is not None:
        raise IllegalTransition("execute.open_intent")


def get_case(session: Session, case_id: uuid.UUID) -> CancellationCase:
    case = session.get(CancellationCase, case_id)
    if case is None:
        raise NotFound("case.not_found")
    return case


def get_order(session: Session, order_id: uuid.UUID) -> SuspendedOrder:
    order = session.get(SuspendedOrder, order_id)
    if order is None:
        raise NotFound("order.not_found")
    return order


def active_case_for(session: Session, order_id: uuid.UUID) -> CancellationCase | None:
    return (
        session.execute(
            select(CancellationCase)
            .where(CancellationCase.order_id == order_id, CancellationCase.stage.in_(ACTIVE_STAGES))
            .order_by(CancellationCase.opened_at.desc())
        )
        .scalars()
        .first()
    )


def _next_case_no(session: Session, zone: str) -> str:
    day = today(zone).strftime("%Y%m%d")
    name = f"case:{day}"
    counter = session.execute(
        select(Counter).where(Counter.name == name).with_for_update()
    ).scalar_one_or_none()
    if counter is None:
        counter = Counter(name=name, value=0)
        session.add(counter)
    counter.value += 1
    # The row lock (PostgreSQL) / write lock (SQLite) makes two counters draw different numbers.
    return f"CX{day}-{counter.value:04d}"


def _audit(
    session: Session, kind: str, actor: User | None, case: CancellationCase, **payload: Any
) -> None:
    audit.record(session, kind, actor, case_id=case.id, order_id=case.order_id, **payload)


# ---------------------------------------------------------------- opening a case


def open_case(
    session: Session, order_id: uuid.UUID, actor: User, *, training: bool = False
) -> CancellationCase:
    """The case for this order: the one in progress (resume on any counter) or a new one."""
    _require_role(actor, STAFF)
    order = get_order(session, order_id)
    existing = active_case_for(session, order_id)
    if existing is not None:
        return existing
    finished = {OrderStatus.CANCELLED, OrderStatus.CLOSED}
    fully_refunded = order.status is OrderStatus.REFUNDED and order.refunded_fen >= order.amount_fen
    if order.status in finished or fully_refunded:
        raise IllegalTransition("case.order_finished", status=order.status.value)
    settings = load_settings(session)
    case = CancellationCase(
        case_no=_next_case_no(session, settings.timezone),
        order_id=order.id,
        stage=Stage.VERIFY,
        opened_by_id=actor.id,
        training=training,
        verify_checks={},
    )
    session.add(case)
    order.status = OrderStatus.IN_PROGRESS
    session.flush()
    _audit(session, "case.opened", actor, case, case_no=case.case_no, order_no=order.order_no)
    return case


# ---------------------------------------------------------------- step 1: verify


@dataclass(frozen=True)
class RouteDecision:
    route: Route
    reason_key: str  # why: route.unsettled / route.settled / route.notified


def decide_route(order: SuspendedOrder) -> RouteDecision:
    if order.settled:
        return RouteDecision(Route.REFUND, "route.settled")
    if order.success_notified:
        return RouteDecision(Route.REFUND, "route.notified")
    return RouteDecision(Route.VOID, "route.unsettled")


def verify(
    session: Session,
    case: CancellationCase,
    actor: User,
    checks: dict[str, bool],
    *,
    now: dt.datetime | None = None,
) -> RouteDecision:
    """Step 1: every field confirmed against the slip and the customer, then the route."""
    _require_role(actor, STAFF)
    _require_stage(case, BEFORE_SUBMISSION, "verify")
    missing = [f for f in VERIFY_FIELDS if not checks.get(f)]
    if missing:
        raise DomainError("verify.unconfirmed", field=missing[0], fields=",".join(missing))
    order = case.order
    settings = load_settings(session)
    decision = decide_route(order)
    if decision.route is Route.REFUND:
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
    case.route = decision.route
    case.route_reason = decision.reason_key
    case.verified_by_id = actor.id
    case.verified_at = utcnow()
    if case.stage is Stage.VERIFY:
        case.stage = Stage.CONTACT
    _audit(
        session, "case.verified", actor, case, route=decision.route.value, why=decision.reason_key
    )
    return decision


def escalate(session: Session, case: CancellationCase, actor: User, note: str) -> None:
    """A field is wrong or missing: the case waits for a lead to correct the data."""
    _require_role(actor, STAFF)
    _require_stage(case, BEFORE_SUBMISSION, "escalate")
    note = check_text(note, "note", max_len=1000)
    case.stage = Stage.ESCALATED
    case.escalation_note = note
    case.escalated_by_id = actor.id
    case.escalated_at = utcnow()
    case.order.status = OrderStatus.ESCALATED
    _audit(session, "case.escalated", actor, case, note=note)


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
        if name == "location" and not text:
            raise ValueError
        return text
    except ValueError as exc:
        raise DomainError("correct.bad_value", field=name) from exc


def correct_order(
    session: Session, case: CancellationCase, lead: User, changes: dict[str, object], note: str = ""
) -> list[DataCorrection]:
    """A lead corrects an escalated order's data; old and new values are kept and audited.

    The case then goes back to step 1, to be verified again by the cashier.
    """
    _require_role(lead, LEADS, "perm.lead_only")
    _require_stage(case, {Stage.ESCALATED}, "correct")
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
                old_value="" if old is None else str(old),
                new_value="" if new is None else str(new),
                corrected_by_id=lead.id,
            )
        )
    if not corrections and not note.strip():
        raise DomainError("correct.nothing", field="note")
    session.add_all(corrections)
    case.stage = Stage.VERIFY
    case.verify_checks = {}
    case.route = None
    case.route_reason = ""
    order.status = OrderStatus.IN_PROGRESS
    _audit(
        session,
        "case.corrected",
        lead,
        case,
        note=note.strip(),
        changes={c.field: [c.old_value, c.new_value] for c in corrections},
    )
    return corrections


# ---------------------------------------------------------------- step 2: contact the buyer


@dataclass(frozen=True)
class ContactInput:
    channel: Channel
    reason: ContactReason
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
    _require_role(actor, STAFF)
    _require_stage(case, {Stage.CONTACT, Stage.FORM}, "contact")
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
    other = ""
    if contact.reason is ContactReason.OTHER:
        other = attempt(check_text, contact.reason_other, "reason_other", max_len=200)
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
    if problems:
        raise ValidationFailed(problems)
    case.contact_channel = contact.channel
    case.customer_name = name or ""
    case.customer_phone_enc = encrypt_phone(phone) if phone else None
    case.customer_phone_masked = mask_phone(phone) if phone else ""
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
    _audit(
        session,
        "case.contact_recorded",
        actor,
        case,
        channel=contact.channel.value,
        reason=contact.reason.value,
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
    application_date: dt.date
    amount_fen: int
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
    _require_role(actor, STAFF)
    _require_stage(case, {Stage.FORM}, "fill_form")
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
    _audit(session, "case.form_filled", actor, case, amount_fen=values["amount"])


_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"%PDF-", "application/pdf"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"BM", "image/bmp"),
)


def sniff_mime(data: bytes) -> str | None:
    for magic, mime in _MAGIC:
        if data.startswith(magic):
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


def store_evidence(files_dir: Path, data: bytes) -> str:
    """Content-addressed: the file's name is its SHA-256; written once, never changed."""
    digest = hashlib.sha256(data).hexdigest()
    target = files_dir / digest[:2] / digest
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(".part")
        tmp.write_bytes(data)
        tmp.replace(target)
        target.chmod(0o444)
    return digest


def add_attachment(
    session: Session,
    files_dir: Path,
    case: CancellationCase,
    actor: User,
    filename: str,
    data: bytes,
    *,
    purpose: str = "EVIDENCE",
) -> Attachment:
    """Evidence for the form (images or PDF, ≤ 10 MB), or the terminal slip in step 5."""
    _require_role(actor, STAFF)
    allowed = BEFORE_SUBMISSION if purpose == "EVIDENCE" else frozenset({Stage.APPROVED})
    if case.evidence_locked or case.stage not in allowed:
        raise IllegalTransition("attachment.locked")
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise DomainError("attachment.too_big", field="attachment", mb=10)
    if not data:
        raise DomainError("attachment.empty", field="attachment")
    mime = sniff_mime(data)
    if mime is None:
        raise DomainError("attachment.bad_type", field="attachment")
    digest = store_evidence(files_dir, data)
    for existing in case.attachments:
        if existing.sha256 == digest:
            return existing
    attachment = Attachment(
        case_id=case.id,
        filename=Path(filename).name[:200],
        sha256=digest,
        size=len(data),
        mime=mime,
        purpose=purpose,
        added_by_id=actor.id,
    )
    session.add(attachment)
    case.attachments.append(attachment)
    session.flush()
    _audit(
        session, "case.attachment_added", actor, case, filename=attachment.filename, sha256=digest
    )
    return attachment


def remove_attachment(
    session: Session, case: CancellationCase, actor: User, attachment_id: uuid.UUID
) -> None:
    """Only before submission; the file itself stays in the store (nothing is ever deleted)."""
    _require_role(actor, STAFF)
    if case.evidence_locked or case.stage not in BEFORE_SUBMISSION:
        raise IllegalTransition("attachment.locked")
    for attachment in list(case.attachments):
        if attachment.id == attachment_id:
            case.attachments.remove(attachment)
            session.delete(attachment)
            _audit(session, "case.attachment_removed", actor, case, sha256=attachment.sha256)
            return
    raise NotFound("attachment.not_found")


# ---------------------------------------------------------------- step 4: submit and approve


def submit(session: Session, case: CancellationCase, actor: User) -> None:
    _require_role(actor, STAFF)
    _require_stage(case, {Stage.FORM}, "submit")
    if case.route is None or not case.verify_checks:
        raise IllegalTransition("submit.not_verified")
    if not case.customer_agreed:
        raise IllegalTransition("contact.no_agreement")
    if case.form_filled_at is None:
        raise IllegalTransition("submit.form_missing")
    case.stage = Stage.PENDING_APPROVAL
    case.submitted_by_id = actor.id
    case.submitted_at = utcnow()
    case.order.status = OrderStatus.PENDING_APPROVAL
    _audit(session, "case.submitted", actor, case, amount_fen=case.form_amount_fen)


def _approver(
    session: Session, case: CancellationCase, name: str, pin: str, settings: StoreSettings
) -> User:
    approver = check_credentials(session, name, pin, purpose="approval")
    _require_role(approver, LEADS, "approve.lead_only")
    if approver.id == case.submitted_by_id:
        raise PermissionDenied("approve.not_applicant")
    if (
        case.form_amount_fen or 0
    ) > settings.approval_threshold_fen and approver.role is not Role.ADMIN:
        raise PermissionDenied("approve.admin_needed", threshold=settings.approval_threshold_fen)
    return approver


def approve(
    session: Session, case: CancellationCase, approver_name: str, pin: str, comment: str = ""
) -> User:
    """A lead other than the applicant approves with their own PIN; the signed-in user stays."""
    _require_stage(case, {Stage.PENDING_APPROVAL}, "approve")
    approver = _approver(session, case, approver_name, pin, load_settings(session))
    comment = check_text(comment, "comment", max_len=1000, required=False)
    session.add(
        ApprovalDecision(
            case_id=case.id, decision=Decision.APPROVE, approver_id=approver.id, comment=comment
        )
    )
    case.stage = Stage.APPROVED
    case.order.status = OrderStatus.APPROVED
    _audit(session, "case.approved", approver, case, comment=comment)
    return approver


def reject(
    session: Session,
    case: CancellationCase,
    approver_name: str,
    pin: str,
    comment: str,
    *,
    close: bool = False,
) -> User:
    """Reject with a comment: back to step 3 to revise, or closed."""
    _require_stage(case, {Stage.PENDING_APPROVAL}, "reject")
    if not comment.strip():
        raise DomainError("reject.comment_required", field="comment")
    approver = _approver(session, case, approver_name, pin, load_settings(session))
    comment = check_text(comment, "comment", max_len=1000)
    session.add(
        ApprovalDecision(
            case_id=case.id, decision=Decision.REJECT, approver_id=approver.id, comment=comment
        )
    )
    if close:
        case.stage = Stage.CLOSED
        case.order.status = OrderStatus.CLOSED
    else:
        case.stage = Stage.FORM
        case.order.status = OrderStatus.REJECTED
    _audit(session, "case.rejected", approver, case, comment=comment, closed=close)
    return approver


def withdraw(session: Session, case: CancellationCase, actor: User, note: str) -> None:
    """The cashier stops a case before submission (say the customer did not agree); the order re-opens."""
    _require_role(actor, STAFF)
    _require_stage(case, BEFORE_SUBMISSION | {Stage.ESCALATED}, "withdraw")
    note = check_text(note, "note", max_len=1000)
    case.stage = Stage.CLOSED
    case.order.status = OrderStatus.OPEN
    _audit(session, "case.withdrawn", actor, case, note=note)


def latest_decision(case: CancellationCase) -> ApprovalDecision | None:
    return case.decisions[-1] if case.decisions else None


def pending_count(session: Session) -> int:
    return session.execute(
        select(func.count())
        .select_from(CancellationCase)
        .where(CancellationCase.stage == Stage.PENDING_APPROVAL)
    ).scalar_one()
