"""Orders in and out: demo data, import of a store POS export, listing, manual entry."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.cli.common import fail, open_store_for
from app.cli.common import lang as current_lang
from app.cli.signin import add_user_option, sign_in


def register(sub: Any, open_store_fn: Any) -> None:
    p = sub.add_parser("demo-data", help="写入演示门店数据")
    p.add_argument("--orders", type=int, default=200)
    p.set_defaults(func=cmd_demo_data)

    p = sub.add_parser("import", help="导入挂单文件（CSV/JSON）")
    p.add_argument("file")
    add_user_option(p)
    p.set_defaults(func=cmd_import)

    orders = sub.add_parser("orders", help="挂单").add_subparsers(
        dest="orders_command", required=True
    )
    p = orders.add_parser("list", help="列出挂单")
    p.add_argument("--status", help="如 OPEN,PENDING_APPROVAL")
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(func=cmd_orders_list)
    p = orders.add_parser("add", help="手工录入一笔挂单：字段=值 …")
    add_user_option(p)
    p.add_argument("fields", nargs="+", metavar="字段=值")
    p.set_defaults(func=cmd_orders_add)


def cmd_demo_data(args: argparse.Namespace) -> int:
    from app.demo import DEMO_USERS, create_demo

    store = open_store_for(args)
    if create_demo(store, orders=args.orders) is None:
        return fail("数据库已有数据，演示数据只能写入空数据库（可用 --db 指定新文件）。")
    print(f"演示数据已写入 {store.url}: {args.orders} 笔挂单。")
    from app.messages import label

    for name, (role, pin) in DEMO_USERS.items():
        print(f"  {name}  {label('role', role, current_lang())}  PIN {pin}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from app.importer import import_file
    from app.messages import tr
    from app.models import User
    from app.settings import load_settings

    store = open_store_for(args)
    actor_id = sign_in(store, args).id
    with store.transaction() as session:
        settings = load_settings(session)
        actor = session.get_one(User, actor_id)
        report = import_file(session, Path(args.file), actor, zone=settings.timezone)
        if not report.ok:
            session.rollback()
    lang = current_lang()
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

    store = open_store_for(args)
    query = select(SuspendedOrder).order_by(SuspendedOrder.occurred_at.desc()).limit(args.limit)
    if args.status:
        try:
            statuses = [OrderStatus(s.strip().upper()) for s in args.status.split(",")]
        except ValueError:
            return fail("状态取值: " + ", ".join(s.value for s in OrderStatus))
        query = query.where(SuspendedOrder.status.in_(statuses))
    lang = current_lang()
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

    fields = {}
    for pair in args.fields:
        key, sep, value = pair.partition("=")
        if not sep:
            return fail(f"字段须写成 名称=值：{key[:20]}")
        fields[key.strip()] = value
    store = open_store_for(args)
    actor = sign_in(store, args)
    with store.transaction() as session:
        actor = session.merge(actor)
        order = add_order(session, fields, actor)
        print(f"已新建挂单 {order.order_no}（卡号 {order.card_masked or '-'}）")
    return 0
