"""summary rows behind the lead's reports, kept by triggers; indexes of the anomalies' windows

`report_summary` (per grain, store-local day and key: a count and two sums) and
`case_resolution` (minutes to resolution per resolved case) are kept by triggers on
suspended_orders, cancellation_cases and approval_decisions in the transaction of every change
(app/reports/summary.py), and filled here from the stored rows. `report_zone` holds the UTC
offset the days are counted at: the store's zone when it keeps one offset, else Asia/Shanghai's
(reports of a zone with clock changes read the raw rows). Indexes on cancellation_cases
(executed_at) and audit_events (kind, at) serve the anomalies' recent windows.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03
"""

import datetime as dt
import json

import sqlalchemy as sa
from alembic import op

from app.reports import summary

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def _store_offset(conn: sa.Connection) -> int:
    """The store's zone's offset when it has no clock change in a year, else the default."""
    from app.clock import store_zone

    raw = conn.execute(sa.text("SELECT value FROM settings WHERE key = 'store'")).scalar()
    zone = "Asia/Shanghai"
    try:
        value = json.loads(raw) if isinstance(raw, str) else raw
        zone = str((value or {}).get("timezone") or zone)
        tz = store_zone(zone)
    except Exception:
        return summary.DEFAULT_OFFSET_S
    now = dt.datetime.now(dt.UTC)
    offsets = {(now + dt.timedelta(days=d)).astimezone(tz).utcoffset() for d in range(-366, 366, 7)}
    if len(offsets) != 1:
        return summary.DEFAULT_OFFSET_S
    (offset,) = offsets
    return int(offset.total_seconds()) if offset is not None else summary.DEFAULT_OFFSET_S


def upgrade() -> None:
    op.create_table(
        "report_summary",
        sa.Column("grain", sa.String(16), nullable=False),
        sa.Column("day", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(200), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.Column("amount_fen", sa.BigInteger(), nullable=False),
        sa.Column("extra_fen", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("grain", "day", "key"),
    )
    op.create_table(
        "case_resolution",
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("opened_at", sa.DateTime(), nullable=False),
        sa.Column("minutes", sa.Float(), nullable=True),
        sa.PrimaryKeyConstraint("case_id"),
    )
    op.create_index("ix_case_resolution_minutes", "case_resolution", ["minutes", "opened_at"])
    op.create_table(
        "report_zone",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("offset_s", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_cases_executed_at", "cancellation_cases", ["executed_at"])
    op.create_index("ix_audit_kind_at", "audit_events", ["kind", "at"])
    conn = op.get_bind()
    conn.execute(
        sa.text("INSERT INTO report_zone (id, offset_s) VALUES (1, :o)"),
        {"o": _store_offset(conn)},
    )
    for statement in summary.create_triggers(conn.dialect.name):
        op.execute(statement)
    summary.rebuild(conn)


def downgrade() -> None:
    for statement in summary.drop_triggers(op.get_bind().dialect.name):
        op.execute(statement)
    op.drop_index("ix_audit_kind_at", "audit_events")
    op.drop_index("ix_cases_executed_at", "cancellation_cases")
    op.drop_table("report_zone")
    op.drop_table("case_resolution")
    op.drop_table("report_summary")
