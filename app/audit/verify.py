"""Verifying the audit trail: every counter's chain walked link by link (hash and MAC), the
legacy chain against the seal each counter's chain opened with, and every chain against the
checkpoints kept outside the database. Safe to call from any thread; the result is a plain
object (ChainReport) that says what was found in the cashier's words (`message`)."""

from __future__ import annotations

import datetime as dt
import hmac
import json
from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import store_keys
from app.audit import anchor
from app.audit.chain import GENESIS, LEGACY, LEGACY_HEAD, event_hash, mac_of
from app.models import AuditEvent, Counter

# Why a chain does not hold, worst first when several counters break at once.
REASONS = (
    "replaced",  # the database at this place is not the store the checkpoints are about
    "truncated",  # the chain ends before a checkpoint: events were cut off or all deleted
    "diverged",  # the event a checkpoint names is another one now: the chain was rewritten
    "mac",  # an event's signature does not hold: written without the store's key
    "content",  # an event was edited
    "link",  # an event does not follow the one before it
    "gap",  # an event is missing, or the events were renumbered
    "legacy",  # the events from before per-counter chains do not match their seal
    "checkpoint",  # a checkpoint itself was edited or forged
    "key_missing",  # this PC lacks the store's key: the signatures cannot be checked
)


@dataclass(frozen=True)
class ChainProblem:
    counter_id: str
    seq: int | None
    reason: str


@dataclass(frozen=True)
class ChainReport:
    """`ok`: every chain holds and matches every checkpoint. `checked`: events walked.
    `anchored`: at least one checkpoint from outside the database was compared."""

    ok: bool
    checked: int
    problems: tuple[ChainProblem, ...] = ()
    chains: int = 0
    checkpoints: int = 0
    anchored: bool = False
    last_checkpoint_at: dt.datetime | None = None

    @property
    def first(self) -> ChainProblem | None:
        return self.problems[0] if self.problems else None

    @property
    def broken_seq(self) -> int | None:
        return self.first.seq if self.first else None

    @property
    def reason(self) -> str:
        return self.first.reason if self.first else ""

    @property
    def counter_id(self) -> str:
        return self.first.counter_id if self.first else ""

    def message(self, lang: str = "zh_CN") -> str:
        from app.messages import tr

        if self.ok:
            key = "audit.verify.ok" if self.anchored else "audit.verify.ok_unanchored"
            return tr(key, lang, checked=self.checked, chains=self.chains, cps=self.checkpoints)
        first = self.problems[0]
        return tr(
            f"audit.verify.{first.reason}",
            lang,
            seq=first.seq if first.seq is not None else "-",
            counter=first.counter_id[:8] or "legacy",
            checked=self.checked,
        )


@dataclass
class _Walk:
    needed: set[tuple[str, int]]
    seen: dict[tuple[str, int], str] = field(default_factory=dict)
    length: dict[str, int] = field(default_factory=dict)
    problems: dict[str, ChainProblem] = field(default_factory=dict)
    seals: list[tuple[str, int, str]] = field(default_factory=list)
    checked: int = 0


def _events(session: Session) -> Iterator[AuditEvent]:
    stmt = select(AuditEvent).order_by(AuditEvent.counter_id, AuditEvent.counter_seq)
    yield from session.execute(stmt.execution_options(yield_per=2000)).scalars()


def _walk(session: Session, key: bytes | None, walk: _Walk) -> None:
    counter: str | None = None
    prev, expected = GENESIS, 1
    for event in _events(session):
        if event.counter_id != counter:
            counter, prev, expected = event.counter_id, GENESIS, 1
        walk.checked += 1
        walk.length[counter] = event.counter_seq
        if (counter, event.counter_seq) in walk.needed:
            walk.seen[(counter, event.counter_seq)] = event.hash
        if counter in walk.problems:
            prev, expected = event.hash, event.counter_seq + 1
            continue  # the first break of a chain is the one that matters
        reason = ""
        if event.counter_seq != expected:
            reason = "gap"
        elif event.prev_hash != prev:
            reason = "link"
        elif event_hash(prev, event) != event.hash:
            reason = "content"
        elif counter != LEGACY and (
            key is None or not hmac.compare_digest(mac_of(key, event.hash), event.mac)
        ):
            reason = "key_missing" if key is None else "mac"
        elif counter != LEGACY and event.counter_seq == 1 and event.kind != "audit.chain_opened":
            reason = "gap"  # a chain always opens with its seal: the first event was replaced
        if reason:
            walk.problems[counter] = ChainProblem(counter, event.counter_seq, reason)
        if event.kind == "audit.chain_opened" and counter != LEGACY:
            payload = json.loads(event.payload or "{}")
            walk.seals.append(
                (counter, int(payload.get("legacy_events", 0)), str(payload.get("legacy_head", "")))
            )
        prev, expected = event.hash, event.counter_seq + 1
        if counter == LEGACY:
            walk.seen[("legacy-head", 0)] = event.hash


