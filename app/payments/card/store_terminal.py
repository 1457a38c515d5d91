"""The store's terminal as the workflow sees it: the configured driver, the simulator's journal
beside the database, journal reconciliation (TERMINAL_NO_RECORD) and batch close (settled)."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import replace
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app import audit, refs
from app.clock import store_zone, utcnow
from app.counter import CounterBinding
from app.db import Store, sqlite_file
from app.errors import DomainError
from app.models import (
    Cause,
    Funding,
    OrderSource,
    OrderStatus,
    PayChannel,
    SuspendedOrder,
    TxnType,
    User,
)
from app.payments.card import drivers
from app.payments.card.base import ProgressCallback, TerminalDriver, Transaction
from app.payments.card.channel import CardTerminalChannel
from app.payments.card.drivers import (
    DEFAULT_PROTOCOL,
    DriverSpec,
    LinkSettings,
    SimulatorSetup,
    TerminalSetup,
)
from app.payments.card.ports import SIMULATOR
from app.settings import StoreSettings

log = logging.getLogger(__name__)


def simulator_journal(store: Store) -> Path:
    """The simulated terminal keeps its journal beside the database it serves."""
    db_file = sqlite_file(store.url)
    if db_file is not None:
        return db_file.with_name(f"{db_file.stem}-simulator.json")
    return store.attachments_dir.parent / "simulator.json"


def is_simulated(port: str) -> bool:
    return port.strip() in ("", SIMULATOR)


def simulated_terminal_id(store: Store) -> str:
    """The simulated terminal reports the store's terminal number, as a real one reports its
    own: orders name it, and step 5 refuses a terminal that reports another."""
    from app.setup import current_terminal

    try:
        with store.transaction() as session:
            terminal = current_terminal(session)
            return terminal.terminal_no if terminal else ""
    except Exception:  # no schema yet (doctor on a fresh machine): the simulator's default
        return ""


def binding_link(binding: CounterBinding, spec: DriverSpec, store_baudrate: int) -> LinkSettings:
    """The line this counter's terminal needs: what the binding sets, else the protocol's usual
    line. A binding that names no protocol is the older one-protocol setting: the store-wide
    baud then still applies."""
    usual = spec.link if binding.protocol else replace(spec.link, baudrate=store_baudrate)
    return LinkSettings(
        binding.baudrate or usual.baudrate,
        binding.bytesize or usual.bytesize,
        binding.parity or usual.parity,
        binding.stopbits or usual.stopbits,
    )


def simulator_journal_for(store: Store, protocol: str) -> Path:
    """Each protocol's simulated terminal keeps its own journal beside the database."""
    base = simulator_journal(store)
    if protocol in ("", DEFAULT_PROTOCOL):
        return base
    return base.with_name(f"{base.stem}-{protocol}{base.suffix}")


def configured_driver(
    store: Store, settings: StoreSettings, progress: ProgressCallback | None = None
) -> TerminalDriver:
    """The driver for this counter's terminal: its binding's protocol and port (else the
    store-wide port); training always uses the protocol's simulator."""
    from app.counter import load_binding

    binding = load_binding()
    spec = drivers.spec(binding.protocol)
    port = SIMULATOR if store.training else (binding.port or settings.terminal_port)
    if is_simulated(port):
        if spec.simulate is None:
            raise DomainError("terminal.no_simulator", protocol=spec.label())
        return spec.simulate(
            SimulatorSetup(
                simulator_journal_for(store, spec.name), simulated_terminal_id(store), progress
            )
        )
    return spec.open(
        TerminalSetup(
            port.strip(),
            binding_link(binding, spec, settings.baudrate),
            terminal_id=binding.terminal_no,
            ack_timeout=settings.ack_timeout_ms / 1000,
            answer_timeout=settings.answer_timeout_ms / 1000,
            inter_byte_timeout=settings.inter_byte_timeout_ms / 1000,
            progress=progress,
        )
    )


