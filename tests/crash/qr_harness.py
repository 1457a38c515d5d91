"""The QR kill harness: real till processes doing step 5 of QR orders through the 支付宝 and 微信支付
simulators, SIGKILLed at every instant of a 撤销 or a partial 退款 (before and after the intent,
with the request on the wire, after the provider moved the money, after its query answered,
while the outcome commits), or met by the provider's own trouble (a lost answer, 20000 /
SYSTEM_ERROR, HTTP 500, a bad signature, busy on the queries too), then restarted.

The simulators run in this process: their journals are the truth. Counted: double refunds
(more money back at the provider than the case asked for), refunds under a second key for
one case (a blind new refund), money moved at the provider that the database does not
record, records the provider does not back, cases lost. Used by the test suite (bounded) and
benchmarks/qr_kill_soak.py.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import os
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
from urllib.parse import parse_qs

from app.audit import verify_chain
from app.db import open_store
from app.models import (
    Funding,
    IntentState,
    OrderStatus,
    PayChannel,
    Stage,
    SuspendedOrder,
    TxnType,
)
from app.payments.qr.config import ProviderConfig, save_config
from app.payments.qr.routing import channel_for_order
from app.payments.qr.sim_alipay import AlipaySimulator
from app.payments.qr.sim_journal import Misbehaviour, SimState, SimTrade
from app.payments.qr.sim_server import (
    SimHttpServer,
    SimKeys,
    SimReply,
    SimRequest,
    private_pem,
    public_pem,
)
from app.payments.qr.sim_wechat import WechatSimulator
from app.payments.qr.step1 import ask_provider
from app.workflow import get_case

ROOT = Path(__file__).resolve().parents[2]
APP_ID, MCHID, APPID = "2021000000000001", "1230000109", "wxd678efh567hg6787"
PAID, REFUND_FEN = 12_800, 5_000  # each order's payment; a refund case gives part of it back
KILL_POINTS = (
    "before_call",
    "after_intent",
    "before_send",
    "sent",
    "money_moved",
    "confirmed",
    "in_commit",
    "after_commit",
)
TROUBLE = ("lost_answer", "busy", "busy_queries", "http_500", "bad_signature", "resend_killed")
CASES = ("alipay_void", "alipay_refund", "wechat_void", "wechat_refund")
COUNTER = "counter-qr"


@dataclass
class Summary:
    trials: int = 0
    kinds: set[str] = field(default_factory=set)
    killed: int = 0
    double_refunds: int = 0  # more given back at the provider than the case asked for
    new_key_refunds: int = 0  # a second refund key sent for one case: a blind new refund
    unknown_moves: int = 0  # money moved at the provider that the database does not record
    wrong_records: int = 0  # the database records what the provider does not show
    lost_cases: int = 0  # a case not finished after restart and retry
    broken_audit: int = 0
    failures: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not (
            self.double_refunds
            or self.new_key_refunds
            or self.unknown_moves
            or self.wrong_records
            or self.lost_cases
            or self.broken_audit
        )

    def line(self) -> str:
        return (
            f"QR kill harness: {len(self.kinds)} kinds of trial, {self.trials} trials, "
            f"{self.killed} processes killed; double refunds {self.double_refunds}, refunds "
            f"under a new key {self.new_key_refunds}, money moves unknown to the database "
            f"{self.unknown_moves}, records the provider does not back {self.wrong_records}, "
            f"cases lost {self.lost_cases}, broken audit chains {self.broken_audit}"
        )


@dataclass
class Provider:
    """One simulator on loopback, and every money request it received (case by trade no)."""

    sim: Any
    server: SimHttpServer
    money_requests: list[tuple[str, str, str]] = field(default_factory=list)  # op, trade, key
    snapshot: dict[str, SimTrade] = field(default_factory=dict)
    # Busy on this many queries once a money request has been acted on (the provider moved
    # the money, then cannot say so for a while).
    busy_after_money: int = 0

    def reset(self) -> None:
        from tests.qr.test_qr_step5 import cancellable_paid_at

        with self.sim.journal.lock:
            self.sim.journal.trades = copy.deepcopy(self.snapshot)
            for trade in self.sim.journal.trades.values():
                if trade.out_trade_no[4:5] == "V":  # a 撤销 case's trade (QK..V…): paid today
                    trade.paid_at = cancellable_paid_at().isoformat()
        self.sim.misbehaviour = Misbehaviour(hang_s=1.0)
        self.money_requests.clear()
        self.busy_after_money = 0


def _recording(provider_name: str, holder: dict[str, Provider]) -> Any:
    def handle(request: SimRequest) -> SimReply:
        provider = holder[provider_name]
        entry = _money_request(request)
        if entry is not None:
            provider.money_requests.append(entry)
        reply: SimReply = provider.sim.handle(request)
        if entry is not None and provider.busy_after_money:
            mb = provider.sim.misbehaviour
            mb.busy, mb.only = provider.busy_after_money, frozenset({"query", "refund_query"})
            provider.busy_after_money = 0
        return reply

    return handle


def _money_request(request: SimRequest) -> tuple[str, str, str] | None:
    if request.method != "POST":
        return None
    if b"biz_content" in request.body:
        params = parse_qs(request.body.decode("utf-8", "replace"))
        method = params.get("method", [""])[0]
        if method not in ("alipay.trade.refund", "alipay.trade.cancel"):
            return None
        biz = json.loads(params.get("biz_content", ["{}"])[0])
        return method.rsplit(".", 1)[1], biz.get("out_trade_no", ""), biz.get("out_request_no", "")
    if request.path.endswith("/reverse"):
        return "cancel", request.path.split("/")[-2], ""
    body = json.loads(request.body or b"{}")
    return "refund", str(body.get("out_trade_no", "")), str(body.get("out_refund_no", ""))


@dataclass
class World:
    """The simulators and a template database with one approved case per kind."""

    work: Path
    providers: dict[str, Provider]
    db_file: Path
    cases: dict[str, str]  # name → case id
    trades: dict[str, str]  # name → out_trade_no
    cashier: str
    keyring: str

    def close(self) -> None:
        for provider in self.providers.values():
            provider.server.close()


def _serve(handle: Any) -> SimHttpServer:
    server = SimHttpServer(handle)
    # A till killed mid-answer leaves the simulator writing into a closed socket: quiet.
    assert server._server is not None
    server._server.handle_error = lambda *_a: None  # type: ignore[method-assign]
    return server


def make_world(work: Path) -> World:
    from app import workflow
    from tests.core.helpers import CONTACT, PINS, all_checked, make_order, seed_staff

    work.mkdir(parents=True, exist_ok=True)
    keys = SimKeys.generate()
    holder: dict[str, Provider] = {}
    ali = AlipaySimulator(APP_ID, keys.merchant_key.public_key(), keys.provider_key)
    wx = WechatSimulator(
        MCHID,
        APPID,
        keys.merchant_serial,
        keys.merchant_key.public_key(),
        keys.provider_key,
        keys.provider_serial,
    )
    holder["alipay"] = Provider(ali, _serve(_recording("alipay", holder)))
    holder["wechat"] = Provider(wx, _serve(_recording("wechat", holder)))
    db_file = work / "template.sqlite3"
    store = open_store(f"sqlite:///{db_file}")
    now = dt.datetime.now(dt.UTC)
    cases: dict[str, str] = {}
    trades: dict[str, str] = {}
    with store.transaction() as s:
        staff = seed_staff(s)
        pem = private_pem(keys.merchant_key).decode()
        save_config(
            s,
            ProviderConfig(
                _provider("alipay"),
                APP_ID,
                holder["alipay"].server.url + "/gateway.do",
                public_pem(keys.provider_key.public_key()).decode(),
            ),
            staff.admin,
            pem,
        )
        save_config(
            s,
            ProviderConfig(
                _provider("wechat"),
                MCHID,
                holder["wechat"].server.url,
                public_pem(keys.provider_key.public_key()).decode(),
                keys.provider_serial,
                APPID,
                keys.merchant_serial,
            ),
            staff.admin,
            pem,
        )
    for name in CASES:
        provider, route = name.split("_")
        out_trade_no = f"QK{provider[:2].upper()}{route[:1].upper()}{uuid.uuid4().hex[:10]}"
        # 撤销 while the provider allows it (paid minutes ago); 退款 for an older payment.
        paid_at = now - (dt.timedelta(minutes=3) if route == "void" else dt.timedelta(days=10))
        holder[provider].sim.journal.seed(out_trade_no, PAID, SimState.PAID, paid_at=paid_at)
        with store.transaction() as s:
            order = make_order(
                s,
                txn_type=TxnType.QR,
                funding=Funding.QR,
                card_masked=None,
                card_last4=None,
                channel=PayChannel.QR_ALIPAY if provider == "alipay" else PayChannel.QR_WECHAT,
                out_trade_no=out_trade_no,
                amount_fen=PAID,
            )
            case = workflow.open_case(s, order.id, staff.cashier)
            case_id, order_id = case.id, order.id
        with store.transaction() as s:
            order = s.get_one(SuspendedOrder, order_id)
            channel = channel_for_order(s, order, lambda: None, COUNTER)
        ask_provider(store, case_id, staff.cashier.id, channel, work / "files")  # type: ignore[arg-type]
        channel.close()
        with store.transaction() as s:
            case = get_case(s, case_id)
            workflow.verify(s, case, staff.cashier, all_checked())
            expected = "VOID" if route == "void" else "REFUND"
            assert case.route is not None and case.route.value == expected, (name, case.route)
            workflow.record_contact(s, case, staff.cashier, CONTACT)
            form = workflow.form_defaults(s, case, staff.cashier)
            if route == "refund":
                form = _with_amount(form, REFUND_FEN)
            workflow.fill_form(s, case, staff.cashier, form)
            workflow.submit(s, case, staff.cashier)
            workflow.approve(s, case, staff.lead.name, PINS["lead"], "同意")
        cases[name], trades[name] = str(case_id), out_trade_no
        with store.transaction() as s:
            from app import leases

            leases.release(s, order_id)  # the tills of the trials take the order from here
    store.dispose()
    for provider in holder.values():
        provider.snapshot = copy.deepcopy(provider.sim.journal.trades)
    return World(
        work,
        holder,
        db_file,
        cases,
        trades,
        str(staff.cashier.id),
        os.environ.get("GUADAN_TEST_KEYRING", ""),
    )


def _provider(name: str) -> Any:
    from app.payments.qr.base import ProviderName

    return ProviderName(name)


def _with_amount(form: Any, amount: int) -> Any:
    import dataclasses

    return dataclasses.replace(form, amount_fen=amount)


# -- one trial ----------------------------------------------------------------------------------


@dataclass
class Trial:
    world: World
    directory: Path
    url: str
    home: Path
    case: str
    kind: str
    summary: Summary
    executed: bool = False
    out: list[str] = field(default_factory=list)

    @property
    def provider(self) -> Provider:
        return self.world.providers[self.case.split("_")[0]]

    def child(self, mode: str, point: str = "none") -> subprocess.Popen[str]:
        env = dict(os.environ, GUADAN_HOME=str(self.home))
        args = [mode, self.url, self.world.cases[self.case], self.world.cashier, point]
        return subprocess.Popen(
            [sys.executable, "-m", "tests.crash.qr_child", *args],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def run(self, point: str = "none", *, kill_after: float | None = None) -> None:
        proc = self.child("run", point)
        assert proc.stdout is not None and proc.stdin is not None
        if proc.stdout.readline().strip() != "READY":
            raise RuntimeError(proc.stderr.read() if proc.stderr else "child did not start")
        proc.stdin.write("\n")
        proc.stdin.flush()
        if kill_after is not None:
            time.sleep(kill_after)
            proc.send_signal(signal.SIGKILL)
        self.executed = True
        self._finish(proc)

    def restart(self, point: str = "none") -> dict[str, Any]:
        return self._finish(self.child("restart", point))

    def _finish(self, proc: subprocess.Popen[str]) -> dict[str, Any]:
        out, err = proc.communicate(timeout=90)
        if proc.returncode == -signal.SIGKILL:
            self.summary.killed += 1
            self.out.append("killed")
            return {"killed": True}
        if proc.returncode != 0:
            raise RuntimeError(f"child failed ({proc.returncode}): {err[-800:]}")
        self.out.append(out.strip().splitlines()[-1])
        return dict(json.loads(out.strip().splitlines()[-1]))


def new_trial(world: World, case: str, kind: str, summary: Summary) -> Trial:
    directory = world.work / f"trial-{summary.trials:04d}"
    directory.mkdir()
    db_file = directory / "till.sqlite3"
    shutil.copy(world.db_file, db_file)
    home = directory / "home"
    (home / "data").mkdir(parents=True)
    binding = {"terminal_no": "", "port": "", "counter_id": COUNTER}
    (home / "data" / "counter.json").write_text(json.dumps(binding), encoding="utf-8")
    summary.trials += 1
    summary.kinds.add(f"{case}:{kind}")
    for provider in world.providers.values():
        provider.reset()
    return Trial(world, directory, f"sqlite:///{db_file}", home, case, kind, summary)


def _money_ops(case: str) -> frozenset[str]:
    return frozenset({"cancel"} if case.endswith("_void") else {"refund"})


def play(t: Trial, rng: random.Random) -> None:
    mb = t.provider.sim.misbehaviour
    kind = t.kind
    if kind in KILL_POINTS:
        t.run(kind)
        t.restart()
    elif kind == "random":
        mb.slow_ms = 60  # widen the window a random kill lands in
        t.run(kill_after=rng.uniform(0.0, 0.9))
        t.restart()
    elif kind == "resend_killed":
        # The provider was busy and did nothing; the restart's follow-up re-send (same key)
        # is killed once the money moved; a second restart settles it by the query.
        mb.busy, mb.only = 1, _money_ops(t.case)
        t.run()
        t.restart("money_moved")
        t.restart()
    else:
        if kind == "lost_answer":
            mb.lose_answer, mb.only = 1, _money_ops(t.case)
        elif kind == "busy":
            mb.busy, mb.only = 1, _money_ops(t.case)
        elif kind == "busy_queries":
            # The money moved, then the provider is busy on the queries: the run cannot tell,
            # nor can the first restart; the second one can.
            t.provider.busy_after_money = 3
        elif kind == "http_500":
            mb.http_500, mb.only = 1, _money_ops(t.case)
        elif kind == "bad_signature":
            mb.bad_signature, mb.only = 1, _money_ops(t.case)
        t.run()
        t.restart()
        t.restart()


def check(t: Trial) -> None:
    """Count what went wrong, with the provider's journal as the truth."""
    s_ = t.summary
    trade = t.provider.sim.journal.find(t.world.trades[t.case])
    assert trade is not None
    is_void = t.case.endswith("_void")
    wanted = PAID if is_void else REFUND_FEN
    keys = {
        k for op, no, k in t.provider.money_requests if no == trade.out_trade_no and op == "refund"
    }
    moved_fen = trade.refunded_fen
    gone = trade.state in (SimState.CLOSED, SimState.REVOKED)
    store = open_store(t.url, migrate=False)
    try:
        with store.transaction() as s:
            if not verify_chain(s).ok:
                s_.broken_audit += 1
            case = get_case(s, uuid.UUID(t.world.cases[t.case]))
            order = case.order
            done = [i for i in case.intents if i.state is IntentState.DONE]
            if moved_fen > wanted or len(trade.refunds) > 1:
                s_.double_refunds += 1
                s_.failures.append(
                    f"{t.kind}/{t.case}: provider gave back {moved_fen} {trade.refunds}"
                )
            if len(keys) > 1:
                s_.new_key_refunds += 1
                s_.failures.append(f"{t.kind}/{t.case}: refund keys {sorted(keys)}")
            if is_void:
                recorded = order.status is OrderStatus.CANCELLED
                provider_moved = gone
            else:
                recorded = order.refunded_fen > 0
                provider_moved = moved_fen > 0
            if provider_moved and not recorded:
                s_.unknown_moves += 1
                s_.failures.append(
                    f"{t.kind}/{t.case}: moved at the provider, db {order.status} {t.out}"
                )
            if recorded and not provider_moved:
                s_.wrong_records += 1
                s_.failures.append(
                    f"{t.kind}/{t.case}: db {order.status}, provider did nothing {t.out}"
                )
            if not is_void and recorded and order.refunded_fen != moved_fen:
                s_.wrong_records += 1
                s_.failures.append(f"{t.kind}/{t.case}: db {order.refunded_fen} vs {moved_fen}")
            if not is_void and done and done[0].idempotency_key not in trade.refunds:
                s_.wrong_records += 1
                s_.failures.append(f"{t.kind}/{t.case}: recorded key not at the provider")
            if len(done) > 1:
                s_.wrong_records += 1
                s_.failures.append(f"{t.kind}/{t.case}: {len(done)} intents done")
            if t.executed and (case.stage is not Stage.DONE or not provider_moved):
                s_.lost_cases += 1
                s_.failures.append(f"{t.kind}/{t.case}: {case.stage} {t.out}")
            open_left = [i for i in case.intents if i.state is IntentState.OPEN]
            if open_left:
                s_.lost_cases += 1
                s_.failures.append(f"{t.kind}/{t.case}: intent still open {t.out}")
    finally:
        store.dispose()


def run_trial(world: World, case: str, kind: str, summary: Summary, rng: random.Random) -> None:
    trial = new_trial(world, case, kind, summary)
    try:
        play(trial, rng)
        check(trial)
    except Exception as exc:  # a harness that cannot finish a trial counts it lost
        summary.lost_cases += 1
        summary.failures.append(f"{case}:{kind}: {type(exc).__name__}: {exc}")


def run_harness(
    work: Path,
    *,
    repeats: int = 1,
    random_kills: int = 2,
    seed: int = 7,
    every_case: bool = True,
) -> Summary:
    """Each kind of trial for each case (`every_case`) or for one case in turn."""
    rng = random.Random(seed)
    world = make_world(work)
    summary = Summary()
    kinds = KILL_POINTS + TROUBLE + ("random",) * random_kills
    try:
        for _ in range(repeats):
            for n, kind in enumerate(kinds):
                for case in CASES if every_case else (CASES[n % len(CASES)],):
                    run_trial(world, case, kind, summary, rng)
    finally:
        world.close()
    return summary
