"""`guadan store status`: each counter's last activity and the orders it holds."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import workflow
from app.cli import main
from app.db import open_store
from app.models import User
from tests.core.helpers import make_order, seed_staff


def test_each_counters_last_activity_and_holdings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "store.sqlite3"
    store = open_store(f"sqlite:///{db}")
    with store.transaction() as s:
        staff = seed_staff(s)
        orders = [make_order(s).id for _ in range(3)]
    for n, order_id in ((1, orders[0]), (2, orders[1]), (2, orders[2])):
        with store.transaction() as s:
            s.info.update(counter_id=f"counter-{n}", counter_label=f"{n}号收银台")
            workflow.open_case(s, order_id, s.get_one(User, staff.cashier.id))
    store.dispose()
    assert main(["--db", str(db), "store", "status"]) == 0
    out = capsys.readouterr().out
    assert "本机数据库" in out
    lines = {line.split()[0]: line.split() for line in out.splitlines() if "号收银台" in line}
    assert lines["2号收银台"][1] == "counter-"  # the id's first 8 characters
    # events: 2 cases opened at counter 2 (+ its chain's opening), each holding its order
    # (…, events, holding, last sync "-", entries synced, last event): no outbox on one PC
    assert lines["2号收银台"][-4:] == ["2", "-", "0", "case.opened"]
    assert lines["1号收银台"][-4:] == ["1", "-", "0", "case.opened"]
    assert out.index("2号收银台") < out.index("1号收银台")  # the most recent first
