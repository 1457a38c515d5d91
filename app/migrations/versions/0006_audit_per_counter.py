"""the audit chain per counter, signed (HMAC) and anchored by checkpoints

Each event now names its counter and its place in that counter's chain, carries the digest of
the rows it left behind and a MAC made with the store's key (kept outside the database).
Data: events written before this revision are normalised to the legacy chain — counter_id ""
and counter_seq = seq, no state, no MAC — and verified by the old unkeyed rule; the first new
event of each counter seals the legacy chain's head into its own, signed, chain.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit_events") as batch:
        batch.add_column(sa.Column("counter_id", sa.String(36), nullable=False, server_default=""))
        batch.add_column(sa.Column("counter_seq", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("subject", sa.String(80), nullable=True))
        batch.add_column(sa.Column("state", sa.Text(), nullable=False, server_default="{}"))
        batch.add_column(sa.Column("mac", sa.String(64), nullable=False, server_default=""))
    op.execute("UPDATE audit_events SET counter_seq = seq")
    with op.batch_alter_table("audit_events") as batch:
        batch.alter_column("counter_seq", existing_type=sa.Integer(), nullable=False)
        batch.create_unique_constraint("uq_audit_counter_seq", ["counter_id", "counter_seq"])
        batch.create_index("ix_audit_events_subject", ["subject"])
    op.create_table(
        "audit_checkpoints",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("counter_id", sa.String(36), nullable=False),
        sa.Column("counter_seq", sa.Integer(), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.Column("why", sa.String(20), nullable=False),
        sa.Column("rewound_to", sa.Integer(), nullable=True),
        sa.Column("written_by", sa.String(36), nullable=False),
        sa.Column("actor_name", sa.String(60), nullable=False),
        sa.Column("sig", sa.String(64), nullable=False),
    )
    op.create_index("ix_checkpoints_counter", "audit_checkpoints", ["counter_id", "counter_seq"])


def downgrade() -> None:
    op.drop_index("ix_checkpoints_counter", table_name="audit_checkpoints")
    op.drop_table("audit_checkpoints")
    with op.batch_alter_table("audit_events") as batch:
        batch.drop_index("ix_audit_events_subject")
        batch.drop_constraint("uq_audit_counter_seq", type_="unique")
        for name in ("mac", "state", "subject", "counter_seq", "counter_id"):
            batch.drop_column(name)
