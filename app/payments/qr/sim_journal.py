"""The simulated provider's own books: trades, refunds and the misbehaviour it is told to show.

Both simulators keep one of these. It is the truth the tests and the kill soak compare the
store against (a refund the store does not know about shows here). Optionally a JSON file,
so that a simulator restarted by the CLI or the demo keeps its trades.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import secrets
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.clock import utcnow

ALWAYS = -1


class SimState:
    NOT_PAID = "NOT_PAID"
    PAYING = "PAYING"  # the buyer is entering a password; turns PAID after `paying_polls`
    PAID = "PAID"
    FINISHED = "FINISHED"
    CLOSED = "CLOSED"
    REVOKED = "REVOKED"


@dataclass
class SimRefund:
    out_refund_no: str
    amount_fen: int
    refund_id: str
    created_at: str
    pending_polls: int = 0  # 微信: PROCESSING for this many queries, then SUCCESS

    @property
    def status(self) -> str:
        return "PROCESSING" if self.pending_polls > 0 else "SUCCESS"


@dataclass
class SimTrade:
    out_trade_no: str
    amount_fen: int
    state: str
    trade_no: str
    merchant_id: str
    paid_at: str = ""  # ISO, aware
    paying_polls: int = 0
    refunds: dict[str, SimRefund] = field(default_factory=dict)
    # A refund or reverse that gave the whole amount back (not a close of an unpaid trade).
    reversed_paid: bool = False

    @property
    def refunded_fen(self) -> int:
        return sum(r.amount_fen for r in self.refunds.values())


@dataclass
class Misbehaviour:
    """Counts of requests to misbehave on (ALWAYS = every one); `only` limits them to some
    operations ("query", "cancel", "refund", "refund_query"), empty = every operation."""

    slow_ms: int = 0
    timeout: int = 0  # read the request, never answer
    http_500: int = 0
    busy: int = 0  # 支付宝 20000 / 微信 500 SYSTEM_ERROR, the request not acted on
    retry_flag: int = 0  # 支付宝 cancel: ACQ.SYSTEM_ERROR with retry_flag=Y, not acted on
    bad_signature: int = 0
    lose_answer: int = 0  # act on the request (the money moves), then drop the answer
    lying_reverse: int = 0  # 撤销 answers success and does nothing
    refund_processing: int = 0  # 微信: a new refund stays PROCESSING for this many queries
    hang_s: float = 30.0
    only: frozenset[str] = frozenset()

    def take(self, name: str, operation: str) -> bool:
        """Use up one count of switch `name` for this operation, if any is left."""
        if self.only and operation not in self.only:
            return False
        left = getattr(self, name)
        if left == 0:
            return False
        if left != ALWAYS:
            setattr(self, name, left - 1)
        return True


class SimJournal:
    def __init__(self, path: str | os.PathLike[str] | None = None, merchant_id: str = "") -> None:
        self.path = Path(path) if path else None
        self.merchant_id = merchant_id
        self.trades: dict[str, SimTrade] = {}
        self.lock = threading.RLock()
        self.requests: list[tuple[str, str]] = []  # (operation, out_trade_no): what was asked
        if self.path and self.path.exists():
            self._load()

    # --- persistence ----------------------------------------------------------------------

    def _load(self) -> None:
        assert self.path is not None
        data = json.loads(self.path.read_text("utf-8"))
        for raw in data.get("trades", []):
            refunds = {r["out_refund_no"]: SimRefund(**r) for r in raw.pop("refunds", [])}
            self.trades[raw["out_trade_no"]] = SimTrade(**raw, refunds=refunds)

    def save(self) -> None:
        if self.path is None:
            return
        trades = []
        for trade in self.trades.values():
            row = dataclasses.asdict(trade)
            row["refunds"] = [dataclasses.asdict(r) for r in trade.refunds.values()]
            trades.append(row)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps({"trades": trades}, ensure_ascii=False, indent=1), "utf-8")
        os.replace(tmp, self.path)

    # --- the books --------------------------------------------------------------------------

    def seed(
        self,
        out_trade_no: str,
        amount_fen: int,
        state: str = SimState.PAID,
        paid_at: dt.datetime | None = None,
        paying_polls: int = 0,
        refunded_fen: int = 0,
    ) -> SimTrade:
        """A trade as if a buyer had paid (or not) at the counter."""
        with self.lock:
            if state in (SimState.PAID, SimState.FINISHED) and paid_at is None:
                paid_at = utcnow()
            trade = SimTrade(
                out_trade_no=out_trade_no,
                amount_fen=amount_fen,
                state=state,
                trade_no=new_number(),
                merchant_id=self.merchant_id,
                paid_at=paid_at.isoformat() if paid_at else "",
                paying_polls=paying_polls,
            )
            if refunded_fen:
                trade.refunds["SEED-" + out_trade_no] = SimRefund(
                    "SEED-" + out_trade_no, refunded_fen, new_number(), utcnow().isoformat()
                )
            self.trades[out_trade_no] = trade
            self.save()
            return trade

    def find(self, out_trade_no: str) -> SimTrade | None:
        with self.lock:
            return self.trades.get(out_trade_no)

    def poll(self, trade: SimTrade) -> None:
        """A query: a paying buyer finishes after `paying_polls` queries."""
        if trade.state == SimState.PAYING:
            trade.paying_polls -= 1
            if trade.paying_polls <= 0:
                trade.state = SimState.PAID
                trade.paid_at = utcnow().isoformat()
            self.save()

    def paid_at(self, trade: SimTrade) -> dt.datetime | None:
        return dt.datetime.fromisoformat(trade.paid_at) if trade.paid_at else None

    def refund_count(self, out_trade_no: str) -> int:
        trade = self.find(out_trade_no)
        return len(trade.refunds) if trade else 0


def new_number() -> str:
    """A provider-style trade / refund number: date then random digits."""
    return utcnow().strftime("%Y%m%d") + "".join(secrets.choice("0123456789") for _ in range(20))


def as_json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
