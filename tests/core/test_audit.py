"""The audit trail: per-counter chains signed with the store's key, checked against checkpoints
kept outside the database; every tampering of the security audit (issue 11) is caught, by
`verify`, by the start-up check and by `guadan audit verify`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select, text

from app import audit, store_keys, workflow
from app.audit import anchor
from app.cli import main
from app.models import AuditEvent
from tests.core import tamper
from tests.core.helpers import drive_to_approved, make_order, seed_staff


def scene_in(store) -> tamper.Scene:  # type: ignore[no-untyped-def]
    """A small store's history: staff, one approved case, one case in step 2, then the
    start-up check seals the chain's head."""
    with store.transaction() as s:
        staff = seed_staff(s)
        approved = drive_to_approved(s, staff, make_order(s))
        other = workflow.open_case(s, make_order(s).id, staff.cashier2)
        workflow.verify(s, other, staff.cashier2, dict.fromkeys(workflow.VERIFY_FIELDS, True))
        approved_id, other_id = approved.id, other.id
    seal = audit.startup_check(store)
    assert seal.ok and seal.checkpoint is not None
    with store.transaction() as s:
        return tamper.Scene(audit.current_counter(s), approved_id, other_id, tamper.read_key(s))


def _check(store):  # type: ignore[no-untyped-def]
    return audit.verify_store(store)


def test_a_store_chain_verifies_and_is_anchored(store, capsys) -> None:  # type: ignore[no-untyped-def]
    scene_in(store)
    report = _check(store)
    assert report.ok and report.anchored and report.chains == 1 and report.checkpoints >= 2
    assert main(["--db", store.url, "audit", "verify"]) == 0
    out = capsys.readouterr().out
    assert "审计链完整" in out and str(report.checked) in out


def test_each_event_names_its_counter_and_is_signed(store) -> None:  # type: ignore[no-untyped-def]
    scene = scene_in(store)
    with store.transaction() as s:
        events = list(s.execute(select(AuditEvent).order_by(AuditEvent.seq)).scalars())
    assert [e.counter_seq for e in events] == list(range(1, len(events) + 1))
    assert {e.counter_id for e in events} == {scene.counter_id}
    assert events[0].kind == "audit.chain_opened"
    assert all(len(e.mac) == 64 for e in events)
    approved = next(e for e in events if e.kind == "case.approved")
    assert f"case:{scene.approved_case_id}" in json.loads(approved.state)


def test_the_key_is_not_in_the_database(store) -> None:  # type: ignore[no-untyped-def]
    scene = scene_in(store)
    raw = store.url.removeprefix("sqlite:///")
    store.dispose()
    blob = Path(raw).read_bytes()
    assert scene.key not in blob and scene.key.hex().encode() not in blob
    assert store_keys.storage() == "keyring"


@pytest.mark.parametrize("name", list(tamper.TAMPERINGS))
def test_every_tampering_is_caught(store, name, capsys) -> None:  # type: ignore[no-untyped-def]
    scene = scene_in(store)
    with store.engine.begin() as c:
        tamper.TAMPERINGS[name](c, scene)
    store_keys.forget_cached()  # as a fresh start of the app would
    report = _check(store)
    assert not report.ok, name
    seal = audit.startup_check(store)
    assert not seal.ok and seal.checkpoint is None  # a broken chain is never sealed as fine
    assert main(["--db", store.url, "audit", "verify"]) == 3
    assert "审计链被破坏" in capsys.readouterr().err or report.reason == "checkpoint"


def test_the_reasons_name_what_happened(store) -> None:  # type: ignore[no-untyped-def]
    expected = {
        "edit_payload": "content",
        "delete_middle": "gap",
        "rehash_one": "mac",
        "cut_tail": "truncated",
        "delete_everything": "truncated",
        "forge_approver_rehashed": "mac",
        "forge_approver_with_key": "diverged",
        "replace_with_empty_store": "replaced",
    }
    scenes = {}
    for name, reason in expected.items():
        from app.db import open_store

        fresh = open_store(store.url.replace(".sqlite3", f"-{name}.sqlite3"))
        scenes[name] = scene_in(fresh)
        with fresh.engine.begin() as c:
            tamper.TAMPERINGS[name](c, scenes[name])
        assert _check(fresh).reason == reason, name
        fresh.dispose()


