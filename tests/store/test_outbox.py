"""A counter that keeps working while its link to the shared server is down (issue 15): its
steps land in its local copy with an outbox entry each; the sender replays them on the real
PostgreSQL server exactly once — across a cut mid-transaction, a lost acknowledgement, two
senders at once, a lease that ran out meanwhile, an approval made during the disconnect, and
a whole shift of events. Skipped without GUADAN_TEST_PG_URL; each test rebuilds the schema."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select, text, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from app import audit, workflow
from app.db import Store, open_store
from app.errors import DomainError, ServerUnreachable
from app.models import (
    AuditEvent,
    CancellationCase,
    IntentState,
    OrderLease,
    OrderStatus,
    OutboxEntry,
    Stage,
    SyncReceipt,
    TerminalIntent,
    User,
)
from app.sync import attach_local, sync_all, sync_once
from app.sync.sender import Sender, sync_chain
from tests.core.helpers import (
    CONTACT,
    PINS,
    FakeTerminal,
    all_checked,
    make_order,
    seed_staff,
)
from tests.link_proxy import LinkProxy
from tests.store.pg import URL, fresh_schema, keyring_url, needs_pg

pytestmark = needs_pg


def counter_store(n: int, url: str | None = None) -> Store:
    store = open_store(url or keyring_url(URL), migrate=False)
    store.session_info = {"counter_id": f"counter-{n}", "counter_label": f"{n}号收银台"}
    return store


def me(store: Store) -> str:
    return str(store.session_info["counter_id"])


def number(store: Store) -> int:
    return int(me(store).removeprefix("counter-"))


def seed(store: Store, orders: int = 1) -> tuple[list[uuid.UUID], dict[str, uuid.UUID]]:
    with store.transaction() as s:
        staff = seed_staff(s)
        ids = [make_order(s).id for _ in range(orders)]
        people = {k: getattr(staff, k).id for k in ("cashier", "cashier2", "lead", "admin")}
    return ids, people


def opened(store: Store, order_id: uuid.UUID, user_id: uuid.UUID) -> uuid.UUID:
    with store.transaction() as s:
        case = workflow.open_case(s, order_id, s.get_one(User, user_id))
        workflow.verify(s, case, s.get_one(User, user_id), all_checked())
        return case.id


def step(store: Store, case_id: uuid.UUID, user_id: uuid.UUID, what: str) -> None:
    with store.transaction() as s:
        case, user = s.get_one(CancellationCase, case_id), s.get_one(User, user_id)
        if what == "contact":
            workflow.record_contact(s, case, user, CONTACT)
        elif what == "form":
            workflow.fill_form(s, case, user, workflow.form_defaults(s, case, user))
        elif what == "submit":
            workflow.submit(s, case, user)


def server_events(store: Store, counter: str) -> list[int]:
    with store.sessions() as s:
        return list(
            s.execute(
                select(AuditEvent.counter_seq)
                .where(AuditEvent.counter_id == counter)
                .order_by(AuditEvent.counter_seq)
            ).scalars()
        )


def server_case(store: Store, case_id: uuid.UUID) -> CancellationCase:
    with store.sessions() as s:
        return s.get_one(CancellationCase, case_id)


def outbox(store: Store) -> list[OutboxEntry]:
    assert store.local is not None
    with store.local.sessions() as s:
        return list(s.execute(select(OutboxEntry).order_by(OutboxEntry.seq)).scalars())


@pytest.fixture(scope="module")
def seeded(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[list[uuid.UUID], dict[str, uuid.UUID]]]:
    """One schema and one staff for the module (the PIN hashes cost a second); each test takes
    orders of its own and counters of its own, and a copy of one migrated local file."""
    if not URL:
        pytest.skip("no PostgreSQL server (set GUADAN_TEST_PG_URL)")
    fresh_schema()
    store = open_store(keyring_url(URL), migrate=False)
    ids, people = seed(store, 40)
    store.dispose()
    global TEMPLATE
    TEMPLATE = tmp_path_factory.mktemp("copy") / "template.sqlite3"
    open_store(f"sqlite:///{TEMPLATE}").dispose()  # migrated once, not per test
    yield ids, people
    fresh_schema()  # leave an empty store behind, as the other tests do


TEMPLATE = Path()


def local_file(path: Path) -> Path:
    """A fresh local copy's file (the template's schema, no rows)."""
    import sqlite3

    src, dst = sqlite3.connect(TEMPLATE), sqlite3.connect(path)
    with dst:
        src.backup(dst)
    src.close()
    dst.close()
    return path


_taken = iter(range(10_000))


@pytest.fixture
def world(seeded):  # type: ignore[no-untyped-def]
    """(orders of this test, people, a counter-number base of this test)."""
    ids, people = seeded
    n = next(_taken)
    return ids[n * 2 : n * 2 + 2], people, 10 * (n + 1)


@pytest.fixture
def counter(world, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A counter with its local copy, one case opened online on the test's first order."""
    ids, people, base = world
    a = counter_store(base + 1)
    attach_local(a, path=local_file(tmp_path / "copy-1.sqlite3"))
    case_id = opened(a, ids[0], people["cashier"])
    yield a, case_id, ids, people
    for s in (a.local, a):
        if s is not None:
            s.dispose()


