"""The kill harness: SIGKILL a real till process at many instants of a void and of a refund,
restart it, and count what went wrong. Used by the test suite (bounded) and benchmarks (soak)."""

from __future__ import annotations

import random
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from app.audit import verify_chain
from app.db import open_store
from app.models import IntentState, OrderStatus, Stage, TerminalIntent
from app.payments.card.integrado import protocol as p
from app.payments.card.integrado.simulator import SimulatedTerminal, serve_tcp
from app.workflow import get_case
from tests.core.helpers import TERMINAL_NO

ROOT = Path(__file__).resolve().parents[2]
VOID_POINTS = (
    "before_call",
    "before_frame",
    "after_ack",
    "money_moved",
    "after_answer",
    "in_commit",
    "after_commit",
)
REFUND_POINTS = ("before_call", "in_commit", "after_commit")


@dataclass
class Template:
    db_file: Path
    void_case: str
    refund_case: str
    cashier: str
    lead: str
    lead_pin: str
    void_op: str
    void_amount: int
    refund_amount: int


@dataclass
class Summary:
    trials: int = 0
    points: set[str] = field(default_factory=set)
    killed: int = 0
    double_moves: int = 0  # a second void/refund of the same sale
    unknown_moves: int = 0  # money moved that the database does not record
    lost_cases: int = 0  # a case not finished after restart and retry
    resent_after_ack: int = 0  # a void command sent again after one had moved the money
    broken_audit: int = 0
    failures: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not (
            self.double_moves
            or self.unknown_moves
            or self.lost_cases
            or self.resent_after_ack
            or self.broken_audit
        )

    def line(self) -> str:
        return (
            f"kill harness: {len(self.points)} kill points, {self.trials} trials, {self.killed} processes killed; "
            f"double voids/refunds {self.double_moves}, unknown money moves {self.unknown_moves}, "
            f"cases lost {self.lost_cases}, resends after ACK {self.resent_after_ack}, broken audit chains {self.broken_audit}"
        )


def make_template(directory: Path) -> Template:
    """One database with an approved void case and an approved refund case."""
    from tests.core.helpers import PINS, drive_to_approved, make_order, seed_staff

    db_file = directory / "template.sqlite3"
    store = open_store(f"sqlite:///{db_file}")
    with store.transaction() as s:
        staff = seed_staff(s)
        void_order = make_order(s, operation_no="000001", amount_fen=12_800)
        refund_order = make_order(s, operation_no="000002", amount_fen=6_600, settled=True)
        void_case = drive_to_approved(s, staff, void_order)
        refund_case = drive_to_approved(s, staff, refund_order)
        template = Template(
            db_file,
            str(void_case.id),
            str(refund_case.id),
            str(staff.cashier.id),
            staff.lead.name,
            PINS["lead"],
            "000001",
            12_800,
            6_600,
        )
    store.dispose()
    return template


