"""The kill harness: real till processes, two counters with two terminals on one database,
SIGKILLed at many instants of step 5, restarted, and every money movement counted on the
terminals' side (the simulators' journals are the truth), not only in the database.

The terminals speak the documented POS Integrado layout only (no private journal fields),
so reconciliation has to work the way it would against a real terminal. Both terminals
number their sales from 000001: counter A's terminal holds a stranger's sale under the same
number as counter B's customer. Used by the test suite (bounded) and benchmarks/kill_soak.py.
"""

from __future__ import annotations

import inspect
import json
import random
import shutil
import signal
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select

from app.audit import verify_chain
from app.db import open_store
from app.models import (
    AuditEvent,
    IntentState,
    OrderLease,
    OrderStatus,
    Stage,
    TerminalIntent,
)
from app.payments.card.integrado.simulator import SimulatedTerminal, SimulatorServer, serve_tcp
from app.workflow import get_case
from tests.crash.links import LINKS

ROOT = Path(__file__).resolve().parents[2]
TA, TB = "12345678", "87654321"  # counter A's and counter B's terminals
VOID_POINTS = (
    "before_call",
    "after_intent",
    "before_frame",
    "after_ack",
    "money_moved",
    "after_answer",
    "in_commit",
    "after_commit",
)
REFUND_POINTS = ("before_call", "after_intent", "in_commit", "after_commit")
# Kills of counter B's void while counter A starts up; kills of a restart's own re-send.
B_POINTS = ("after_ack", "money_moved", "after_answer")
RECONCILE_POINTS = ("before_frame", "after_ack", "money_moved", "in_commit", "after_commit")


@dataclass(frozen=True)
class Sale:
    terminal: str
    operation_no: str
    amount_fen: int
    case: str  # the template case it belongs to ("" = a stranger's sale, never to be voided)


SALES = (
    Sale(TA, "000001", 7_700, ""),  # a stranger's ¥77.00 at counter A: same number as B's sale
    Sale(TA, "000002", 12_800, "a_void"),
    Sale(TA, "000003", 5_500, "a_second"),
    Sale(TB, "000001", 12_900, "b_void"),
)


@dataclass
class Template:
    db_file: Path
    cases: dict[str, str]  # name → case id
    cashier: str
    lead: str
    lead_pin: str
    refund_amount: int


@dataclass
class Summary:
    trials: int = 0
    points: set[str] = field(default_factory=set)
    killed: int = 0
    double_moves: int = 0  # a second void of one sale, or more refunded than paid
    wrong_sale_voids: int = 0  # a terminal voided a sale that was not the case's
    unknown_moves: int = 0  # money moved on a terminal that the database does not record
    wrong_records: int = 0  # a case recorded with another case's or terminal's numbers
    lost_cases: int = 0  # a case not finished after restart and retry
    blind_resends: int = 0  # a void sent again that was not the explicit, audited re-send
    not_refused: int = 0  # a wrong-counter execute, a busy terminal or a batch close let through
    broken_audit: int = 0
    failures: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not (
            self.double_moves
            or self.wrong_sale_voids
            or self.unknown_moves
            or self.wrong_records
            or self.lost_cases
            or self.blind_resends
            or self.not_refused
            or self.broken_audit
        )

    def line(self) -> str:
        return (
            f"kill harness: {len(self.points)} kinds of trial, {self.trials} trials, "
            f"{self.killed} processes killed; double voids/refunds {self.double_moves}, "
            f"voids of the wrong sale {self.wrong_sale_voids}, money moves unknown to the "
            f"database {self.unknown_moves}, wrong records {self.wrong_records}, cases lost "
            f"{self.lost_cases}, blind re-sends {self.blind_resends}, refusals let through "
            f"{self.not_refused}, broken audit chains {self.broken_audit}"
        )


def documented_terminal(path: Path, terminal_id: str) -> SimulatedTerminal:
    """A simulated terminal answering in the documented layout only, as a real one does."""
    options: dict[str, Any] = {"terminal_id": terminal_id}
    if "extended" in inspect.signature(SimulatedTerminal).parameters:
        options["extended"] = False
    return SimulatedTerminal(path, **options)