def _check_legacy(session: Session, walk: _Walk) -> None:
    count = walk.length.get(LEGACY, 0)
    head = session.get(Counter, LEGACY_HEAD)
    if head is not None and head.value != count and LEGACY not in walk.problems:
        walk.problems[LEGACY] = ChainProblem(LEGACY, count + 1, "truncated")
    last_hash = walk.seen.get(("legacy-head", 0), "")
    for counter, events, legacy_head in walk.seals:
        if (events, legacy_head if events else "") != (count, last_hash if count else ""):
            walk.problems.setdefault(LEGACY, ChainProblem(counter, 1, "legacy"))


@dataclass(frozen=True)
class _Mark:
    """One counter's head as a checkpoint recorded it."""

    counter_id: str
    seq: int
    hash: str
    at: dt.datetime
    external: bool


def _marks(
    session: Session, key: bytes | None, uid: str, problems: list[ChainProblem]
) -> list[_Mark]:
    """Every checkpoint of this database, its signature checked; those a later restore made
    void (beyond the seq a chain was rewound to) left out."""
    marks: list[_Mark] = []
    rewinds: list[tuple[dt.datetime, str, int]] = []
    entries = anchor.file_checkpoints(anchor.scope_of(session))
    if entries and entries[-1].store_uid != uid:
        problems.append(ChainProblem("", None, "replaced"))
    for cp in entries:
        if cp.store_uid != uid:
            continue
        if not anchor.signature_ok(key, cp):
            problems.append(ChainProblem("", None, "checkpoint" if key else "key_missing"))
            continue
        rewinds += [(cp.at, c, n) for c, n in cp.rewound.items()]
        marks += [_Mark(h.counter_id, h.seq, h.hash, cp.at, True) for h in cp.heads]
    for row in anchor.table_checkpoints(session):
        if not anchor.row_signature_ok(key, row):
            problems.append(ChainProblem(row.counter_id, row.counter_seq, "checkpoint"))
            continue
        if row.rewound_to is not None:
            rewinds.append((row.at, row.counter_id, row.rewound_to))
        marks.append(_Mark(row.counter_id, row.counter_seq, row.hash, row.at, False))
    return [
        m
        for m in marks
        if not any(at > m.at and c == m.counter_id and m.seq > n for at, c, n in rewinds)
    ]


def verify_chain(session: Session) -> ChainReport:
    """Walk every chain and compare it with every checkpoint; report what does not hold."""
    key = store_keys.known_audit_key(session)
    uid = store_keys.store_uid(session, create=False)
    problems: list[ChainProblem] = []
    marks = _marks(session, key, uid, problems)
    walk = _Walk(needed={(m.counter_id, m.seq) for m in marks})
    _walk(session, key, walk)
    _check_legacy(session, walk)
    for mark in marks:
        if mark.counter_id in walk.problems:
            continue
        found = walk.seen.get((mark.counter_id, mark.seq))
        if found is None:
            problems.append(ChainProblem(mark.counter_id, mark.seq, "truncated"))
        elif found != mark.hash:
            problems.append(ChainProblem(mark.counter_id, mark.seq, "diverged"))
    problems += walk.problems.values()
    problems.sort(key=lambda p: REASONS.index(p.reason))
    unique = tuple(dict.fromkeys(problems))
    external = [m for m in marks if m.external]
    return ChainReport(
        ok=not unique,
        checked=walk.checked,
        problems=unique,
        chains=len([c for c in walk.length if c != LEGACY]),
        checkpoints=len(marks),
        anchored=bool(external),
        last_checkpoint_at=max((m.at for m in external), default=None),
    )
