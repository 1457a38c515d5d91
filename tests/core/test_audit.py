"""The audit chain catches an edited, a deleted and a reordered event, and a cut-off tail."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from app import audit
from app.cli import main


@pytest.fixture
def chained(store):  # type: ignore[no-untyped-def]
    with store.transaction() as s:
        for n in range(6):
            audit.record(s, "test.event", None, n=n)
    return store


def _check(store):  # type: ignore[no-untyped-def]
    with store.transaction() as s:
        return audit.verify_chain(s)


def test_intact_chain_verifies(chained, capsys) -> None:  # type: ignore[no-untyped-def]
    assert _check(chained).ok and _check(chained).checked == 6
    assert main(["--db", chained.url, "audit", "verify"]) == 0
    assert "6" in capsys.readouterr().out


def test_edited_payload_is_caught(chained, capsys) -> None:  # type: ignore[no-untyped-def]
    with chained.engine.begin() as c:
        c.execute(text("UPDATE audit_events SET payload = '{\"n\": 99}' WHERE seq = 3"))
    report = _check(chained)
    assert not report.ok and report.broken_seq == 3 and report.reason == "content"
    assert main(["--db", chained.url, "audit", "verify"]) == 3
    assert "第 3 条" in capsys.readouterr().err


def test_deleted_row_is_caught(chained) -> None:  # type: ignore[no-untyped-def]
    with chained.engine.begin() as c:
        c.execute(text("DELETE FROM audit_events WHERE seq = 4"))
    report = _check(chained)
    assert not report.ok and report.broken_seq == 5


def test_reordered_rows_are_caught(chained) -> None:  # type: ignore[no-untyped-def]
    # Swap the content of events 2 and 5 while keeping each row's own hash: order changed.
    with chained.engine.begin() as c:
        rows = {r.seq: r for r in c.execute(text("SELECT * FROM audit_events WHERE seq IN (2, 5)"))}
        c.execute(text("UPDATE audit_events SET id = :tmp WHERE seq = 5"), {"tmp": "f" * 32})
        for seq, other in ((2, 5), (5, 2)):
            r = rows[other]
            c.execute(
                text(
                    "UPDATE audit_events SET id=:id, at=:at, kind=:kind, payload=:payload, prev_hash=:prev, hash=:hash WHERE seq=:seq"
                ),
                {
                    "id": r.id,
                    "at": r.at,
                    "kind": r.kind,
                    "payload": r.payload,
                    "prev": r.prev_hash,
                    "hash": r.hash,
                    "seq": seq,
                },
            )
    report = _check(chained)
    assert not report.ok and report.broken_seq == 2 and report.reason == "link"


def test_rehashed_edit_still_breaks_the_next_link(chained) -> None:  # type: ignore[no-untyped-def]
    """An editor who recomputes the edited row's hash still breaks the following row's link."""
    import hashlib

    with chained.engine.begin() as c:
        row = c.execute(text("SELECT * FROM audit_events WHERE seq = 3")).one()
        forged = hashlib.sha256(b"forged").hexdigest()
        c.execute(text("UPDATE audit_events SET hash = :h WHERE seq = 3"), {"h": forged})
        assert row.hash != forged
    report = _check(chained)
    assert not report.ok and report.broken_seq == 3


def test_truncated_tail_is_caught(chained) -> None:  # type: ignore[no-untyped-def]
    with chained.engine.begin() as c:
        c.execute(text("DELETE FROM audit_events WHERE seq = 6"))
    report = _check(chained)
    assert not report.ok and report.reason == "truncated"


def test_two_writers_at_once_keep_one_chain(store) -> None:  # type: ignore[no-untyped-def]
    """Two windows (or two counters) appending at the same moment: the second waits for the
    first's commit instead of chaining onto the same event."""
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
    assert report.ok and report.checked == 3