def make_template(directory: Path) -> Template:
    """One database: two counters' terminals, approved cases on each, a stranger's sale."""
    from app.models import Terminal
    from tests.core.helpers import PINS, drive_to_approved, free_orders, make_order, seed_staff

    db_file = directory / "template.sqlite3"
    store = open_store(f"sqlite:///{db_file}")
    with store.transaction() as s:
        staff = seed_staff(s)
        terminal_a = s.scalars(select(Terminal)).one()
        terminal_a.counter = "1号收银台"
        s.add(Terminal(merchant_id=terminal_a.merchant_id, terminal_no=TB, counter="2号收银台"))
        cases = {}
        for sale in SALES:
            if not sale.case:
                continue
            order = make_order(s, operation_no=sale.operation_no, amount_fen=sale.amount_fen)
            order.terminal_no = sale.terminal
            s.flush()
            cases[sale.case] = str(drive_to_approved(s, staff, order).id)
        refund = make_order(s, operation_no="000009", amount_fen=6_600, settled=True)
        cases["a_refund"] = str(drive_to_approved(s, staff, refund).id)
        free_orders(s)
        template = Template(
            db_file, cases, str(staff.cashier.id), staff.lead.name, PINS["lead"], 6_600
        )
        # Building the cases held their orders for this (the parent's) counter: the tills are
        # other counters, and a till's work starts from a free order, as after the lease ran out.
        s.execute(delete(OrderLease))
    store.dispose()
    return template


@dataclass
class Counter:
    """One counter PC: its data dir (binding), its terminal served on TCP."""

    name: str
    home: Path
    terminal: SimulatedTerminal
    server: SimulatorServer


