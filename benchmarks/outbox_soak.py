"""The outbox under a failing network and a killed server (issue 15). On a throwaway
PostgreSQL server of its own (initdb as the postgres user, fsync off, a free port: the CI
server is shared by every test, and this kills its server), with tests/link_proxy.py between
the counter and it:

1. a shift of offline work queued (`--events`, 1,000), then the time to send it all once the
   link is back (sync_all, and the sender's whole round: send + re-read the copy);
2. `--cuts` rounds (1,000): an entry queued, a send started, the link reset (RST) at a random
   instant of it, or the acknowledgement lost after the server's COMMIT; healed; sent again.
   Then events lost and duplicated: each local event must be on the server exactly once;
3. `--kills` rounds: `pg_ctl stop -m immediate` while a batch is being sent, restart, send.
4. time for app/link.py's monitor to notice a black-holed link (benchmarks/link_drop.py has
   the full figure).

Prints figures; judges nothing.

    .venv/bin/python benchmarks/outbox_soak.py [--events 1000] [--cuts 1000] [--kills 5]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, select  # noqa: E402

BIN = Path(shutil.which("pg_ctl") or "/usr/lib/postgresql/15/bin/pg_ctl").parent


def _as_postgres(*cmd: str) -> None:
    user = [] if os.geteuid() != 0 else ["runuser", "-u", "postgres", "--"]
    subprocess.run([*user, *cmd], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


class Server:
    """A PostgreSQL server of this run only."""

    def __init__(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="guadan-soak-pg-"))
        os.chmod(self.dir, 0o777)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.data = self.dir / "data"
        _as_postgres(str(BIN / "initdb"), "--auth=trust", "--no-sync", "-U", "postgres",
                     "-D", str(self.data))  # fmt: skip
        self.start()

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def start(self) -> None:
        opts = f"-c listen_addresses=127.0.0.1 -p {self.port} -c fsync=off -k {self.dir}"
        _as_postgres(str(BIN / "pg_ctl"), "-D", str(self.data), "-o", opts, "-w", "-l",
                     str(self.dir / "log"), "start")  # fmt: skip

    def kill(self) -> None:
        _as_postgres(str(BIN / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")

    def close(self) -> None:
        with contextlib.suppress(Exception):
            _as_postgres(str(BIN / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")
        shutil.rmtree(self.dir, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument("--cuts", type=int, default=1000)
    parser.add_argument("--kills", type=int, default=5)
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="guadan-soak-home-"))
    os.environ["GUADAN_HOME"] = str(home)
    from tests.keyring_file import install

    install(home / "keyring.json")
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(3))  # the finally below stops the server
    server = Server()
    try:
        return run(server, home, args)
    finally:
        server.close()
        shutil.rmtree(home, ignore_errors=True)


def run(server: Server, home: Path, args: argparse.Namespace) -> int:
    from app import audit, workflow
    from app.db import open_store
    from app.models import AuditEvent, CancellationCase, OutboxEntry, User
    from app.sync import attach_local, sync_all, sync_once
    from tests.core.helpers import make_order, seed_staff
    from tests.link_proxy import LinkProxy

    open_store(server.url).dispose()  # the schema
    proxy = LinkProxy("127.0.0.1", server.port)
    counter = f"soak-{uuid.uuid4().hex[:8]}"
    store = open_store(proxy.url_for(server.url), migrate=False)
    store.session_info = {"counter_id": counter, "counter_label": "1号收银台"}
    sender = attach_local(store, path=home / "copy.sqlite3")
    with store.transaction() as s:
        staff = seed_staff(s)
        order = make_order(s)
    cashier = staff.cashier.id
    sender.run_once()  # the copy learns the new staff (the window's sender does it every 5 s)
    with store.transaction() as s:
        case_id = workflow.open_case(s, order.id, s.get_one(User, cashier)).id

    def queue(n: int) -> None:
        for _ in range(n):
            with store.transaction() as s:
                assert s.info.get("offline")
                user = s.get_one(User, cashier)
                audit.record(s, "case.printed", user, case_id=case_id)

    # 1. a shift queued offline
    store.link_down = True
    t0 = time.perf_counter()
    queue(args.events)
    queued_s = time.perf_counter() - t0
    store.link_down = False
    t0 = time.perf_counter()
    first = sync_all(store.local, store)
    synced_s = time.perf_counter() - t0
    store.link_down = True
    queue(args.events)
    store.link_down = False
    t0 = time.perf_counter()
    status = sender.run_once()
    round_s = time.perf_counter() - t0
    print(f"{args.events} entries queued offline in {queued_s:.2f} s "
          f"({queued_s / args.events * 1000:.1f} ms each, local SQLite, synchronous=FULL)")  # fmt: skip
    print(f"{first.sent} entries synced in {synced_s * 1000:.0f} ms after the link returned "
          f"(sync_all); the sender's round (send + re-read the copy): {round_s * 1000:.0f} ms, "
          f"{status.pending} left")  # fmt: skip

    # 2. cuts
    rng = random.Random(15)
    acks_lost = resets = 0
    for _ in range(args.cuts):
        store.link_down = True
        queue(rng.randint(1, 3))
        store.link_down = False
        if rng.random() < 0.3:
            acks_lost += 1

            def lost() -> None:
                proxy.cut()
                raise ConnectionResetError("ack lost")

            with contextlib.suppress(Exception):
                sync_once(store.local, store, on_committed=lost)
        else:
            resets += 1
            timer = threading.Timer(rng.uniform(0, 0.008), proxy.cut)
            timer.start()
            with contextlib.suppress(Exception):
                sync_once(store.local, store)
            timer.join()
        proxy.heal()
        for _attempt in range(20):
            try:
                sync_all(store.local, store)
                break
            except Exception:
                time.sleep(0.05)

    # 3. the server killed mid-send
    kills_ok = 0
    for _ in range(args.kills):
        store.link_down = True
        queue(200)
        store.link_down = False
        killer = threading.Timer(0.02, server.kill)
        killer.start()
        with contextlib.suppress(Exception):
            sync_all(store.local, store)
        killer.join()
        server.start()
        for _attempt in range(50):
            try:
                if sync_all(store.local, store).pending == 0:
                    kills_ok += 1
                    break
            except Exception:
                time.sleep(0.1)

    assert store.local is not None
    with store.local.sessions() as ls:
        local_ids = set(
            ls.execute(select(AuditEvent.id).where(AuditEvent.counter_id == counter)).scalars()
        )
        unsent = ls.execute(
            select(func.count()).select_from(OutboxEntry).where(OutboxEntry.sent_at.is_(None))
        ).scalar_one()
    with store.sessions() as s:
        rows = list(
            s.execute(select(AuditEvent.id).where(AuditEvent.counter_id == counter)).scalars()
        )
        stage = s.get_one(CancellationCase, case_id).stage
    lost = len(local_ids - set(rows))
    duplicated = len(rows) - len(set(rows))
    print(f"{args.cuts} cuts ({resets} resets mid-send, {acks_lost} acknowledgements lost after "
          f"COMMIT), {args.kills} kills (pg_ctl stop -m immediate mid-send; {kills_ok} recovered)")  # fmt: skip
    print(
        f"events at the counter {len(local_ids)}, on the server {len(rows)}: "
        f"lost {lost}, duplicated {duplicated}; entries unsent {unsent}; case {stage.value}"
    )
    report = audit.verify_store(store)
    print(
        f"audit verify on the server: {'ok' if report.ok else report.reason}, {report.checked} events"
    )

    # 4. a black-holed link noticed
    from app.link import LinkMonitor

    monitor = LinkMonitor(proxy.url_for(server.url))
    went_down = threading.Event()
    monitor.on_change(lambda st: None if st.online else went_down.set())
    assert monitor.check().online
    monitor.start()
    noticed = []
    for _ in range(3):
        time.sleep(1.5)
        went_down.clear()
        proxy.blackhole()
        t0 = time.monotonic()
        went_down.wait(30)
        noticed.append(time.monotonic() - t0)
        proxy.heal()
        deadline = time.monotonic() + 15
        while not monitor.status.online and time.monotonic() < deadline:
            time.sleep(0.1)
    monitor.stop()
    print(f"black-holed link noticed in {', '.join(f'{t:.1f}' for t in noticed)} s")
    store.local.dispose()
    store.dispose()
    proxy.close()
    return 0 if lost == duplicated == unsent == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