def test_a_forged_line_in_the_checkpoint_file_is_refused(store) -> None:  # type: ignore[no-untyped-def]
    scene_in(store)
    lines = anchor.anchor_file().read_text(encoding="utf-8").splitlines()
    forged = json.loads(lines[-1])
    forged["heads"] = {k: [1, v[1]] for k, v in forged["heads"].items()}
    with anchor.anchor_file().open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(forged) + "\n")
    assert _check(store).reason == "checkpoint"


def test_the_checkpoint_file_lives_outside_the_data_dir(store, guadan_home) -> None:  # type: ignore[no-untyped-def]
    from app import paths

    scene_in(store)
    assert anchor.anchor_file().exists()
    assert paths.data_dir() not in anchor.anchor_file().parents


def test_the_printed_code_names_the_head(store) -> None:  # type: ignore[no-untyped-def]
    scene = scene_in(store)
    seal = audit.handover_seal(store, "李四")
    assert seal.ok and len(seal.codes) == 1
    code = seal.codes[0]
    assert len(code.digits) == 19 and code.counter_label == scene.counter_id[:8]
    with store.transaction() as s:
        counter, seq, digits = anchor.parse_qr(code.qr_text)
        assert anchor.check_printed_code(s, counter, seq, digits)
        assert anchor.check_printed_code(s, code.counter_label, code.seq, code.digits)
    with store.engine.begin() as c:
        tamper.forge_approver_with_key(c, scene)
    with store.transaction() as s:
        assert not anchor.check_printed_code(s, code.counter_label, code.seq, code.digits)


def test_events_after_the_last_checkpoint_extend_it(store) -> None:  # type: ignore[no-untyped-def]
    scene_in(store)
    with store.transaction() as s:
        for n in range(3):
            audit.record(s, "test.event", None, n=n)
    assert _check(store).ok


def test_two_counters_keep_two_chains_in_one_database(store) -> None:  # type: ignore[no-untyped-def]
    scene_in(store)
    with store.transaction() as s:
        s.info["counter_id"] = "00000000-0000-0000-0000-00000000000b"
        audit.record(s, "test.other_counter", None)
        audit.record(s, "test.other_counter", None)
    report = _check(store)
    assert report.ok and report.chains == 2
    with store.transaction() as s:
        seqs = s.execute(
            select(AuditEvent.counter_seq).where(
                AuditEvent.counter_id == "00000000-0000-0000-0000-00000000000b"
            )
        ).scalars()
        assert list(seqs) == [1, 2, 3]  # its own chain, opened by its own seal


def test_legacy_events_are_sealed_into_the_first_chain(store) -> None:  # type: ignore[no-untyped-def]
    """A store upgraded from the single unkeyed chain: the old events keep verifying by the old
    rule, and a deleted old event is caught by the seal the new chain opened with."""
    import datetime as dt
    import hashlib
    import uuid as uuidlib

    from app.audit.chain import content_v1

    prev = "0" * 64
    with store.transaction() as s:
        for n in range(1, 5):
            e = AuditEvent(
                id=uuidlib.uuid4(), counter_id="", counter_seq=n, kind="old.event",
                at=dt.datetime(2026, 1, n, tzinfo=dt.UTC), actor_name="", payload=f'{{"n": {n}}}',
                prev_hash=prev,
            )  # fmt: skip
            e.hash = hashlib.sha256((prev + "\n" + content_v1(e)).encode()).hexdigest()
            e.state, e.mac = "{}", ""
            prev = e.hash
            s.add(e)
            s.flush()
    scene_in(store)
    assert _check(store).ok
    with store.engine.begin() as c:
        c.execute(text("DELETE FROM audit_events WHERE counter_id = '' AND counter_seq = 4"))
    assert _check(store).reason == "legacy"


