"""The kill harness on a Concert terminal: real till processes SIGKILLed at each instant of a
cancellation and of a card-present refund, and on a line that drops the answer after the money
moved, loses the ACK, or answers "no valid result" (status 9). Concert cannot be asked what
became of a request, so every unknown outcome goes the manual way: at restart a lead reads the
terminal's own receipt (the simulator's journal) and records it with a photo and PIN.

Counted on the terminal's side: no cancellation or refund twice, no movement the database does
not know, no case left unfinished, and how many unknown outcomes were settled by a lead.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select

from app.audit import verify_chain
from app.db import open_store
from app.models import AuditEvent, IntentState, OrderLease, OrderStatus, Stage
from app.payments.card.concert import protocol as c
from app.payments.card.concert.simulator import ConcertTerminal, SimulatorServer, serve_tcp
from app.workflow import get_case

ROOT = Path(__file__).resolve().parents[2]
TERMINAL = "12345678"
KILL_POINTS = (
    "before_call",
    "after_intent",
    "before_frame",
    "after_ack",
    "money_moved",
    "after_answer",
    "in_commit",
    "after_commit",
)
# Faults on the line, no kill: the answer lost after the money moved, the request's ACK lost
# (the terminal took it), status 9 (nothing moved, but the register cannot know that).
LINE_FAULTS = ("drop_answer", "lose_ack", "status_9")
AMOUNTS = {"void": 12_800, "refund": 6_600}


@dataclass
class Template:
    db_file: Path
    cases: dict[str, str]
    cashier: str
    lead: str
    lead_pin: str


@dataclass
class Summary:
    trials: int = 0
    killed: int = 0
    double_moves: int = 0
    unknown_moves: int = 0  # a movement on the terminal the database does not record, or back
    lost_cases: int = 0
    manual_resolutions: int = 0  # unknown outcomes a lead settled from the terminal's receipt
    broken_audit: int = 0
    failures: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not (self.double_moves or self.unknown_moves or self.lost_cases or self.broken_audit)

    def line(self) -> str:
        return (
            f"Concert kill harness: {self.trials} trials, {self.killed} processes killed; "
            f"double cancellations/refunds {self.double_moves}, money moves unknown to the "
            f"database {self.unknown_moves}, cases lost {self.lost_cases}, unknown outcomes "
            f"settled by a lead {self.manual_resolutions}, broken audit chains "
            f"{self.broken_audit}"
        )


def make_template(directory: Path) -> Template:
    from tests.core.helpers import PINS, drive_to_approved, free_orders, make_order, seed_staff

    db_file = directory / "template.sqlite3"
    store = open_store(f"sqlite:///{db_file}")
    with store.transaction() as s:
        staff = seed_staff(s)
        void = make_order(s, amount_fen=AMOUNTS["void"])
        refund = make_order(s, amount_fen=AMOUNTS["refund"], settled=True)
        cases = {
            "void": str(drive_to_approved(s, staff, void).id),
            "refund": str(drive_to_approved(s, staff, refund).id),
        }
        free_orders(s)
        template = Template(db_file, cases, str(staff.cashier.id), staff.lead.name, PINS["lead"])
        # Building the cases held their orders for this (the parent's) counter: the tills are
        # other counters, and a till's work starts from a free order, as after the lease ran out.
        s.execute(delete(OrderLease))
    store.dispose()
    return template


@dataclass
class Trial:
    template: Template
    directory: Path
    url: str
    home: Path
    terminal: ConcertTerminal
    server: SimulatorServer
    summary: Summary
    kind: str
    out: list[str] = field(default_factory=list)

    def child(self, mode: str, case: str, point: str) -> subprocess.Popen[str]:
        env = dict(
            os.environ,
            GUADAN_HOME=str(self.home),
            CONCERT_RECEIPTS=str(self.terminal.path),
        )
        args = [mode, self.url, self.server.url, self.template.cases[case]]
        args += [self.template.cashier, point, self.template.lead, self.template.lead_pin]
        return subprocess.Popen(
            [sys.executable, "-m", "tests.crash.concert_child", *args],
            cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True,
        )  # fmt: skip

    def finish(self, proc: subprocess.Popen[str]) -> dict[str, Any]:
        out, err = proc.communicate(timeout=60)
        if proc.returncode == -signal.SIGKILL:
            self.summary.killed += 1
            return {"killed": True}
        if proc.returncode != 0:
            raise RuntimeError(f"child failed ({proc.returncode}): {err[-600:]}")
        self.out.append(out.strip())
        return dict(json.loads(out.strip().splitlines()[-1]))

    def run(self, case: str, point: str) -> None:
        proc = self.child("run", case, point)
        assert proc.stdout is not None and proc.stdin is not None
        if proc.stdout.readline().strip() != "READY":
            raise RuntimeError(proc.stderr.read() if proc.stderr else "child did not start")
        proc.stdin.write("\n")
        proc.stdin.flush()
        self.finish(proc)

    def restart(self, case: str) -> dict[str, Any]:
        return self.finish(self.child("restart", case, "none"))


def new_trial(template: Template, work: Path, kind: str, summary: Summary) -> Trial:
    directory = work / f"concert-{summary.trials:04d}"
    directory.mkdir()
    db_file = directory / "till.sqlite3"
    shutil.copy(template.db_file, db_file)
    summary.trials += 1
    home = directory / "home"
    (home / "data").mkdir(parents=True)
    binding = {"terminal_no": TERMINAL, "protocol": "concert", "counter_id": "counter-A"}
    (home / "data" / "counter.json").write_text(json.dumps(binding), encoding="utf-8")
    terminal = ConcertTerminal(directory / "concert-terminal.json")
    terminal.seed_sales([AMOUNTS["void"]])  # the customer's sale the void cancels
    server = serve_tcp(terminal, "127.0.0.1", 0, ack_timeout=1.0, gap=0.3, eot_timeout=0.5)
    return Trial(template, directory, f"sqlite:///{db_file}", home, terminal, server, summary, kind)


def check(t: Trial, case: str) -> None:
    s_ = t.summary
    kind = c.Kind.CANCEL if case == "void" else c.Kind.CREDIT
    t.terminal._load()  # the children's exchanges went through this process's simulator
    moves = [m for m in t.terminal.movements if m.kind == kind.value]
    store = open_store(t.url, migrate=False)
    try:
        with store.transaction() as s:
            if not verify_chain(s).ok:
                s_.broken_audit += 1
            record = get_case(s, uuid.UUID(t.template.cases[case]))
            done = [i for i in record.intents if i.state is IntentState.DONE]
            recorded = record.order.status in (OrderStatus.CANCELLED, OrderStatus.REFUNDED)
            if len(moves) > 1 or len(done) > 1 or record.order.refunded_fen > AMOUNTS[case]:
                s_.double_moves += 1
                s_.failures.append(f"{t.kind}: {len(moves)} moves, {len(done)} done ({t.out})")
            if bool(moves) != recorded:
                s_.unknown_moves += 1
                s_.failures.append(
                    f"{t.kind}: terminal moved={bool(moves)}, database {record.order.status}"
                    f" ({t.out})"
                )
            if record.stage is not Stage.DONE:
                s_.lost_cases += 1
                s_.failures.append(f"{t.kind}: {record.stage} ({t.out})")
            s_.manual_resolutions += int(
                s.scalar(
                    select(func.count())
                    .select_from(AuditEvent)
                    .where(
                        AuditEvent.case_id == record.id,
                        AuditEvent.kind == "terminal.resolved_by_lead",
                    )
                )
                or 0
            )
    finally:
        store.dispose()


def run_trial(template: Template, work: Path, case: str, point: str, summary: Summary) -> None:
    trial = new_trial(template, work, f"{case}:{point}", summary)
    try:
        mis = trial.terminal.misbehaviour
        if point == "drop_answer":
            mis.drop_answer = 1
        elif point == "lose_ack":
            mis.lose_ack = 1
        elif point == "status_9":
            mis.decline = "9"
        trial.run(case, point if point in KILL_POINTS else "none")
        mis.decline = ""
        trial.restart(case)
        check(trial, case)
    except Exception as exc:  # a harness that cannot finish a trial counts it lost
        summary.lost_cases += 1
        summary.failures.append(f"{trial.kind}: {type(exc).__name__}: {exc}")
    finally:
        trial.server.close()


def run_harness(work: Path, *, repeats: int = 1) -> Summary:
    work.mkdir(parents=True, exist_ok=True)
    template = make_template(work)
    summary = Summary()
    for _ in range(repeats):
        for case in ("void", "refund"):
            for point in KILL_POINTS + LINE_FAULTS:
                run_trial(template, work, case, point, summary)
    return summary
