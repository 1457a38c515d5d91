"""The anomaly a shift lead must see in 异常: someone whose PIN locked again and again, or
who tried to approve their own application — from the audit events those attempts leave."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import messages
from app.models import AuditEvent

if TYPE_CHECKING:
    from app.reports.anomalies import Anomaly, AnomalyThresholds

# the audit event kinds (app/users.py, app/workflow/approval.py), not messages to show
LOCKED = "auth.locked"
SELF_ATTEMPT = "approval.self_attempt"

messages.register(
    {
        "anomaly.auth_trouble": (
            "用户 {user} 近 {days} 天因 PIN 连续输错被锁定 {locked} 次，试图审批自己的申请 "
            "{self_attempts} 次。请核实是否有人在试探他人的 PIN 或想绕过审批。",
            "User {user} was locked {locked} times for wrong PINs and tried to approve their "
            "own application {self_attempts} times in the last {days} days. Check whether "
            "someone is guessing PINs or getting round the approval.",
        ),
        "anomaly.kind.auth_trouble": ("PIN 锁定 / 本人审批", "PIN lockouts / self-approval"),
    }
)


def auth_trouble(
    session: Session, since: dt.datetime, now: dt.datetime, days: int, t: AnomalyThresholds
) -> list[Anomaly]:
    """Per user: lockouts and self-approval attempts together reaching `t.auth_repeat_count`."""
    from app.reports.anomalies import Anomaly, AnomalyKind, Severity

    e = AuditEvent
    stmt = (
        select(e.actor_name, e.kind, e.at, e.case_id, e.order_id)
        .where(e.kind.in_([LOCKED, SELF_ATTEMPT]), e.at >= since, e.at <= now)
        .order_by(e.seq)
    )
    by_user: dict[str, list[tuple[str, dt.datetime, object, object]]] = defaultdict(list)
    for name, kind, at, case_id, order_id in session.execute(stmt):
        by_user[name or "—"].append((kind, at, case_id, order_id))
    found = []
    for name, rows in sorted(by_user.items()):
        if len(rows) < t.auth_repeat_count:
            continue
        locked = sum(1 for kind, *_ in rows if kind == LOCKED)
        self_attempts = len(rows) - locked
        found.append(
            Anomaly(
                kind=AnomalyKind.AUTH_TROUBLE,
                severity=Severity.HIGH if self_attempts >= 2 else Severity.MEDIUM,
                subject=name,
                key="anomaly.auth_trouble",
                params=(
                    ("days", days),
                    ("locked", locked),
                    ("self_attempts", self_attempts),
                    ("user", name),
                ),
                case_ids=tuple(dict.fromkeys(c for *_, c, _o in rows if c is not None)),  # type: ignore[misc]
                order_ids=tuple(dict.fromkeys(o for *_, o in rows if o is not None)),  # type: ignore[misc]
                latest_at=max(at for _k, at, *_ in rows),
            )
        )
    return found