def test_offline_steps_are_queued_and_synced_once_with_the_chain_intact(counter) -> None:  # type: ignore[no-untyped-def]
    a, case_id, _ids, people = counter
    online = server_events(a, me(a))
    a.link_down = True
    step(a, case_id, people["cashier"], "contact")
    step(a, case_id, people["cashier"], "form")
    assert len(outbox(a)) == 2 and server_case(a, case_id).stage is Stage.CONTACT
    a.link_down = False  # the link is back; until the sender has run, work stays on the copy
    with a.transaction() as s:
        assert s.info.get("offline")
    report = sync_all(a.local, a)
    assert (report.sent, report.duplicates, report.conflicts, report.pending) == (2, 0, 0, 0)
    assert server_case(a, case_id).stage is Stage.FORM
    after = server_events(a, me(a))
    assert after == list(range(1, len(after) + 1)) and len(after) > len(online)
    # the same chain goes on online, from where the offline work left it
    step(a, case_id, people["cashier"], "submit")
    assert audit.verify_store(a).ok
    with a.sessions() as s:
        receipts = s.execute(
            select(func.count()).select_from(SyncReceipt).where(SyncReceipt.counter_id == me(a))
        ).scalar_one()
    assert receipts == 2


def test_what_is_refused_offline(counter) -> None:  # type: ignore[no-untyped-def]
    a, case_id, ids, people = counter
    step(a, case_id, people["cashier"], "contact")
    step(a, case_id, people["cashier"], "form")
    step(a, case_id, people["cashier"], "submit")
    a.link_down = True
    with pytest.raises(DomainError) as refused, a.transaction() as s:
        workflow.approve(s, s.get_one(CancellationCase, case_id), "李四", PINS["lead"])
    assert refused.value.key == "store.offline_no_approval"
    with pytest.raises(DomainError) as refused, a.transaction() as s:  # another order
        workflow.open_case(s, ids[1], s.get_one(User, people["cashier"]))
    assert refused.value.key in {"store.offline_not_held", "order.not_found"}
    assert outbox(a) == []


