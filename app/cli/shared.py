"""The shared store from this counter: `guadan store status` — the link to the server, this
counter's outbox (entries waiting, the last sync), and each counter's last activity, the
orders it holds and what the server received from its outbox."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.cli.common import fail, lang, open_store_for
from app.cli.signin import add_user_option
from app.errors import DomainError


def register(sub: Any, open_store_fn: Any) -> None:
    store_p = sub.add_parser("store", help="共享门店").add_subparsers(
        dest="store_command", required=True
    )
    store_p.add_parser(
        "status", help="各收银台的最近活动和占用中的挂单；与共享服务器的连接"
    ).set_defaults(func=cmd_store_status)
    p = store_p.add_parser(
        "join",
        help="本机加入共享门店：服务器密码和门店密钥存入系统钥匙串（提示输入，不在命令行上）",
    )
    p.add_argument("url", help="postgresql+psycopg://用户@服务器/数据库（不含密码）")
    p.set_defaults(func=cmd_store_join)
    p = store_p.add_parser(
        "migrate-to", help="把本机（单机）门店连同全部历史迁到共享服务器，以审计链核对（管理员）"
    )
    p.add_argument("url", help="postgresql+psycopg://用户@服务器/数据库（空库，不含密码）")
    add_user_option(p, help_text="管理员用户名（PIN 在提示时输入或从标准输入读取）")
    p.set_defaults(func=cmd_store_migrate_to)
    p = store_p.add_parser("export-keys", help="导出门店密钥，供另一台收银台加入（管理员）")
    add_user_option(p, help_text="管理员用户名（PIN 在提示时输入或从标准输入读取）")
    p.set_defaults(func=cmd_store_export_keys)


def cmd_store_status(args: argparse.Namespace) -> int:
    from app.clock import format_local
    from app.leases import server_now
    from app.settings import load_settings
    from app.store_status import counters_activity, counters_sync

    store = open_store_for(args)
    if not store.is_shared_server:
        print("本机数据库（单机门店，没有共享服务器）")
    else:
        from app.link import LinkMonitor

        monitor = LinkMonitor(store.url)
        status = monitor.check()
        monitor.stop()
        print("共享服务器：" + ("联机" if status.online else f"脱机（{status.reason}）"))
        print(_outbox_line(store.url))
        if not status.online:
            return 3
    with store.transaction() as session:
        zone = load_settings(session).timezone
        counters = counters_activity(session, server_now(session))
        synced = counters_sync(session) if store.is_shared_server else {}
    if not counters:
        print("还没有收银台写入过记录。")
        return 0
    print(
        f"{'收银台':<10}{'标识':<10}{'最近活动':<21}{'事件数':>6}  {'占用中':>4}  "
        f"{'上次同步':<21}{'已同步':>6}  最近的事件"
    )
    for c in counters:
        got = synced.get(c.counter_id)
        last = format_local(got.last_at, zone, "%Y-%m-%d %H:%M:%S") if got else "-"
        print(
            f"{c.label or '-':<10}{c.counter_id[:8]:<10}"
            f"{format_local(c.last_at, zone, '%Y-%m-%d %H:%M:%S'):<21}{c.events:>6}  "
            f"{c.holding:>4}  {last:<21}{got.entries if got else 0:>6}  {c.last_kind}"
        )
    return 0


def _outbox_line(url: str) -> str:
    """本收银台发件箱：待同步 3 条（最早 15:02:07），上次同步 15:01:58；冲突 0 条."""
    from app.clock import format_local
    from app.store_status import local_outbox

    box = local_outbox(url)
    if box is None:
        return "本收银台发件箱：无（本机尚未以窗口连接过此服务器）"
    zone = "Asia/Shanghai"

    def at(t: object) -> str:
        return format_local(t, zone, "%H:%M:%S") if t is not None else "-"  # type: ignore[arg-type]

    waiting = f"待同步 {box.pending} 条" + (
        f"（最早 {at(box.oldest_pending)}）" if box.pending else ""
    )
    return f"本收银台发件箱：{waiting}，上次同步 {at(box.last_sent)}；已同步 {box.sent} 条，冲突 {box.conflicts} 条"


def _secret_line(prompt: str) -> str:
    """A secret from the prompt (a terminal) or one line of standard input (a script)."""
    import sys

    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        return getpass.getpass(prompt).strip()
    return (sys.stdin.readline() if sys.stdin is not None else "").strip()


def cmd_store_join(args: argparse.Namespace) -> int:
    """Password and keys asked for, checked against the server, then kept on this PC."""
    from app import joining, store_keys, store_messages  # noqa: F401 (the keys)
    from app.db import open_store
    from app.messages import tr

    try:
        url = joining.check_join_url(args.url)
        password = _secret_line("服务器密码: ")
        keys = store_keys.parse_store_secrets(_secret_line("门店密钥（GDKEYS1:…）: "))
        from sqlalchemy.engine import make_url

        store = open_store(
            make_url(url).set(password=password).render_as_string(hide_password=False),
            migrate=False,
        )
        try:
            with store.transaction() as session:
                store_keys.provision_store_secrets(keys, session)
        finally:
            store.dispose()
        joining.keep_password(url, password)
        joining.remember(url)
    except DomainError as exc:
        return fail(tr(exc.key, lang(), **exc.params))
    except Exception as exc:  # the server refused the login, or cannot be reached
        why = str(getattr(exc, "orig", exc)).splitlines()[0][:120] or type(exc).__name__
        return fail(tr("join.cannot_connect", lang(), why=why))
    where = "系统钥匙串" if store_keys.storage() == "keyring" else "本机的密钥文件（仅本用户可读）"
    print(f"本机已加入共享门店 {url}；门店密钥已存入{where}。以后直接运行 guadan 即可。")
    return 0


def cmd_store_export_keys(args: argparse.Namespace) -> int:
    """An admin's PIN, an audit event, and the one line a joining counter asks for."""
    from app import audit, store_keys
    from app.cli.signin import sign_in

    store = open_store_for(args)
    admin = sign_in(store, args, admin=True)
    with store.transaction() as session:
        line = store_keys.export_store_secrets(session).export()
        audit.record(session, "store.keys_exported", session.merge(admin))
    print(line)
    print("（此行等同于门店密钥：只在要加入的收银台上输入，不要保存或发送。）", file=sys.stderr)
    return 0


def cmd_store_migrate_to(args: argparse.Namespace) -> int:
    """An admin's PIN on this PC's store; then every row to the server, proved by the chain."""
    from app import joining
    from app.cli.signin import sign_in
    from app.db import open_store
    from app.messages import tr
    from app.migrate_store import migrate_to

    source = open_store_for(args)
    try:
        url = joining.check_join_url(args.url)
        sign_in(source, args, admin=True)
        password = _secret_line("服务器密码: ")
        from sqlalchemy.engine import make_url

        with_password = make_url(url).set(password=password).render_as_string(hide_password=False)
        target = open_store(with_password if password else url, migrate=False)
        try:
            moved = migrate_to(source, target)
        finally:
            target.dispose()
        joining.keep_password(url, password)
        joining.remember(url)
    except DomainError as exc:
        return fail(tr(exc.key, lang(), **exc.params))
    print(
        f"已迁到 {url}：{sum(moved.rows.values())} 行（其中审计事件 {moved.events} 条，"
        f"{moved.chains} 条审计链与本机逐条一致），证据文件 {moved.files} 个。"
        "本机以后打开共享服务器；原数据库文件未改动。"
    )
    return 0
