"""The 14 ways the security audit (issue 11) rewrote the audit trail, as functions on the raw
database, so that SQLite and PostgreSQL tests replay the same attacks.

The attacker holds the database (sqlite3, or a SQL login that bypasses the app); some also hold
this PC's keyring ("with the key"), which is the most a curious cashier at the counter can have.
What they cannot reach: the checkpoint file outside the data dir, the printed handover slip, and
in a shared store the server's own checkpoint table."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, select, text
from sqlalchemy.orm import Session

from app import store_keys
from app.audit.chain import event_hash, mac_of
from app.models import AuditEvent


@dataclass
class Scene:
    """What an attacker found: the counter's id, the approved case, the audit key (if they
    read the keyring)."""

    counter_id: str
    approved_case_id: uuid.UUID
    other_case_id: uuid.UUID
    key: bytes


def _events(s: Session, counter: str) -> list[AuditEvent]:
    return list(
        s.execute(
            select(AuditEvent)
            .where(AuditEvent.counter_id == counter)
            .order_by(AuditEvent.counter_seq)
        ).scalars()
    )


def _rechain(s: Session, counter: str, key: bytes | None, *, renumber: bool = False) -> None:
    """Recompute every link (and, with the key, every MAC) of a counter's chain, as a forger
    does after editing, inserting or deleting an event."""
    events = _events(s, counter)
    if renumber:  # out of the unique constraint's way first, then 1..n
        for n, event in enumerate(events, 1):
            event.counter_seq = 100_000 + n
        s.flush()
        for n, event in enumerate(events, 1):
            event.counter_seq = n
        s.flush()
    prev = "0" * 64
    for event in events:
        event.prev_hash = prev
        event.hash = event_hash(prev, event)
        if key is not None:
            event.mac = mac_of(key, event.hash)
        prev = event.hash
    s.flush()


def _middle(s: Session, counter: str) -> AuditEvent:
    events = _events(s, counter)
    return events[len(events) // 2]


def edit_payload(c: Connection, scene: Scene) -> None:
    with Session(bind=c) as s:
        _middle(s, scene.counter_id).payload = '{"amount_fen": 1}'
        s.flush()


def delete_middle(c: Connection, scene: Scene) -> None:
    with Session(bind=c) as s:
        s.delete(_middle(s, scene.counter_id))
        s.flush()


def swap_two(c: Connection, scene: Scene) -> None:
    """Two events trade places, each keeping its own hash and MAC."""
    with Session(bind=c) as s:
        events = _events(s, scene.counter_id)
        a, b = events[3], events[-3]
        fields = ("id", "at", "kind", "actor_id", "actor_name", "case_id", "order_id")
        fields += ("subject", "payload", "state", "prev_hash", "hash", "mac")
        values = [{f: getattr(e, f) for f in fields} for e in (a, b)]
        a.id, b.id = uuid.uuid4(), uuid.uuid4()
        s.flush()
        for event, given in ((a, values[1]), (b, values[0])):
            for name, value in given.items():
                setattr(event, name, value)
        s.flush()


def rehash_one(c: Connection, scene: Scene) -> None:
    """Edit an event and recompute its plain SHA-256 (no key: the MAC stays as it was)."""
    with Session(bind=c) as s:
        event = _middle(s, scene.counter_id)
        event.actor_name = "王五"
        event.hash = event_hash(event.prev_hash, event)
        s.flush()


def cut_tail(c: Connection, scene: Scene) -> None:
    with Session(bind=c) as s:
        for event in _events(s, scene.counter_id)[-3:]:
            s.delete(event)
        s.flush()


def cut_tail_and_lower_counter(c: Connection, scene: Scene) -> None:
    cut_tail(c, scene)
    c.execute(text("UPDATE counters SET value = value - 3 WHERE name LIKE 'audit%'"))


def delete_everything(c: Connection, scene: Scene) -> None:
    c.execute(text("DELETE FROM audit_events"))
    c.execute(text("DELETE FROM counters WHERE name LIKE 'audit%'"))


def _approval(s: Session, scene: Scene) -> AuditEvent:
    return s.execute(
        select(AuditEvent).where(
            AuditEvent.case_id == scene.approved_case_id, AuditEvent.kind == "case.approved"
        )
    ).scalar_one()


def forge_approver_rehashed(c: Connection, scene: Scene) -> None:
    """case.approved's actor changed and the whole chain re-hashed with plain SHA-256."""
    with Session(bind=c) as s:
        _approval(s, scene).actor_name = "周五"
        s.flush()
        _rechain(s, scene.counter_id, None)


