"""When the chain is checked without anyone asking: at start-up and at every shift handover.
Each check that finds the chains intact seals their heads in a checkpoint (table and file) and
gives the codes the handover slip prints; a check that finds a break seals nothing, so the
break stays visible until a lead deals with it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.audit.anchor import (
    Checkpoint,
    PrintedCode,
    append_to_file,
    printed_codes,
    write_checkpoint,
)
from app.audit.verify import ChainReport, verify_chain


@dataclass(frozen=True)
class Seal:
    report: ChainReport
    checkpoint: Checkpoint | None  # None when the chains did not hold
    codes: tuple[PrintedCode, ...] = ()

    @property
    def ok(self) -> bool:
        return self.report.ok


def verify_store(store: Any) -> ChainReport:
    """Verify in a unit of work of its own (any thread; `store` is an app.db.Store)."""
    with store.transaction() as session:
        return verify_chain(session)


def check_and_checkpoint(store: Any, why: str, actor_name: str = "") -> Seal:
    with store.transaction() as session:
        report = verify_chain(session)
        if not report.ok:
            return Seal(report, None)
        checkpoint = write_checkpoint(session, why, actor_name)
        codes = tuple(printed_codes(session, checkpoint))
    append_to_file(checkpoint)  # only once the table row has committed
    return Seal(report, checkpoint, codes)


def startup_check(store: Any) -> Seal:
    return check_and_checkpoint(store, "startup")


def handover_seal(store: Any, actor_name: str = "") -> Seal:
    """The handover's check: verify, then sign the heads the slip prints (digits + QR)."""
    return check_and_checkpoint(store, "handover", actor_name)
