"""mask card and phone numbers already stored in typed text

Data only, no schema change. Older versions kept a lead's correction of the place, evidence
file names, settings strings and phones typed into free text as written: this normalises
every existing row of those columns through the one redactor (app.redaction), so that what
the current version would refuse to keep is not kept from before either. User names are
masked too (a masked name can still be picked from the sign-in list). The audit trail is
left as it is: its events are hashed, and their payloads were redacted when written.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

from app.redaction import redact, redact_value

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

TEXT_COLUMNS = {
    "suspended_orders": ("location", "cashier"),
    "cancellation_cases": (
        "escalation_note",
        "customer_name",
        "contact_reason_other",
        "explanation",
        "guidance",
        "bank_reference",
        "form_merchant_name",
        "applicant_name",
        "reason_summary",
    ),
    "data_corrections": ("old_value", "new_value"),
    "attachments": ("filename",),
    "users": ("name",),
}


def _redact_table(conn: sa.Connection, table: str, columns: tuple[str, ...], key: str) -> None:
    t = sa.table(table, sa.column(key), *(sa.column(c) for c in columns))
    for row in conn.execute(sa.select(t)).mappings():
        changed = {
            c: redact(row[c]) for c in columns if row[c] is not None and redact(row[c]) != row[c]
        }
        if changed:
            conn.execute(sa.update(t).where(t.c[key] == row[key]).values(**changed))


def upgrade() -> None:
    conn = op.get_bind()
    for table, columns in TEXT_COLUMNS.items():
        _redact_table(conn, table, columns, "id")
    settings = sa.table("settings", sa.column("key"), sa.column("value", sa.JSON))
    for key, value in conn.execute(sa.select(settings.c.key, settings.c.value)):
        clean = redact_value(value)
        if clean != value:
            conn.execute(sa.update(settings).where(settings.c.key == key).values(value=clean))


def downgrade() -> None:
    pass  # a masked number cannot be unmasked
