"""A row as the outbox carries it: a table name, its key, the version it was changed from, and
its columns as JSON (UUIDs and times as text, bytes as base64), turned back into the column
types on the server. Only the tables a counter's own case work changes travel this way."""

from __future__ import annotations

import base64
import datetime as dt
import enum
import uuid
from typing import Any

from sqlalchemy import Date, LargeBinary, Table, Uuid

from app.models import (
    ApprovalDecision,
    Attachment,
    AuditEvent,
    Base,
    CancellationCase,
    SlipClaim,
    SuspendedOrder,
    TerminalIntent,
    UTCDateTime,
)

# Parents before children: the order rows are applied in.
REPLICATED: tuple[type[Base], ...] = (
    SuspendedOrder,
    CancellationCase,
    ApprovalDecision,
    Attachment,
    TerminalIntent,
    SlipClaim,
)
TABLES: dict[str, Table] = {m.__tablename__: m.__table__ for m in REPLICATED}  # type: ignore[misc]
ORDER = {name: i for i, name in enumerate(TABLES)}
EVENTS: Table = AuditEvent.__table__  # type: ignore[assignment]


def encode(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, bytes):
        return {"b64": base64.b64encode(value).decode()}
    if isinstance(value, enum.Enum):
        return value.value
    return value


def _converter(column: Any) -> Any:
    kind = column.type
    if isinstance(kind, Uuid):
        return uuid.UUID
    if isinstance(kind, UTCDateTime):
        return dt.datetime.fromisoformat
    if isinstance(kind, Date):
        return dt.date.fromisoformat
    if isinstance(kind, LargeBinary):
        return lambda v: base64.b64decode(v["b64"])
    return None


_CONVERTERS: dict[str, dict[str, Any]] = {}


def decode(table: Table, values: dict[str, Any]) -> dict[str, Any]:
    """The JSON columns of a row of `table` back in the types its columns take."""
    converters = _CONVERTERS.get(table.name)
    if converters is None:
        converters = {c.name: _converter(c) for c in table.columns}
        _CONVERTERS[table.name] = converters
    out: dict[str, Any] = {}
    for name, value in values.items():
        convert = converters[name]
        out[name] = value if value is None or convert is None else convert(value)
    return out


def image_of(obj: Base) -> dict[str, Any]:
    """Every column of a mapped row, encoded."""
    table: Table = obj.__table__  # type: ignore[assignment]
    mapper = obj.__mapper__
    return {
        col.name: encode(getattr(obj, mapper.get_property_by_column(col).key))
        for col in table.columns
    }


def event_image(event: AuditEvent) -> dict[str, Any]:
    """An audit event without its local row number (the server numbers its own rows)."""
    image = image_of(event)
    image.pop("seq", None)
    return image


def key_of(table: Table, values: dict[str, Any]) -> dict[str, Any]:
    return {col.name: values[col.name] for col in table.primary_key.columns}
