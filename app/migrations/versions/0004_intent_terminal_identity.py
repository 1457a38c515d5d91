"""step 5 safe on every counter: an intent names its counter and terminal; one spelling of
reference numbers; slips claimed once

Adds the counter id, reported terminal id, channel, idempotency key and re-send count to
terminal_intents; who confirmed a hand-typed result, the answering terminal, how the result
is known and the journal check of a hand-recorded void to cancellation_cases; the
slip_claims table. Existing rows are normalised: operation, trace and batch numbers to six
digits and reference numbers to twelve where they are all digits ("1" becomes "000001"), so
that one sale is never two orders.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

WIDTHS = {"operation_no": 6, "trace_no": 6, "batch_no": 6, "rrn": 12}


def _pad(value: str | None, width: int) -> str | None:
    text = (value or "").strip()
    if text.isascii() and text.isdigit() and len(text) <= width:
        return text.zfill(width)
    return value


def upgrade() -> None:
    with op.batch_alter_table("terminal_intents") as batch:
        batch.add_column(sa.Column("counter_id", sa.String(36), nullable=False, server_default=""))
        batch.add_column(sa.Column("terminal_id", sa.String(20), nullable=False, server_default=""))
        batch.add_column(
            sa.Column("channel", sa.String(24), nullable=False, server_default="CARD_TERMINAL")
        )
        batch.add_column(
            sa.Column("idempotency_key", sa.String(64), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("resends", sa.Integer(), nullable=False, server_default="0"))
    with op.batch_alter_table("cancellation_cases") as batch:
        batch.add_column(
            sa.Column(
                "result_confirmed_by_id",
                sa.Uuid(),
                sa.ForeignKey("users.id", name="fk_cases_result_confirmed_by"),
                nullable=True,
            )
        )
        batch.add_column(
            sa.Column("result_terminal_id", sa.String(20), nullable=False, server_default="")
        )
        batch.add_column(
            sa.Column("result_note_key", sa.String(60), nullable=False, server_default="")
        )
        batch.add_column(
            sa.Column("journal_check", sa.String(12), nullable=False, server_default="")
        )
    op.create_table(
        "slip_claims",
        sa.Column("key", sa.String(120), primary_key=True),
        sa.Column("case_id", sa.Uuid(), sa.ForeignKey("cancellation_cases.id"), nullable=False),
        sa.Column("claimed_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_slip_claims_case_id", "slip_claims", ["case_id"])

    conn = op.get_bind()
    orders = sa.table(
        "suspended_orders",
        sa.column("id", sa.Uuid()),
        *(sa.column(name, sa.String()) for name in WIDTHS),
    )
    for row in conn.execute(sa.select(orders)).mappings():
        changed = {
            name: _pad(row[name], width)
            for name, width in WIDTHS.items()
            if _pad(row[name], width) != row[name]
        }
        if changed:
            conn.execute(orders.update().where(orders.c.id == row["id"]).values(**changed))
    intents = sa.table(
        "terminal_intents", sa.column("id", sa.Uuid()), sa.column("original_operation_no")
    )
    for row in conn.execute(sa.select(intents)).mappings():
        padded = _pad(row["original_operation_no"], 6)
        if padded != row["original_operation_no"]:
            conn.execute(
                intents.update()
                .where(intents.c.id == row["id"])
                .values(original_operation_no=padded)
            )


def downgrade() -> None:
    op.drop_index("ix_slip_claims_case_id", "slip_claims")
    op.drop_table("slip_claims")
    with op.batch_alter_table("cancellation_cases") as batch:
        for name in ("journal_check", "result_note_key", "result_terminal_id"):
            batch.drop_column(name)
        batch.drop_column("result_confirmed_by_id")
    with op.batch_alter_table("terminal_intents") as batch:
        for name in ("resends", "idempotency_key", "channel", "terminal_id", "counter_id"):
            batch.drop_column(name)
