"""Staff accounts: sign-in with name and PIN, lockout after the configured failures, PIN resets."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from app import audit
from app.audit.state import row_key
from app.clock import utcnow
from app.errors import AuthFailure, DomainError, PermissionDenied, ValidationFailed
from app.models import CancellationCase, Role, User
from app.pins import (
    check_pin,
    dummy_check,
    hash_pin,
    is_peppered,
    pin_is_trivial,
    pin_is_valid,
)
from app.redaction import redact
from app.validation import check_phone


def find_user(session: Session, name: str) -> User | None:
    return session.execute(select(User).where(User.name == name.strip())).scalar_one_or_none()


def _pepper(session: Session) -> bytes:
    from app.store_keys import pin_pepper

    return pin_pepper(session)


def _claim_try(session: Session, user: User, now: dt.datetime) -> int | None:
    """Count this try before the PIN is checked, in one statement: the row's lock (PostgreSQL)
    or the write lock (SQLite) makes parallel guesses take turns, each seeing the others'
    count, so no more than the configured tries are ever checked. None: the user is locked."""
    claimed = session.execute(
        update(User)
        .where(User.id == user.id, or_(User.locked_until.is_(None), User.locked_until <= now))
        .values(failed_attempts=User.failed_attempts + 1)
        .returning(User.failed_attempts)
        .execution_options(synchronize_session=False)
    ).scalar_one_or_none()
    session.refresh(user, ["failed_attempts", "locked_until"])
    return None if claimed is None else int(claimed)


def check_credentials(
    session: Session,
    name: str,
    pin: str,
    *,
    purpose: str = "signin",
    case: CancellationCase | None = None,
) -> User:
    """The user if name and PIN match; counts failures and locks after the configured tries
    (PCI DSS 8.3.4: at most 10, locked at least 30 minutes; app.settings).

    Used for sign-in and for a lead's PIN at approval: both go through the same lockout.
    A PIN asked for a `case` (approval, correction) files its failures on that case, so that
    they show on the order's timeline.
    """
    from app.settings import load_settings

    case_id = case.id if case is not None else None
    order_id = case.order_id if case is not None else None
    user = find_user(session, name)
    now = utcnow()
    if user is None or not user.active:
        dummy_check(pin)
        raise AuthFailure("auth.bad_credentials", field="pin")
    settings = load_settings(session)
    lockout = dt.timedelta(minutes=settings.pin_lockout_minutes)
    tries = _claim_try(session, user, now)
    if tries is None:
        locked_until = user.locked_until or now
        minutes = int((locked_until - now).total_seconds() // 60) + 1
        raise AuthFailure("auth.locked", field="pin", minutes=minutes)
    pepper = _pepper(session)
    if not check_pin(pin, user.pin_hash, pepper):
        if tries >= settings.pin_max_tries:
            session.execute(
                update(User)
                .where(User.id == user.id)
                .values(locked_until=now + lockout, failed_attempts=0)
                .execution_options(synchronize_session=False)
            )
            session.refresh(user, ["failed_attempts", "locked_until"])
            audit.record(
                session, "auth.locked", user, purpose=purpose, case_id=case_id, order_id=order_id
            )
            raise AuthFailure("auth.locked", field="pin", minutes=settings.pin_lockout_minutes)
        audit.record(
            session, "auth.failed", user, purpose=purpose, case_id=case_id, order_id=order_id
        )
        raise AuthFailure(
            "auth.bad_pin",
            field="pin",
            tries=settings.pin_max_tries - tries,
            minutes=settings.pin_lockout_minutes,
        )
    user.failed_attempts = 0
    user.locked_until = None
    if not is_peppered(user.pin_hash):
        # A hash from before the pepper: this PIN is proven now, so it is hashed again with it.
        user.pin_hash = hash_pin(pin, pepper)
        session.flush()
        audit.record(session, "user.pin_upgraded", user, subject=row_key(user), state=[user])
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


def check_new_pin(pin: str, field: str = "pin", *, demo: bool = False) -> None:
    """A PIN being chosen: 6–12 digits, and not one anyone would try first (the demo store
    keeps the PINs its README documents)."""
    if not pin_is_valid(pin):
        raise DomainError("user.pin_invalid", field=field)
    if not demo and pin_is_trivial(pin):
        raise DomainError("user.pin_trivial", field=field)


def check_pin_again(pin: str, again: str | None, field: str = "pin_again") -> None:
    """A PIN chosen is typed twice: a typo in a masked field would lock its owner out.
    `again` None: the caller has no second entry (the CLI reads the PIN its own way)."""
    if again is not None and again != pin:
        raise DomainError("user.pin_mismatch", field=field)


def create_user(
    session: Session,
    name: str,
    role: Role,
    pin: str,
    actor: User | None,
    phone: str = "",
    *,
    demo: bool = False,
    pin_again: str | None = None,
) -> User:
    """`actor` None only while setting up a new store (no user exists yet). Every problem
    (name, PIN, the PIN typed again, phone) is reported at once. The phone is the one the
    application form prints as the applicant's (联系方式); screens show it masked."""
    _require_admin(actor)
    if actor is None and session.execute(select(User.id).limit(1)).first() is not None:
        raise PermissionDenied("user.admin_required")
    name = name.strip()
    problems: list[DomainError] = []
    if not 1 <= len(name) <= 60:
        problems.append(DomainError("user.name_invalid", field="name"))
    elif redact(name) != name:  # a name is shown on every screen and form: no number in it
        problems.append(DomainError("user.name_has_number", field="name"))
    elif find_user(session, name) is not None:
        problems.append(DomainError("user.name_taken", field="name", name=name))
    try:
        check_new_pin(pin, demo=demo)
        check_pin_again(pin, pin_again)
    except DomainError as problem:
        problems.append(problem)
    if phone.strip():
        try:
            phone = check_phone(phone, "phone")
        except DomainError as problem:
            problems.append(problem)
    if len(problems) == 1:
        raise problems[0]
    if problems:
        raise ValidationFailed(problems)
    user = User(name=name, role=role, pin_hash=hash_pin(pin, _pepper(session)), phone=phone)
    session.add(user)
    session.flush()
    audit.record(
        session, "user.created", actor, subject=row_key(user), state=[user], user=name,
        role=role.value,
    )  # fmt: skip
    return user


def reset_pin(session: Session, user: User, new_pin: str, actor: User) -> None:
    _require_admin(actor)
    check_new_pin(new_pin)
    user.pin_hash = hash_pin(new_pin, _pepper(session))
    user.failed_attempts = 0
    user.locked_until = None
    session.flush()
    audit.record(
        session, "user.pin_reset", actor, subject=row_key(user), state=[user], user=user.name
    )


def set_active(session: Session, user: User, active: bool, actor: User) -> None:
    _require_admin(actor)
    if user.id == actor.id and not active:
        raise DomainError("user.cannot_disable_self")
    user.active = active
    session.flush()
    audit.record(
        session, "user.enabled" if active else "user.disabled", actor, subject=row_key(user),
        state=[user], user=user.name,
    )  # fmt: skip


def list_users(session: Session) -> list[User]:
    return list(session.execute(select(User).order_by(User.role, User.name)).scalars())
