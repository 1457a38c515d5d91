"""outbox and sync receipts: a counter's offline work, replayed on the shared server once

`outbox` is written on a counter's local copy (app.sync) in the transaction of the work;
`sync_receipts` on the server in the transaction that applies an entry, so a resent entry is
recognised by its event id (and two entries can never claim one counter's place).
No data changes.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "outbox",
        sa.Column("event_id", sa.Uuid(), nullable=False),
        sa.Column("counter_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.Column("outcome", sa.String(length=12), nullable=False),
        sa.PrimaryKeyConstraint("event_id"),
        sa.UniqueConstraint("counter_id", "seq", name="uq_outbox_counter_seq"),
    )
    op.create_table(
        "sync_receipts",
        sa.Column("event_id", sa.Uuid(), nullable=False),
        sa.Column("counter_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("outcome", sa.String(length=12), nullable=False),
        sa.PrimaryKeyConstraint("event_id"),
        sa.UniqueConstraint("counter_id", "seq", name="uq_receipt_counter_seq"),
    )


def downgrade() -> None:
    op.drop_table("sync_receipts")
    op.drop_table("outbox")