def configured_channel(
    store: Store, settings: StoreSettings, progress: ProgressCallback | None = None
) -> CardTerminalChannel:
    """This counter's terminal as a step-5 channel: its driver, the counter's id and the
    terminal number the counter is bound to."""
    from app.counter import counter_id, load_binding

    return CardTerminalChannel(
        configured_driver(store, settings, progress),
        counter_id=counter_id(),
        terminal_no=load_binding().terminal_no,
    )


def _occurred(tx: Transaction, zone: str) -> dt.datetime:
    """When the sale happened: the driver's reading of the terminal's clock, else that clock in
    the store's zone, else (a date no zone can place) now."""
    if tx.occurred_at is not None:
        return tx.occurred_at.astimezone(dt.UTC)
    try:
        local = dt.datetime.strptime(tx.real_date + tx.real_time, "%d%m%Y%H%M%S")
        return local.replace(tzinfo=store_zone(zone)).astimezone(dt.UTC)
    except (ValueError, OverflowError):
        return utcnow()


def reconcile_journal(
    session: Session,
    sales: list[Transaction],
    merchant_no: str,
    terminal_no: str,
    actor: User | None,
    *,
    zone: str = "Asia/Shanghai",
    location: str = "",
) -> list[SuspendedOrder]:
    """A suspended order (cause TERMINAL_NO_RECORD) for every sale the terminal has and the
    store's records lack: the card was charged, the till has no order."""
    known = {
        refs.operation_no(op)
        for op in session.execute(
            select(SuspendedOrder.operation_no).where(
                SuspendedOrder.terminal_no == terminal_no, SuspendedOrder.operation_no != ""
            )
        ).scalars()
    }
    created = []
    for tx in sales:
        op = refs.operation_no(tx.operation_no)
        if tx.voided or tx.function_code == "1200" or op in known:
            continue
        card = f"******{tx.card_last4}" if tx.card_last4.isdigit() else None
        order = SuspendedOrder(
            order_no=f"TERM-{terminal_no}-{op}",
            merchant_no=merchant_no,
            terminal_no=terminal_no,
            occurred_at=_occurred(tx, zone),
            location=location or terminal_no,
            amount_fen=tx.amount_fen,
            txn_type=TxnType.SALE,
            funding=Funding.DEBIT if tx.card_type == "DB" else Funding.CREDIT,
            card_masked=card,
            card_last4=tx.card_last4 if card else None,
            auth_code=tx.auth_code[:6],
            operation_no=op,
            trace_no=tx.ticket[-6:] if tx.ticket.isdigit() else "",
            cause=Cause.TERMINAL_NO_RECORD,
            source=OrderSource.TERMINAL_JOURNAL,
            cashier=actor.name if actor else "",
        )
        session.add(order)
        known.add(op)
        created.append(order)
    session.flush()
    if created:
        audit.record(
            session, "order.from_terminal", actor, count=len(created), terminal_no=terminal_no
        )
        log.info("terminal journal: %d sales without a store order", len(created))
    return created


# The payment channels whose money is in the card terminal's batch.
TERMINAL_CHANNELS = (PayChannel.CARD_TERMINAL, PayChannel.QR_TERMINAL)


def mark_batch_settled(session: Session, terminal_no: str, actor: User | None) -> int:
    """After the terminal closed its batch, every order of that terminal still standing is settled:
    from now on it can only be refunded, not voided. Only what the terminal holds: a 支付宝 or
    微信支付 trade made through the store's own account is the provider's, not in the batch."""
    result = session.execute(
        update(SuspendedOrder)
        .where(
            SuspendedOrder.terminal_no == terminal_no,
            SuspendedOrder.channel.in_(TERMINAL_CHANNELS),
            SuspendedOrder.settled.is_(False),
            SuspendedOrder.status.not_in([OrderStatus.CANCELLED]),
        )
        .values(settled=True, version=SuspendedOrder.version + 1)
        .execution_options(synchronize_session=False)
    )
    count = int(result.rowcount or 0)  # type: ignore[attr-defined]
    audit.record(session, "terminal.batch_closed", actor, terminal_no=terminal_no, settled=count)
    return count


