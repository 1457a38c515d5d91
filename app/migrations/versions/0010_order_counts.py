"""orders per status, kept by triggers: the queue badges and the list's total without a COUNT

`order_counts` holds one row per status; triggers on suspended_orders add one on an insert,
move one on a change of status and take one away on a delete, in the same transaction as the
change — whoever writes (this counter, another counter of a shared store, an import, a script).
The 5-second poll reads these nine rows instead of counting every order.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

SQLITE_TRIGGERS = (
    """CREATE TRIGGER tr_order_counts_insert AFTER INSERT ON suspended_orders BEGIN
        INSERT INTO order_counts (status, n) VALUES (NEW.status, 1)
            ON CONFLICT (status) DO UPDATE SET n = n + 1;
    END""",
    """CREATE TRIGGER tr_order_counts_status AFTER UPDATE OF status ON suspended_orders
    WHEN OLD.status IS NOT NEW.status BEGIN
        UPDATE order_counts SET n = n - 1 WHERE status = OLD.status;
        INSERT INTO order_counts (status, n) VALUES (NEW.status, 1)
            ON CONFLICT (status) DO UPDATE SET n = n + 1;
    END""",
    """CREATE TRIGGER tr_order_counts_delete AFTER DELETE ON suspended_orders BEGIN
        UPDATE order_counts SET n = n - 1 WHERE status = OLD.status;
    END""",
)
POSTGRES_FUNCTION = """
CREATE OR REPLACE FUNCTION guadan_count_orders() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.status IS NOT DISTINCT FROM NEW.status THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE order_counts SET n = n - 1 WHERE status = OLD.status;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO order_counts (status, n) VALUES (NEW.status, 1)
            ON CONFLICT (status) DO UPDATE SET n = order_counts.n + 1;
    END IF;
    RETURN NULL;
END $$
"""


def upgrade() -> None:
    op.create_table(
        "order_counts",
        sa.Column("status", sa.String(24), primary_key=True),
        sa.Column("n", sa.Integer(), nullable=False),
    )
    op.execute(
        "INSERT INTO order_counts (status, n) "
        "SELECT status, count(*) FROM suspended_orders GROUP BY status"
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(POSTGRES_FUNCTION)
        op.execute(
            "CREATE TRIGGER tr_order_counts AFTER INSERT OR DELETE OR UPDATE OF status "
            "ON suspended_orders FOR EACH ROW EXECUTE FUNCTION guadan_count_orders()"
        )
    else:
        for trigger in SQLITE_TRIGGERS:
            op.execute(trigger)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER tr_order_counts ON suspended_orders")
        op.execute("DROP FUNCTION guadan_count_orders()")
    else:
        for name in ("insert", "status", "delete"):
            op.execute(f"DROP TRIGGER tr_order_counts_{name}")
    op.drop_table("order_counts")
