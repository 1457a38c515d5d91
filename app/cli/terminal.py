"""The terminal from the command line: the simulator, a few direct commands, and the two that
also change the store (reconcile the journal, close the batch)."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Callable
from typing import Any

from app.cli.common import open_store_for
from app.cli.signin import add_user_option, sign_in
from app.payments.card.base import TerminalDriver, TerminalError
from app.payments.card.codes import message
from app.payments.card.integrado.simulator import (
    ALWAYS,
    Misbehaviour,
    SimulatedTerminal,
    SimulatorServer,
    open_pty,
    serve_tcp,
)


def register(subparsers: Any, open_store_fn: Any) -> None:
    """`terminal-sim`, and `terminal ping|journal|last|close-batch|reconcile`."""
    sim = subparsers.add_parser(
        "terminal-sim",
        help="运行模拟的刷卡终端（POS Integrado 或 Concert；TCP 和/或 pty）",
        description="运行模拟终端，直到按 Ctrl+C 停止。收银台用 --port socket://HOST:PORT "
        "或打印出的 pty 路径连接。",
    )
    sim.add_argument(
        "--protocol", choices=("integrado", "concert"), default="integrado",
        help="模拟哪种终端协议：integrado（POS Integrado，默认）或 concert（Ingenico Telium）",
    )  # fmt: skip
    sim.add_argument(
        "--listen", default="127.0.0.1:9999", metavar="HOST:PORT", help="监听的地址和端口"
    )
    sim.add_argument("--no-listen", action="store_true", help="不在 TCP 上提供服务")
    sim.add_argument("--pty", action="store_true", help="同时在新的 pty 上提供服务（Linux）")
    sim.add_argument("--journal", metavar="FILE", help="持久化的 JSON 流水文件（重启后保留）")
    sim.add_argument(
        "--seed-sales", type=int, default=0, metavar="N", help="流水为空时先生成 N 笔消费"
    )
    sim.add_argument(
        "--extended", action="store_true",
        help="在流水应答里附加模拟器私有字段（撤销状态）；真实终端不发送，默认关闭",
    )  # fmt: skip
    once = (
        "N 或指令码 CODE 或 CODE:N（如 1200 只针对撤销指令；Concert 用交易类型 TYPE:N，"
        "如 2:1 只针对第一笔撤销，1:1 只针对第一笔退货）"
    )
    sim.add_argument(
        "--nak-once", type=_switch, nargs="?", const="1", default=None, metavar="CODE",
        help="对第一条（或指定指令码的第一条）指令回 NAK",
    )  # fmt: skip
    sim.add_argument("--nak-always", action="store_true", help="对每条指令都回 NAK")
    sim.add_argument(
        "--ignore-once", type=_switch, nargs="?", const="1", default=None, metavar="CODE",
        help="第一条（或指定指令码的第一条）指令不回 ACK",
    )  # fmt: skip
    sim.add_argument(
        "--lose-ack", type=_switch, nargs="?", const="1", default=None, metavar="N|CODE",
        help=f"执行指令但其 ACK 在线路上丢失（{once}）",
    )  # fmt: skip
    sim.add_argument(
        "--bad-lrc", type=_switch, nargs="?", const="1", default=None, metavar="N|CODE",
        help=f"把应答帧的 LRC 弄错（{once}）",
    )  # fmt: skip
    sim.add_argument(
        "--truncate", type=_switch, nargs="?", const="1", default=None, metavar="N|CODE",
        help=f"应答帧发到一半中断，字节间超时（{once}）",
    )  # fmt: skip
    sim.add_argument("--silent", action="store_true", help="从不回 ACK，也不应答")
    sim.add_argument("--slow-ms", type=int, default=0, metavar="MS", help="每个应答延迟若干毫秒")
    sim.add_argument(
        "--decline", default="", metavar="CODE",
        help="以该应答码拒绝消费和撤销（Concert：状态 7 拒绝，9 无有效结果）",
    )  # fmt: skip
    sim.add_argument(
        "--drop-answer", type=_switch, nargs="?", const="1", default=None, metavar="N|CODE",
        help=f"完成扣款/撤销后不发应答（{once}）",
    )  # fmt: skip
    sim.set_defaults(func=run_simulator)

    term = subparsers.add_parser("terminal", help="直接与刷卡终端通讯")
    commands = term.add_subparsers(dest="terminal_command", required=True)
    actions: dict[str, tuple[str, Callable[[TerminalDriver, str], int]]] = {
        "ping": ("检查终端是否应答", _ping),
        "journal": ("列出终端当前批次的交易", _journal),
        "last": ("显示终端最后一笔交易", _last),
        "close-batch": ("终端结算（关闭批次），并把本店挂单标记为已清算", _close_batch),
    }
    for name, (help_text, action) in actions.items():
        cmd = commands.add_parser(name, help=help_text)
        cmd.add_argument(
            "--port", default="simulator", help="pyserial 端口 URL，或 simulator（模拟终端）"
        )
        cmd.add_argument("--journal", metavar="FILE", help="内置模拟终端的流水文件")
        cmd.add_argument(
            "--protocol",
            default="",
            help="终端协议（驱动名，见 guadan terminal drivers；默认 integrado）",
        )
        cmd.add_argument("--lang", default="zh_CN", help="zh_CN 或 en")
        cmd.set_defaults(func=_driver_command(action))
    listing = commands.add_parser("drivers", help="列出已安装的终端驱动（协议）及其线路设置和能力")
    listing.add_argument("--lang", default="zh_CN", help="zh_CN 或 en")
    listing.set_defaults(func=cmd_terminal_drivers)
    p = commands.add_parser(
        "reconcile", help="为终端有记录而收银无单的交易建挂单 (TERMINAL_NO_RECORD)"
    )
    p.add_argument("--port", help="终端端口（默认：设置中的端口）")
    add_user_option(p)
    p.set_defaults(func=cmd_terminal_reconcile)
    p = commands.add_parser(
        "add", help="登记本店的另一台终端（管理员）：导入时只接受已登记终端的挂单"
    )
    p.add_argument("terminal_no", help="终端号（8 位）")
    p.add_argument("--counter", default="", help="所在收银台的名称，如 2号收银台")
    add_user_option(p)
    p.set_defaults(func=cmd_terminal_add)
    # Closing the batch is also a fact about the store's orders: they become settled (by whom).
    add_user_option(commands.choices["close-batch"])
    commands.choices["close-batch"].set_defaults(func=cmd_terminal_close_batch)


CONCERT_TYPES = "0124"  # Concert's request types: debit, credit (refund), cancellation, pre-auth


def _switch(value: str) -> tuple[int, str]:
    """A misbehaviour switch's argument: a count N, a command code CODE (4 digits: once, on
    that command only, e.g. 1200 the void), or CODE:N — for Concert a request type TYPE:N
    (2:1 the first cancellation)."""
    code, sep, count = value.rpartition(":")
    if not sep:
        code, count = (value, "1") if len(value) == 4 else ("", value)
    valid_code = (len(code) == 4 and code.isdigit()) or (len(code) == 1 and code in CONCERT_TYPES)
    if not count.isdigit() or (code and not valid_code):
        raise argparse.ArgumentTypeError(f"{value!r}: N, CODE (4 digits), CODE:N or TYPE:N")
    return int(count), code


def misbehaviour_from_args(args: argparse.Namespace) -> Misbehaviour:
    targets: dict[str, str] = {}

    def count(name: str, value: tuple[int, str] | None) -> int:
        if value is None:
            return 0
        if value[1]:
            targets[name] = value[1]
        return value[0]

    mis = Misbehaviour(
        nak=ALWAYS if args.nak_always else count("nak", args.nak_once),
        ignore=ALWAYS if args.silent else count("ignore", args.ignore_once),
        lose_ack=count("lose_ack", args.lose_ack),
        bad_lrc=count("bad_lrc", args.bad_lrc),
        truncate=count("truncate", args.truncate),
        drop_answer=count("drop_answer", args.drop_answer),
        slow_ms=args.slow_ms,
        decline=args.decline,
    )
    mis.targets = targets
    return mis


def simulated_terminal(args: argparse.Namespace) -> SimulatedTerminal:
    """The terminal `terminal-sim` serves: its journal, seeded sales (past history, which a
    decline switch for this session does not refuse) and its misbehaviour."""
    terminal = SimulatedTerminal(
        args.journal, misbehaviour=misbehaviour_from_args(args), extended=args.extended
    )
    if args.seed_sales and not terminal.movements:
        terminal.seed_sales(args.seed_sales)
    return terminal


def concert_terminal(args: argparse.Namespace) -> Any:
    """The Concert terminal `terminal-sim --protocol concert` serves: its journal, seeded debits
    (past history) and its misbehaviour (switches aimed at a request type)."""
    from app.payments.card.concert.simulator import ConcertTerminal

    terminal = ConcertTerminal(args.journal, misbehaviour=misbehaviour_from_args(args))
    if args.seed_sales and not terminal.movements:
        terminal.seed_sales([12_800 + 100 * i for i in range(args.seed_sales)])
    return terminal


def run_simulator(args: argparse.Namespace) -> int:
    if args.protocol == "concert":
        from app.payments.card.concert import simulator as concert

        terminal: Any = concert_terminal(args)
        tcp: Callable[..., SimulatorServer] = concert.serve_tcp
        pty: Callable[..., SimulatorServer] = concert.open_pty
    else:
        terminal = simulated_terminal(args)
        tcp, pty = serve_tcp, open_pty
    servers: list[SimulatorServer] = []
    try:
        if not args.no_listen:
            host, _, port = args.listen.rpartition(":")
            servers.append(tcp(terminal, host or "127.0.0.1", int(port)))
        if args.pty:
            servers.append(pty(terminal))
    except OSError as exc:
        print(f"terminal-sim: {exc}", file=sys.stderr)
        return 2
    for server in servers:
        print(f"terminal-sim: serving on {server.url}", flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        stop.wait()
    except KeyboardInterrupt:
        pass
    finally:
        for server in servers:
            server.close()
    return 0


def _driver_command(
    action: Callable[[TerminalDriver, str], int],
) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        from app.payments.card.ports import open_driver

        try:
            driver = open_driver(args.port, protocol=args.protocol, journal=args.journal)
        except TerminalError as exc:
            print(message(exc.key, args.lang, **exc.params), file=sys.stderr)
            return 1
        try:
            return action(driver, args.lang)
        except TerminalError as exc:
            print(message(exc.key, args.lang, **exc.params), file=sys.stderr)
            return 1
        finally:
            driver.close()

    return run


def cmd_terminal_drivers(args: argparse.Namespace) -> int:
    from app.payments.card import drivers

    for spec in drivers.installed().values():
        lines = [str(spec.link)] + [f"{name} {link}" for name, link in spec.other_links]
        caps = ", ".join(sorted(cap.value for cap in spec.capabilities))
        print(f"{spec.name:<12} {spec.label(args.lang)}  [{'; '.join(lines)}]  {caps}")
    for bad in drivers.broken():
        print(f"{bad.name:<12} 无法加载 / not loaded: {bad.target}: {bad.error}", file=sys.stderr)
    return 0


def _ping(driver: TerminalDriver, lang: str) -> int:
    if driver.ping():
        print(f"{driver.name}: OK")
        return 0
    print(message("terminal.link.no_ack", lang), file=sys.stderr)
    return 1


def _show(tx: Any) -> str:
    kind = "VOID" if tx.function_code == "1200" else "SALE"
    extra = " voided" if tx.voided else ""
    if tx.linked_operation_no:
        extra += f" (op {tx.linked_operation_no})"
    return (
        f"{kind:4} op {tx.operation_no:>6}  ticket {tx.ticket:<8} auth {tx.auth_code:<6} "
        f"{tx.amount_fen / 100:>12,.2f}  {tx.card_type} {tx.card_brand} ****{tx.card_last4} "
        f"{tx.real_date} {tx.real_time}{extra}"
    )


def _journal(driver: TerminalDriver, lang: str) -> int:
    for tx in driver.sales_journal():
        print(_show(tx))
    return 0


def _last(driver: TerminalDriver, lang: str) -> int:
    print(_show(driver.last_transaction()))
    return 0


def _close_batch(driver: TerminalDriver, lang: str) -> int:
    result = driver.close_batch()
    print(f"{result.terminal_id}: {message('terminal.rc.' + result.response_code, lang)}")
    return 0


def _driver_for(args: argparse.Namespace, store: Any) -> Any:
    from app.payments.card.store_terminal import configured_driver
    from app.settings import load_settings

    with store.transaction() as session:
        settings = load_settings(session)
    if getattr(args, "port", None):
        settings.terminal_port = args.port
    return configured_driver(store, settings)


def cmd_terminal_reconcile(args: argparse.Namespace) -> int:
    from app.payments.card.store_terminal import reconcile_with_terminal

    store = open_store_for(args)
    actor = sign_in(store, args)
    driver = _driver_for(args, store)
    try:
        count, created = reconcile_with_terminal(store, driver, actor.id)
    finally:
        driver.close()
    for order_no in created:
        print(f"新挂单 {order_no}")
    print(f"终端流水 {count} 笔，新建挂单 {len(created)} 笔。")
    return 0


def cmd_terminal_add(args: argparse.Namespace) -> int:
    from app.setup import add_terminal

    store = open_store_for(args)
    actor = sign_in(store, args)
    with store.transaction() as session:
        terminal = add_terminal(session, args.terminal_no, actor, counter=args.counter)
        number = terminal.terminal_no
    print(f"已登记终端 {number}。")
    return 0


def cmd_terminal_close_batch(args: argparse.Namespace) -> int:
    from app.payments.card.store_terminal import close_terminal_batch

    store = open_store_for(args)
    actor = sign_in(store, args)
    driver = _driver_for(args, store)
    try:
        count = close_terminal_batch(store, driver, actor.id)
    finally:
        driver.close()
    print(f"终端已结算；{count} 笔挂单标记为已清算（此后只能退货）。")
    return 0
