"""shared server: a case's change of stage is announced (NOTIFY guadan_case, the case's id)

A lead's decision at one counter reaches the counter whose wizard waits for it at once
(app/link.py LISTENs) instead of at its next poll. PostgreSQL only; no data changes.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03
"""

from alembic import op

from app.server_roles import announce_case_changes

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    announce_case_changes(op.get_bind())


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS cancellation_cases_announce ON cancellation_cases")
    op.execute("DROP FUNCTION IF EXISTS guadan_announce_case()")
