"""Opening the database: SQLite in WAL mode with durable commits (or a shared PostgreSQL),
Alembic upgrades on start after a backup, and one session per unit of work."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from app import paths
from app.clock import utcnow
from app.errors import DomainError, ServerUnreachable, StaleData

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
OFFLINE = "offline"  # session.info: this session is a counter's local copy, the link is down


def resolve_url(url: str | None = None, *, training: bool = False, demo: bool = False) -> str:
    """--db beats GUADAN_DB beats the default SQLite file in the user data dir."""
    if training:
        return f"sqlite:///{paths.default_db_path(training=True)}"
    if demo:
        return f"sqlite:///{paths.default_db_path(demo=True)}"
    url = url or os.environ.get("GUADAN_DB")
    if not url:
        from app.joining import joined_url  # `guadan store join` made this PC a shared counter

        url = joined_url()
    if not url:
        return f"sqlite:///{paths.default_db_path()}"
    if "://" not in url:  # a bare path means a SQLite file
        return f"sqlite:///{Path(url).expanduser().resolve()}"
    return url


def sqlite_file(url: str) -> Path | None:
    if url.startswith("sqlite:///") and not url.endswith(":memory:"):
        return Path(url.removeprefix("sqlite:///"))
    return None


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")  # a commit survives power loss at the counter
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


# How a counter talks to a shared server so that a silent drop is noticed in seconds, not in
# the minutes libpq's defaults take (DESIGN §9a): give up connecting after 3 s, let the kernel
# abandon a connection whose sent data stays unacknowledged for 10 s, probe an idle one after
# 5 s (every 1 s, 3 times); and have the server end a transaction left idle for a minute, so
# that a counter that vanished mid-transaction does not hold its row locks for hours.
# 10 s, not DESIGN's 3 s: a busy server that reads a bulk write slowly advertises a zero window,
# which Linux also counts against the timeout, and 3 s ended such writes (an import, a seeding).
# The window still says 脱机 within seconds: app/link.py asks with a 3 s deadline of its own.
IDLE_IN_TRANSACTION = "60s"
PG_CONNECT_ARGS: dict[str, str | int] = {
    "connect_timeout": 3,
    "tcp_user_timeout": 10_000,
    "keepalives": 1,
    "keepalives_idle": 5,
    "keepalives_interval": 1,
    "keepalives_count": 3,
    "options": f"-c idle_in_transaction_session_timeout={IDLE_IN_TRANSACTION}",
}


def with_keyring_password(url: str) -> str:
    """A shared server's URL with its password taken from the OS keyring (service "guadan",
    entry "db:USER@HOST"), so no password sits in a settings file or a shortcut."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.drivername.startswith("sqlite") or parsed.password or not parsed.username:
        return url
    from app import keyring_backend

    keyring_backend.wait_chosen()
    try:
        import keyring

        secret = keyring.get_password("guadan", f"db:{parsed.username}@{parsed.host}")
    except Exception:  # no usable keyring: connect without a password, the server will say
        secret = None
    if not secret:
        return url
    return parsed.set(password=secret).render_as_string(hide_password=False)


