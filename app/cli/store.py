"""This PC and its data: the counter's own terminal binding, the audit chain, backup and restore."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.cli.common import fail, open_store_for


def register(sub: Any, open_store_fn: Any) -> None:
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


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from app.audit import verify_chain

    store = open_store_for(args)
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
        return fail("只有本机 SQLite 数据库可以这样备份。")
    print(backup_sqlite(db_file, "manual"))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from app.db import resolve_url, restore_sqlite, sqlite_file

    db_file = sqlite_file(resolve_url(args.db, training=args.training))
    backup = Path(args.backup)
    if db_file is None:
        return fail("只有本机 SQLite 数据库可以这样恢复。")
    if not backup.exists():
        return fail(f"找不到备份文件 {backup}")
    restore_sqlite(backup, db_file)
    print(f"已从 {backup} 恢复；恢复前的数据库已另行备份。")
    return 0
