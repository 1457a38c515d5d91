"""A shared store's server roles (PostgreSQL): the schema belongs to an owner role that runs
the migrations; the counters log in as members of the group role `guadan_app`, which may read
and write the business tables but may only add to and read the audit trail and its checkpoints.
A trigger refuses UPDATE, DELETE and TRUNCATE there too, as a second line (only the owner can
switch it off, and that is the database administrator's act, not the till's)."""

from __future__ import annotations

from sqlalchemy import Connection, text

APP_ROLE = "guadan_app"
APPEND_ONLY = ("audit_events", "audit_checkpoints")

_TRIGGER_FN = """
CREATE OR REPLACE FUNCTION guadan_refuse_audit_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'guadan: % is append-only (% refused)', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$
"""


def protect_audit_tables(conn: Connection) -> None:
    """The triggers: every UPDATE, DELETE or TRUNCATE of the audit tables is refused."""
    if conn.dialect.name != "postgresql":
        return
    conn.execute(text(_TRIGGER_FN))
    for table in APPEND_ONLY:
        conn.execute(text(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}"))
        conn.execute(
            text(
                f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION guadan_refuse_audit_change()"
            )
        )
        conn.execute(text(f"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table}"))
        conn.execute(
            text(
                f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
                "FOR EACH STATEMENT EXECUTE FUNCTION guadan_refuse_audit_change()"
            )
        )


def grant_app_role(conn: Connection, role: str = APP_ROLE) -> bool:
    """Give the counters' group role what the app needs and no more. Idempotent; run by the
    owner after every migration. False when the role does not exist (a one-login server, as
    before; `guadan doctor` says so)."""
    if conn.dialect.name != "postgresql":
        return False
    exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first()
    if not exists:
        return False
    quoted = conn.dialect.identifier_preparer.quote(role)
    for statement in (
        f"GRANT USAGE ON SCHEMA public TO {quoted}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {quoted}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {quoted}",
        # Tables later migrations add get the same; the audit tables are narrowed below.
        "ALTER DEFAULT PRIVILEGES IN SCHEMA public "
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {quoted}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {quoted}",
        f"REVOKE UPDATE, DELETE, TRUNCATE ON {', '.join(APPEND_ONLY)} FROM {quoted}",
        f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON alembic_version FROM {quoted}",
        f"REVOKE CREATE ON SCHEMA public FROM {quoted}",
    ):
        conn.execute(text(statement))
    idle_in_transaction_timeout(conn)
    return True


def idle_in_transaction_timeout(conn: Connection) -> bool:
    """The server ends a transaction left idle for a minute, whoever's login left it (a counter
    that vanished mid-transaction must not hold its locks for hours). Set on the database when
    this role owns it; the counters also ask for it on every connection (app.db)."""
    from app.db import IDLE_IN_TRANSACTION

    owns = conn.execute(
        text(
            "SELECT pg_catalog.pg_get_userbyid(datdba) = current_user FROM pg_database "
            "WHERE datname = current_database()"
        )
    ).scalar()
    if not owns:
        return False
    name = conn.execute(text("SELECT current_database()")).scalar_one()
    quoted = conn.dialect.identifier_preparer.quote(str(name))
    conn.execute(
        text(
            f"ALTER DATABASE {quoted} SET idle_in_transaction_session_timeout = "
            f"'{IDLE_IN_TRANSACTION}'"
        )
    )
    return True


CASE_CHANNEL = "guadan_case"  # NOTIFY payload: the case's id; LISTENed to by app/link.py

_ANNOUNCE_FN = f"""
CREATE OR REPLACE FUNCTION guadan_announce_case() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('{CASE_CHANNEL}', NEW.id::text);
    RETURN NULL;
END;
$$
"""


def announce_case_changes(conn: Connection) -> None:
    """A trigger: every change of a case's stage (a lead's decision, a correction) is announced
    to the counters on commit. NOTIFYs sent while a counter is offline are lost to it: its
    wizard also polls, and re-reads when the link comes back."""
    if conn.dialect.name != "postgresql":
        return
    conn.execute(text(_ANNOUNCE_FN))
    conn.execute(text("DROP TRIGGER IF EXISTS cancellation_cases_announce ON cancellation_cases"))
    conn.execute(
        text(
            "CREATE TRIGGER cancellation_cases_announce AFTER UPDATE OF stage ON "
            "cancellation_cases FOR EACH ROW WHEN (OLD.stage IS DISTINCT FROM NEW.stage) "
            "EXECUTE FUNCTION guadan_announce_case()"
        )
    )
