"""The evidence store: each file kept once under its SHA-256, written durably, read-only.

A file is never read whole: its size is checked before a byte is read, then it is streamed
into a fresh temporary file (created with O_EXCL | O_NOFOLLOW under a random name, so a
symlink planted in the store cannot redirect the write) while its hash is computed.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from app.errors import DomainError

CHUNK = 1024 * 1024
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)  # not on Windows, where symlinks need admin rights
_BINARY = getattr(os, "O_BINARY", 0)


@dataclass(frozen=True)
class Incoming:
    """A file copied into the store's intake, not yet placed under its hash."""

    path: Path
    sha256: str
    size: int


def stored_path(files_dir: Path, digest: str) -> Path:
    return files_dir / digest[:2] / digest


def _source_size(source: bytes | Path) -> int:
    if isinstance(source, bytes):
        return len(source)
    try:
        info = os.stat(source)
    except OSError as exc:
        raise DomainError("attachment.unreadable", field="attachment") from exc
    if not stat.S_ISREG(info.st_mode):
        raise DomainError("attachment.unreadable", field="attachment")
    return info.st_size


@contextmanager
def _open_source(source: bytes | Path) -> Iterator[BinaryIO]:
    import io

    if isinstance(source, bytes):
        yield io.BytesIO(source)
        return
    try:
        fh = open(source, "rb")  # noqa: SIM115 (closed below)
    except OSError as exc:
        raise DomainError("attachment.unreadable", field="attachment") from exc
    with fh:
        yield fh


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":
        return  # directories cannot be opened for fsync on Windows; NTFS journals the rename
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def take_in(files_dir: Path, source: bytes | Path, max_bytes: int) -> Incoming:
    """Copy `source` (bytes, or a file read in chunks) into a new temporary file of the store.
    Refused before reading when it is empty or over `max_bytes`, and while reading if it grows
    past it."""
    size = _source_size(source)
    if size == 0:
        raise DomainError("attachment.empty", field="attachment")
    if size > max_bytes:
        raise DomainError("attachment.too_big", field="attachment", mb=max_bytes // 2**20)
    files_dir.mkdir(parents=True, exist_ok=True)
    tmp = files_dir / f".incoming-{secrets.token_hex(8)}.part"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _BINARY, 0o600)
    digest = hashlib.sha256()
    written = 0
    try:
        with os.fdopen(fd, "wb") as out, _open_source(source) as src:
            while chunk := src.read(CHUNK):
                written += len(chunk)
                if written > max_bytes:
                    raise DomainError(
                        "attachment.too_big", field="attachment", mb=max_bytes // 2**20
                    )
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        if written == 0:
            raise DomainError("attachment.empty", field="attachment")
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return Incoming(tmp, digest.hexdigest(), written)


def file_hash(path: Path) -> str | None:
    """The SHA-256 of the regular file at `path` (not of what a symlink there points to), or
    None when there is none."""
    try:
        fd = os.open(path, os.O_RDONLY | _NOFOLLOW | _BINARY)
    except OSError:
        return None
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
            return None
        digest = hashlib.sha256()
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def is_intact(files_dir: Path, digest: str) -> bool:
    """The stored file exists, is a regular file and still has the hash it is named by."""
    return file_hash(stored_path(files_dir, digest)) == digest


def place(files_dir: Path, incoming: Incoming) -> str:
    """Put an intake file under its hash (read-only). A file already there with the right
    content is kept; a damaged one, or anything else at that name, is replaced."""
    shard = files_dir / incoming.sha256[:2]
    try:
        if shard.is_symlink():
            raise DomainError("attachment.store_unsafe", field="attachment", folder=str(shard))
        shard.mkdir(exist_ok=True)
        target = shard / incoming.sha256
        if file_hash(target) == incoming.sha256:
            incoming.path.unlink()
            return incoming.sha256
        if target.exists() and not target.is_symlink():
            target.chmod(0o644)  # a damaged copy, read-only like every stored file
        os.replace(incoming.path, target)  # replaces a symlink itself, never what it points to
        target.chmod(0o444)
        _fsync_dir(shard)
    except BaseException:
        incoming.path.unlink(missing_ok=True)
        raise
    return incoming.sha256


def discard(incoming: Incoming) -> None:
    incoming.path.unlink(missing_ok=True)
