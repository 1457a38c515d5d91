"""Evidence files of a case: images or PDF that decode whole, stored once by SHA-256 (see
app/evidence_store.py), under a clean name, read-only after submission; checked against
their hash whenever a form is printed."""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy.orm import Session, object_session

from app import evidence_store
from app.clock import utcnow
from app.errors import DomainError, IllegalTransition, NotFound
from app.evidence_check import clean_filename, inspect_evidence
from app.models import (
    Attachment,
    AttachmentPurpose,
    CancellationCase,
    IntentState,
    Stage,
    User,
)
from app.workflow.common import (
    BEFORE_SUBMISSION,
    MAX_ATTACHMENT_BYTES,
    STAFF,
    audit_case,
    hold,
    require_role,
)


def _purpose(purpose: AttachmentPurpose | str) -> AttachmentPurpose:
    """Exactly one of the known purposes: "evidence", "EVIDENCE " or "SLIP2" are refused, so
    that no spelling slips past the lock on a submitted case."""
    if isinstance(purpose, AttachmentPurpose):
        return purpose
    try:
        return AttachmentPurpose(purpose)
    except ValueError:
        raise DomainError("attachment.bad_purpose", purpose=str(purpose)[:40]) from None


def store_evidence(files_dir: Path, data: bytes | Path) -> str:
    """Check `data` (bytes, or a file streamed from disk) decodes as evidence and keep it under
    its SHA-256; the digest. A file already stored whole is not written again; a damaged copy
    is replaced."""
    incoming = evidence_store.take_in(files_dir, data, MAX_ATTACHMENT_BYTES)
    try:
        inspect_evidence(incoming.path)
    except BaseException:
        evidence_store.discard(incoming)
        raise
    return evidence_store.place(files_dir, incoming)


def add_attachment(
    session: Session,
    files_dir: Path,
    case: CancellationCase,
    actor: User,
    filename: str,
    data: bytes | Path,
    *,
    purpose: AttachmentPurpose | str = AttachmentPurpose.EVIDENCE,
) -> Attachment:
    """Evidence for the form, or the terminal slip in step 5: an image or PDF of at most
    10 MB that decodes whole. `data` is the file's bytes or, better, its path: the size is
    checked before anything is read and the file is streamed, never read whole."""
    require_role(actor, STAFF)
    hold(session, case, actor)
    kind = _purpose(purpose)
    if case.evidence_locked:
        raise IllegalTransition("attachment.locked")
    if kind is AttachmentPurpose.EVIDENCE:
        if case.stage not in BEFORE_SUBMISSION:
            raise IllegalTransition("attachment.locked")
    elif kind is AttachmentPurpose.SLIP:
        # only the slip (or journal print-out) of a movement still open, while it is closed
        if case.stage is not Stage.APPROVED or not any(
            i.state is IntentState.OPEN for i in case.intents
        ):
            raise IllegalTransition("attachment.locked")
    else:  # a provider's answer is filed by step 1 itself, never through here
        raise IllegalTransition("attachment.locked")
    incoming = evidence_store.take_in(files_dir, data, MAX_ATTACHMENT_BYTES)
    try:
        mime = inspect_evidence(incoming.path)
    except BaseException:
        evidence_store.discard(incoming)
        raise
    digest = evidence_store.place(files_dir, incoming)
    for existing in case.attachments:
        if existing.sha256 == digest:
            return existing
    attachment = Attachment(
        case_id=case.id,
        filename=clean_filename(filename, mime),
        sha256=digest,
        size=incoming.size,
        mime=mime,
        purpose=kind.value,
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
    hold(session, case, actor)
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


# A file checked once is not hashed again while its size and time stay the same (the live
# preview re-renders the form on every keystroke).
_checked: dict[tuple[str, int, int], bool] = {}


def files_dir_of(case: CancellationCase) -> Path | None:
    """The evidence store of the database `case` was read from."""
    from app import paths

    session = object_session(case)
    if session is None:
        return None
    url = session.get_bind().engine.url.render_as_string(hide_password=False)
    return paths.attachments_dir(url)


def file_is_intact(files_dir: Path, digest: str) -> bool:
    path = evidence_store.stored_path(files_dir, digest)
    try:
        info = path.lstat()
    except OSError:
        return False
    key = (str(path), info.st_size, info.st_mtime_ns)
    if key not in _checked:
        _checked[key] = evidence_store.is_intact(files_dir, digest)
    return _checked[key]


def damaged_attachments(case: CancellationCase, files_dir: Path | None = None) -> set[uuid.UUID]:
    """The case's attachments whose stored file is missing or no longer matches its hash."""
    folder = files_dir or files_dir_of(case)
    if folder is None:
        return set()
    return {a.id for a in case.attachments if not file_is_intact(folder, a.sha256)}


def record_print(
    session: Session, case: CancellationCase, actor: User | None, what: str, target: str = ""
) -> None:
    """A printed (or saved) form or slip is an audit event: what, by whom, to which printer/file."""
    if what not in ("form", "slip"):
        raise ValueError(what)
    audit_case(session, f"print.{what}", actor, case, target=target)