@dataclass
class Trial:
    template: Template
    directory: Path
    url: str
    a: Counter
    b: Counter
    summary: Summary
    kind: str
    executed: set[str] = field(default_factory=set)  # cases step 5 was meant to finish
    out: list[str] = field(default_factory=list)

    def child(
        self, counter: Counter, mode: str, case: str, point: str = "none"
    ) -> subprocess.Popen[str]:
        import os

        env = dict(os.environ, GUADAN_HOME=str(counter.home))
        args = [mode, self.url, counter.server.url, self.template.cases[case]]
        args += [self.template.cashier, point, self.template.lead, self.template.lead_pin]
        return subprocess.Popen(
            [sys.executable, "-m", "tests.crash.child", *args],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def run(
        self, counter: Counter, case: str, point: str, *, kill_after: float | None = None
    ) -> None:
        """`run` step 5 of `case` at `counter`, dying at `point` (or SIGKILLed after a delay)."""
        proc = self.child(counter, "run", case, point)
        assert proc.stdout is not None and proc.stdin is not None
        if proc.stdout.readline().strip() != "READY":
            raise RuntimeError(proc.stderr.read() if proc.stderr else "child did not start")
        proc.stdin.write("\n")
        proc.stdin.flush()
        if kill_after is not None:
            time.sleep(kill_after)
            proc.send_signal(signal.SIGKILL)
        self._finish(proc)
        self.executed.add(case)

    def call(self, counter: Counter, mode: str, case: str, point: str = "none") -> dict[str, Any]:
        proc = self.child(counter, mode, case, point)
        return self._finish(proc)

    def _finish(self, proc: subprocess.Popen[str]) -> dict[str, Any]:
        out, err = proc.communicate(timeout=60)
        if proc.returncode == -signal.SIGKILL:
            self.summary.killed += 1
            return {"killed": True}
        if proc.returncode != 0:
            raise RuntimeError(f"child failed ({proc.returncode}): {err[-600:]}")
        self.out.append(out.strip())
        return dict(json.loads(out.strip().splitlines()[-1]))

    def expect_refused(self, result: dict[str, Any], key: str, what: str) -> None:
        if result.get("outcome") != key:
            self.summary.not_refused += 1
            self.summary.failures.append(f"{self.kind}: {what} not refused: {result}")


def _counter(name: str, directory: Path, terminal_id: str, link: str) -> Counter:
    home = directory / f"home-{name}"
    home.mkdir()
    # This PC's binding: its own terminal and its own counter id (DESIGN §5).
    (home / "data").mkdir()
    binding = {"terminal_no": terminal_id, "port": "", "counter_id": f"counter-{name}"}
    (home / "data" / "counter.json").write_text(json.dumps(binding), encoding="utf-8")
    terminal = documented_terminal(directory / f"terminal-{name}.json", terminal_id)
    for sale in SALES:
        if sale.terminal == terminal_id:
            terminal.sale(sale.amount_fen, f"S{sale.operation_no}")
    server = serve_tcp(terminal, "127.0.0.1", 0) if link == "plain" else LINKS[link](terminal)
    return Counter(name, home, terminal, server)


def new_trial(
    template: Template, work: Path, kind: str, summary: Summary, link: str = "plain"
) -> Trial:
    directory = work / f"trial-{summary.trials:04d}"
    directory.mkdir()
    db_file = directory / "till.sqlite3"
    shutil.copy(template.db_file, db_file)
    summary.trials += 1
    summary.points.add(kind)
    a = _counter("A", directory, TA, link)
    b = _counter("B", directory, TB, "plain")
    return Trial(template, directory, f"sqlite:///{db_file}", a, b, summary, kind)


# -- scenarios ----------------------------------------------------------------------------


def void_killed(t: Trial, point: str, rng: random.Random) -> None:
    """Counter A's void killed at `point` (or at a random instant), then A restarts."""
    if point.startswith("random"):
        t.a.terminal.misbehaviour.slow_ms = 15  # widen the window the random kill can land in
        t.run(t.a, "a_void", "none", kill_after=rng.uniform(0.0, 0.15))
    else:
        t.run(t.a, "a_void", point)
    t.call(t.a, "restart", "a_void")


def refund_killed(t: Trial, point: str, rng: random.Random) -> None:
    """The manual refund at counter A killed at `point`, then A restarts."""
    t.run(t.a, "a_refund", point)
    t.call(t.a, "restart", "a_refund")


def two_counters(t: Trial, point: str, rng: random.Random) -> None:
    """B's void is killed; A starts up meanwhile (it must neither settle B's intent nor void
    its own stranger's 000001), then tries B's order (refused: another counter's); B restarts."""
    t.run(t.b, "b_void", point)
    t.call(t.a, "restart", "a_void")  # A's start-up: reconciles A's intents only
    t.expect_refused(t.call(t.a, "try-run", "b_void"), "execute.other_counter", "B's order at A")
    t.call(t.b, "restart", "b_void")


def b_in_flight(t: Trial, point: str, rng: random.Random) -> None:
    """A starts up while B's void is in flight on a slow terminal: both sales stay right."""
    t.b.terminal.misbehaviour.slow_ms = 400
    proc = t.child(t.b, "run", "b_void")
    assert proc.stdout is not None and proc.stdin is not None
    proc.stdout.readline()
    proc.stdin.write("\n")
    proc.stdin.flush()
    time.sleep(rng.uniform(0.05, 0.3))
    t.call(t.a, "restart", "a_void")
    t._finish(proc)
    t.executed.add("b_void")
    t.call(t.b, "restart", "b_void")


def reconcile_killed(t: Trial, point: str, rng: random.Random) -> None:
    """A's void answer is lost (killed after the ACK); the restart's own re-send is killed at
    `point`; a second restart finishes."""
    t.run(t.a, "a_void", "after_ack")
    t.call(t.a, "restart", "a_void", point)
    t.call(t.a, "restart", "a_void")


def batch_and_second_case(t: Trial, point: str, rng: random.Random) -> None:
    """Between the kill and the restart: a batch close (refused: it would strand the case) and
    a second case on the same terminal (refused: one unknown movement per terminal)."""
    t.run(t.a, "a_void", point)
    blocked = _open_intents(t.url, t.template.cases["a_void"])
    closing = t.call(t.a, "close-batch", "a_void")
    second = t.call(t.a, "try-run", "a_second")
    if blocked:
        t.expect_refused(closing, "terminal.close_batch_open_intent", "batch close")
        t.expect_refused(second, "execute.terminal_busy", "second case")
    t.call(t.a, "restart", "a_void")
    if blocked or second.get("outcome") != "done":
        t.call(t.a, "try-run", "a_second")
    t.executed.add("a_second")


def link_trouble(t: Trial, point: str, rng: random.Random) -> None:
    """The terminal misbehaves on the link itself (a lost ACK, a stale answer on the line):
    step 5 runs without a kill, then A restarts."""
    if point == "stale_answer":
        t.call(t.a, "try-run", "a_second")  # a void whose answer will linger on the line
        t.executed.add("a_second")
    if point == "answer_dropped":
        t.a.terminal.misbehaviour.drop_answer = 1  # ACKed, the money moved, no answer
    else:
        t.a.server.link.arm(point)  # type: ignore[attr-defined]
    t.run(t.a, "a_void", "none")
    # The shift ends: a lead closes the batch. Refused while the void's outcome is unknown;
    # had the lost ACK been taken for "not moved", the batch would close over a void the
    # database never learnt, and the retry would find no sale.
    closing = t.call(t.a, "close-batch", "a_void")
    if _open_intents(t.url, t.template.cases["a_void"]):
        t.expect_refused(closing, "terminal.close_batch_open_intent", "batch close")
    t.call(t.a, "restart", "a_void")


SCENARIOS = {
    "void": (void_killed, VOID_POINTS),
    "refund": (refund_killed, REFUND_POINTS),
    "two_counters": (two_counters, B_POINTS),
    "in_flight": (b_in_flight, ("slow",)),
    "reconcile": (reconcile_killed, RECONCILE_POINTS),
    "batch": (batch_and_second_case, ("after_ack", "money_moved", "after_answer")),
    "link": (
        link_trouble,
        ("ack_lost_answered", "ack_lost_silent", "answer_dropped", "stale_answer"),
    ),
}


# -- counting -------------------------------------------------------------------------------


def _open_intents(url: str, case_id: str) -> int:
    store = open_store(url, migrate=False)
    try:
        with store.transaction() as s:
            return int(
                s.scalar(
                    select(func.count())
                    .select_from(TerminalIntent)
                    .where(
                        TerminalIntent.case_id == uuid.UUID(case_id),
                        TerminalIntent.state == IntentState.OPEN,
                    )
                )
                or 0
            )
    finally:
        store.dispose()


def check(t: Trial) -> None:
    """Count what went wrong, with the terminals' journals as the truth."""
    s_ = t.summary
    terminals = {TA: t.a.terminal, TB: t.b.terminal}
    commands = {TA: t.a.server.link.commands, TB: t.b.server.link.commands}
    store = open_store(t.url, migrate=False)
    try:
        with store.transaction() as s:
            if not verify_chain(s).ok:
                s_.broken_audit += 1
            for sale in SALES:
                terminal = terminals[sale.terminal]
                terminal._load()  # the children wrote its journal
                voids = [
                    m
                    for m in _all_voids(terminal)
                    if int(m.linked_operation_no or 0) == int(sale.operation_no)
                ]
                sent = [
                    c
                    for c in commands[sale.terminal]
                    if c.split("|")[:2] == ["1200", sale.operation_no]
                ]
                if not sale.case:
                    if voids or sent:
                        s_.wrong_sale_voids += len(voids) or 1
                        s_.failures.append(f"{t.kind}: a stranger's sale {sale} was voided/sent")
                    continue
                case = get_case(s, uuid.UUID(t.template.cases[sale.case]))
                if len(voids) > 1:
                    s_.double_moves += 1
                moved = bool(voids)
                done = [i for i in case.intents if i.state is IntentState.DONE]
                if moved != (case.order.status is OrderStatus.CANCELLED) or len(done) > 1:
                    s_.unknown_moves += 1
                    s_.failures.append(
                        f"{t.kind}: {sale.terminal}/{sale.operation_no} voided={moved}, "
                        f"database {case.order.status} done={len(done)} ({t.out})"
                    )
                if sale.case in t.executed and (case.stage is not Stage.DONE or not moved):
                    s_.lost_cases += 1
                    s_.failures.append(f"{t.kind}: {sale.case} {case.stage} ({t.out})")
                if case.stage is Stage.DONE:
                    numbers_ok = case.result_terminal_id in ("", sale.terminal) and (
                        not voids or case.result_operation_no in ("", voids[0].operation_no)
                    )
                    if not numbers_ok:
                        s_.wrong_records += 1
                        s_.failures.append(
                            f"{t.kind}: {sale.case} recorded {case.result_terminal_id}/"
                            f"{case.result_operation_no}, terminal void {voids[0].operation_no if voids else '-'}"
                        )
                resent = s.scalar(
                    select(func.count())
                    .select_from(AuditEvent)
                    .where(AuditEvent.case_id == case.id, AuditEvent.kind == "terminal.void_resent")
                )
                if len(sent) > 1 + int(resent or 0):
                    s_.blind_resends += len(sent) - 1 - int(resent or 0)
                    s_.failures.append(
                        f"{t.kind}: {sale.case} sent {len(sent)}, audited re-sends {resent}"
                    )
            refund = get_case(s, uuid.UUID(t.template.cases["a_refund"]))
            done = [i for i in refund.intents if i.state is IntentState.DONE]
            if refund.order.refunded_fen > t.template.refund_amount or len(done) > 1:
                s_.double_moves += 1
                s_.failures.append(
                    f"{t.kind}: refunded {refund.order.refunded_fen}, done {len(done)}"
                )
            if "a_refund" in t.executed and refund.stage is not Stage.DONE:
                s_.lost_cases += 1
                s_.failures.append(f"{t.kind}: refund {refund.stage} ({t.out})")
            if t.a.terminal.closed_batches and _any_open(s):
                s_.not_refused += 1
                s_.failures.append(f"{t.kind}: the batch was closed with an intent open")
    finally:
        store.dispose()


def _all_voids(terminal: SimulatedTerminal) -> list[Any]:
    """Every void the terminal made, in its open batch and in the batches it closed."""
    from app.payments.card.integrado.sim_terminal import Movement

    closed = [Movement(**m) for batch in terminal.closed_batches for m in batch["movements"]]
    return [m for m in closed if m.kind == "1200"] + list(terminal.voids())


def _any_open(session: Any) -> bool:
    return bool(
        session.scalar(
            select(func.count())
            .select_from(TerminalIntent)
            .where(TerminalIntent.state == IntentState.OPEN)
        )
    )


def run_trial(
    template: Template, work: Path, scenario: str, point: str, summary: Summary, rng: random.Random
) -> None:
    run, _ = SCENARIOS[scenario]
    link = point if scenario == "link" and point in LINKS else "plain"
    trial = new_trial(template, work, f"{scenario}:{point.split(':')[0]}", summary, link)
    if scenario == "refund":
        trial.executed.add("a_refund")
    try:
        run(trial, point, rng)
        check(trial)
    except Exception as exc:  # a harness that cannot finish a trial counts it lost
        summary.lost_cases += 1
        summary.failures.append(f"{trial.kind}: {type(exc).__name__}: {exc}")
    finally:
        trial.a.server.close()
        trial.b.server.close()


def run_harness(
    work: Path,
    *,
    repeats: int = 1,
    random_kills: int = 3,
    seed: int = 7,
    only: tuple[str, ...] = (),
) -> Summary:
    rng = random.Random(seed)
    work.mkdir(parents=True, exist_ok=True)
    template = make_template(work)
    summary = Summary()
    for _ in range(repeats):
        for scenario, (_, points) in SCENARIOS.items():
            if only and scenario not in only:
                continue
            for point in points:
                run_trial(template, work, scenario, point, summary, rng)
        if not only or "void" in only:
            for n in range(random_kills):
                run_trial(template, work, "void", f"random:{n}", summary, rng)
    return summary