def test_cut_mid_transaction_then_the_work_lands_locally_and_once_on_the_server(
    world, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    ids, people, base = world
    server = counter_store(base)
    target = make_url(URL)
    with LinkProxy(target.host or "127.0.0.1", target.port or 5432) as proxy:
        a = counter_store(base + 1, proxy.url_for(keyring_url(URL)))
        attach_local(a, path=local_file(tmp_path / "copy-1.sqlite3"))
        case_id = opened(a, ids[0], people["cashier"])
        with pytest.raises(ServerUnreachable), a.transaction() as s:
            proxy.cut()  # cut before the step's first statement: nothing reached the server
            case = s.get_one(CancellationCase, case_id)
            workflow.record_contact(s, case, s.get_one(User, people["cashier"]), CONTACT)
        assert a.link_down and outbox(a) == []
        step(a, case_id, people["cashier"], "contact")  # the retry (ui/tasks.py): on the copy
        proxy.heal()
        a.link_down = False
        assert sync_all(a.local, a).sent == 1  # the sender, at the reconnection
        with a.transaction() as s:  # online again; the link is cut between flush and COMMIT
            case = s.get_one(CancellationCase, case_id)
            user = s.get_one(User, people["cashier"])
            workflow.fill_form(s, case, user, workflow.form_defaults(s, case, user))
            s.flush()
            proxy.cut()
        # no error for the cashier: the step is saved on the copy and queued
        assert a.link_down and len(outbox(a)) == 2
        assert server_case(server, case_id).form_filled_at is None
        with pytest.raises(OperationalError):
            sync_once(a.local, a)  # still cut: nothing marked
        assert outbox(a)[1].sent_at is None
        proxy.heal()
        a.link_down = False
        assert sync_all(a.local, a).sent == 1
        assert server_case(server, case_id).stage is Stage.FORM
        assert server_case(server, case_id).form_filled_at is not None
        kinds = [k for k in _kinds(server, case_id) if k == "case.contact_recorded"]
        assert len(kinds) == 1
        a.local.dispose()  # type: ignore[union-attr]
        a.dispose()
    server.dispose()


def test_a_call_hung_on_a_silent_server_is_ended_and_done_on_the_copy(
    world, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A black hole whose far end still ACKs: no TCP timer ends the blocked call. When the link
    monitor says 脱机, the window ends it (app.db.abort_in_flight) and the job runs again on the
    copy (ui/tasks.py's retry, done by hand here)."""
    from app.db import abort_in_flight

    ids, people, base = world
    target = make_url(URL)
    with LinkProxy(target.host or "127.0.0.1", target.port or 5432) as proxy:
        a = counter_store(base + 1, proxy.url_for(keyring_url(URL)))
        attach_local(a, path=local_file(tmp_path / "copy-1.sqlite3"))
        case_id = opened(a, ids[0], people["cashier"])
        done: list[str] = []

        def cashier_saves_step_2() -> None:
            try:
                step(a, case_id, people["cashier"], "contact")
                done.append("server")
            except ServerUnreachable:
                assert a.link_down
                step(a, case_id, people["cashier"], "contact")
                done.append("copy")

        proxy.blackhole()
        worker = threading.Thread(target=cashier_saves_step_2)
        worker.start()
        time.sleep(0.3)  # the call is waiting on the silent server
        a.link_down = True  # what the link monitor reports after its 3 s deadline
        assert abort_in_flight(a.engine) >= 1
        worker.join(5)
        assert done == ["copy"] and len(outbox(a)) == 1
        proxy.heal()
        a.link_down = False
        assert sync_all(a.local, a).sent == 1
        assert server_case(a, case_id).stage is Stage.FORM
        a.local.dispose()  # type: ignore[union-attr]
        a.dispose()


def _kinds(store: Store, case_id: uuid.UUID) -> list[str]:
    with store.sessions() as s:
        return list(
            s.execute(
                select(AuditEvent.kind)
                .where(AuditEvent.case_id == case_id)
                .order_by(AuditEvent.seq)
            ).scalars()
        )


def test_lost_ack_of_a_batch_is_resent_without_a_duplicate(counter) -> None:  # type: ignore[no-untyped-def]
    a, case_id, _ids, people = counter
    a.link_down = True
    step(a, case_id, people["cashier"], "contact")
    step(a, case_id, people["cashier"], "form")
    a.link_down = False
    before = len(server_events(a, me(a)))

    def ack_lost() -> None:
        raise ConnectionResetError("the COMMIT's answer never came")

    with pytest.raises(ConnectionResetError):
        sync_once(a.local, a, on_committed=ack_lost)  # the server committed
    assert all(e.sent_at is None for e in outbox(a))
    again = sync_once(a.local, a)
    assert (again.sent, again.duplicates, again.pending) == (2, 2, 0)
    events = server_events(a, me(a))
    assert len(events) == len(set(events)) and len(events) > before
    assert server_case(a, case_id).stage is Stage.FORM


def test_commit_answer_lost_online_is_queued_and_not_applied_twice(counter) -> None:  # type: ignore[no-untyped-def]
    """The server committed a step, the counter never heard: the step is queued on the copy
    with the same event ids, and the sender finds them on the server and applies nothing."""
    a, case_id, _ids, people = counter
    real = a.sessions.class_

    class AnswerLost(real):  # type: ignore[misc, valid-type]
        def commit(self) -> None:
            super().commit()
            raise OperationalError("COMMIT", {}, ConnectionResetError("answer lost"))

    a.sessions.class_ = AnswerLost
    step(a, case_id, people["cashier"], "contact")  # no error: queued
    a.sessions.class_ = real
    assert a.link_down and len(outbox(a)) == 1
    assert server_case(a, case_id).stage is Stage.FORM  # it did land
    a.link_down = False
    report = sync_all(a.local, a)
    assert (report.sent, report.conflicts, report.pending) == (1, 0, 0)
    contacts = [k for k in _kinds(a, case_id) if k == "case.contact_recorded"]
    assert len(contacts) == 1
    step(a, case_id, people["cashier"], "form")  # and the work goes on from there
    assert audit.verify_store(a).ok


def test_two_senders_at_once_apply_each_entry_once(counter) -> None:  # type: ignore[no-untyped-def]
    a, case_id, _ids, people = counter
    a.link_down = True
    step(a, case_id, people["cashier"], "contact")
    step(a, case_id, people["cashier"], "form")
    a.link_down = False
    b = counter_store(number(a))  # a second sender on the same copy (two windows on one PC)
    b.local = a.local
    start = threading.Barrier(2)
    errors: list[BaseException] = []

    def send(store: Store) -> None:
        try:
            start.wait()
            sync_once(store.local, store)
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=send, args=(s,)) for s in (a, b)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    b.dispose()
    assert errors == []
    with a.sessions() as s:
        count = select(func.count()).select_from(SyncReceipt)
        assert s.execute(count.where(SyncReceipt.counter_id == me(a))).scalar_one() == 2
    events = server_events(a, me(a))
    assert len(events) == len(set(events)) and server_case(a, case_id).stage is Stage.FORM


def test_lease_run_out_while_offline_is_a_conflict_and_the_other_counter_goes_on(
    counter,
) -> None:  # type: ignore[no-untyped-def]
    a, case_id, ids, people = counter
    a.link_down = True
    step(a, case_id, people["cashier"], "contact")  # offline, at counter 1
    with a.sessions() as s:  # three minutes later: the lease ran out
        s.execute(
            update(OrderLease)
            .where(OrderLease.order_id == ids[0])
            .values(claimed_until=func.now() - text("interval '1 s'"))
        )
        s.commit()
    b = counter_store(number(a) + 1)
    step(b, case_id, people["cashier2"], "contact")  # counter 2 takes the order over
    a.link_down = False
    report = sync_all(a.local, a)
    assert (report.sent, report.conflicts) == (1, 1)
    with a.sessions() as s:
        case = s.get_one(CancellationCase, case_id)
        assert case.customer_name == CONTACT.customer_name and case.stage is Stage.FORM
        outcome = s.execute(
            select(SyncReceipt.outcome).where(SyncReceipt.counter_id == me(a))
        ).scalar_one()
        restated = s.execute(
            select(AuditEvent.kind).where(AuditEvent.counter_id == sync_chain(me(a)))
        ).scalars()
        assert outcome == "conflict" and "sync.conflict" in list(restated)
    # counter 2's work goes on: the chain's last word on the case is the server's row
    step(b, case_id, people["cashier"], "form")
    step(b, case_id, people["cashier"], "submit")
    with b.transaction() as s:
        workflow.approve(s, s.get_one(CancellationCase, case_id), "李四", PINS["lead"])
    assert audit.verify_store(b).ok
    # counter 1 learns it no longer holds the order
    Sender(a, me(a)).run_once()
    a.link_down = True
    with pytest.raises(DomainError) as refused:
        step(a, case_id, people["cashier"], "form")
    assert refused.value.key == "store.offline_not_held"
    b.dispose()


def test_approval_made_during_the_disconnect_is_read_after_reconnect(counter) -> None:  # type: ignore[no-untyped-def]
    a, case_id, _ids, people = counter
    for what in ("contact", "form", "submit"):
        step(a, case_id, people["cashier"], what)
    a.link_down = True
    lead = counter_store(number(a) + 9)
    with lead.transaction() as s:  # at the lead's counter, while counter 1 is cut off
        workflow.approve(s, s.get_one(CancellationCase, case_id), "李四", PINS["lead"], "同意")
    lead.dispose()
    with a.transaction() as s:
        assert s.get_one(CancellationCase, case_id).stage is Stage.PENDING_APPROVAL
    a.link_down = False
    status = Sender(a, me(a)).run_once()  # the reconnection: send, then re-read
    assert status.pending == 0 and status.last_sync is not None
    a.link_down = True  # and offline again, step 5 may go on: the approval is known here
    from app.workflow.rules import require_execution_allowed

    with a.transaction() as s:
        case = s.get_one(CancellationCase, case_id)
        assert case.stage is Stage.APPROVED
        approver = require_execution_allowed(s, case, s.get_one(User, people["cashier"]))
        assert approver.name == "李四"
        operation_no = case.order.operation_no
    terminal = FakeTerminal(sales={operation_no: False})
    workflow.execute(a, case_id, people["cashier"], terminal)  # step 5, offline
    assert terminal.voids_sent == 1 and server_case(a, case_id).stage is Stage.APPROVED
    a.link_down = False
    assert sync_all(a.local, a).conflicts == 0
    assert server_case(a, case_id).stage is Stage.DONE
    with a.sessions() as s:
        assert s.get_one(CancellationCase, case_id).order.status is OrderStatus.CANCELLED
        intents = s.execute(select(TerminalIntent).where(TerminalIntent.case_id == case_id))
        assert [i.state for i in intents.scalars()] == [IntentState.DONE]
    assert audit.verify_store(a).ok


def test_a_shift_of_offline_events_syncs_in_one_go(counter) -> None:  # type: ignore[no-untyped-def]
    a, case_id, _ids, people = counter
    a.link_down = True
    n = 60  # benchmarks/outbox_soak.py sends 1,000 and times it
    for _ in range(n):
        with a.transaction() as s:
            audit.record(s, "case.printed", s.get_one(User, people["cashier"]), case_id=case_id)
    assert len(outbox(a)) == n
    a.link_down = False
    started = time.monotonic()
    report = sync_all(a.local, a)
    print(f"{n} entries synced in {time.monotonic() - started:.3f} s")
    assert (report.sent, report.duplicates, report.pending) == (n, 0, 0)
    events = server_events(a, me(a))
    assert events == list(range(1, len(events) + 1))
    assert audit.verify_store(a).ok


def test_store_status_shows_this_counters_outbox_and_each_counters_sync(
    counter, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from app.cli import main
    from app.sync import replica

    a, case_id, _ids, people = counter
    a.link_down = True
    step(a, case_id, people["cashier"], "contact")
    step(a, case_id, people["cashier"], "form")
    a.link_down = False
    sync_once(a.local, a, batch=1)  # one sent, one still waiting
    copy = str(a.local.url).removeprefix("sqlite:///")  # type: ignore[union-attr]
    monkeypatch.setattr(replica, "replica_path", lambda _url: copy)
    assert main(["--db", keyring_url(URL), "store", "status"]) == 0
    out = capsys.readouterr().out
    assert "共享服务器：联机" in out
    assert "本收银台发件箱：待同步 1 条（最早 " in out and "已同步 1 条，冲突 0 条" in out
    row = next(line for line in out.splitlines() if line.startswith(f"{number(a)}号收银台"))
    assert row.split()[-2:] == ["1", "case.contact_recorded"]  # entries the server received


def test_a_counter_joins_the_store_with_its_password_and_keys_asked_for(
    world, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    import io

    import keyring

    from app import joining
    from app.cli import main

    keyring_url(URL)  # the password into the keyring, as the counters keep it
    bare = make_url(URL)._replace(password=None).render_as_string(hide_password=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(PINS["admin"] + "\n"))
    assert main(["--db", bare, "store", "export-keys", "--user", "管理员"]) == 0
    keys = capsys.readouterr().out.strip()
    assert keys.startswith("GDKEYS1:")
    assert main(["store", "join", URL]) == 1  # a password in argv is refused
    assert "不要写密码" in capsys.readouterr().err
    password = make_url(URL).password or ""
    keyring.delete_password("guadan", f"db:{make_url(URL).username}@{make_url(URL).host}")
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{password}\n{keys}\n"))
    assert main(["store", "join", bare]) == 0, capsys.readouterr().err
    assert "本机已加入共享门店" in capsys.readouterr().out
    assert joining.joined_url() == bare
    stored = keyring.get_password("guadan", f"db:{make_url(URL).username}@{make_url(URL).host}")
    assert stored == password
    from app.db import resolve_url

    assert resolve_url(None) == bare  # `guadan` opens the shared store from now on


def test_last_a_one_pc_store_moves_to_the_empty_server_with_its_history(
    seeded, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """`guadan store migrate-to URL`, proved by the audit chain; a server holding a store is
    refused. Last in the module: it empties the schema the others shared (the module's
    teardown empties it again)."""
    import io

    from app.audit import check_and_checkpoint
    from app.cli import main
    from app.migrate_store import chain_heads
    from app.models import OrderCount, SuspendedOrder
    from tests.core.helpers import drive_to_approved

    db = tmp_path / "shop.sqlite3"
    store = open_store(f"sqlite:///{local_file(db)}")
    with store.transaction() as s:
        staff = seed_staff(s)
        approved = drive_to_approved(s, staff, make_order(s)).id
        for _ in range(3):
            make_order(s)
    check_and_checkpoint(store, "startup")
    fresh_schema()
    keyring_url(URL)  # the server's password in the keyring (the prompt's line may be empty)
    bare = make_url(URL)._replace(password=None).render_as_string(hide_password=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{PINS['admin']}\n\n"))
    args = ["--db", str(db), "store", "migrate-to", bare, "--user", "管理员"]
    assert main(args) == 0, capsys.readouterr().err
    assert "条审计链与本机逐条一致" in capsys.readouterr().out
    with store.sessions() as s:
        heads = chain_heads(s)  # the file, unchanged by the move (its sign-in included)
    store.dispose()
    server = open_store(keyring_url(URL), migrate=False)
    try:
        with server.sessions() as s:
            assert chain_heads(s) == heads
            assert s.get_one(CancellationCase, approved).stage is Stage.APPROVED
            assert s.execute(select(func.count()).select_from(SuspendedOrder)).scalar_one() == 4
            assert s.execute(select(func.sum(OrderCount.n))).scalar_one() == 4  # the triggers'
        assert audit.verify_store(server).ok
        monkeypatch.setattr("sys.stdin", io.StringIO(f"{PINS['admin']}\n\n"))
        assert main(args) == 1  # into a server that holds a store: refused, nothing changed
        assert "已有门店数据" in capsys.readouterr().err
    finally:
        server.dispose()
