"""Step 5 by hand, and the way out of an unknown outcome.

The guided manual path: the cashier keys the refund (a terminal that cannot refund without
the card), or the void (only while this counter's terminal cannot be reached), on the
terminal itself. `start_manual` commits an intent and claims the case for this counter
*before* anything is keyed, so a crash leaves a trace and no second counter can key the same
case; `record_manual_execution` closes it with the slip's numbers, a photo of the slip and a
lead's PIN. A slip closes one case only.

`resolve_unknown`: when nobody can ask the terminal what became of a command (a protocol
without a journal; a terminal that cannot tell), a lead reads the terminal's own receipt or
journal and records what it shows — moved or not — with a photo and their PIN.
"""

from __future__ import annotations

import hashlib
import io
import secrets
import uuid
from dataclasses import dataclass

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app import audit
from app.clock import DEFAULT_ZONE, local_date, utcnow
from app.db import Store
from app.errors import DomainError, IllegalTransition, PermissionDenied, ValidationFailed
from app.models import CancellationCase, Route, SlipClaim, Stage, TerminalIntent, User
from app.payments.card.base import TerminalDriver
from app.payments.channel import Channel, ChannelCapability
from app.users import check_credentials
from app.workflow.common import LEADS, STAFF, get_case, hold, require_role, require_stage
from app.workflow.evidence import add_attachment
from app.workflow.execute import as_channel, require_terminal_free, require_this_counter
from app.workflow.outcome import (
    ExecutionOutcome,
    close_failed,
    open_intent,
    record_outcome,
    terminal_label,
)
from app.workflow.rules import require_execution_allowed

MAX_PHOTO_BYTES = 10 * 1024 * 1024


@dataclass(frozen=True)
class ManualSlip:
    """What the cashier copies from the terminal's slip after keying the refund or void."""

    reference: str  # 参考号: 12 digits
    auth_code: str  # 授权码: 6 letters or digits
    amount_fen: int | None  # None: what was typed is not an amount (said with the rest)
    trace_no: str = ""  # 凭证号: 6 digits


# A void goes by hand only when the terminal cannot be reached: these failures (the port does
# not open, the link never answers) say so before anything was sent.
_UNREACHABLE = ("terminal.port_", "terminal.link")  # port_unavailable, link.no_ack, …


def manual_void_offered(route: str, error_key: str) -> bool:
    """Whether step 5 offers to key a void by hand after the terminal failed with `error_key`:
    only a void, and only when the terminal could not be reached (nothing was sent).
    `start_manual` checks the terminal once more before anything is keyed."""
    return route == Route.VOID.value and error_key.startswith(_UNREACHABLE)


def _this_counter(counter_id: str | None) -> str:
    if counter_id:
        return counter_id
    from app.counter import counter_id as mine

    return mine()


def start_manual(
    store: Store, case_id: uuid.UUID, actor_id: uuid.UUID, channel: Channel | TerminalDriver
) -> uuid.UUID:
    """The cashier is about to key the money movement on the terminal by hand: commit the
    intent first (this counter's, open), so that a crash leaves a trace and another counter
    cannot key the same case. Returns the intent's id (the same one when already started
    here). A void may go by hand only while the terminal cannot be reached."""
    channel = as_channel(channel)
    with store.transaction() as session:
        case = get_case(session, case_id)
        actor = session.get_one(User, actor_id)
        require_role(actor, STAFF)
        hold(session, case, actor)
        require_stage(case, {Stage.APPROVED}, "execute")
        require_execution_allowed(session, case, actor)
        require_this_counter(session, case, channel)
        existing = open_intent(session, case)
        if existing is not None:
            if existing.manual and existing.counter_id == channel.counter_id:
                return existing.id
            if existing.manual:
                raise DomainError(
                    "manual.other_counter",
                    counter=terminal_label(session, case.order.terminal_no),
                )
            raise IllegalTransition("execute.open_intent")
        require_terminal_free(session, case)
        route = case.route or Route.VOID
    if route is Route.VOID and channel.reachable():
        raise DomainError("manual.void_terminal_reachable")
    if route is Route.REFUND and ChannelCapability.REFUND in channel.capabilities:
        raise DomainError("manual.refund_terminal_can")
    with store.transaction() as session:
        case = get_case(session, case_id)
        actor = session.get_one(User, actor_id)
        require_stage(case, {Stage.APPROVED}, "execute")
        if open_intent(session, case) is not None:
            raise IllegalTransition("execute.open_intent")
        require_execution_allowed(session, case, actor)
        # Touching the case bumps its version: of two counters starting at once, the second
        # one's commit is refused (StaleData).
        case.updated_at = utcnow()
        intent = TerminalIntent(
            case_id=case.id,
            command=route,
            amount_fen=case.form_amount_fen or case.order.amount_fen,
            ticket=secrets.token_hex(3).upper(),
            original_operation_no=case.order.operation_no,
            manual=True,
            counter_id=channel.counter_id,
            terminal_id=case.order.terminal_no,
            channel=channel.kind,
            idempotency_key=secrets.token_hex(16),
        )
        session.add(intent)
        session.flush()
        audit.record(
            session,
            "terminal.manual_started",
            actor,
            case_id=case.id,
            order_id=case.order_id,
            command=route.value,
            amount_fen=intent.amount_fen,
            counter_id=channel.counter_id,
        )
        return intent.id


