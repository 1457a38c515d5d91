"""QR providers from the command line: a simulator to point at, set-up, a signed test, 查单."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path
from typing import Any

from app.cli.common import fail, lang, open_store_for
from app.cli.signin import add_user_option

OPERATIONS = ("query", "cancel", "refund", "refund_query")
SWITCHES = {
    "timeout": "读到请求后不应答（N 次）",
    "http_500": "回 HTTP 500（N 次，请求未处理）",
    "busy": "支付宝 20000 / 微信 SYSTEM_ERROR（N 次，请求未处理）",
    "retry_flag": "支付宝撤销回 retry_flag=Y（N 次，未处理）",
    "bad_signature": "应答签名错误（N 次）",
    "lose_answer": "处理后（钱已动）不发应答（N 次）",
    "lying_reverse": "撤销回成功但什么都不做（N 次）",
    "refund_processing": "微信：新退款先处理中，查询 N 次后才成功",
}


def register(subparsers: Any, open_store_fn: Any) -> None:
    sim = subparsers.add_parser(
        "qr-sim",
        help="运行模拟的支付宝/微信支付网关（本机 HTTP）",
        description="在 127.0.0.1 上运行模拟的支付渠道，直到按 Ctrl+C 停止；并打印让门店连接它的 "
        "`guadan qr setup` 命令。",
    )
    sim.add_argument("--provider", choices=["alipay", "wechat"], required=True)
    sim.add_argument("--listen", default="127.0.0.1:8801", metavar="HOST:PORT")
    sim.add_argument(
        "--keys-dir", metavar="DIR", help="密钥目录（默认：数据目录下 qr-sim-<provider>）"
    )
    sim.add_argument("--journal", metavar="FILE", help="持久化的交易流水 JSON 文件")
    sim.add_argument("--merchant-id", default="", help="支付宝 app_id / 微信商户号")
    sim.add_argument("--appid", default="wxd678efh567hg6787", help="微信 AppID")
    sim.add_argument(
        "--seed", action="append", default=[], metavar="OUT_TRADE_NO:FEN[:STATE]",
        help="先写入一笔交易；STATE 为 PAID、NOT_PAID、PAYING、CLOSED、REVOKED、FINISHED",
    )  # fmt: skip
    sim.add_argument("--slow-ms", type=int, default=0, metavar="MS", help="每个应答延迟若干毫秒")
    for name, text in SWITCHES.items():
        sim.add_argument(
            "--" + name.replace("_", "-"), type=int, nargs="?", const=1, default=0, metavar="N",
            help=text + "；-1 表示每次",
        )  # fmt: skip
    sim.add_argument(
        "--only", default="", metavar="OPS", help="异常只作用于这些操作：" + ",".join(OPERATIONS)
    )
    sim.set_defaults(func=run_simulator)

    qr = subparsers.add_parser("qr", help="扫码支付（支付宝、微信支付）：设置、测试、查单")
    commands = qr.add_subparsers(dest="qr_command", required=True)
    p = commands.add_parser("setup", help="设置一个扫码支付渠道（管理员）")
    p.add_argument("--provider", choices=["alipay", "wechat"], required=True)
    p.add_argument("--merchant-id", required=True, help="支付宝 app_id / 微信商户号 mchid")
    p.add_argument("--appid", default="", help="微信：AppID")
    p.add_argument("--serial-no", default="", help="微信：商户 API 证书序列号")
    p.add_argument("--private-key", required=True, metavar="FILE", help="商户/应用私钥 PEM 文件")
    p.add_argument(
        "--provider-key", required=True, metavar="FILE", help="支付宝公钥 / 微信支付平台证书或公钥"
    )
    p.add_argument("--provider-key-id", default="", help="微信：微信支付公钥 ID（用证书时不填）")
    p.add_argument("--gateway", default="", help="网关地址（默认正式网关；可填沙箱或模拟器）")
    add_user_option(p)
    p.set_defaults(func=cmd_setup)
    p = commands.add_parser("show", help="显示扫码支付设置（公钥指纹、私钥所在位置）")
    p.set_defaults(func=cmd_show)
    p = commands.add_parser("test", help="签名查询一笔虚拟交易，校验应答签名")
    p.add_argument("--provider", choices=["alipay", "wechat"], required=True)
    p.set_defaults(func=cmd_test)
    p = commands.add_parser("query", help="向渠道查单（只读，不动钱）")
    p.add_argument("order_no", nargs="?", help="挂单单号（需订单带 out_trade_no）")
    p.add_argument("--out-trade-no", help="直接按商户订单号查")
    p.add_argument("--provider", choices=["alipay", "wechat"])
    p.set_defaults(func=cmd_query)
    from app.cli import qr_cases

    qr_cases.register(commands)


# --- the simulator ----------------------------------------------------------------------


def build_simulator(args: argparse.Namespace) -> tuple[Any, Any, Path]:
    from app import paths
    from app.payments.qr.sim_alipay import AlipaySimulator
    from app.payments.qr.sim_journal import Misbehaviour, SimJournal
    from app.payments.qr.sim_server import SimKeys
    from app.payments.qr.sim_wechat import WechatSimulator

    folder = Path(args.keys_dir) if args.keys_dir else paths.data_dir() / f"qr-sim-{args.provider}"
    sim_keys = SimKeys.load_or_create(folder)
    only = frozenset(o.strip() for o in args.only.split(",") if o.strip())
    if only - set(OPERATIONS):
        raise SystemExit(f"--only: {', '.join(sorted(only - set(OPERATIONS)))} ?")
    mb = Misbehaviour(slow_ms=args.slow_ms, only=only, **{n: getattr(args, n) for n in SWITCHES})
    merchant_id = args.merchant_id or (
        "2021000000000001" if args.provider == "alipay" else "1230000109"
    )
    journal = SimJournal(args.journal, merchant_id=merchant_id)
    if args.provider == "alipay":
        sim: Any = AlipaySimulator(
            merchant_id, sim_keys.merchant_key.public_key(), sim_keys.provider_key, journal, mb
        )
    else:
        sim = WechatSimulator(
            merchant_id,
            args.appid,
            sim_keys.merchant_serial,
            sim_keys.merchant_key.public_key(),
            sim_keys.provider_key,
            sim_keys.provider_serial,
            journal,
            mb,
        )
    for spec in args.seed:
        parts = spec.split(":")
        if len(parts) not in (2, 3) or not parts[1].isdigit():
            raise SystemExit(f"--seed {spec}: OUT_TRADE_NO:FEN[:STATE]")
        state = parts[2].upper() if len(parts) == 3 else "PAID"
        journal.seed(parts[0], int(parts[1]), state, paying_polls=2 if state == "PAYING" else 0)
    return sim, sim_keys, folder


def run_simulator(args: argparse.Namespace) -> int:
    from app.payments.qr.sim_server import SimHttpServer

    sim, sim_keys, folder = build_simulator(args)
    host, _, port = args.listen.rpartition(":")
    try:
        server = SimHttpServer(sim.handle, host or "127.0.0.1", int(port))
    except (OSError, ValueError) as exc:
        print(f"qr-sim: {exc}", file=sys.stderr)
        return 2
    url = server.url + ("/gateway.do" if args.provider == "alipay" else "")
    print(f"qr-sim: {args.provider} serving on {url}", flush=True)
    setup = (
        f"guadan qr setup --provider {args.provider} --merchant-id {sim.journal.merchant_id} "
        f"--private-key {folder / 'merchant_private_key.pem'} "
        f"--provider-key {folder / ('provider_public_key.pem' if args.provider == 'alipay' else 'provider_cert.pem')} "
        f"--gateway {url}"
    )
    if args.provider == "wechat":
        setup += f" --appid {args.appid} --serial-no {sim_keys.merchant_serial}"
    print(f"qr-sim: {setup} --user ADMIN   (PIN at the prompt)", flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        stop.wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
    return 0


# --- the store's side ---------------------------------------------------------------------


def cmd_setup(args: argparse.Namespace) -> int:
    from app.cli.signin import sign_in
    from app.payments.qr.base import ProviderName
    from app.payments.qr.config import ProviderConfig, save_config

    try:
        private_pem = Path(args.private_key).read_text("ascii")
        provider_pem = Path(args.provider_key).read_text("ascii")
    except (OSError, UnicodeDecodeError) as exc:
        return fail(f"读不了密钥文件：{exc.__class__.__name__}")
    config = ProviderConfig(
        ProviderName(args.provider),
        merchant_id=args.merchant_id.strip(),
        gateway_url=args.gateway.strip(),
        provider_key_pem=provider_pem,
        provider_key_id=args.provider_key_id.strip(),
        appid=args.appid.strip(),
        serial_no=args.serial_no.strip(),
    )
    store = open_store_for(args)
    actor = sign_in(store, args)
    with store.transaction() as session:
        where = save_config(session, config, session.merge(actor), private_pem)
    print(_config_line(config, where))
    if where == "file":
        from app.payments.qr import keys

        print(f"警告: 本机没有系统钥匙串，私钥保存在 {keys.key_dir()}（仅本用户可读）。")
    return 0


def _config_line(config: Any, where: str) -> str:
    from app.messages import tr

    name = tr(f"qr.provider.{config.provider.value}", lang())
    storage = {"keyring": "系统钥匙串", "file": "密钥文件", "missing": "本机没有私钥"}.get(
        where, where
    )
    return (
        f"{name}  商户 {config.merchant_id}  网关 {config.gateway_url}\n"
        f"  公钥指纹 SHA-256 {config.fingerprint()}\n  私钥: {storage}"
    )


def cmd_show(args: argparse.Namespace) -> int:
    from app.payments.qr import keys
    from app.payments.qr.base import ProviderName
    from app.payments.qr.config import load_config

    store = open_store_for(args)
    shown = 0
    with store.transaction() as session:
        for provider in ProviderName:
            config = load_config(session, provider)
            if config is not None:
                print(_config_line(config, keys.where(provider.value, config.merchant_id)))
                shown += 1
    if not shown:
        print("尚未设置扫码支付渠道（guadan qr setup …）。")
    return 0


def _provider(args: argparse.Namespace, name: str) -> Any:
    from app.errors import DomainError
    from app.payments.qr.base import ProviderName
    from app.payments.qr.config import configured_provider

    store = open_store_for(args)
    with store.transaction() as session:
        provider = configured_provider(session, ProviderName(name))
    if provider is None:
        raise DomainError(f"qr.not_configured.{name}")
    return provider


def cmd_test(args: argparse.Namespace) -> int:
    from app.payments.qr.base import QrError
    from app.payments.qr.codes import describe
    from app.payments.qr.connection import check_connection

    provider = _provider(args, args.provider)
    try:
        line = check_connection(provider, lang())
    except QrError as exc:
        return fail(describe(exc, args.provider, lang()))
    print(line)
    return 0


def cmd_query(args: argparse.Namespace) -> int:
    from app.messages import tr
    from app.money import format_fen
    from app.payments.qr.base import QrError
    from app.payments.qr.codes import describe

    if args.order_no and not args.out_trade_no:
        from app.cli.qr_cases import query_order

        return query_order(args, _provider)
    if not args.out_trade_no:
        return fail("请给出挂单单号，或用 --out-trade-no 指定商户订单号。")
    if not args.provider:
        return fail("请用 --provider alipay|wechat 指定渠道。")
    provider = _provider(args, args.provider)
    try:
        answer = provider.query(args.out_trade_no)
    except QrError as exc:
        return fail(describe(exc, args.provider, lang()))
    amount = format_fen(answer.amount_fen) if answer.amount_fen is not None else "-"
    print(
        f"{answer.out_trade_no}  {tr(f'qr.state.{answer.state.value}', lang())} "
        f"({answer.provider_state})  {amount}  {answer.trade_no or '-'}"
    )
    return 0