def dialect_insert(session: Session) -> Any:
    """The session's dialect's INSERT, the one with ON CONFLICT. Imported when first used: the
    PostgreSQL dialect package (asyncio and its drivers' modules with it) takes ~0.15 s to
    import, on the worker that opens the store, and a SQLite counter never needs it."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects import postgresql

        return postgresql.insert
    from sqlalchemy.dialects import sqlite

    return sqlite.insert


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        db_file = sqlite_file(url)
        if db_file:
            db_file.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 5})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    engine = create_engine(
        with_keyring_password(url), pool_pre_ping=True, connect_args=dict(PG_CONNECT_ARGS)
    )
    import weakref

    # every connection the pool opened (a ping on check-out can hang too, before any check-out
    # event): abort_in_flight ends them all; the pool replaces what it finds closed
    opened: weakref.WeakSet[Any] = weakref.WeakSet()
    event.listen(engine, "connect", lambda dbapi, _rec: opened.add(dbapi))
    engine.guadan_connections = opened  # type: ignore[attr-defined]
    return engine


def abort_in_flight(engine: Engine) -> int:
    """End the server calls under way on `engine`'s connections (the link monitor found the
    server silent): a hung server, or a black hole whose far end still ACKs, keeps a blocking
    call waiting with no TCP timer to end it, and the database worker with it. Shutting the
    sockets makes such a call fail at once; the pool replaces the connections (pre-ping).
    How many were ended."""
    import socket

    ended = 0
    for dbapi in list(getattr(engine, "guadan_connections", ())):
        with contextlib.suppress(Exception):
            fd = dbapi.pgconn.socket
            sock = socket.socket(fileno=os.dup(fd))
            try:
                sock.shutdown(socket.SHUT_RDWR)
                ended += 1
            finally:
                sock.close()
    return ended


def _alembic_config(engine: Engine) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    # ConfigParser reads '%' as interpolation: a password with %, @ or : must be escaped.
    url = engine.url.render_as_string(hide_password=False).replace("%", "%%")
    cfg.set_main_option("sqlalchemy.url", url)
    return cfg


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _stored_revision(engine: Engine) -> str | None:
    """The revision recorded in the database, read with plain SQL (None: no schema yet)."""
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    try:
        with engine.connect() as conn:
            return conn.execute(
                text("SELECT version_num FROM alembic_version")
            ).scalar_one_or_none()
    except DBAPIError:
        return None


def head_revision(engine: Engine) -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config(engine)).get_current_head()


BACKUP_PAGES = 512  # pages per step of SQLite's online backup (2 MB at the default page size)
BACKUP_PAUSE_S = 0.01  # between steps: the other core goes to the cashier

# Backups made by the app itself; a manual one (`guadan backup`) is never removed by them.
AUTOMATIC = frozenset({"daily", "pre-migration", "before-restore"})


def _pause(_status: int, _remaining: int, _total: int) -> None:
    time.sleep(BACKUP_PAUSE_S)


def backup_sqlite(db_file: Path, reason: str, keep: int = 10) -> Path:
    """Copy a live SQLite file with SQLite's online backup, and the evidence files its cases
    name into the backups' evidence store (by SHA-256: each file once). Of the automatic
    reasons the last `keep` are kept; manual backups are never pruned."""
    stamp = utcnow().strftime("%Y%m%dT%H%M%S%fZ")
    target = paths.backups_dir() / f"{db_file.stem}-{reason}-{stamp}.sqlite3"
    src = sqlite3.connect(db_file)
    try:
        dst = sqlite3.connect(target)
        with dst:
            # 2 MB at a time with a pause between (the progress call; `sleep` only applies
            # when the source is busy): one step copying the whole file took a core and the
            # disk for a second while the cashier scrolled (the daily backup runs beside the
            # window). A write by another connection restarts the copy, as SQLite's online
            # backup does.
            src.backup(dst, pages=BACKUP_PAGES, progress=_pause)
        dst.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
        dst.close()
    finally:
        src.close()
    backup_evidence(target, paths.attachments_dir(f"sqlite:///{db_file}"))
    if reason in AUTOMATIC:
        old = sorted(paths.backups_dir().glob(f"{db_file.stem}-{reason}-*.sqlite3"))
        for stale in old[:-keep]:
            stale.unlink()
    log.info("backup written: %s", target)
    return target


def backup_evidence(backup: Path, files_dir: Path) -> int:
    """Copy the evidence files `backup`'s attachments name into backups/evidence (never through
    a symlink); how many were new."""
    import shutil

    from app.evidence_store import stored_path

    kept = paths.backups_dir() / "evidence"
    conn = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        digests = [str(r[0]) for r in conn.execute("SELECT DISTINCT sha256 FROM attachments")]
    except sqlite3.Error:
        digests = []
    finally:
        conn.close()
    copied = 0
    for digest in digests:
        source, target = stored_path(files_dir, digest), stored_path(kept, digest)
        if target.exists() or not source.is_file() or source.is_symlink():
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        copied += 1
    return copied


def daily_backup(store: Store, keep: int = 10) -> Path | None:
    """Once a day (the first start of the day, UTC) a copy of the store's SQLite file, the last
    `keep` days kept. Nothing for a shared server: its own backups are the DBA's."""
    db_file = sqlite_file(store.url)
    if db_file is None or not db_file.exists():
        return None
    today = utcnow().strftime("%Y%m%d")
    if any(paths.backups_dir().glob(f"{db_file.stem}-daily-{today}*.sqlite3")):
        return None
    return backup_sqlite(db_file, "daily", keep=keep)


def restore_sqlite(backup: Path, db_file: Path) -> None:
    """Put a backup in place of the live file (the current file is backed up first)."""
    if db_file.exists():
        backup_sqlite(db_file, "before-restore")
    src = sqlite3.connect(backup)
    try:
        dst = sqlite3.connect(db_file)
        with dst:
            src.backup(dst)
        dst.close()
    finally:
        src.close()


def upgrade(engine: Engine) -> bool:
    """Bring the schema to the latest revision; back an existing SQLite file up first.

    Returns True when a migration ran.
    """
    from app.migrations import HEAD

    if _stored_revision(engine) == HEAD:
        return False  # the usual start: no need to load Alembic at all
    from alembic import command

    current = current_revision(engine)
    head = head_revision(engine)
    if current == head:
        return False
    db_file = sqlite_file(engine.url.render_as_string(hide_password=False))
    has_tables = bool(inspect(engine).get_table_names())
    if db_file and db_file.exists() and has_tables:
        backup_sqlite(db_file, "pre-migration")
    cfg = _alembic_config(engine)
    if engine.dialect.name == "sqlite":
        _upgrade_sqlite(engine, cfg)
        log.info("database migrated from %s to %s", current, head)
        return True
    from sqlalchemy.exc import ProgrammingError

    from app.server_roles import grant_app_role

    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            grant_app_role(conn)  # tables a migration added, for the counters' role
    except ProgrammingError as exc:
        if getattr(exc.orig, "sqlstate", "") == "42501":  # insufficient_privilege
            # A counter's login may not change the schema: the owner role upgrades it.
            raise DomainError("db.upgrade_needs_owner", current=current or "-", head=head) from exc
        raise
    log.info("database migrated from %s to %s", current, head)
    return True


