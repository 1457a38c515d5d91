"""Named sequences (a day's case numbers, a counter's audit head): the next value is drawn by
one statement that inserts or bumps the row, so two counters never both see "no row yet".

`SELECT … FOR UPDATE` cannot lock a row that does not exist: two counters opening the first
case of the day both inserted it, and one of them saw the database refuse a duplicate.
`INSERT … ON CONFLICT DO UPDATE … RETURNING` waits for the other's insert and bumps it instead
(PostgreSQL); on SQLite the statement takes the write lock before it reads.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.db import dialect_insert
from app.models import Counter


def draw(session: Session, name: str) -> int:
    """The sequence's next value (1 for a new one), held by this transaction until it ends."""
    insert = dialect_insert(session)
    stmt = (
        insert(Counter)
        .values(name=name, value=1)
        .on_conflict_do_update(index_elements=[Counter.name], set_={"value": Counter.value + 1})
        .returning(Counter.value)
    )
    value = session.execute(stmt).scalar_one()
    # The ORM may hold this row from an earlier read: let it see the new value.
    held = session.identity_map.get(session.identity_key(Counter, name))
    if held is not None:
        session.expire(held)
    return int(value)