def forge_approver_with_key(c: Connection, scene: Scene) -> None:
    """The same, by someone who read the keyring: every MAC made again with the store's key."""
    with Session(bind=c) as s:
        _approval(s, scene).actor_name = "周五"
        s.flush()
        _rechain(s, scene.counter_id, scene.key)


def delete_and_renumber(c: Connection, scene: Scene) -> None:
    with Session(bind=c) as s:
        s.delete(_middle(s, scene.counter_id))
        s.flush()
        _rechain(s, scene.counter_id, scene.key, renumber=True)


def insert_forged_approval(c: Connection, scene: Scene) -> None:
    """A case.approved for the other case slipped in mid-chain, chain re-made with the key."""
    with Session(bind=c) as s:
        real = _approval(s, scene)
        for event in reversed(_events(s, scene.counter_id)):
            if event.counter_seq > real.counter_seq:
                event.counter_seq += 100_000
        s.flush()
        forged = AuditEvent(
            id=uuid.uuid4(),
            counter_id=scene.counter_id,
            counter_seq=real.counter_seq + 1,
            at=real.at,
            kind="case.approved",
            actor_id=real.actor_id,
            actor_name=real.actor_name,
            case_id=scene.other_case_id,
            order_id=None,
            payload='{"comment": "同意"}',
            state="{}",
            prev_hash="",
            hash="",
        )
        s.add(forged)
        s.flush()
        for event in _events(s, scene.counter_id):
            if event.counter_seq > 100_000:
                event.counter_seq -= 100_000 - 1
        s.flush()
        _rechain(s, scene.counter_id, scene.key)


def delete_case_with_events(c: Connection, scene: Scene) -> None:
    """A whole case gone: its events, decisions, intents and the case row; chain re-made."""
    case = str(scene.approved_case_id)
    with Session(bind=c) as s:
        for event in s.execute(
            select(AuditEvent).where(AuditEvent.case_id == scene.approved_case_id)
        ).scalars():
            s.delete(event)
        s.flush()
        _rechain(s, scene.counter_id, scene.key, renumber=True)
    hexed = case.replace("-", "")
    for table in ("approval_decisions", "terminal_intents", "attachments", "data_corrections"):
        c.execute(text(f"DELETE FROM {table} WHERE case_id IN (:a, :b)"), {"a": case, "b": hexed})
    c.execute(text("DELETE FROM cancellation_cases WHERE id IN (:a, :b)"), {"a": case, "b": hexed})


def replace_with_empty_store(c: Connection, scene: Scene) -> None:
    """An empty database in the store's place (the "restore an empty file" attack): no events,
    no store identity — a new store as far as the database can tell."""
    delete_everything(c, scene)
    c.execute(text("DELETE FROM settings"))


def wipe_table_checkpoints_and_cut(c: Connection, scene: Scene) -> None:
    """The database's own checkpoints deleted too, then the tail cut: only the file is left."""
    c.execute(text("DELETE FROM audit_checkpoints"))
    cut_tail_and_lower_counter(c, scene)


def forged_table_checkpoint(c: Connection, scene: Scene) -> None:
    """A checkpoint row added by SQL to bless a cut-off chain (signed with a guessed key)."""
    cut_tail(c, scene)
    c.execute(text("DELETE FROM audit_checkpoints"))
    c.execute(
        text(
            "INSERT INTO audit_checkpoints (id, at, counter_id, counter_seq, hash, why, "
            "written_by, actor_name, sig) VALUES (:id, :at, :c, 1, :h, 'startup', '', '', :sig)"
        ),
        {
            "id": uuid.uuid4().hex,
            "at": "2030-01-01 00:00:00",
            "c": scene.counter_id,
            "h": "0" * 64,
            "sig": hashlib.sha256(b"guess").hexdigest(),
        },
    )


TAMPERINGS: dict[str, Callable[[Connection, Scene], None]] = {
    "edit_payload": edit_payload,
    "delete_middle": delete_middle,
    "swap_two": swap_two,
    "rehash_one": rehash_one,
    "cut_tail": cut_tail,
    "cut_tail_and_lower_counter": cut_tail_and_lower_counter,
    "delete_everything": delete_everything,
    "forge_approver_rehashed": forge_approver_rehashed,
    "forge_approver_with_key": forge_approver_with_key,
    "delete_and_renumber": delete_and_renumber,
    "insert_forged_approval": insert_forged_approval,
    "delete_case_with_events": delete_case_with_events,
    "replace_with_empty_store": replace_with_empty_store,
    "wipe_table_checkpoints_and_cut": wipe_table_checkpoints_and_cut,
    "forged_table_checkpoint": forged_table_checkpoint,
}


def read_key(session: Session) -> bytes:
    """What an attacker who reads this PC's keyring gets."""
    key = store_keys.known_audit_key(session)
    assert key is not None
    return key
