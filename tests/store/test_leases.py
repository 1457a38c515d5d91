"""Leases: of two counters racing for one order exactly one gets it and the other is told who
has it; the holder's steps go on, another counter's are refused; a lease runs out while its
counter is offline and is taken over; a lead breaks one (audited)."""

from __future__ import annotations

import datetime as dt
import threading
import time
import uuid

import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from app import leases, workflow
from app.db import Store, open_store
from app.errors import AuthFailure, PermissionDenied
from app.leases import LeaseHeld
from app.models import AuditEvent, User
from tests.core.helpers import PINS, make_order, seed_staff
from tests.link_proxy import LinkProxy
from tests.store.pg import URL, keyring_url, needs_pg, pg_store  # noqa: F401

ROUNDS = 5


def transaction(store: Store, n: int):  # type: ignore[no-untyped-def]
    """store.transaction(), at counter n."""
    import contextlib

    @contextlib.contextmanager
    def tx():  # type: ignore[no-untyped-def]
        with store.transaction() as s:
            s.info.update(counter_id=f"counter-{n}", counter_label=f"{n}号收银台")
            yield s

    return tx()


def seed(store: Store, orders: int) -> tuple[list[uuid.UUID], dict[str, uuid.UUID]]:
    with store.transaction() as s:
        staff = seed_staff(s)
        ids = [make_order(s).id for _ in range(orders)]
        people = {"张三": staff.cashier.id, "赵敏": staff.cashier2.id}
    return ids, people


NAMES = {1: "张三", 2: "赵敏"}


def one_race(store: Store, order_id: uuid.UUID, people: dict[str, uuid.UUID]) -> None:
    start = threading.Barrier(2)
    won: list[int] = []
    refused: dict[int, LeaseHeld] = {}
    other: list[BaseException] = []

    def counter(n: int) -> None:
        try:
            start.wait()
            with transaction(store, n) as s:
                workflow.open_case(s, order_id, s.get_one(User, people[NAMES[n]]))
            won.append(n)
        except LeaseHeld as exc:
            refused[n] = exc
        except BaseException as exc:  # noqa: BLE001 - anything else is the bug
            other.append(exc)

    threads = [threading.Thread(target=counter, args=(n,)) for n in (1, 2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert other == [] and len(won) == 1, (won, refused, other)
    winner = won[0]
    told = refused[3 - winner]
    assert (told.holder.counter, told.holder.user_name) == (f"{winner}号收银台", NAMES[winner])
    assert told.message() == (
        f"正在由 {winner}号收银台 处理（{NAMES[winner]}）。"
        "请到该收银台继续；该收银台已离开时，可请主管解除占用。"
    )
    assert told.message("en").startswith(f"Being handled at {winner}号收银台")


def race(store: Store) -> None:
    """ROUNDS orders; for each, counter 1 (张三) and counter 2 (赵敏) open it at once."""
    orders, people = seed(store, ROUNDS)
    for order_id in orders:
        one_race(store, order_id, people)


def test_two_counters_racing_for_one_order_on_sqlite(store: Store) -> None:
    race(store)


@needs_pg
def test_two_counters_racing_for_one_order_on_postgresql(pg_store: Store) -> None:  # noqa: F811
    race(pg_store)


def test_the_holder_goes_on_and_another_counter_is_refused_until_a_lead_breaks_the_lease(
    store: Store,
) -> None:
    from tests.core.helpers import all_checked

    (order_id,), people = seed(store, 1)
    with transaction(store, 1) as s:
        case = workflow.open_case(s, order_id, s.get_one(User, people["张三"]))
        case_id = case.id
    with transaction(store, 1) as s:  # the holder's own step renews its lease
        workflow.verify(
            s, workflow.get_case(s, case_id), s.get_one(User, people["张三"]), all_checked()
        )
    with pytest.raises(LeaseHeld) as held, transaction(store, 2) as s:
        workflow.record_contact(
            s, workflow.get_case(s, case_id), s.get_one(User, people["赵敏"]), _contact()
        )
    assert held.value.holder.counter == "1号收银台"
    with pytest.raises(PermissionDenied), transaction(store, 2) as s:
        leases.break_lease(s, order_id, "赵敏", PINS["cashier2"])  # a cashier may not
    with pytest.raises(AuthFailure), transaction(store, 2) as s:
        leases.break_lease(s, order_id, "李四", "000000")
    with transaction(store, 2) as s:
        broken = leases.break_lease(s, order_id, "李四", PINS["lead"])
        assert broken is not None and broken.user_name == "张三"
    with transaction(store, 2) as s:
        workflow.record_contact(
            s, workflow.get_case(s, case_id), s.get_one(User, people["赵敏"]), _contact()
        )
        event = s.scalars(select(AuditEvent).where(AuditEvent.kind == "lease.broken")).one()
        assert event.actor_name == "李四" and "1号收银台" in event.payload
    with pytest.raises(LeaseHeld), transaction(store, 1) as s:  # now counter 1 is told
        workflow.get_case(s, case_id)
        leases.claim(s, order_id, s.get_one(User, people["张三"]))


def _contact():  # type: ignore[no-untyped-def]
    from tests.core.helpers import CONTACT

    return CONTACT


@needs_pg
def test_a_lease_runs_out_while_its_counter_is_offline(pg_store: Store) -> None:  # noqa: F811
    """Counter 1 takes the order through a link that then drops; counter 2 is refused while
    the lease lasts and takes the order when it runs out; counter 1, back, is told."""
    (order_id,), people = seed(pg_store, 1)
    target = make_url(URL)
    with LinkProxy(target.host or "127.0.0.1", target.port or 5432) as proxy:
        far = open_store(proxy.url_for(keyring_url(URL)), migrate=False)
        try:
            with transaction(far, 1) as s:
                leases.claim(
                    s, order_id, s.get_one(User, people["张三"]), ttl=dt.timedelta(seconds=2)
                )
            proxy.cut()
            with pytest.raises(LeaseHeld), transaction(pg_store, 2) as s:
                leases.claim(s, order_id, s.get_one(User, people["赵敏"]))
            taken = None
            for _ in range(100):  # wait for the lease to run out (state, not a time budget)
                try:
                    with transaction(pg_store, 2) as s:
                        taken = leases.claim(s, order_id, s.get_one(User, people["赵敏"]))
                    break
                except LeaseHeld:
                    time.sleep(0.1)
            assert taken is not None and taken.counter == "2号收银台"
            proxy.heal()
            with pytest.raises(LeaseHeld) as held, transaction(far, 1) as s:
                leases.claim(s, order_id, s.get_one(User, people["张三"]))  # its heartbeat
            assert (held.value.holder.counter, held.value.holder.user_name) == ("2号收银台", "赵敏")
        finally:
            far.dispose()


def test_the_demo_store_leaves_no_order_held(store: Store) -> None:
    """Its history is made in one go at one counter; another counter must find nothing held."""
    from sqlalchemy import func

    from app.demo import create_demo
    from app.models import OrderLease

    create_demo(store, orders=40)
    with store.transaction() as s:
        assert s.scalar(select(func.count()).select_from(OrderLease)) == 0
