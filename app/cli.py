"""`guadan`: with no command it opens the window; commands for the counter's back office."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from app import __version__
from app.errors import DomainError

log = logging.getLogger("guadan.cli")


def _lang() -> str:
    return os.environ.get("GUADAN_LANG", "zh_CN")


def _fail(message: str, code: int = 1) -> int:
    print(f"错误: {message}" if _lang().startswith("zh") else f"error: {message}", file=sys.stderr)
    return code


def _store(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from app.db import open_store

    return open_store(
        args.db, training=getattr(args, "training", False), demo=getattr(args, "demo", False)
    )


def cmd_demo_data(args: argparse.Namespace) -> int:
    from app.demo import DEMO_USERS, create_demo

    store = _store(args)
    if create_demo(store, orders=args.orders) is None:
        return _fail("数据库已有数据，演示数据只能写入空数据库（可用 --db 指定新文件）。")
    print(f"演示数据已写入 {store.url}: {args.orders} 笔挂单。")
    for name, (role, pin) in DEMO_USERS.items():
        print(f"  {name}  {role}  PIN {pin}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from app.importer import import_file
    from app.messages import tr
    from app.settings import load_settings

    store = _store(args)
    with store.transaction() as session:
        settings = load_settings(session)
        report = import_file(session, Path(args.file), None, zone=settings.timezone)
        if not report.ok:
            session.rollback()
    lang = _lang()
    if report.ok:
        print(
            f"已导入 {report.imported} 笔挂单。"
            if lang.startswith("zh")
            else f"Imported {report.imported} orders."
        )
        return 0
    print(
        (
            "文件有误，未导入任何数据："
            if lang.startswith("zh")
            else "The file has errors; nothing was imported:"
        ),
        file=sys.stderr,
    )
    for problem in report.problems:
        where = f"第 {problem.row} 行" if lang.startswith("zh") else f"row {problem.row}"
        print(
            f"  {where}  [{problem.column}]  {tr(problem.key, lang, **problem.params)}",
            file=sys.stderr,
        )
    return 2


def cmd_orders_list(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from app.clock import format_local
    from app.messages import label
    from app.models import OrderStatus, SuspendedOrder
    from app.money import format_fen

    store = _store(args)
    query = select(SuspendedOrder).order_by(SuspendedOrder.occurred_at.desc()).limit(args.limit)
    if args.status:
        try:
            statuses = [OrderStatus(s.strip().upper()) for s in args.status.split(",")]
        except ValueError:
            return _fail("状态取值: " + ", ".join(s.value for s in OrderStatus))
        query = query.where(SuspendedOrder.status.in_(statuses))
    lang = _lang()
    with store.transaction() as session:
        for order in session.execute(query).scalars():
            print(
                f"{format_local(order.occurred_at)}  {order.order_no:<18} {format_fen(order.amount_fen):>14}  "
                f"{label('funding', order.funding.value, lang):<4} {order.card_masked or '-':<17} "
                f"{label('status', order.status.value, lang)}"
            )
    return 0


def cmd_orders_add(args: argparse.Namespace) -> int:
    from app.importer import add_order
    from app.users import authenticate

    fields = {}
    for pair in args.fields:
        key, sep, value = pair.partition("=")
        if not sep:
            return _fail(f"字段须写成 名称=值：{key[:20]}")
        fields[key.strip()] = value
    store = _store(args)
    with store.transaction() as session:
        actor = authenticate(session, args.user, args.pin)
    with store.transaction() as session:
        actor = session.merge(actor)
        order = add_order(session, fields, actor)
        print(f"已新建挂单 {order.order_no}（卡号 {order.card_masked or '-'}）")
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from app.audit import verify_chain

    store = _store(args)
    with store.transaction() as session:
        report = verify_chain(session)
    if report.ok:
        print(f"审计链完整：已核对 {report.checked} 条事件。")
        return 0
    reasons = {
        "gap": "有事件被删除",
        "link": "链接断开（事件被删除或顺序被改动）",
        "content": "事件内容被修改",
        "truncated": "末尾事件被删除",
    }
    print(
        f"审计链被破坏：第一个断点在第 {report.broken_seq} 条事件（{reasons.get(report.reason, report.reason)}），"
        f"之前 {report.checked} 条完好。",
        file=sys.stderr,
    )
    return 3


def cmd_counter(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from app.counter import load_binding, save_binding
    from app.validation import check_terminal_no

    binding = load_binding()
    if args.terminal_no is not None:
        binding = replace(
            binding, terminal_no=check_terminal_no(args.terminal_no) if args.terminal_no else ""
        )
    if args.port is not None:
        binding = replace(binding, port=args.port.strip())
    if args.terminal_no is not None or args.port is not None:
        save_binding(binding)
    print(
        f"本收银台：终端号 {binding.terminal_no or '（本店第一台）'}，端口 {binding.port or '（使用门店设置）'}"
    )
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from app.db import backup_sqlite, resolve_url, sqlite_file

    db_file = sqlite_file(resolve_url(args.db, training=args.training))
    if db_file is None or not db_file.exists():
        return _fail("只有本机 SQLite 数据库可以这样备份。")
    print(backup_sqlite(db_file, "manual"))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from app.db import resolve_url, restore_sqlite, sqlite_file

    db_file = sqlite_file(resolve_url(args.db, training=args.training))
    backup = Path(args.backup)
    if db_file is None:
        return _fail("只有本机 SQLite 数据库可以这样恢复。")
    if not backup.exists():
        return _fail(f"找不到备份文件 {backup}")
    restore_sqlite(backup, db_file)
    print(f"已从 {backup} 恢复；恢复前的数据库已另行备份。")
    return 0


def _no_gui(args: argparse.Namespace) -> int:
    print("界面未安装：请用 `guadan`（ui.launcher）启动，或使用命令行子命令（guadan --help）。")
    return 0


CommandHook = Callable[[Any, Callable[[], Any]], None]


def build_parser(
    hooks: Sequence[CommandHook] = (), gui: Callable[[argparse.Namespace], int] | None = None
) -> argparse.ArgumentParser:
    """The core's commands; `hooks` add the command groups of the layers above (printing),
    `gui` is what runs with no command (the window, given by ui.launcher)."""
    parser = argparse.ArgumentParser(
        prog="guadan", description="挂单撤销 — suspended-order cancellation"
    )
    parser.add_argument("--version", action="version", version=f"guadan {__version__}")
    parser.add_argument(
        "--db", help="数据库：SQLite 文件路径或 postgresql://… URL（也可用 GUADAN_DB）"
    )
    parser.add_argument(
        "--training", action="store_true", help="培训模式：独立的练习数据库和模拟终端"
    )
    parser.add_argument(
        "--demo", action="store_true", help="演示门店：独立的演示数据库，首次运行时写入演示数据"
    )
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="界面语言")
    parser.set_defaults(func=gui or _no_gui)
    sub = parser.add_subparsers(dest="command")

    p = sub.add_parser("demo-data", help="写入演示门店数据")
    p.add_argument("--orders", type=int, default=200)
    p.set_defaults(func=cmd_demo_data)

    p = sub.add_parser("import", help="导入挂单文件（CSV/JSON）")
    p.add_argument("file")
    p.set_defaults(func=cmd_import)

    orders = sub.add_parser("orders", help="挂单").add_subparsers(
        dest="orders_command", required=True
    )
    p = orders.add_parser("list", help="列出挂单")
    p.add_argument("--status", help="如 OPEN,PENDING_APPROVAL")
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(func=cmd_orders_list)
    p = orders.add_parser("add", help="手工录入一笔挂单：字段=值 …")
    p.add_argument("--user", required=True)
    p.add_argument("--pin", required=True)
    p.add_argument("fields", nargs="+", metavar="字段=值")
    p.set_defaults(func=cmd_orders_add)

    audit_p = sub.add_parser("audit", help="审计").add_subparsers(
        dest="audit_command", required=True
    )
    audit_p.add_parser("verify", help="核对审计链").set_defaults(func=cmd_audit_verify)

    p = sub.add_parser(
        "counter", help="本收银台的终端：终端号和端口（保存在本机，不在共享数据库中）"
    )
    p.add_argument("--terminal-no", help="本收银台终端的终端号（8 位）")
    p.add_argument("--port", help="本收银台终端的端口，如 COM3、/dev/ttyUSB0、simulator")
    p.set_defaults(func=cmd_counter)

    p = sub.add_parser("backup", help="备份本机数据库")
    p.set_defaults(func=cmd_backup)
    p = sub.add_parser("restore", help="从备份恢复本机数据库")
    p.add_argument("backup")
    p.set_defaults(func=cmd_restore)

    def open_from_argv() -> Any:
        return _store(_parsed[0])

    _add_terminal_commands(sub)
    for hook in hooks:
        hook(sub, open_from_argv)
    return parser


# The parsed arguments, for hooks that open the store the user chose with --db / --training.
_parsed: list[argparse.Namespace] = [argparse.Namespace(db=None, training=False)]


def _add_terminal_commands(sub: Any) -> None:
    from app.terminal.cli import add_terminal_commands

    commands = add_terminal_commands(sub)
    p = commands.add_parser(
        "reconcile", help="为终端有记录而收银无单的交易建挂单 (TERMINAL_NO_RECORD)"
    )
    p.add_argument("--port", help="终端端口（默认：设置中的端口）")
    p.set_defaults(func=cmd_terminal_reconcile)
    # Closing the batch is also a fact about the store's orders: they become settled.
    commands.choices["close-batch"].set_defaults(func=cmd_terminal_close_batch)


def _driver_for(args: argparse.Namespace, store: Any) -> Any:
    from app.settings import load_settings
    from app.terminals import configured_driver

    with store.transaction() as session:
        settings = load_settings(session)
    if getattr(args, "port", None):
        settings.terminal_port = args.port
    return configured_driver(store, settings)


def cmd_terminal_reconcile(args: argparse.Namespace) -> int:
    from app.terminals import reconcile_with_terminal

    store = _store(args)
    driver = _driver_for(args, store)
    try:
        count, created = reconcile_with_terminal(store, driver)
    finally:
        driver.close()
    for order_no in created:
        print(f"新挂单 {order_no}")
    print(f"终端流水 {count} 笔，新建挂单 {len(created)} 笔。")
    return 0


def cmd_terminal_close_batch(args: argparse.Namespace) -> int:
    from app.terminals import close_terminal_batch

    store = _store(args)
    driver = _driver_for(args, store)
    try:
        count = close_terminal_batch(store, driver)
    finally:
        driver.close()
    print(f"终端已结算；{count} 笔挂单标记为已清算（此后只能退货）。")
    return 0


def main(
    argv: Sequence[str] | None = None,
    hooks: Sequence[CommandHook] = (),
    gui: Callable[[argparse.Namespace], int] | None = None,
) -> int:
    from app.logs import setup_logging

    setup_logging()
    parser = build_parser(hooks, gui)
    args = parser.parse_args(argv)
    _parsed[0] = args
    try:
        return int(args.func(args) or 0)
    except DomainError as exc:
        return _fail(exc.message(_lang()))
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # one clear line for the user; the traceback goes to the log
        log.exception("command failed")
        from app.cards import redact_pans

        return _fail(redact_pans(f"{type(exc).__name__}: {exc}"))


if __name__ == "__main__":
    sys.exit(main())
