"""Fast bulk seeding of suspended orders for the budget scripts (Core executemany, one transaction)."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from pathlib import Path

from sqlalchemy import create_engine, insert

from app.db import open_store
from app.models import Cause, Funding, OrderSource, OrderStatus, SuspendedOrder, TxnType

STATUSES = (
    [OrderStatus.OPEN] * 6
    + [OrderStatus.CANCELLED] * 2
    + [
        OrderStatus.REFUNDED,
        OrderStatus.PENDING_APPROVAL,
        OrderStatus.ESCALATED,
        OrderStatus.CLOSED,
    ]
)


def seed_orders(db_file: Path | str, count: int, *, seed: int = 1) -> str:
    """`count` orders over the last 365 days in a fresh SQLite file (or an empty database's
    URL); returns its URL."""
    url = db_file if isinstance(db_file, str) else f"sqlite:///{db_file}"
    store = open_store(url)
    rng = random.Random(seed)
    now = dt.datetime.now(dt.UTC)
    rows = []
    for n in range(count):
        funding = rng.choice(list(Funding))
        last4 = f"{rng.randint(0, 9999):04d}"
        rows.append(
            {
                "id": uuid.uuid4(),
                "order_no": f"POS{n:09d}",
                "merchant_no": "898310048161230",
                "terminal_no": "12345678",
                "occurred_at": now - dt.timedelta(seconds=rng.randint(0, 365 * 86400)),
                "location": "基准门店 1号收银台",
                "amount_fen": rng.randint(100, 500_000),
                "txn_type": TxnType.QR if funding is Funding.QR else TxnType.SALE,
                "funding": funding,
                "card_masked": None if funding is Funding.QR else f"622848******{last4}",
                "card_last4": None if funding is Funding.QR else last4,
                "trace_no": f"{n % 999999:06d}",
                "rrn": f"{n:012d}",
                "batch_no": "000001",
                "auth_code": "A1B2C3",
                "operation_no": f"{n % 999999:06d}",
                "cause": rng.choice(list(Cause)),
                "settled": rng.random() < 0.5,
                "success_notified": False,
                "status": rng.choice(STATUSES),
                "cashier": rng.choice(["张三", "赵敏", "王五", "钱七", "孙八"]),
                "refunded_fen": 0,
                "source": OrderSource.IMPORT,
                "created_at": now,
                "version": 1,
            }
        )
    # PostgreSQL: a plain engine, without the app's link deadline (a busy server reads a bulk
    # write slowly, and 10 s of unacknowledged data ended it: "consuming input failed")
    engine = store.engine if url.startswith("sqlite") else create_engine(url)
    with engine.begin() as conn:
        for start in range(0, len(rows), 5000):
            conn.execute(insert(SuspendedOrder), rows[start : start + 5000])
    store.dispose()
    return url
