"""The lead reports as CSV text (for Excel or a script), in the user's language, and the few
words shared by every rendering of them (ages, headers)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Sequence

from app.clock import DEFAULT_ZONE, format_local
from app.messages import label, tr
from app.money import format_fen
from app.reports.anomalies import Anomaly
from app.reports.cashiers import CashierReport
from app.reports.causes import CausesReport
from app.reports.handover import HandoverReport
from app.reports.qr_reports import ChannelLine


def _zh(lang: str) -> bool:
    return not lang.lower().startswith("en")


def format_age(age: dt.timedelta, lang: str = "zh_CN") -> str:
    """3天4小时 / 3d 4h: the two largest units, enough to sort by eye."""
    minutes = max(0, int(age.total_seconds() // 60))
    days, rest = divmod(minutes, 1440)
    hours, mins = divmod(rest, 60)
    units = ("天", "小时", "分钟") if _zh(lang) else ("d ", "h ", "min")
    if days:
        parts = [f"{days}{units[0]}", f"{hours}{units[1]}"]
    elif hours:
        parts = [f"{hours}{units[1]}", f"{mins}{units[2]}"]
    else:
        parts = [f"{mins}{units[2]}"]
    return "".join(parts).strip()


def format_ratio(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}×"


def header(lang: str, pairs: Sequence[tuple[str, str]]) -> list[str]:
    return [zh if _zh(lang) else en for zh, en in pairs]


def _cell(value: object) -> object:
    """A cell a spreadsheet will not run: text starting like a formula gets a leading '."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _write(rows: Iterable[Sequence[object]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([_cell(v) for v in row] for row in rows)
    return out.getvalue()


HANDOVER_COLUMNS = (
    ("交易时间", "Time"),
    ("已等待", "Waiting"),
    ("单号", "Order no."),
    ("金额", "Amount"),
    ("原因", "Cause"),
    ("状态", "Status"),
    ("当前步骤", "Step"),
    ("处理人", "Handled by"),
    ("收银员", "Cashier"),
    ("卡号", "Card"),
    ("案件编号", "Case no."),
)


def handover_rows(
    report: HandoverReport, lang: str = "zh_CN", zone: str = DEFAULT_ZONE
) -> list[list[str]]:
    """The handover table as text cells (the UI, the PDF and the CSV show the same)."""
    return [
        [
            format_local(r.occurred_at, zone),
            format_age(r.age, lang),
            r.order_no,
            format_fen(r.amount_fen),
            label("cause", r.cause.value, lang),
            label("status", r.status.value, lang),
            tr(r.step_key, lang),
            r.case_holder,
            r.cashier,
            r.card_masked or "",
            r.case_no or "",
        ]
        for r in report.rows
    ]


def handover_csv(report: HandoverReport, lang: str = "zh_CN", zone: str = DEFAULT_ZONE) -> str:
    rows: list[Sequence[object]] = [
        header(lang, HANDOVER_COLUMNS),
        *handover_rows(report, lang, zone),
    ]
    if report.by_channel:  # then, after a blank line, the open orders per payment channel
        rows += [
            [],
            header(lang, CHANNEL_COLUMNS[:3]),
            *(r[:3] for r in channel_rows(report.by_channel, lang)),
        ]
    return _write(rows)


CHANNEL_COLUMNS = (
    ("支付渠道", "Payment channel"),
    ("挂单数", "Orders"),
    ("挂单金额", "Amount"),
    ("撤销", "Voided"),
    ("退款", "Refunded"),
    ("退回金额", "Given back"),
)


def channel_rows(lines: Iterable[ChannelLine], lang: str = "zh_CN") -> list[list[str]]:
    """Per payment channel (刷卡, 支付宝, 微信支付 …): the reports screen, its CSV and the PDF."""
    return [
        [
            label("pay_channel", c.channel, lang),
            str(c.orders),
            format_fen(c.amount_fen),
            str(c.voided),
            str(c.refunded),
            format_fen(c.returned_fen),
        ]
        for c in lines
    ]


