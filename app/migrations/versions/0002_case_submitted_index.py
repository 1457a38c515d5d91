"""index cases by submission time (shift batches of forms, reports by date)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_cases_submitted_at", "cancellation_cases", ["submitted_at"])


def downgrade() -> None:
    op.drop_index("ix_cases_submitted_at", table_name="cancellation_cases")
