"""order leases: which counter works on an order, until when

One row per order (app.leases): taken and renewed by one upsert, expired rows anyone's to take.
No data changes.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "order_leases",
        sa.Column("order_id", sa.Uuid(), nullable=False),
        sa.Column("counter_id", sa.String(length=36), nullable=False),
        sa.Column("counter_label", sa.String(length=60), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=True),
        sa.Column("user_name", sa.String(length=60), nullable=False),
        sa.Column("claimed_at", sa.DateTime(), nullable=False),
        sa.Column("claimed_until", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["order_id"], ["suspended_orders.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"]),
        sa.PrimaryKeyConstraint("order_id"),
    )


def downgrade() -> None:
    op.drop_table("order_leases")