def photo_problem(name: str, data: bytes) -> DomainError | None:
    """Why `data` is not a usable photo of a slip or receipt, or None: it must decode as an
    image (PNG, JPEG, …), whole, and be at most 10 MB."""
    if not data:
        return DomainError("manual.photo_missing", field="attachment")
    if len(data) > MAX_PHOTO_BYTES:
        return DomainError("attachment.too_large", field="attachment", name=name[:40])
    try:
        from PIL import Image

        with Image.open(io.BytesIO(data)) as image:
            image.verify()  # structure and checksums
        with Image.open(io.BytesIO(data)) as image:
            image.load()  # every pixel decodes
            if image.width < 16 or image.height < 16:
                return DomainError("manual.photo_not_image", field="attachment")
    except Exception:  # Pillow raises many kinds for a file that is not an image
        return DomainError("manual.photo_not_image", field="attachment")
    return None


def slip_problems(slip: ManualSlip, expected_fen: int) -> list[DomainError]:
    """Every field of a hand-typed slip checked to its real length and charset, at once."""
    problems = []
    reference = slip.reference.strip()
    if not (reference.isascii() and reference.isdigit() and len(reference) == 12):
        problems.append(DomainError("manual.reference_invalid", field="reference"))
    auth = slip.auth_code.strip().upper()
    if not (auth.isascii() and auth.isalnum() and len(auth) == 6):
        problems.append(DomainError("manual.auth_invalid", field="auth_code"))
    trace = slip.trace_no.strip()
    if not (trace.isascii() and trace.isdigit() and len(trace) == 6):
        problems.append(DomainError("manual.trace_invalid", field="trace_no"))
    if slip.amount_fen is None:
        problems.append(DomainError("manual.amount_invalid", field="amount", amount=expected_fen))
    elif slip.amount_fen != expected_fen:
        problems.append(DomainError("manual.amount_mismatch", field="amount", amount=expected_fen))
    return problems


def _confirming_lead(
    session: Session, lead_name: str, lead_pin: str, actor: User, problems: list[DomainError]
) -> User | None:
    """The lead who confirms, or None with the reason added to `problems` (a wrong PIN still
    counts toward the lockout: ValidationFailed keeps that change)."""
    try:
        lead = check_credentials(session, lead_name, lead_pin, purpose="manual_confirm")
    except DomainError as exc:
        problems.append(exc)
        return None
    try:
        require_role(lead, LEADS, "approve.lead_only")
    except PermissionDenied as exc:
        problems.append(DomainError(exc.key, field="name", **exc.params))
        return None
    if lead.id == actor.id:
        problems.append(DomainError("manual.second_person", field="name"))
        return None
    return lead


def _claim_slip(session: Session, case: CancellationCase, keys: list[str]) -> None:
    """Claim the slip for this case; refuses a slip already claimed by another case."""
    for key in keys:
        claimed = session.get(SlipClaim, key)
        if claimed is not None and claimed.case_id != case.id:
            other = session.get_one(CancellationCase, claimed.case_id)
            raise DomainError("manual.slip_used", field="reference", case_no=other.case_no)
        if claimed is None:
            session.add(SlipClaim(key=key, case_id=case.id))
    try:
        session.flush()
    except IntegrityError as exc:  # another counter claimed it a moment ago
        raise DomainError("manual.slip_used", field="reference", case_no="") from exc


