"""Evidence files of a case: images or PDF, stored once by SHA-256, read-only after submission."""

from __future__ import annotations

import hashlib
import os
import uuid
from pathlib import Path

from sqlalchemy.orm import Session

from app.clock import utcnow
from app.errors import DomainError, IllegalTransition, NotFound
from app.models import (
    Attachment,
    CancellationCase,
    Stage,
    User,
)
from app.redaction import redact
from app.workflow.common import (
    BEFORE_SUBMISSION,
    MAX_ATTACHMENT_BYTES,
    STAFF,
    audit_case,
    require_role,
)

_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"%PDF-", "application/pdf"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"BM", "image/bmp"),
)


def sniff_mime(data: bytes) -> str | None:
    for magic, mime in _MAGIC:
        if data.startswith(magic):
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


def store_evidence(files_dir: Path, data: bytes) -> str:
    """Content-addressed: the file's name is its SHA-256; written once, never changed.

    Written durably (fsync before the rename) so a power cut cannot leave an empty file under
    a hash the database already names; a file on disk that does not match its name is
    written again."""
    digest = hashlib.sha256(data).hexdigest()
    target = files_dir / digest[:2] / digest
    if target.exists() and hashlib.sha256(target.read_bytes()).hexdigest() == digest:
        return digest
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".part")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    if target.exists():
        target.chmod(0o644)  # a damaged copy (read-only like every evidence file) is replaced
    tmp.replace(target)
    target.chmod(0o444)
    return digest


def add_attachment(
    session: Session,
    files_dir: Path,
    case: CancellationCase,
    actor: User,
    filename: str,
    data: bytes,
    *,
    purpose: str = "EVIDENCE",
) -> Attachment:
    """Evidence for the form (images or PDF, ≤ 10 MB), or the terminal slip in step 5."""
    require_role(actor, STAFF)
    allowed = BEFORE_SUBMISSION if purpose == "EVIDENCE" else frozenset({Stage.APPROVED})
    if case.evidence_locked or case.stage not in allowed:
        raise IllegalTransition("attachment.locked")
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise DomainError("attachment.too_big", field="attachment", mb=10)
    if not data:
        raise DomainError("attachment.empty", field="attachment")
    mime = sniff_mime(data)
    if mime is None:
        raise DomainError("attachment.bad_type", field="attachment")
    digest = store_evidence(files_dir, data)
    for existing in case.attachments:
        if existing.sha256 == digest:
            return existing
    attachment = Attachment(
        case_id=case.id,
        filename=redact(Path(filename).name)[:200],
        sha256=digest,
        size=len(data),
        mime=mime,
        purpose=purpose,
        added_by_id=actor.id,
    )
    session.add(attachment)
    case.attachments.append(attachment)
    session.flush()
    audit_case(
        session, "case.attachment_added", actor, case, filename=attachment.filename, sha256=digest
    )
    return attachment


def remove_attachment(
    session: Session, case: CancellationCase, actor: User, attachment_id: uuid.UUID
) -> None:
    """Only before submission. Nothing is ever deleted: the row is marked removed (it leaves
    the case's evidence) and the file stays in the store."""
    require_role(actor, STAFF)
    if case.evidence_locked or case.stage not in BEFORE_SUBMISSION:
        raise IllegalTransition("attachment.locked")
    for attachment in case.attachments:
        if attachment.id == attachment_id:
            attachment.removed_at = utcnow()
            session.flush()
            session.expire(case, ["attachments"])
            audit_case(session, "case.attachment_removed", actor, case, sha256=attachment.sha256)
            return
    raise NotFound("attachment.not_found")


def record_print(
    session: Session, case: CancellationCase, actor: User | None, what: str, target: str = ""
) -> None:
    """A printed (or saved) form or slip is an audit event: what, by whom, to which printer/file."""
    if what not in ("form", "slip"):
        raise ValueError(what)
    audit_case(session, f"print.{what}", actor, case, target=target)
