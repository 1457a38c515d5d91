"""Leases instead of luck: a counter that opens an order holds it for a few minutes, renewed
while its wizard is open; another counter is told who holds it; a lead may break a lease
whose counter went away (audited). No advisory locks: they stay held for hours after a
silent network drop, a lease simply runs out.

The lease is taken by one statement — insert, or take over a row that has run out or is
already ours — so of two counters racing for one order exactly one gets it. Times are the
server's own clock on a shared server (counters' clocks differ), this PC's on SQLite.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app import (
    audit,
    store_messages,  # noqa: F401 (the keys raised here)
)
from app.clock import utcnow
from app.db import dialect_insert
from app.errors import DomainError, PermissionDenied
from app.models import OrderLease, Role, User

TTL = dt.timedelta(minutes=3)  # DESIGN §9a: 2–5 min, renewed by the wizard's heartbeat
HEARTBEAT = dt.timedelta(seconds=60)  # how often an open wizard renews its lease
OFFLINE = "offline"  # app.db.OFFLINE: the session is the counter's local copy
LABEL_INFO = "counter_label"  # session.info key naming this counter (tests, several windows)


@dataclass(frozen=True)
class Holder:
    counter_id: str
    counter_label: str
    user_name: str
    claimed_until: dt.datetime

    @property
    def counter(self) -> str:
        """How a cashier names the counter: its label, or the start of its id."""
        return self.counter_label or self.counter_id[:8]


class LeaseHeld(DomainError):
    """Another counter is working on this order."""

    def __init__(self, holder: Holder) -> None:
        super().__init__("lease.held", counter=holder.counter, name=holder.user_name)
        self.holder = holder


def refuse_offline(session: Session, key: str) -> None:
    """Work that needs the server (an approval, a lead's correction, a new case number) is
    refused on the local copy, in words."""
    if session.info.get(OFFLINE):
        raise DomainError(key)


def server_now(session: Session) -> dt.datetime:
    if session.get_bind().dialect.name == "postgresql":
        now = session.execute(select(func.clock_timestamp())).scalar_one()
        return now.astimezone(dt.UTC)  # type: ignore[no-any-return]
    return utcnow()


def this_counter(session: Session) -> tuple[str, str]:
    """(counter id, label) of the counter this session acts for."""
    from app.setup import current_terminal

    counter = audit.current_counter(session)
    label = session.info.get(LABEL_INFO)
    if label is None:
        terminal = current_terminal(session)
        label = terminal.counter if terminal is not None else ""
    return counter, str(label)[:60]


def holder(session: Session, order_id: uuid.UUID) -> Holder | None:
    """Who holds the order now (None: nobody, or a lease that ran out)."""
    row = session.get(OrderLease, order_id, populate_existing=True)
    if row is None or row.claimed_until <= server_now(session):
        return None
    return Holder(row.counter_id, row.counter_label, row.user_name, row.claimed_until)


def claim(session: Session, order_id: uuid.UUID, actor: User, *, ttl: dt.timedelta = TTL) -> Holder:
    """Take the order for this counter, or renew this counter's lease (the heartbeat).
    Raises LeaseHeld naming the counter and the person that hold it."""
    counter, label = this_counter(session)
    if session.info.get(OFFLINE):
        return _claim_offline(session, order_id, counter, label, actor)
    now = server_now(session)
    until = now + ttl
    insert = dialect_insert(session)
    stmt = insert(OrderLease).values(
        order_id=order_id, counter_id=counter, counter_label=label, user_id=actor.id,
        user_name=actor.name, claimed_at=now, claimed_until=until,
    )  # fmt: skip
    taken = session.execute(
        stmt.on_conflict_do_update(
            index_elements=[OrderLease.order_id],
            set_={
                "counter_id": stmt.excluded.counter_id,
                "counter_label": stmt.excluded.counter_label,
                "user_id": stmt.excluded.user_id,
                "user_name": stmt.excluded.user_name,
                "claimed_at": stmt.excluded.claimed_at,
                "claimed_until": stmt.excluded.claimed_until,
            },
            where=(OrderLease.claimed_until < now) | (OrderLease.counter_id == counter),
        ).returning(OrderLease.counter_id)
    ).first()
    if taken is None:
        other = holder(session, order_id)
        if other is None:  # it ran out between the two statements: the lease is free
            return claim(session, order_id, actor, ttl=ttl)
        raise LeaseHeld(other)
    from app.sync.replica import note_lease

    note_lease(session, order_id, {
        "order_id": order_id, "counter_id": counter, "counter_label": label,
        "user_id": actor.id, "user_name": actor.name, "claimed_at": now, "claimed_until": until,
    })  # fmt: skip
    return Holder(counter, label, actor.name, until)


def _claim_offline(
    session: Session, order_id: uuid.UUID, counter: str, label: str, actor: User
) -> Holder:
    """Offline, a counter goes on only with an order it held when the link dropped (its copy's
    lease row says so), even past the lease's end: the server decides at the sync whether the
    work still counts (app.sync.sender: an order another counter took meanwhile is a conflict).
    Nothing is renewed here: the server's lease is the only one that counts."""
    row = session.get(OrderLease, order_id)
    if row is None or row.counter_id != counter:
        raise DomainError("store.offline_not_held")
    return Holder(counter, label, row.user_name, row.claimed_until)


def require(session: Session, order_id: uuid.UUID, actor: User) -> None:
    """A step on this order may go on here: this counter holds it, or nobody does (it takes it
    then). Raises LeaseHeld otherwise."""
    claim(session, order_id, actor)


def release(session: Session, order_id: uuid.UUID) -> None:
    """This counter is done with the order for now (the wizard closed)."""
    if session.info.get(OFFLINE):
        return  # the server's lease runs out by itself; the copy keeps it for a reopening
    counter, _ = this_counter(session)
    session.execute(
        delete(OrderLease).where(OrderLease.order_id == order_id, OrderLease.counter_id == counter)
    )
    from app.sync.replica import note_lease

    note_lease(session, order_id, None)


def break_lease(session: Session, order_id: uuid.UUID, lead_name: str, pin: str) -> Holder | None:
    """A lead frees an order another counter holds (its PC died, its cashier went home): the
    lease is gone and the audit trail says whose it was. Returns the lease broken."""
    from app.users import check_credentials

    refuse_offline(session, "store.offline_no_lead_work")
    lead = check_credentials(session, lead_name, pin, purpose="lease")
    if lead.role not in (Role.LEAD, Role.ADMIN):
        raise PermissionDenied("perm.denied", role=lead.role.value)
    broken = holder(session, order_id)
    session.execute(delete(OrderLease).where(OrderLease.order_id == order_id))
    if broken is not None:
        audit.record(
            session, "lease.broken", lead, order_id=order_id, counter_id=broken.counter_id,
            counter=broken.counter, holder=broken.user_name,
            claimed_until=broken.claimed_until.isoformat(),
        )  # fmt: skip
    return broken