def causes_csv(report: CausesReport, lang: str = "zh_CN") -> str:
    head = header(
        lang,
        [
            ("日期", "Date"),
            ("类别", "Group"),
            ("代码", "Code"),
            ("名称", "Name"),
            ("数量", "Count"),
        ],
    )
    cause_group, reason_group = ("挂单原因", "买家原因") if _zh(lang) else ("cause", "reason")
    rows: list[Sequence[object]] = [head]
    for group, kind, counts in (
        (cause_group, "cause", report.by_cause),
        (reason_group, "reason", report.by_reason),
    ):
        for item in counts:
            rows.append(
                [item.day.isoformat(), group, item.key, label(kind, item.key, lang), item.count]
            )
    outcome = "结果" if _zh(lang) else "outcome"
    median = report.median_resolution_minutes
    for key, zh, en, value in (
        ("orders", "挂单数", "Suspended orders", report.orders),
        ("cases", "案件数", "Cases", report.cases),
        ("voided", "已撤销", "Voided", report.voided),
        ("refunded", "已退货", "Refunded", report.refunded),
        ("rejected", "曾被驳回", "Rejected at least once", report.rejected),
        ("escalated", "曾升级", "Escalated at least once", report.escalated),
        ("closed", "已关闭", "Closed", report.closed),
        ("open", "处理中", "Still open", report.open),
        (
            "median_minutes",
            "处理时长中位数（分钟）",
            "Median minutes to resolve",
            "" if median is None else round(median, 1),
        ),
    ):
        rows.append(["", outcome, key, zh if _zh(lang) else en, value])
    group = "支付渠道" if _zh(lang) else "channel"
    for line in report.by_channel:  # code CHANNEL.figure, so that a script can pick one
        name = label("pay_channel", line.channel, lang)
        for key, zh, en, value in (
            ("orders", "挂单数", "orders", line.orders),
            ("amount_fen", "挂单金额（分）", "amount (fen)", line.amount_fen),
            ("voided", "撤销", "voided", line.voided),
            ("refunded", "退款", "refunded", line.refunded),
            ("returned_fen", "退回金额（分）", "given back (fen)", line.returned_fen),
        ):
            rows.append(
                ["", group, f"{line.channel}.{key}", f"{name} {zh if _zh(lang) else en}", value]
            )
    return _write(rows)


CASHIER_COLUMNS = (
    ("收银员", "Cashier"),
    ("挂单", "Suspended"),
    ("案件", "Cases"),
    ("撤销", "Voids"),
    ("退货", "Refunds"),
    ("撤销金额", "Voided"),
    ("退货金额", "Refunded"),
    ("对比中位数", "vs median"),
)


def cashier_rows(report: CashierReport) -> list[list[str]]:
    return [
        [
            r.name,
            str(r.orders),
            str(r.cases),
            str(r.voids),
            str(r.refunds),
            format_fen(r.voided_fen),
            format_fen(r.refunded_fen),
            format_ratio(r.vs_median),
        ]
        for r in report.rows
    ]


def cashiers_csv(report: CashierReport, lang: str = "zh_CN") -> str:
    return _write([header(lang, CASHIER_COLUMNS), *cashier_rows(report)])


ANOMALY_COLUMNS = (
    ("严重程度", "Severity"),
    ("类型", "Kind"),
    ("对象", "Subject"),
    ("说明", "Explanation"),
    ("最近一笔", "Latest"),
    ("案件数", "Cases"),
    ("案件ID", "Case ids"),
)


def anomaly_rows(
    found: Sequence[Anomaly], lang: str = "zh_CN", zone: str = DEFAULT_ZONE
) -> list[list[str]]:
    return [
        [
            a.severity_label(lang),
            a.kind_label(lang),
            a.subject,
            a.message(lang),
            format_local(a.latest_at, zone),
            str(len(a.case_ids)),
            ";".join(str(c) for c in a.case_ids),
        ]
        for a in found
    ]


def anomalies_csv(found: Sequence[Anomaly], lang: str = "zh_CN", zone: str = DEFAULT_ZONE) -> str:
    return _write([header(lang, ANOMALY_COLUMNS), *anomaly_rows(found, lang, zone)])