def _child(args: list[str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.crash.child", *args],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def run_trial(
    template: Template, work: Path, route: str, point: str, summary: Summary, rng: random.Random
) -> None:
    trial_dir = work / f"trial-{summary.trials:04d}"
    trial_dir.mkdir()
    db_file = trial_dir / "till.sqlite3"
    shutil.copy(template.db_file, db_file)
    terminal = SimulatedTerminal(trial_dir / "terminal.json", terminal_id=TERMINAL_NO)
    terminal.sale(template.void_amount, "000001")  # operation 000001: the sale to void
    random_kill = point.startswith("random")
    if random_kill:
        terminal.misbehaviour.slow_ms = 15  # widen the window the random kill can land in
    server = serve_tcp(terminal, "127.0.0.1", 0)
    url = f"sqlite:///{db_file}"
    case_id = template.void_case if route == "void" else template.refund_case
    base = [url, server.url, case_id, template.cashier]
    lead = [template.lead, template.lead_pin]
    summary.trials += 1
    summary.points.add(f"{route}:{point.split(':')[0]}")
    try:
        run = _child(["run", *base, point, *lead])
        assert run.stdout is not None and run.stdin is not None
        if run.stdout.readline().strip() != "READY":
            raise RuntimeError(run.stderr.read() if run.stderr else "child did not start")
        run.stdin.write("\n")
        run.stdin.flush()
        if random_kill:
            time.sleep(rng.uniform(0.0, 0.060))
            run.send_signal(signal.SIGKILL)
        run.wait(timeout=30)
        if run.returncode == -signal.SIGKILL:
            summary.killed += 1
        restart = _child(["restart", *base, "none", *lead])
        out, err = restart.communicate(timeout=30)
        if restart.returncode != 0:
            raise RuntimeError(f"restart failed: {err[-400:]}")
        _check(template, url, terminal, server.link.commands, route, point, summary, out)
    finally:
        server.close()


def _check(
    template: Template,
    url: str,
    terminal: SimulatedTerminal,
    commands: list[str],
    route: str,
    point: str,
    summary: Summary,
    out: str,
) -> None:
    store = open_store(url, migrate=False)
    try:
        with store.transaction() as s:
            case = get_case(
                s,
                __import__("uuid").UUID(
                    template.void_case if route == "void" else template.refund_case
                ),
            )
            intents = list(
                s.execute(select(TerminalIntent).where(TerminalIntent.case_id == case.id)).scalars()
            )
            done = [i for i in intents if i.state is IntentState.DONE]
            still_open = [i for i in intents if i.state is IntentState.OPEN]
            if case.stage is not Stage.DONE or still_open:
                summary.lost_cases += 1
                summary.failures.append(
                    f"{route}/{point}: case {case.stage} open intents {len(still_open)} ({out.strip()})"
                )
            if not verify_chain(s).ok:
                summary.broken_audit += 1
            if route == "void":
                voids = [m for m in terminal.voids() if m.linked_operation_no == template.void_op]
                if len(voids) > 1:
                    summary.double_moves += 1
                moved = bool(voids)
                if moved and (case.order.status is not OrderStatus.CANCELLED or len(done) != 1):
                    summary.unknown_moves += 1
                    summary.failures.append(
                        f"void/{point}: terminal voided, database {case.order.status} done={len(done)}"
                    )
                if len(done) > 1:
                    summary.double_moves += 1
                # Every void command after the first one that moved money is a resend after ACK.
                sent = [c for c in commands if c.startswith(p.VOID + "|")]
                if moved and len(sent) > 1 and _first_moved(sent, terminal, template.void_op):
                    summary.resent_after_ack += len(sent) - 1
            else:
                if case.order.refunded_fen > template.refund_amount or len(done) > 1:
                    summary.double_moves += 1
                    summary.failures.append(
                        f"refund/{point}: refunded {case.order.refunded_fen}, done intents {len(done)}"
                    )
    finally:
        store.dispose()


def _first_moved(sent: list[str], terminal: SimulatedTerminal, op: str) -> bool:
    """Whether the first void command sent is the one that moved the money (then any later
    one is a resend). The simulator gives operation numbers in order, so the void movement's
    number tells which command made it: the sale is 000001, the first void would be 000002."""
    voids = [m for m in terminal.voids() if m.linked_operation_no == op]
    return bool(voids) and voids[0].operation_no == "000002"


def run_harness(work: Path, *, repeats: int = 1, random_kills: int = 3, seed: int = 7) -> Summary:
    rng = random.Random(seed)
    work.mkdir(parents=True, exist_ok=True)
    template = make_template(work)
    summary = Summary()
    for _ in range(repeats):
        for point in VOID_POINTS:
            run_trial(template, work, "void", point, summary, rng)
        for point in REFUND_POINTS:
            run_trial(template, work, "refund", point, summary, rng)
        for n in range(random_kills):
            run_trial(template, work, "void", f"random:{n}", summary, rng)
    return summary