def _upgrade_sqlite(engine: Engine, cfg: Any) -> None:
    """SQLite alters a table by copying it (Alembic's batch mode): with foreign keys on, the
    copy of a table other rows point at is refused, and the driver runs DDL outside any
    transaction, so a failed step would leave the schema half-changed. Foreign keys are off
    for the copy (and checked after it), and the whole upgrade is one explicit transaction."""
    from alembic import command

    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")  # outside a transaction, or no effect
        conn.commit()
        try:
            conn.exec_driver_sql("BEGIN")
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise RuntimeError(f"migration left {len(broken)} broken references")
            conn.commit()
        except BaseException:
            conn.rollback()
            raise
        finally:
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")
            conn.commit()


@dataclass
class Store:
    """The one object the UI and the CLI hold: an engine and a session factory."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    training: bool = False
    # A shared server's counter: its local copy (app.sync), used while the link is down.
    local: Store | None = None
    link_down: bool = False  # set by the link monitor (and by a transaction the link ended)
    copy_behind: bool = False  # the copy missed a commit: no offline work until re-read
    # The outbox holds entries not yet on the server: work stays on the copy until the sender
    # has sent them (an online step must not overtake the offline ones before it).
    queued: bool = False
    session_info: dict[str, Any] = field(default_factory=dict)  # copied into each session

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commit on success, roll back on any error.

        A DomainError that `keeps_changes` (a wrong PIN counts toward lockout) is committed
        before it propagates: the refusal itself is the record.

        A counter with a local copy works there while its link is down (the session's info
        says OFFLINE); the outbox carries the work to the server later.
        """
        if self.local is not None and (self.link_down or self.queued):
            if self.copy_behind:
                # The copy may lack what the server last committed for this counter (a COMMIT
                # whose answer was lost): writing on it would fork this counter's chain.
                from app import store_messages  # noqa: F401 (the key)

                raise ServerUnreachable("store.offline")
            with self.local.transaction() as session:
                session.info.update(self.session_info)
                session.info[OFFLINE] = True
                yield session
            return
        session = self.sessions()
        session.info.update(self.session_info)
        committing = False
        body: dict[str, Any] | None = None
        try:
            yield session
            if self.local is not None:
                from app.sync.outbox import entry_body

                session.flush()
                body = entry_body(session)  # what to queue if the COMMIT's answer is lost
            committing = True
            session.commit()
            committing = False
            if self.local is not None:
                self._absorb(session)
        except DomainError as exc:
            if exc.keeps_changes:
                session.commit()
            else:
                session.rollback()
            raise
        except StaleDataError as exc:
            session.rollback()
            raise StaleData("concurrency.stale") from exc
        except OperationalError as exc:
            with contextlib.suppress(Exception):  # the connection may be gone already
                session.rollback()
            if self.is_shared_server:
                # The link dropped: a cashier is told so in words, not shown a driver's error.
                if self.local is not None:
                    self.link_down = True  # the next try works on the local copy
                    if committing and self._queue_unknown(body):
                        return  # saved on the copy and queued: the caller's work is done
                from app import store_messages  # noqa: F401 (the key)

                raise ServerUnreachable("store.offline") from exc
            raise
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def _queue_unknown(self, body: dict[str, Any] | None) -> bool:
        """The link failed at COMMIT: the server may or may not hold this transaction. It goes
        to the copy and its outbox as it was (same rows, same event ids): if the server had it,
        the sender finds its events there and applies nothing twice. False: not queued (the
        copy is then behind, and refuses offline work until re-read)."""
        from app.sync.outbox import queue_body

        assert self.local is not None
        if body is None:
            return False
        try:
            with self.local.sessions() as local:
                local.info.update(self.session_info)
                queue_body(local, body)
                local.commit()
        except Exception as exc:
            self.copy_behind = True
            log.warning("unknown commit not queued: %s", str(exc)[:300])
            return False
        return True

    def _absorb(self, session: Session) -> None:
        """Copy what this committed transaction wrote into the local copy (never fails it)."""
        from app.sync.replica import absorb

        assert self.local is not None
        try:
            with self.local.sessions() as local:
                local.info.update(self.session_info)
                absorb(session, local)
                local.commit()
        except Exception as exc:  # the sender re-reads the copy from the server later
            self.copy_behind = True
            log.warning("local copy not updated: %s", str(exc)[:300])

    @property
    def is_shared_server(self) -> bool:
        return not self.url.startswith("sqlite")

    @property
    def attachments_dir(self) -> Path:
        return paths.attachments_dir(self.url)

    def dispose(self) -> None:
        self.engine.dispose()


def open_store(
    url: str | None = None, *, training: bool = False, demo: bool = False, migrate: bool = True
) -> Store:
    resolved = resolve_url(url, training=training, demo=demo)
    engine = make_engine(resolved)
    if migrate:
        upgrade(engine)
    return Store(
        url=resolved,
        engine=engine,
        sessions=sessionmaker(engine, expire_on_commit=False),
        training=training,
    )
