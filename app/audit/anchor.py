"""Checkpoints: the chains' heads, signed, kept where a person who rewrites the database cannot
follow — an append-only file outside the data dir (not in backups), the printed handover slip
(digits + QR), and in a shared store a table the app's server role may only add to and read.
Verification compares each chain against them, so a cut-off tail, a deleted store or a
re-hashed rewrite no longer passes as "intact"."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import paths, store_keys
from app.clock import utcnow
from app.errors import DomainError
from app.models import AuditCheckpoint, AuditEvent

FILE_NAME = "audit-checkpoints.jsonl"
CODE_PREFIX = "GDCP1"


@dataclass(frozen=True)
class Head:
    counter_id: str
    seq: int
    hash: str


@dataclass(frozen=True)
class Checkpoint:
    """One signed statement "at `at`, these chains ended here" (`rewound`: a restore moved
    these counters' chains back to the given seq; earlier checkpoints beyond it are void)."""

    at: dt.datetime
    why: str
    store_uid: str
    scope: str
    heads: tuple[Head, ...]
    actor_name: str = ""
    rewound: dict[str, int] = field(default_factory=dict)
    sig: str = ""
    source: str = "file"  # or "table"


def anchor_file() -> Path:
    return paths.anchor_dir() / FILE_NAME


def scope_of(session: Session) -> str:
    """Which database a checkpoint is about: the SQLite file, or the server and database."""
    url = session.get_bind().engine.url
    if url.drivername.startswith("sqlite"):
        return f"sqlite:{Path(url.database or '').resolve()}" if url.database else "sqlite:memory"
    return f"pg:{url.host or 'localhost'}:{url.port or 5432}/{url.database}"


def _canonical(cp: Checkpoint) -> bytes:
    return json.dumps(
        {
            "at": cp.at.astimezone(dt.UTC).isoformat(),
            "why": cp.why,
            "store": cp.store_uid,
            "scope": cp.scope,
            "heads": {h.counter_id: [h.seq, h.hash] for h in cp.heads},
            "by": cp.actor_name,
            "rewound": cp.rewound,
        },
        sort_keys=True,
        ensure_ascii=False,
    ).encode()


def _sign(key: bytes, data: bytes) -> str:
    return hmac.new(key, b"guadan-checkpoint-v1:" + data, hashlib.sha256).hexdigest()


def _row_data(row: AuditCheckpoint) -> bytes:
    at = row.at.astimezone(dt.UTC).isoformat()
    return f"{row.counter_id}|{row.counter_seq}|{row.hash}|{row.why}|{at}|{row.rewound_to}".encode()


def signature_ok(key: bytes | None, cp: Checkpoint) -> bool:
    return key is not None and hmac.compare_digest(_sign(key, _canonical(cp)), cp.sig)


def row_signature_ok(key: bytes | None, row: AuditCheckpoint) -> bool:
    return key is not None and hmac.compare_digest(_sign(key, _row_data(row)), row.sig)


def current_heads(session: Session) -> tuple[Head, ...]:
    """The last event of every per-counter chain in this database."""
    last = (
        select(AuditEvent.counter_id, func.max(AuditEvent.counter_seq).label("seq"))
        .where(AuditEvent.counter_id != "")
        .group_by(AuditEvent.counter_id)
        .subquery()
    )
    rows = session.execute(
        select(AuditEvent.counter_id, AuditEvent.counter_seq, AuditEvent.hash)
        .join(
            last,
            (AuditEvent.counter_id == last.c.counter_id) & (AuditEvent.counter_seq == last.c.seq),
        )
        .order_by(AuditEvent.counter_id)
    ).all()
    return tuple(Head(str(c), int(s), str(h)) for c, s, h in rows)


def write_checkpoint(
    session: Session, why: str, actor_name: str = "", *, rewound: dict[str, int] | None = None
) -> Checkpoint:
    """Sign the chains' heads as they stand in `session` and keep them in the table (flushed
    with the caller's unit of work). The caller appends it to the file once that unit of work
    has committed (`append_to_file`), so the file never names an event that was rolled back."""
    key = store_keys.audit_key(session)
    cp = Checkpoint(
        at=utcnow(),
        why=why,
        store_uid=store_keys.store_uid(session),
        scope=scope_of(session),
        heads=current_heads(session),
        actor_name=actor_name[:60],
        rewound=dict(rewound or {}),
    )
    cp = replace(cp, sig=_sign(key, _canonical(cp)))
    from app.audit.chain import current_counter

    for head in cp.heads:
        row = AuditCheckpoint(
            at=cp.at,
            counter_id=head.counter_id,
            counter_seq=head.seq,
            hash=head.hash,
            why=why,
            rewound_to=cp.rewound.get(head.counter_id),
            written_by=current_counter(session),
            actor_name=cp.actor_name,
            sig="",
        )
        row.sig = _sign(key, _row_data(row))
        session.add(row)
    session.flush()
    return cp


def append_to_file(cp: Checkpoint) -> None:
    """Append-only, one JSON line per checkpoint, flushed to disk before returning."""
    line = json.loads(_canonical(cp))
    line["sig"] = cp.sig
    data = (json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n").encode()
    fd = os.open(anchor_file(), os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)


def file_checkpoints(scope: str) -> list[Checkpoint]:
    """This database's checkpoints from the file, oldest first (a damaged line is skipped and
    reported by verification as a forged checkpoint, never trusted)."""
    try:
        lines = anchor_file().read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
    found = []
    for text in lines:
        try:
            raw = json.loads(text)
            if raw.get("scope") != scope:
                continue
            found.append(
                Checkpoint(
                    at=dt.datetime.fromisoformat(raw["at"]),
                    why=str(raw["why"]),
                    store_uid=str(raw["store"]),
                    scope=scope,
                    heads=tuple(Head(c, int(v[0]), str(v[1])) for c, v in raw["heads"].items()),
                    actor_name=str(raw.get("by", "")),
                    rewound={str(k): int(v) for k, v in raw.get("rewound", {}).items()},
                    sig=str(raw.get("sig", "")),
                )
            )
        except (ValueError, KeyError, TypeError, AttributeError):
            found.append(Checkpoint(utcnow(), "damaged", "", scope, ()))
    return found


def table_checkpoints(session: Session) -> list[AuditCheckpoint]:
    return list(session.execute(select(AuditCheckpoint).order_by(AuditCheckpoint.at)).scalars())


# ---------------------------------------------------------------- the printed code


@dataclass(frozen=True)
class PrintedCode:
    """A chain head as printed on the handover slip: a short counter label, the event number,
    16 check digits a person can compare, and the QR text that carries all of it."""

    counter_label: str
    seq: int
    digits: str
    qr_text: str


def _digits(key: bytes, counter_id: str, seq: int, hash_hex: str) -> str:
    mac = hmac.new(key, f"code|{counter_id}|{seq}|{hash_hex}".encode(), hashlib.sha256).digest()
    number = f"{int.from_bytes(mac[:8], 'big') % 10**16:016d}"
    return "-".join(number[i : i + 4] for i in range(0, 16, 4))


def printed_codes(session: Session, cp: Checkpoint) -> list[PrintedCode]:
    key = store_keys.audit_key(session)
    codes = []
    for head in cp.heads:
        digits = _digits(key, head.counter_id, head.seq, head.hash)
        qr = f"{CODE_PREFIX}|{cp.store_uid}|{head.counter_id}|{head.seq}|{digits}"
        codes.append(PrintedCode(head.counter_id[:8], head.seq, digits, qr))
    return codes


def check_printed_code(session: Session, counter: str, seq: int, digits: str) -> bool:
    """Does the chain still hold the event a printed slip named? `counter` may be the slip's
    8-character label; `digits` with or without the dashes. Raises NotFound-style DomainError
    when no such event exists any more (the chain was cut)."""
    matches = session.execute(
        select(AuditEvent.counter_id, AuditEvent.hash).where(
            AuditEvent.counter_id.like(f"{counter}%"), AuditEvent.counter_seq == seq
        )
    ).all()
    if not matches:
        raise DomainError("audit.code_event_missing", seq=seq)
    key = store_keys.known_audit_key(session)
    if key is None:
        raise DomainError("store_key.missing.audit-key")
    wanted = digits.replace("-", "").replace(" ", "")
    return any(_digits(key, c, seq, h).replace("-", "") == wanted for c, h in matches)


def parse_qr(text: str) -> tuple[str, int, str]:
    """(counter_id, seq, digits) from a slip's QR text."""
    parts = text.strip().split("|")
    if len(parts) != 5 or parts[0] != CODE_PREFIX or not parts[3].isdigit():
        raise DomainError("audit.code_bad")
    return parts[2], int(parts[3]), parts[4]