def record_manual_execution(
    store: Store,
    case_id: uuid.UUID,
    actor_id: uuid.UUID,
    lead_name: str,
    lead_pin: str,
    slip: ManualSlip,
    evidence_name: str,
    evidence: bytes,
    *,
    counter_id: str | None = None,
) -> ExecutionOutcome:
    """Close this counter's manual intent with the slip: its numbers (all checked at once,
    with the photo and the lead's PIN), a photo of it, confirmed by a lead other than the
    cashier. The slip's reference + auth code and the photo's hash close one case only."""
    here = _this_counter(counter_id)
    with store.transaction() as session:
        case = get_case(session, case_id)
        actor = session.get_one(User, actor_id)
        require_role(actor, STAFF)
        require_stage(case, {Stage.APPROVED}, "execute")
        intent = open_intent(session, case)
        if intent is None or not intent.manual:
            raise IllegalTransition("manual.not_started")
        if intent.counter_id and intent.counter_id != here:
            raise DomainError(
                "manual.other_counter", counter=terminal_label(session, case.order.terminal_no)
            )
        problems = slip_problems(slip, intent.amount_fen)
        photo = photo_problem(evidence_name, evidence)
        if photo is not None:
            problems.append(photo)
        lead = _confirming_lead(session, lead_name, lead_pin, actor, problems)
        if problems or lead is None:
            raise ValidationFailed(problems)
        reference, auth = slip.reference.strip(), slip.auth_code.strip().upper()
        digest = hashlib.sha256(evidence).hexdigest()
        _claim_slip(session, case, [f"ref:{reference}:{auth}", f"photo:{digest}"])
        add_attachment(
            session, store.attachments_dir, case, actor, evidence_name, evidence, purpose="SLIP"
        )
        audit.record(
            session,
            "terminal.manual_confirmed",
            lead,
            case_id=case.id,
            cashier=actor.name,
            counter_id=intent.counter_id,
        )
        outcome = record_outcome(
            session,
            case,
            intent,
            actor,
            response_code="",
            auth_code=auth,
            operation_no=slip.trace_no.strip(),
            rrn=reference,
            manual=True,
            note_key="execute.manual_recorded",
            confirmed_by=lead,
        )
        if intent.command is Route.VOID:
            case.journal_check = "PENDING"  # checked against the terminal once it answers
        return outcome


def resolve_unknown(
    store: Store,
    case_id: uuid.UUID,
    actor_id: uuid.UUID,
    lead_name: str,
    lead_pin: str,
    *,
    moved: bool,
    note: str,
    evidence_name: str,
    evidence: bytes,
    slip: ManualSlip | None = None,
) -> ExecutionOutcome | None:
    """A lead settles a blocked case by what the terminal's own receipt or journal shows:
    `moved` True archives the case (with the slip's numbers when given), False closes the
    intent so the step may be retried. A photo of what was read and a note are required."""
    with store.transaction() as session:
        case = get_case(session, case_id)
        actor = session.get_one(User, actor_id)
        require_role(actor, STAFF)
        intent = open_intent(session, case)
        if intent is None:
            raise IllegalTransition("execute.already_closed")
        problems: list[DomainError] = []
        if not note.strip():
            problems.append(DomainError("resolve.note_required", field="note"))
        if slip is not None and moved:
            problems += slip_problems(slip, intent.amount_fen)
        photo = photo_problem(evidence_name, evidence)
        if photo is not None:
            problems.append(photo)
        lead = _confirming_lead(session, lead_name, lead_pin, actor, problems)
        if problems or lead is None:
            raise ValidationFailed(problems)
        add_attachment(
            session, store.attachments_dir, case, actor, evidence_name, evidence, purpose="SLIP"
        )
        audit.record(
            session,
            "terminal.resolved_by_lead",
            lead,
            case_id=case.id,
            order_id=case.order_id,
            moved=moved,
            note=note.strip()[:500],
            cashier=actor.name,
            counter_id=intent.counter_id,
        )
        if not moved:
            close_failed(session, intent, "execute.resolved_not_moved", "", lead)
            return None
        return record_outcome(
            session,
            case,
            intent,
            actor,
            response_code="",
            auth_code=slip.auth_code.strip().upper() if slip else "",
            operation_no=slip.trace_no.strip() if slip else "",
            rrn=slip.reference.strip() if slip else "",
            manual=True,
            note_key="execute.resolved_by_lead",
            confirmed_by=lead,
        )


def guide_lines(
    case: CancellationCase, zone: str = DEFAULT_ZONE
) -> list[tuple[str, dict[str, object]]]:
    """What to key on the terminal, in order: message keys with their parameters. The
    original date is the store's local date (`zone`, the settings' timezone)."""
    order = case.order
    amount = case.form_amount_fen or order.amount_fen
    if case.route is Route.VOID:
        return [
            ("manual.void.menu", {}),
            ("manual.step.password", {}),
            ("manual.void.trace", {"trace": order.trace_no, "operation_no": order.operation_no}),
            ("manual.void.amount", {"amount": amount}),
            ("manual.step.confirm", {}),
            ("manual.step.slip", {}),
        ]
    return [
        ("manual.step.menu", {}),
        ("manual.step.password", {}),
        ("manual.step.card", {"card": order.card_masked or ""}),
        (
            "manual.step.reference",
            {"rrn": order.rrn, "date": local_date(order.occurred_at, zone).strftime("%m%d")},
        ),
        ("manual.step.amount", {"amount": amount}),
        ("manual.step.confirm", {}),
        ("manual.step.slip", {}),
    ]