def test_two_writers_at_once_keep_one_chain(store) -> None:  # type: ignore[no-untyped-def]
    """Two windows of one PC appending at the same moment: the second waits for the first's
    commit instead of chaining onto the same event."""
    import threading
    import time

    with store.transaction() as s:
        audit.record(s, "x.first", None)
    first_recorded = threading.Event()

    def a() -> None:
        with store.transaction() as s:
            audit.record(s, "x.counter_a", None)
            first_recorded.set()
            time.sleep(0.3)  # the rest of that step's unit of work

    def b() -> None:
        first_recorded.wait()
        with store.transaction() as s:
            audit.record(s, "x.counter_b", None)

    threads = [threading.Thread(target=a), threading.Thread(target=b)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=20)
    report = _check(store)
    assert report.ok and report.checked == 4  # the chain's seal and three events


def test_check_code_from_the_command_line(store, capsys) -> None:  # type: ignore[no-untyped-def]
    scene = scene_in(store)
    code = audit.handover_seal(store, "李四").codes[0]
    assert main(["--db", store.url, "audit", "check-code", code.qr_text]) == 0
    assert "检查码相符" in capsys.readouterr().out
    args = ["--counter", code.counter_label, "--seq", str(code.seq), "--digits", code.digits]
    assert main(["--db", store.url, "audit", "check-code", *args]) == 0
    with store.engine.begin() as c:
        tamper.forge_approver_with_key(c, scene)
    assert main(["--db", store.url, "audit", "check-code", code.qr_text]) == 3
    assert "检查码不符" in capsys.readouterr().err
    with store.engine.begin() as c:
        tamper.delete_everything(c, scene)
    assert main(["--db", store.url, "audit", "check-code", code.qr_text]) == 1
    assert "已不在审计链中" in capsys.readouterr().err


def test_an_upgraded_store_keeps_its_old_chain_verifiable(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A database written by the release before per-counter chains (revision 0003, one unkeyed
    chain): the migration normalises its events, they verify by the old rule, and the first
    new event seals them."""
    import datetime as dt
    import hashlib
    import uuid as uuidlib

    from alembic import command
    from sqlalchemy import create_engine

    from app import db
    from app.audit.chain import content_v1

    url = f"sqlite:///{tmp_path}/old.sqlite3"
    engine = create_engine(url)
    command.upgrade(db._alembic_config(engine), "0003")
    prev = "0" * 64
    with engine.begin() as c:
        for n in range(1, 4):
            e = AuditEvent(
                id=uuidlib.uuid4(), kind="case.opened", actor_name="张三", payload=f'{{"n": {n}}}',
                at=dt.datetime(2026, 11, n, tzinfo=dt.UTC), counter_id="",
            )  # fmt: skip
            h = hashlib.sha256((prev + "\n" + content_v1(e)).encode()).hexdigest()
            c.execute(
                text(
                    "INSERT INTO audit_events (seq, id, at, kind, actor_name, payload, prev_hash, hash)"
                    " VALUES (:seq, :id, :at, :kind, '张三', :payload, :prev, :hash)"
                ),
                {"seq": n, "id": e.id.hex, "at": e.at.replace(tzinfo=None), "kind": e.kind,
                 "payload": e.payload, "prev": prev, "hash": h},
            )  # fmt: skip
            prev = h
        c.execute(text("INSERT INTO counters (name, value) VALUES ('audit_events', 3)"))
    engine.dispose()
    from app.db import open_store

    store = open_store(url)
    assert _check(store).ok and _check(store).checked == 3
    with store.transaction() as s:
        audit.record(s, "test.after_upgrade", None)
        opened = s.execute(
            select(AuditEvent).where(AuditEvent.kind == "audit.chain_opened")
        ).scalar_one()
        assert json.loads(opened.payload) == {"legacy_events": 3, "legacy_head": prev}
    assert _check(store).ok
    with store.engine.begin() as c:
        c.execute(text("DELETE FROM audit_events WHERE counter_id = '' AND counter_seq = 3"))
        c.execute(text("UPDATE counters SET value = 2 WHERE name = 'audit_events'"))
    assert _check(store).reason == "legacy"
    store.dispose()
