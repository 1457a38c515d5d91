"""The keys of an import's good rows, kept in a temporary table of the import's own
transaction rather than in memory (issue 11: a 1,000,000-row file held 280 MB of key tuples):
the duplicate checks are then two SQL queries, within the file and against the store."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Column, Index, Integer, MetaData, String, Table, func, insert, select
from sqlalchemy.orm import Session

from app.models import SuspendedOrder

_BATCH = 5000


class FileKeys:
    """(row, merchant_no, order_no) of every good row, in a TEMPORARY table dropped by close()."""

    def __init__(self, session: Session) -> None:
        self.session = session
        name = "import_keys_" + uuid.uuid4().hex[:12]
        self.table = Table(
            name,
            MetaData(),
            Column("row", Integer, nullable=False),
            Column("merchant_no", String(15), nullable=False),
            Column("order_no", String(64), nullable=False),
            prefixes=["TEMPORARY"],
        )
        # created with the table: the checks below group and join on the key
        Index(f"ix_{name}", self.table.c.merchant_no, self.table.c.order_no)
        self.table.create(session.connection())
        self.pending: list[dict[str, Any]] = []

    def add(self, row: int, merchant_no: str, order_no: str) -> None:
        self.pending.append({"row": row, "merchant_no": merchant_no, "order_no": order_no})
        if len(self.pending) >= _BATCH:
            self._flush()

    def _flush(self) -> None:
        if self.pending:
            self.session.execute(insert(self.table), self.pending)
            self.pending = []

    def checked(self) -> tuple[Iterator[tuple[int, int]], Iterator[int]]:
        """(a row, the earlier row with its key) for each duplicate within the file, and each
        row whose key the store already holds."""
        self._flush()
        t = self.table
        first = (
            select(t.c.merchant_no, t.c.order_no, func.min(t.c.row).label("first"))
            .group_by(t.c.merchant_no, t.c.order_no)
            .having(func.count() > 1)
            .subquery()
        )
        twice = self.session.execute(
            select(t.c.row, first.c.first)
            .join(
                first, (first.c.merchant_no == t.c.merchant_no) & (first.c.order_no == t.c.order_no)
            )
            .where(t.c.row != first.c.first)
        )
        stored = self.session.execute(
            select(t.c.row).join(
                SuspendedOrder,
                (SuspendedOrder.merchant_no == t.c.merchant_no)
                & (SuspendedOrder.order_no == t.c.order_no),
            )
        )
        return ((int(r), int(f)) for r, f in twice), (int(r) for (r,) in stored)

    def close(self) -> None:
        self.table.drop(self.session.connection())
