"""First run: is this store set up, and setting it up (merchant, terminal, first admin and lead)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import audit
from app.errors import DomainError, ValidationFailed
from app.models import FeeClass, Merchant, Role, Terminal, User
from app.settings import load_settings, save_settings
from app.users import check_new_pin, check_pin_again, create_user
from app.validation import check_merchant_no, check_terminal_no, check_text


def store_is_set_up(session: Session) -> bool:
    users = session.execute(select(func.count()).select_from(User)).scalar_one()
    merchants = session.execute(select(func.count()).select_from(Merchant)).scalar_one()
    return bool(users and merchants)


@dataclass(frozen=True)
class StoreSetup:
    merchant_name: str
    merchant_no: str
    terminal_no: str
    admin_name: str
    admin_pin: str
    lead_name: str
    lead_pin: str
    store_name: str = ""
    admin_pin_again: str | None = None  # the set-up form has each PIN typed twice
    lead_pin_again: str | None = None
    counter: str = "1号收银台"
    terminal_port: str = "simulator"
    fee_class: FeeClass = FeeClass.STANDARD
    demo: bool = False  # the demo store keeps its documented PINs (README)


def set_up_store(session: Session, setup: StoreSetup) -> tuple[Merchant, User, User]:
    if store_is_set_up(session):
        raise DomainError("setup.already")
    problems: list[DomainError] = []

    def attempt(fn: object, *args: object, **kwargs: object) -> object:
        try:
            return fn(*args, **kwargs)  # type: ignore[operator]
        except DomainError as err:
            problems.append(err)
            return None

    name = attempt(check_text, setup.merchant_name, "merchant_name", max_len=120)
    merchant_no = attempt(check_merchant_no, setup.merchant_no)
    terminal_no = attempt(check_terminal_no, setup.terminal_no)
    attempt(check_text, setup.admin_name, "admin_name", max_len=60)
    attempt(check_text, setup.lead_name, "lead_name", max_len=60)
    if setup.admin_name.strip() and setup.admin_name.strip() == setup.lead_name.strip():
        problems.append(
            DomainError("user.name_taken", field="lead_name", name=setup.lead_name.strip())
        )
    for field, pin, again in (
        ("admin_pin", setup.admin_pin, setup.admin_pin_again),
        ("lead_pin", setup.lead_pin, setup.lead_pin_again),
    ):
        attempt(check_new_pin, pin, field, demo=setup.demo)
        attempt(check_pin_again, pin, again, f"{field}_again")
    if problems:
        raise ValidationFailed(problems)
    merchant = Merchant(
        name=str(name),
        merchant_no=str(merchant_no),
        fee_class=setup.fee_class,
        store_name=setup.store_name.strip() or str(name),
    )
    session.add(merchant)
    session.flush()
    session.add(
        Terminal(
            merchant_id=merchant.id,
            terminal_no=str(terminal_no),
            counter=setup.counter,
            port=setup.terminal_port,
        )
    )
    admin = create_user(
        session, setup.admin_name, Role.ADMIN, setup.admin_pin, None, demo=setup.demo
    )
    lead = create_user(session, setup.lead_name, Role.LEAD, setup.lead_pin, admin, demo=setup.demo)
    settings = load_settings(session)
    settings.terminal_port = setup.terminal_port
    save_settings(session, settings, admin)
    audit.record(session, "store.set_up", admin, merchant_no=merchant.merchant_no)
    return merchant, admin, lead


def current_merchant(session: Session) -> Merchant | None:
    return session.execute(select(Merchant).order_by(Merchant.created_at)).scalars().first()


def add_terminal(session: Session, terminal_no: str, actor: User, *, counter: str = "") -> Terminal:
    """An ADMIN registers another of the store's terminals: imports take orders only from
    terminals the store knows (app.importer)."""
    from app.errors import DomainError
    from app.validation import check_terminal_no
    from app.workflow.common import require_role

    require_role(actor, frozenset({Role.ADMIN}), "perm.admin_only")
    merchant = current_merchant(session)
    if merchant is None:
        raise DomainError("setup.missing")
    number = check_terminal_no(terminal_no.strip().upper())
    known = session.scalars(
        select(Terminal).where(Terminal.merchant_id == merchant.id, Terminal.terminal_no == number)
    ).first()
    if known is not None:
        raise DomainError("terminal.already_registered", terminal_no=number)
    terminal = Terminal(merchant_id=merchant.id, terminal_no=number, counter=counter.strip()[:60])
    session.add(terminal)
    session.flush()
    audit.record(session, "store.terminal_added", actor, terminal_no=number, counter=counter[:60])
    return terminal


def current_terminal(session: Session) -> Terminal | None:
    """This counter's terminal: the one its binding names (app.counter), else the store's first."""
    from app.counter import load_binding

    binding = load_binding()
    query = select(Terminal).order_by(Terminal.terminal_no)
    if binding.terminal_no:
        query = query.where(Terminal.terminal_no == binding.terminal_no)
    return session.execute(query).scalars().first()


def rename_merchant(session: Session, name: str, actor: User) -> None:
    """The admin renames the store's merchant (as printed on the forms); audited."""
    from app.errors import PermissionDenied
    from app.models import Role

    if actor.role is not Role.ADMIN:
        raise PermissionDenied("perm.admin_only")
    merchant = current_merchant(session)
    new = check_text(name, "merchant_name", max_len=120)
    if merchant is None or merchant.name == new:
        return
    audit.record(session, "store.renamed", actor, old=merchant.name, new=new)
    merchant.name = new