def seed_simulator(journal: Path, orders: list[SuspendedOrder], terminal_id: str = "") -> None:
    """Give the demo's simulated terminal the sales behind the demo's orders, so a void of a
    demo order finds its sale (operation numbers are given out in order from 000001); it
    reports the demo store's terminal number."""
    from app.payments.card.integrado.simulator import SimulatedTerminal

    if journal.exists():
        return
    terminal = SimulatedTerminal(None)  # in memory first: one durable write at the end
    if terminal_id:
        terminal.terminal_id = terminal_id
    by_op = {int(o.operation_no): o for o in orders if o.operation_no.isdigit()}
    for op in range(1, max(by_op, default=0) + 1):
        order = by_op.get(op)
        # Sales on the store's terminal card type "CR": Chinese debit voids are allowed,
        # unlike the protocol's home market where debit sales cannot be voided (code 08).
        terminal.sale(order.amount_fen if order else 100, f"{op:06d}")
    for order in orders:
        if order.status is OrderStatus.CANCELLED and order.operation_no.isdigit():
            terminal.void(order.operation_no)
    terminal.path = journal
    terminal._save()


def reconcile_with_terminal(
    store: Store, driver: TerminalDriver, actor_id: object = None
) -> tuple[int, list[str]]:
    """Read the terminal's journal and add the TERMINAL_NO_RECORD orders it shows.

    Returns (sales on the terminal, order numbers created). The terminal is read before the
    transaction opens, so a slow terminal never holds the database."""
    from app.settings import load_settings
    from app.setup import current_merchant, current_terminal

    sales = driver.sales_journal()
    with store.transaction() as session:
        merchant, terminal = current_merchant(session), current_terminal(session)
        if merchant is None or terminal is None:
            from app.errors import DomainError

            raise DomainError("setup.missing")
        actor = session.get(User, actor_id) if actor_id else None
        created = reconcile_journal(
            session,
            sales,
            merchant.merchant_no,
            terminal.terminal_no,
            actor,
            zone=load_settings(session).timezone,
            location=f"{merchant.store_name or merchant.name} {terminal.counter}".strip(),
        )
        return len(sales), [o.order_no for o in created]


def open_intents_of(session: Session, terminal_no: str) -> list[str]:
    """Case numbers with a money movement of this terminal still open (its outcome unknown,
    or keyed by hand and not yet recorded)."""
    from app.models import CancellationCase, IntentState, TerminalIntent

    return list(
        session.execute(
            select(CancellationCase.case_no)
            .join(TerminalIntent, TerminalIntent.case_id == CancellationCase.id)
            .join(SuspendedOrder, SuspendedOrder.id == CancellationCase.order_id)
            .where(
                TerminalIntent.state == IntentState.OPEN,
                SuspendedOrder.terminal_no == terminal_no,
            )
            .order_by(CancellationCase.case_no)
        ).scalars()
    )


def close_terminal_batch(store: Store, driver: TerminalDriver, actor_id: object = None) -> int:
    """Settle the terminal's batch, then mark this terminal's standing orders settled.
    Returns how many orders became settled.

    Refused while a money movement of this terminal is open: once the batch is closed its
    journal no longer shows the sale, and the open case could never be settled."""
    from app.errors import DomainError
    from app.setup import current_terminal

    with store.transaction() as session:
        terminal = current_terminal(session)
        blocked = open_intents_of(session, terminal.terminal_no) if terminal else []
    if blocked:
        raise DomainError(
            "terminal.close_batch_open_intent", cases="、".join(blocked[:5]), count=len(blocked)
        )
    driver.close_batch()
    with store.transaction() as session:
        terminal = current_terminal(session)
        actor = session.get(User, actor_id) if actor_id else None
        return mark_batch_settled(session, terminal.terminal_no, actor) if terminal else 0
