"""an order's payment channel, the provider's trade number and the till's out_trade_no

Existing rows are normalised: card orders (CREDIT/DEBIT) become CARD_TERMINAL; QR orders
become QR_TERMINAL, which is how step 5 has treated them until now (sent to the terminal).
A store re-imports or corrects its provider QR orders to QR_ALIPAY / QR_WECHAT.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("suspended_orders") as batch:
        batch.add_column(
            sa.Column(
                "channel",
                sa.Enum(
                    "CARD_TERMINAL",
                    "QR_TERMINAL",
                    "QR_ALIPAY",
                    "QR_WECHAT",
                    "QR_OTHER",
                    name="paychannel",
                    native_enum=False,
                    length=24,
                ),
                nullable=False,
                server_default="CARD_TERMINAL",
            )
        )
        batch.add_column(
            sa.Column("provider_trade_no", sa.String(64), nullable=False, server_default="")
        )
        batch.add_column(
            sa.Column("out_trade_no", sa.String(64), nullable=False, server_default="")
        )
        batch.create_index("ix_orders_out_trade_no", ["out_trade_no"])
    op.execute("UPDATE suspended_orders SET channel = 'QR_TERMINAL' WHERE funding = 'QR'")


def downgrade() -> None:
    with op.batch_alter_table("suspended_orders") as batch:
        batch.drop_index("ix_orders_out_trade_no")
        batch.drop_column("out_trade_no")
        batch.drop_column("provider_trade_no")
        batch.drop_column("channel")
