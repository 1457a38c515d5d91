"""This PC and its data: the counter's own terminal binding, the audit chain, backup and restore."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.cli.common import fail, lang, open_store_for
from app.cli.signin import add_user_option
from app.errors import DomainError


def register(sub: Any, open_store_fn: Any) -> None:
    audit_p = sub.add_parser("audit", help="审计").add_subparsers(
        dest="audit_command", required=True
    )
    audit_p.add_parser("verify", help="核对审计链（与本机外部检查点比对）").set_defaults(
        func=cmd_audit_verify
    )
    p = audit_p.add_parser("check-code", help="核对交接单上的审计检查码")
    p.add_argument("code", nargs="?", help="二维码内容（GDCP1|…）")
    p.add_argument("--counter", help="交接单上的收银台标识（8 位）")
    p.add_argument("--seq", type=int, help="交接单上的事件序号")
    p.add_argument("--digits", help="交接单上的 16 位校验码")
    p.set_defaults(func=cmd_audit_check_code)

    p = sub.add_parser(
        "counter", help="本收银台的终端：终端号和端口（保存在本机，不在共享数据库中）"
    )
    p.add_argument("--terminal-no", help="本收银台终端的终端号（8 位）")
    p.add_argument("--port", help="本收银台终端的端口，如 COM3、/dev/ttyUSB0、simulator")
    p.add_argument(
        "--protocol", help="终端协议（驱动名，见 guadan terminal drivers；空 = POS Integrado）"
    )
    p.add_argument("--baud", type=int, help="波特率（0 = 协议的常用值）")
    p.add_argument(
        "--line",
        metavar="8N1",
        help="数据位、校验、停止位，如 7E1（RS-232 Concert）、8N1；空 = 常用值",
    )
    p.set_defaults(func=cmd_counter)

    p = sub.add_parser("migrate", help="升级数据库结构并设置共享库的权限（共享库须用所有者账号）")
    p.set_defaults(func=cmd_migrate)

    p = sub.add_parser("backup", help="备份本机数据库")
    p.set_defaults(func=cmd_backup)
    p = sub.add_parser("restore", help="从备份恢复本机数据库（管理员）")
    p.add_argument("backup")
    add_user_option(p, help_text="管理员用户名（PIN 在提示时输入或从标准输入读取）")
    p.add_argument(
        "--accept-gap",
        action="store_true",
        help="备份比最后的审计检查点旧时，确认丢弃其后的事件（先不加此项运行，查看缺口）",
    )
    p.set_defaults(func=cmd_restore)


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from app.audit import verify_store
    from app.cli.common import lang

    report = verify_store(open_store_for(args))
    if report.ok:
        print(report.message(lang()))
        return 0
    print(report.message(lang()), file=sys.stderr)
    for problem in report.problems[1:]:
        print(
            f"  {problem.reason} · {problem.counter_id[:8] or '-'} · {problem.seq}", file=sys.stderr
        )
    return 3


def cmd_audit_check_code(args: argparse.Namespace) -> int:
    """A printed handover slip read back: does the chain still hold the event it names?"""
    from app.audit import anchor

    if args.code:
        counter, seq, digits = anchor.parse_qr(args.code)
    elif args.counter and args.seq and args.digits:
        counter, seq, digits = args.counter.strip(), args.seq, args.digits
    else:
        return fail("请给出二维码内容，或 --counter、--seq 和 --digits。")
    with open_store_for(args).transaction() as session:
        ok = anchor.check_printed_code(session, counter, seq, digits)
    if ok:
        print(f"检查码相符：收银台 {counter[:8]} 第 {seq} 条事件仍在审计链中，未被改写。")
        return 0
    print(
        f"检查码不符：收银台 {counter[:8]} 第 {seq} 条事件已被改写（或检查码抄错）。请通知管理员。",
        file=sys.stderr,
    )
    return 3


def cmd_migrate(args: argparse.Namespace) -> int:
    """The owner's command on a shared server: migrations, then the counters' grants."""
    from app.db import current_revision, open_store
    from app.server_roles import APP_ROLE, grant_app_role

    store = open_store(args.db, training=args.training, migrate=True)
    with store.engine.begin() as conn:
        granted = grant_app_role(conn)
    print(f"数据库结构：{current_revision(store.engine)}（最新）。")
    if store.is_shared_server:
        print(
            f"已为角色 {APP_ROLE} 设置权限：审计表只能追加和读取。"
            if granted
            else f"服务器上没有角色 {APP_ROLE}：收银台账号与所有者相同，审计表未受服务器保护（见 README）。"
        )
    return 0


def cmd_counter(args: argparse.Namespace) -> int:
    from app.counter import BindingChange, change_binding, describe_binding

    try:
        binding = change_binding(
            BindingChange(
                terminal_no=args.terminal_no,
                port=args.port,
                protocol=getattr(args, "protocol", None),
                baudrate=getattr(args, "baud", None),
                line=getattr(args, "line", None),
            )
        )
    except DomainError as exc:
        from app.messages import tr

        return fail(tr(exc.key, lang(), **exc.params))
    print(describe_binding(binding))
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from app.db import backup_sqlite, resolve_url, sqlite_file

    db_file = sqlite_file(resolve_url(args.db, training=args.training))
    if db_file is None or not db_file.exists():
        return fail("只有本机 SQLite 数据库可以这样备份。")
    print(backup_sqlite(db_file, "manual"))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from app.cli.signin import sign_in_pin
    from app.restore import restore_backup

    store = open_store_for(args)
    report = restore_backup(
        store, Path(args.backup), args.user, sign_in_pin(args), accept_gap=args.accept_gap
    )
    print(f"已从 {report.backup} 恢复；恢复前的数据库已另行备份。已记录恢复事件和审计检查点。")
    if report.gaps:
        lines = "; ".join(g.line() for g in report.gaps)
        print(f"已按确认丢弃检查点之后的事件：{lines}。请核对终端流水（guadan terminal journal）。")
    if report.evidence_restored:
        print(f"已从备份放回 {report.evidence_restored} 个证据文件。")
    if report.reconciled:
        unknown = sum(1 for r in report.reconciled if r.moved is None)
        print(
            f"已向终端/支付渠道核对恢复后未了结的撤销/退款 {len(report.reconciled)} 笔"
            + (
                f"，其中 {unknown} 笔仍未知，案件保持锁定（guadan qr reconcile 或在窗口中核对终端）。"
                if unknown
                else "。"
            )
        )
    return 0
