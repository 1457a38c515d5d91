"""the order list's indexes for seek paging: each sort order's column, then the time, then the id

Every sort the list offers reads its own index in order, the tiebreakers included, so that a
page starts after the last row held (`(col, occurred_at, id) < (…)`) at the cost of the first
page. The card sorts on coalesce(card_last4, '') (no card: "", the same on both databases).
PostgreSQL's order-number index is in byte order (COLLATE "C"), so that a prefix is a range of
it whatever the database's collation; the queries compare order numbers the same way. The
order-number index also holds the status: a prefix search within a queue is answered from the
index alone, and only the page's own rows are read from the table.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

TABLE = "suspended_orders"
REPLACED = {  # name: its columns before this revision
    "ix_orders_occurred": ["occurred_at"],
    "ix_orders_order_no": ["order_no"],
    "ix_orders_last4_occurred": ["card_last4", "occurred_at"],
    "ix_orders_amount_occurred": ["amount_fen", "occurred_at"],
    "ix_orders_status_occurred": ["status", "occurred_at"],
}


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for name in REPLACED:
        op.drop_index(name, table_name=TABLE)
    op.create_index("ix_orders_occurred", TABLE, ["occurred_at", "id"])
    order_no = 'order_no COLLATE "C"' if postgres else "order_no"
    op.create_index("ix_orders_order_no", TABLE, [sa.text(order_no), "occurred_at", "id", "status"])
    op.create_index(
        "ix_orders_card_occurred", TABLE, [sa.text("coalesce(card_last4, '')"), "occurred_at", "id"]
    )
    for column in ("amount_fen", "status", "funding", "cause", "cashier"):
        op.create_index(f"ix_orders_{column}_sort", TABLE, [column, "occurred_at", "id"])


def downgrade() -> None:
    for column in ("amount_fen", "status", "funding", "cause", "cashier"):
        op.drop_index(f"ix_orders_{column}_sort", table_name=TABLE)
    op.drop_index("ix_orders_card_occurred", table_name=TABLE)
    op.drop_index("ix_orders_order_no", table_name=TABLE)
    op.drop_index("ix_orders_occurred", table_name=TABLE)
    for name, columns in REPLACED.items():
        op.create_index(name, TABLE, columns)
