"""The shared store from this counter: `guadan store status` — the link to the server, and
each counter's last activity and the orders it holds."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.common import open_store_for


def register(sub: Any, open_store_fn: Any) -> None:
    store_p = sub.add_parser("store", help="共享门店").add_subparsers(
        dest="store_command", required=True
    )
    store_p.add_parser(
        "status", help="各收银台的最近活动和占用中的挂单；与共享服务器的连接"
    ).set_defaults(func=cmd_store_status)


def cmd_store_status(args: argparse.Namespace) -> int:
    from app.clock import format_local
    from app.leases import server_now
    from app.settings import load_settings
    from app.store_status import counters_activity

    store = open_store_for(args)
    if store.is_shared_server:
        from app.link import LinkMonitor

        monitor = LinkMonitor(store.url)
        status = monitor.check()
        monitor.stop()
        print("共享服务器：" + ("联机" if status.online else f"脱机（{status.reason}）"))
        if not status.online:
            return 3
    else:
        print("本机数据库（单机门店，没有共享服务器）")
    with store.transaction() as session:
        zone = load_settings(session).timezone
        counters = counters_activity(session, server_now(session))
    print("发件箱：未实现 — 各收银台直接写入共享服务器，脱机时不能保存（见 issue 15）")
    if not counters:
        print("还没有收银台写入过记录。")
        return 0
    print(f"{'收银台':<10}{'标识':<10}{'最近活动':<21}{'事件数':>6}  {'占用中':>4}  最近的事件")
    for c in counters:
        print(
            f"{c.label or '-':<10}{c.counter_id[:8]:<10}"
            f"{format_local(c.last_at, zone, '%Y-%m-%d %H:%M:%S'):<21}{c.events:>6}  "
            f"{c.holding:>4}  {c.last_kind}"
        )
    return 0
