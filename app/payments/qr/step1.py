"""Step 1 for a QR order: ask the provider (查单), keep its signed answer as evidence, and say
what it means for the case in the cashier's words.

- charged → 撤销 while the provider still allows it, else 退款;
- not charged (or still paying) → 撤销 closes the trade: no money moves;
- closed, revoked, refunded or unknown to the provider → nothing to do: the case closes
  with the answer as its evidence;
- an amount or merchant that differs from the till → escalate.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import evidence_store
from app.clock import utcnow
from app.db import Store
from app.errors import DomainError, IllegalTransition
from app.models import (
    Attachment,
    AuditEvent,
    CancellationCase,
    OrderStatus,
    Route,
    Stage,
    User,
)
from app.payments.qr.base import TradeState
from app.payments.qr.channel import QrChannel
from app.payments.qr.config import load_config
from app.payments.qr.routing import PROVIDERS, is_provider_order
from app.payments.qr.transport import Gateway  # noqa: F401  (re-exported for callers' typing)
from app.workflow.common import BEFORE_SUBMISSION, audit_case, get_case

QUERIED = "qr.queried"
MAX_ANSWER_BYTES = 1_000_000  # a query answer is a few hundred bytes
NOTHING_TO_DO = {
    TradeState.CLOSED,
    TradeState.REVOKED,
    TradeState.REFUNDED,
    TradeState.NOT_FOUND,
}


@dataclass(frozen=True)
class ProviderVerdict:
    provider: str
    state: str  # TradeState value
    provider_state: str
    amount_fen: int | None
    trade_no: str
    paid_at: str  # ISO, or ""
    advice: str  # VOID, REFUND, CLOSE_UNPAID, NOTHING, ESCALATE
    message_key: str
    sha256: str  # the signed answer, stored as evidence
    asked_at: str


def _advice(channel: QrChannel, answer: object, case: CancellationCase) -> tuple[str, str]:
    state: TradeState = answer.state  # type: ignore[attr-defined]
    order = case.order
    amount = answer.amount_fen  # type: ignore[attr-defined]
    merchant = answer.merchant_id  # type: ignore[attr-defined]
    if amount is not None and amount != order.amount_fen:
        return "ESCALATE", "qr.verdict.amount_mismatch"
    if merchant and merchant != channel.provider.info.merchant_id:
        return "ESCALATE", "qr.verdict.merchant_mismatch"
    # Part of it went back already (through this till): the rest only by refund, 撤销 would
    # take back the whole trade. 微信 then reads REFUND, 支付宝 still TRADE_SUCCESS.
    partly = 0 < order.refunded_fen < order.amount_fen
    if partly and state in (TradeState.PAID, TradeState.REFUNDED):
        return "REFUND", "qr.verdict.partly_refunded"
    if state in NOTHING_TO_DO:
        return "NOTHING", f"qr.verdict.nothing.{state.value}"
    if state in (TradeState.NOT_PAID, TradeState.PAYING):
        return "CLOSE_UNPAID", f"qr.verdict.unpaid.{state.value}"
    if state is TradeState.FINISHED:
        return "ESCALATE", "qr.verdict.finished"
    paid_at = answer.paid_at  # type: ignore[attr-defined]
    if channel.provider.capabilities.may_cancel_paid(paid_at, utcnow()):
        return "VOID", "qr.verdict.paid_cancel"
    return "REFUND", "qr.verdict.paid_refund"


def ask_provider(
    store: Store, case_id: uuid.UUID, actor_id: uuid.UUID, channel: QrChannel, files_dir: Path
) -> ProviderVerdict:
    """查单 now (off the GUI thread), keep the raw signed answer, record what it says.
    DomainError qr.offline when the provider cannot be reached (nothing recorded)."""
    with store.transaction() as session:
        case = get_case(session, case_id)
        if not is_provider_order(case.order) or not case.order.out_trade_no:
            raise DomainError("qr.no_out_trade_no")
        out_trade_no = case.order.out_trade_no
    answer = channel.query(out_trade_no)  # raises DomainError (offline, untrusted answer)
    # The signed bytes themselves, content-addressed like every evidence file; not through
    # store_evidence, which takes only images and PDFs a person hands in.
    incoming = evidence_store.take_in(files_dir, answer.raw.body, MAX_ANSWER_BYTES)
    digest = evidence_store.place(files_dir, incoming)
    with store.transaction() as session:
        case = get_case(session, case_id)
        actor = session.get_one(User, actor_id)
        advice, key = _advice(channel, answer, case)
        now = utcnow()
        verdict = ProviderVerdict(
            provider=channel.provider.name.value,
            state=answer.state.value,
            provider_state=answer.provider_state,
            amount_fen=answer.amount_fen,
            trade_no=answer.trade_no,
            paid_at=answer.paid_at.isoformat() if answer.paid_at else "",
            advice=advice,
            message_key=key,
            sha256=digest,
            asked_at=now.isoformat(),
        )
        if answer.trade_no and not case.order.provider_trade_no:
            case.order.provider_trade_no = answer.trade_no[:64]
        if not any(a.sha256 == digest for a in case.attachments):
            session.add(
                Attachment(
                    case_id=case.id,
                    filename=f"{verdict.provider}-query-{now:%Y%m%d%H%M%S}.json",
                    sha256=digest,
                    size=len(answer.raw.body),
                    mime="application/json",
                    purpose="PROVIDER_ANSWER",
                    added_by_id=actor.id,
                )
            )
        payload = asdict(verdict)
        payload["trade_state"] = payload.pop("state")  # audit_case's own `state` is its own
        audit_case(session, QUERIED, actor, case, **payload)
    return verdict


def latest_verdict(session: Session, case: CancellationCase) -> ProviderVerdict | None:
    """What the provider last said about this case (from its audit event)."""
    payload = session.execute(
        select(AuditEvent.payload)
        .where(AuditEvent.case_id == case.id, AuditEvent.kind == QUERIED)
        .order_by(AuditEvent.seq.desc())
        .limit(1)
    ).scalar_one_or_none()
    if payload is None:
        return None
    data = json.loads(payload)
    data["state"] = data.get("trade_state", data.get("state", ""))
    known = ProviderVerdict.__dataclass_fields__
    return ProviderVerdict(**{k: data.get(k, "") for k in known})


def provider_route(session: Session, case: CancellationCase) -> tuple[Route, str] | None:
    """Step 1's route for a QR provider order, from the provider's answer (None: not one)."""
    if not is_provider_order(case.order):
        return None
    verdict = latest_verdict(session, case)
    if verdict is None:
        name = PROVIDERS.get(case.order.channel)
        if name is not None and load_config(session, name) is not None:
            raise DomainError("qr.verdict.query_first")
        return None  # no provider to ask here: the manual path, routed as any order
    if verdict.advice == "VOID":
        return Route.VOID, verdict.message_key
    if verdict.advice == "CLOSE_UNPAID":
        return Route.VOID, verdict.message_key
    if verdict.advice == "REFUND":
        return Route.REFUND, verdict.message_key
    if verdict.advice == "NOTHING":
        raise DomainError("qr.verdict.close_instead")
    raise DomainError("qr.verdict.escalate")


def close_with_answer(store: Store, case_id: uuid.UUID, actor_id: uuid.UUID) -> None:
    """Nothing to do at the provider (closed, revoked, refunded, no such trade): the case
    closes with the provider's signed answer as its evidence; no money moves."""
    with store.transaction() as session:
        case = get_case(session, case_id)
        actor = session.get_one(User, actor_id)
        if case.stage not in BEFORE_SUBMISSION:
            raise IllegalTransition("case.wrong_stage", stage=case.stage.value, action="close")
        verdict = latest_verdict(session, case)
        if verdict is None or verdict.advice != "NOTHING":
            raise DomainError("qr.verdict.not_closable")
        case.stage = Stage.CLOSED
        case.order.status = OrderStatus.CLOSED
        case.evidence_locked = True
        audit_case(
            session,
            "qr.case_closed",
            actor,
            case,
            trade_state=verdict.state,
            sha256=verdict.sha256,
            at=dt.datetime.now(dt.UTC).isoformat(),
        )
