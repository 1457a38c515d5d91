"""`guadan report handover|causes|anomalies`: a lead report as text, as CSV on standard output
(`--csv`) or as a PDF file (`--pdf FILE`). Lives in printing/ because the PDF does; the
figures come from app.reports and the CSV from app.reports.export_csv.

Each handler returns an exit code; any failure is one line on stderr and exit 1.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # `guadan --help` registers this group without SQLAlchemy
    from app.db import Store

StoreOpener = Callable[[], "Store"]


class ReportCommandError(Exception):
    """A refusal the user can act on; its text is what the CLI prints."""


def add_report_commands(subparsers: Any, open_store_fn: StoreOpener) -> argparse.ArgumentParser:
    """Register `report handover|causes|anomalies`; each sets `func(args) -> int`."""
    parser = subparsers.add_parser("report", help="主管报表：挂单交接、原因统计、异常提醒")
    sub = parser.add_subparsers(
        dest="report_what", metavar="{handover,causes,anomalies}", required=True
    )

    handover = sub.add_parser("handover", help="挂单交接：未结挂单及其所在步骤，最早的在前")
    handover.add_argument("--limit", type=int, default=None, help="最多列出几笔（默认全部）")
    _outputs(handover)
    handover.set_defaults(func=_handler(_handover, open_store_fn))

    causes = sub.add_parser("causes", help="按日期的挂单原因、买家原因、结果和收银员统计")
    causes.add_argument("--from", dest="date_from", help="起始日期 YYYY-MM-DD（默认 6 天前）")
    causes.add_argument("--to", dest="date_to", help="截止日期 YYYY-MM-DD（含，默认今天）")
    _outputs(causes)
    causes.set_defaults(func=_handler(_causes, open_store_fn))

    anomalies = sub.add_parser("anomalies", help="异常提醒：近几天的可疑撤销/退货")
    anomalies.add_argument("--days", type=int, default=7, help="往前看几天（默认 7）")
    _outputs(anomalies)
    anomalies.set_defaults(func=_handler(_anomalies, open_store_fn))
    return parser


def _outputs(parser: argparse.ArgumentParser) -> None:
    out = parser.add_mutually_exclusive_group()
    out.add_argument("--csv", action="store_true", help="以 CSV 输出到标准输出")
    out.add_argument("--pdf", type=Path, metavar="FILE", help="生成 PDF 文件")


def _handler(
    run: Callable[[argparse.Namespace, StoreOpener], str], open_store_fn: StoreOpener
) -> Callable[[argparse.Namespace], int]:
    def handle(args: argparse.Namespace) -> int:
        try:
            text = run(args, open_store_fn)
        except ReportCommandError as exc:
            print(f"错误：{exc}", file=sys.stderr)
            return 1
        except Exception as exc:  # the counter PC shows one line, never a traceback
            print(f"错误：报表生成失败（{type(exc).__name__}: {exc}）", file=sys.stderr)
            return 1
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return 0

    return handle


@dataclass(frozen=True)
class _Store:
    """What every report needs to know about the store besides its rows."""

    language: str
    zone: str
    name: str
    settings: Any


def _store_facts(session: Any) -> _Store:
    from app.settings import load_settings
    from app.setup import current_merchant

    settings = load_settings(session)
    merchant = current_merchant(session)
    name = (merchant.store_name or merchant.name) if merchant else ""
    return _Store(settings.language, settings.timezone, name, settings)


def _write_pdf(path: Path, data: bytes, what: str) -> str:
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise ReportCommandError(f"无法写入 {path}：{exc.strerror or exc}") from exc
    return f"已生成{what}：{path}"


def _text(rows: list[list[str]], header: list[str]) -> str:
    """A plain listing for the terminal: columns padded to their widest cell."""
    from unicodedata import east_asian_width

    def width(text: str) -> int:
        return sum(2 if east_asian_width(ch) in "WF" else 1 for ch in text)

    table = [header, *rows]
    widths = [max(width(r[i]) for r in table) for i in range(len(header))]
    return "\n".join(
        "  ".join(
            cell + " " * (w - width(cell)) for cell, w in zip(r, widths, strict=True)
        ).rstrip()
        for r in table
    )


def _handover(args: argparse.Namespace, open_store_fn: StoreOpener) -> str:
    from app import reports
    from app.reports import export_csv as report_csv

    if args.limit is not None and args.limit < 1:
        raise ReportCommandError("--limit 须为正整数")
    store = open_store_fn()
    with store.transaction() as session:
        facts = _store_facts(session)
        report = reports.handover(session, limit=args.limit)
    lang, zone = facts.language, facts.zone
    if args.csv:
        return report_csv.handover_csv(report, lang, zone)
    from app.audit import handover_seal
    from printing.audit_block import checkpoint_lines

    seal = handover_seal(store)  # every handover checks the chain and seals its head
    if args.pdf:
        from printing.reports.pdf import render_handover

        pdf = render_handover(report, store_name=facts.name, zone=zone, lang=lang, seal=seal)
        return _write_pdf(args.pdf, pdf, f"挂单交接（{report.total} 笔）")
    header = report_csv.header(lang, report_csv.HANDOVER_COLUMNS)
    listing = _text(report_csv.handover_rows(report, lang, zone), header)
    block = "\n".join(checkpoint_lines(seal, lang, zone))
    return (
        f"{listing}\n未结挂单 {report.total} 笔。{_channel_line(report.by_channel, lang)}\n{block}"
    )


def _channel_line(lines: Any, lang: str) -> str:
    """按支付渠道: how many open orders (or orders of the range) each channel holds."""
    from app.messages import label
    from app.money import format_fen

    parts = [
        f"{label('pay_channel', c.channel, lang)} {c.orders} 笔 {format_fen(c.amount_fen)}"
        for c in lines
    ]
    return ("\n按支付渠道：" + "；".join(parts)) if parts else ""


def _dates(args: argparse.Namespace, zone: str) -> tuple[dt.date, dt.date]:
    from app.clock import today

    def parse(text: str | None, flag: str, default: dt.date) -> dt.date:
        if not text:
            return default
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise ReportCommandError(f"{flag} 日期格式应为 YYYY-MM-DD：{text}") from None

    last = parse(args.date_to, "--to", today(zone))
    first = parse(args.date_from, "--from", last - dt.timedelta(days=6))
    if last < first:
        raise ReportCommandError("--to 不能早于 --from")
    if (last - first).days > 3660:
        raise ReportCommandError("日期范围过长（最多十年）")
    return first, last


def _causes(args: argparse.Namespace, open_store_fn: StoreOpener) -> str:
    from app import reports
    from app.reports import export_csv as report_csv

    with open_store_fn().transaction() as session:
        facts = _store_facts(session)
        first, last = _dates(args, facts.zone)
        report = reports.causes(session, first, last, facts.zone)
        cashiers = reports.per_cashier(session, first, last, facts.zone)
    lang = facts.language
    if args.csv:
        return report_csv.causes_csv(report, lang) + "\n" + report_csv.cashiers_csv(cashiers, lang)
    if args.pdf:
        from printing.reports.pdf import render_causes

        pdf = render_causes(report, cashiers, store_name=facts.name, lang=lang)
        return _write_pdf(args.pdf, pdf, f"挂单原因与结果（{first} 至 {last}）")
    lines = [f"{first} 至 {last}：挂单 {report.orders} 笔，案件 {report.cases} 件。"]
    from app.messages import label

    for key, count in report.totals(report.by_cause).items():
        lines.append(f"  {label('cause', key, lang)}：{count}")
    lines.append(
        f"撤销 {report.voided}，退货 {report.refunded}，关闭 {report.closed}，"
        f"处理中 {report.open}；曾驳回 {report.rejected}，曾升级 {report.escalated}。"
    )
    from app.money import format_fen

    for c in report.by_channel:
        lines.append(
            f"  {label('pay_channel', c.channel, lang)}：挂单 {c.orders} 笔 {format_fen(c.amount_fen)}，"
            f"撤销 {c.voided}，退款 {c.refunded}，退回 {format_fen(c.returned_fen)}"
        )
    header = report_csv.header(lang, report_csv.CASHIER_COLUMNS)
    lines.append(_text(report_csv.cashier_rows(cashiers), header))
    return "\n".join(lines)


def _anomalies(args: argparse.Namespace, open_store_fn: StoreOpener) -> str:
    from app import reports
    from app.clock import utcnow
    from app.reports import export_csv as report_csv

    if not 1 <= args.days <= 366:
        raise ReportCommandError("--days 须在 1 到 366 之间")
    now = utcnow()
    with open_store_fn().transaction() as session:
        facts = _store_facts(session)
        thresholds = reports.AnomalyThresholds.from_settings(facts.settings)
        found = reports.anomalies(session, args.days, thresholds, now=now, zone=facts.zone)
    lang, zone = facts.language, facts.zone
    if args.csv:
        return report_csv.anomalies_csv(found, lang, zone)
    if args.pdf:
        from printing.reports.pdf import render_anomalies

        pdf = render_anomalies(
            found, days=args.days, generated_at=now, store_name=facts.name, zone=zone, lang=lang
        )
        return _write_pdf(args.pdf, pdf, f"异常提醒（{len(found)} 项）")
    if not found:
        return f"近 {args.days} 天没有发现异常。"
    lines = [f"[{a.severity_label(lang)}] {a.message(lang)}" for a in found]
    return "\n".join([*lines, f"共 {len(found)} 项。"])
