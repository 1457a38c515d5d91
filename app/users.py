"""Staff accounts: sign-in with name and PIN, lockout after 5 failures, PIN resets."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit
from app.clock import utcnow
from app.errors import AuthFailure, DomainError, PermissionDenied
from app.models import CancellationCase, Role, User
from app.pins import check_pin, dummy_check, hash_pin, pin_is_valid
from app.redaction import redact

MAX_FAILURES = 5
LOCKOUT = dt.timedelta(minutes=5)


def find_user(session: Session, name: str) -> User | None:
    return session.execute(select(User).where(User.name == name.strip())).scalar_one_or_none()


def check_credentials(
    session: Session,
    name: str,
    pin: str,
    *,
    purpose: str = "signin",
    case: CancellationCase | None = None,
) -> User:
    """The user if name and PIN match; counts failures and locks after MAX_FAILURES.

    Used for sign-in and for a lead's PIN at approval: both go through the same lockout.
    A PIN asked for a `case` (approval, correction) files its failures on that case, so that
    they show on the order's timeline.
    """
    case_id = case.id if case is not None else None
    order_id = case.order_id if case is not None else None
    user = find_user(session, name)
    now = utcnow()
    if user is None or not user.active:
        dummy_check(pin)
        raise AuthFailure("auth.bad_credentials", field="pin")
    if user.locked_until and user.locked_until > now:
        minutes = int((user.locked_until - now).total_seconds() // 60) + 1
        raise AuthFailure("auth.locked", field="pin", minutes=minutes)
    if not check_pin(pin, user.pin_hash):
        user.failed_attempts += 1
        if user.failed_attempts >= MAX_FAILURES:
            user.locked_until = now + LOCKOUT
            user.failed_attempts = 0
            audit.record(
                session, "auth.locked", user, purpose=purpose, case_id=case_id, order_id=order_id
            )
            raise AuthFailure(
                "auth.locked", field="pin", minutes=int(LOCKOUT.total_seconds() // 60)
            )
        audit.record(
            session, "auth.failed", user, purpose=purpose, case_id=case_id, order_id=order_id
        )
        raise AuthFailure("auth.bad_pin", field="pin", tries=MAX_FAILURES - user.failed_attempts)
    user.failed_attempts = 0
    user.locked_until = None
    if purpose == "signin":
        audit.record(session, "auth.signin", user)
    return user


def record_sign_out(session: Session, user_id: uuid.UUID | None) -> None:
    """The counter changes hands (切换用户): kept in the operation log."""
    user = session.get(User, user_id) if user_id is not None else None
    if user is not None:
        audit.record(session, "auth.signout", user)


def authenticate(session: Session, name: str, pin: str) -> User:
    return check_credentials(session, name, pin, purpose="signin")


def _require_admin(actor: User | None) -> None:
    if actor is not None and actor.role is not Role.ADMIN:
        raise PermissionDenied("perm.admin_only")


def create_user(
    session: Session, name: str, role: Role, pin: str, actor: User | None, phone: str = ""
) -> User:
    """`actor` None only while setting up a new store (no admin exists yet)."""
    _require_admin(actor)
    name = name.strip()
    if not 1 <= len(name) <= 60:
        raise DomainError("user.name_invalid", field="name")
    if redact(name) != name:  # a name is shown on every screen and form: no number in it
        raise DomainError("user.name_has_number", field="name")
    if find_user(session, name) is not None:
        raise DomainError("user.name_taken", field="name", name=name)
    if not pin_is_valid(pin):
        raise DomainError("user.pin_invalid", field="pin")
    user = User(name=name, role=role, pin_hash=hash_pin(pin), phone=phone)
    session.add(user)
    session.flush()
    audit.record(session, "user.created", actor, user=name, role=role.value)
    return user


def reset_pin(session: Session, user: User, new_pin: str, actor: User) -> None:
    _require_admin(actor)
    if not pin_is_valid(new_pin):
        raise DomainError("user.pin_invalid", field="pin")
    user.pin_hash = hash_pin(new_pin)
    user.failed_attempts = 0
    user.locked_until = None
    audit.record(session, "user.pin_reset", actor, user=user.name)


def set_active(session: Session, user: User, active: bool, actor: User) -> None:
    _require_admin(actor)
    if user.id == actor.id and not active:
        raise DomainError("user.cannot_disable_self")
    user.active = active
    audit.record(session, "user.enabled" if active else "user.disabled", actor, user=user.name)


def list_users(session: Session) -> list[User]:
    return list(session.execute(select(User).order_by(User.role, User.name)).scalars())
