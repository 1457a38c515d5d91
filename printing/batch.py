"""A shift's application forms in one PDF: the cases submitted (or opened) in a range of
store-local days, approved or completed ones unless all are asked for, in submission order. Used by `guadan print batch` and the lead's UI action."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session, selectinload

from app.clock import store_zone
from app.models import ApprovalDecision, CancellationCase, Merchant, Stage
from printing.form_view import form_view_from_case


def local_day_bounds(first: dt.date, last: dt.date, zone: str) -> tuple[dt.datetime, dt.datetime]:
    """[start of `first`, start of the day after `last`) in the store's zone, as aware UTC."""
    tz = store_zone(zone)
    start = dt.datetime.combine(first, dt.time(), tz).astimezone(dt.UTC)
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), tz).astimezone(dt.UTC)
    return start, end


@dataclass(frozen=True)
class Batch:
    pdf: bytes
    case_ids: list[uuid.UUID]


# What a shift's paper file keeps by default: forms a lead approved (waiting for the terminal)
# and cases completed; one still awaiting approval or rejected is not yet a form to file.
FILED_STAGES = (Stage.APPROVED, Stage.DONE)


def batch_pdf(
    session: Session,
    first: dt.date,
    last: dt.date,
    zone: str,
    *,
    training: bool = False,
    include_all: bool = False,
) -> Batch | None:
    """The forms of [first, last] as one PDF, or None when there is none: approved and
    completed cases, or every submitted one with `include_all`."""
    from printing.application_form import render_forms

    start, end = local_day_bounds(first, last, zone)
    submitted = CancellationCase.submitted_at
    stages = () if include_all else (CancellationCase.stage.in_(FILED_STAGES),)
    cases = session.scalars(
        select(CancellationCase)
        .where(
            submitted.is_not(None),
            or_(
                and_(submitted >= start, submitted < end),
                and_(CancellationCase.opened_at >= start, CancellationCase.opened_at < end),
            ),
            *stages,
        )
        .order_by(submitted, CancellationCase.case_no)
        .options(
            selectinload(CancellationCase.order),
            selectinload(CancellationCase.attachments),
            selectinload(CancellationCase.decisions).selectinload(ApprovalDecision.approver),
        )
    ).all()
    if not cases:
        return None
    names = {m.merchant_no: m.name for m in session.scalars(select(Merchant))}
    views = [
        form_view_from_case(c, merchant_name=names.get(c.order.merchant_no), zone=zone)
        for c in cases
    ]
    training = training or any(c.training for c in cases)
    return Batch(render_forms(views, training=training), [c.id for c in cases])
