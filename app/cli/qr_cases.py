"""`guadan qr query ORDER_NO` and `guadan qr reconcile`: a QR order as its provider sees it, and
this counter's QR intents that wait for their provider, settled by asking it.

Both only read the provider's records; `reconcile --user NAME` (the PIN at the prompt or on
standard input, never in argv) may also re-send a request the
provider's query proves it never received, under the intent's own key (never a new one).
Exit codes: 0 done, 1 error, 3 some intent is still unknown (ask again later), 4 the
provider's record differs from the till's (escalate).
"""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.common import fail, lang, open_store_for

STILL_UNKNOWN = 3
MISMATCH = 4


def register(commands: Any) -> None:
    p = commands.add_parser(
        "reconcile",
        help="向渠道核对本机未了结的扫码撤销/退款（只查询；带 --user/--pin 时可用原单号重发）",
    )
    from app.cli.common import _NoPinArgument

    p.add_argument(
        "--user", help="重发以谁的名义记录（收银员及以上；PIN 在提示时输入或从标准输入读取）"
    )
    p.add_argument("--pin", action=_NoPinArgument, help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_reconcile)


def _provider_name(order: Any) -> str:
    from app.payments.qr.routing import PROVIDERS

    name = PROVIDERS.get(order.channel)
    return name.value if name is not None else ""


def query_order(args: argparse.Namespace, provider_for: Any) -> int:
    """查单 for a suspended order by its 单号: the trade, the till's view, each refund's state."""
    from sqlalchemy import select

    from app.messages import label, tr
    from app.models import CancellationCase, Route, SuspendedOrder, TerminalIntent
    from app.money import format_fen
    from app.payments.qr.base import QrError
    from app.payments.qr.codes import describe

    store = open_store_for(args)
    with store.transaction() as session:
        orders = list(
            session.scalars(select(SuspendedOrder).where(SuspendedOrder.order_no == args.order_no))
        )
        if not orders:
            return fail(f"没有单号为 {args.order_no} 的挂单。")
        if len(orders) > 1:
            return fail(
                f"单号 {args.order_no} 有 {len(orders)} 笔（不同商户）：请用 --out-trade-no。"
            )
        order = orders[0]
        name = _provider_name(order)
        if not name:
            return fail(f"挂单 {order.order_no} 不是支付宝/微信支付订单（{order.channel.value}）。")
        if not order.out_trade_no:
            return fail(f"挂单 {order.order_no} 没有商户订单号 out_trade_no，无法查单。")
        till = (order.amount_fen, order.refunded_fen, order.status.value, order.out_trade_no)
        intents = session.scalars(
            select(TerminalIntent)
            .join(CancellationCase, CancellationCase.id == TerminalIntent.case_id)
            .where(
                CancellationCase.order_id == order.id,
                TerminalIntent.command == Route.REFUND,
                TerminalIntent.manual.is_(False),
                TerminalIntent.idempotency_key != "",
            )
            .order_by(TerminalIntent.created_at)
        )
        refunds = [(i.idempotency_key, i.amount_fen, i.state.value) for i in intents]
    amount_fen, refunded_fen, status, out_trade_no = till
    provider = provider_for(args, name)
    try:
        answer = provider.query(out_trade_no)
    except QrError as exc:
        return fail(describe(exc, name, lang()))
    theirs = format_fen(answer.amount_fen) if answer.amount_fen is not None else "-"
    print(
        f"{args.order_no}  {out_trade_no}  {tr(f'qr.state.{answer.state.value}', lang())} "
        f"({answer.provider_state})  {theirs}  {answer.trade_no or '-'}"
    )
    print(
        f"  收银记录: 金额 {format_fen(amount_fen)}  已退 {format_fen(refunded_fen)}  "
        f"可退 {format_fen(max(amount_fen - refunded_fen, 0))}  {label('status', status, lang())}"
    )
    code = 0
    for key, fen, state in refunds:
        try:
            refund = provider.refund_query(out_trade_no, key)
            said = f"{tr(f'qr.refund.{refund.state.value}', lang())} ({refund.state.value})"
        except QrError as exc:
            said = describe(exc, name, lang())
        print(f"  退款 {key}  {format_fen(fen)}  渠道: {said}  本机意图: {state}")
    if answer.amount_fen is not None and answer.amount_fen != amount_fen:
        print(f"  渠道金额 {theirs} 与收银记录 {format_fen(amount_fen)} 不符：请升级处理。")
        code = MISMATCH
    provider.close()
    return code


def cmd_reconcile(args: argparse.Namespace) -> int:
    from app.cli.signin import sign_in
    from app.counter import counter_id
    from app.messages import tr
    from app.payments.qr.recovery import open_qr_intents, reconcile_provider_intents
    from app.workflow import get_case

    store = open_store_for(args)
    actor_id = sign_in(store, args).id if args.user else None
    names = {p.intent_id: p.case_no for p in open_qr_intents(store, counter_id())}
    if not names:
        print("本机没有等待渠道答复的扫码撤销/退款。")
        return 0
    reports = reconcile_provider_intents(
        store, counter_id(), follow_up=actor_id is not None, actor_id=actor_id
    )
    unknown = 0
    for report in reports:
        with store.transaction() as session:
            provider = _provider_name(get_case(session, report.case_id).order)
        if report.moved is True:
            said = "钱已退回，已记录。"
        elif report.moved is False:
            said = "渠道确认钱未动：意图已关闭，可以重新执行。"
        else:
            unknown += 1
            said = "仍未知：" + tr(report.key, lang(), provider=provider or "other")
        print(f"{names.get(report.intent_id, report.case_id)}  {said}")
    return STILL_UNKNOWN if unknown else 0
