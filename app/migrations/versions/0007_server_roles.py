"""shared server: the audit tables are append-only for the app's role, guarded by triggers

PostgreSQL only (SQLite has no roles: there the signed chain and the checkpoints outside the
database do the work). The group role `guadan_app` gets read and write on the business tables
and only INSERT and SELECT on audit_events and audit_checkpoints; triggers refuse UPDATE,
DELETE and TRUNCATE of those two for every role. No data changes.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-28
"""

from alembic import op

from app.server_roles import APPEND_ONLY, grant_app_role, protect_audit_tables

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    protect_audit_tables(conn)
    grant_app_role(conn)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    for table in APPEND_ONLY:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
        op.execute(f"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table}")
    op.execute("DROP FUNCTION IF EXISTS guadan_refuse_audit_change()")
