"""Suspended orders from a store POS's CSV or JSON export, and from manual entry.

Strict: any bad row refuses the whole file, with a row-by-row report (row, column, what is
wrong). A full card number is masked the moment a row is read, before validation, storage
or logging. Column names are documented in README.md ("导入文件格式"); Chinese and English
headers are both accepted.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import re
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, tuple_
from sqlalchemy.orm import Session

from app import audit
from app import import_checks as checks
from app import import_files as files
from app.cards import last4, mask_pan
from app.clock import store_zone, utcnow
from app.import_keys import FileKeys
from app.models import Cause, Funding, OrderSource, PayChannel, SuspendedOrder, TxnType, User
from app.money import parse_yuan
from app.payments.qr import codes as _qr_codes  # noqa: F401  (the import.* QR messages)
from app.redaction import redact, redact_value

log = logging.getLogger(__name__)

# canonical name: accepted headers (compared case-insensitively, spaces and underscores ignored)
COLUMNS: dict[str, tuple[str, ...]] = {
    "order_no": ("单号", "订单号", "order_no", "orderno"),
    "occurred_at": ("交易时间", "occurred_at", "time"),
    "location": ("交易地点", "location"),
    "amount": ("交易金额", "金额", "amount"),
    "txn_type": ("交易类型", "txn_type", "type"),
    "funding": ("交易资金", "资金", "funding"),
    "card": ("卡号", "card", "card_no", "pan"),
    "merchant_no": ("商户编号", "merchant_no"),
    "terminal_no": ("终端号", "terminal_no"),
    "trace_no": ("凭证号", "trace_no"),
    "rrn": ("参考号", "rrn"),
    "batch_no": ("批次号", "batch_no"),
    "auth_code": ("授权码", "auth_code"),
    "operation_no": ("操作号", "流水号", "operation_no"),
    "cause": ("挂单原因", "原因", "cause"),
    "settled": ("已清算", "settled"),
    "success_notified": ("已通知", "已发送成功通知", "success_notified"),
    "cashier": ("收银员", "cashier"),
    "channel": ("支付渠道", "渠道", "channel", "pay_channel"),
    "provider_trade_no": (
        "渠道交易号",
        "支付宝交易号",
        "微信支付订单号",
        "provider_trade_no",
        "trade_no",
        "transaction_id",
    ),  # fmt: skip
    "out_trade_no": ("商户订单号", "out_trade_no"),
}
REQUIRED = (
    "order_no",
    "occurred_at",
    "location",
    "amount",
    "txn_type",
    "funding",
    "merchant_no",
    "terminal_no",
    "cause",
)

_CHOICES: dict[str, dict[str, str]] = {
    "txn_type": {
        "sale": "SALE",
        "消费": "SALE",
        "preauth_complete": "PREAUTH_COMPLETE",
        "预授权完成": "PREAUTH_COMPLETE",
        "qr": "QR",
        "扫码": "QR",
    },
    "funding": {
        "credit": "CREDIT",
        "信用卡": "CREDIT",
        "debit": "DEBIT",
        "借记卡": "DEBIT",
        "qr": "QR",
        "扫码": "QR",
    },
    "channel": {c.value.lower(): c.value for c in PayChannel}
    | {
        "刷卡": "CARD_TERMINAL",
        "刷卡终端": "CARD_TERMINAL",
        "终端扫码": "QR_TERMINAL",
        "支付宝": "QR_ALIPAY",
        "alipay": "QR_ALIPAY",
        "微信": "QR_WECHAT",
        "微信支付": "QR_WECHAT",
        "wechat": "QR_WECHAT",
        "其他扫码": "QR_OTHER",
    },
    "cause": {c.value.lower(): c.value for c in Cause}
    | {
        "系统错误": "SYSTEM_ERROR",
        "操作失误": "OPERATOR_ERROR",
        "客户要求": "CUSTOMER_REQUEST",
        "促销": "PROMOTION",
        "促销调整": "PROMOTION",
        "支付失败": "PAYMENT_FAILED",
        "网络故障": "NETWORK",
        "网络": "NETWORK",
        "终端有记录收银无单": "TERMINAL_NO_RECORD",
    },
}
_TRUE = {"1", "true", "yes", "y", "是", "已清算", "已通知"}
_FALSE = {"0", "false", "no", "n", "否", ""}


def _norm_header(text: str) -> str:
    return re.sub(r"[\s_]", "", text.strip().lstrip("\ufeff")).lower()


_HEADER_INDEX = {
    _norm_header(alias): name for name, aliases in COLUMNS.items() for alias in aliases
}


@functools.lru_cache(maxsize=1024)
def _column(header: str) -> str | None:
    """The canonical column a header names (asked once per cell: cached, headers repeat)."""
    return _HEADER_INDEX.get(_norm_header(header))


@dataclass(frozen=True)
class ImportProblem:
    row: int  # 1 = the header line of a CSV; data from 2. JSON: the item's position from 1
    column: str
    key: str
    params: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # A header or a cell echoed in the report may hold a card or phone number.
        object.__setattr__(self, "column", redact(self.column))
        object.__setattr__(self, "params", redact_value(self.params))


@dataclass
class ImportReport:
    path: str
    rows: int = 0
    imported: int = 0
    problems: list[ImportProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


class _RowErrors:
    def __init__(self, row: int, problems: list[ImportProblem]) -> None:
        self.row = row
        self.problems = problems
        self.count = 0

    def add(self, column: str, key: str, **params: Any) -> None:
        self.problems.append(ImportProblem(self.row, column, key, params))
        self.count += 1


def _parse_time(text: str, zone: str) -> dt.datetime:
    text = text.strip().replace("/", "-")
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    value = dt.datetime.fromisoformat(text)
    if value.tzinfo is None:
        value = value.replace(tzinfo=store_zone(zone))
    return value.astimezone(dt.UTC)


def _digits(errors: _RowErrors, column: str, text: str, length: int, required: bool = False) -> str:
    text = text.strip()
    if not text and not required:
        return ""
    if not (text.isdigit() and len(text) == length):
        errors.add(column, "import.bad_digits", length=length)
    return text


def parse_row(
    raw: dict[str, str], row: int, problems: list[ImportProblem], zone: str, now: dt.datetime
) -> SuspendedOrder | None:
    """One row → a SuspendedOrder (not yet added), or None with its problems appended."""
    fields = parse_fields(raw, row, problems, zone, now)
    return None if fields is None else SuspendedOrder(**fields)


def parse_fields(
    raw: dict[str, str], row: int, problems: list[ImportProblem], zone: str, now: dt.datetime
) -> dict[str, Any] | None:
    """One row → the order's columns (an import inserts them without building an ORM object),
    or None with its problems appended."""
    errors = _RowErrors(row, problems)
    # Mask first: a full PAN must never travel further than this line.
    card_text = raw.get("card", "").strip()
    card_masked: str | None = None
    if card_text:
        try:
            card_masked = mask_pan(card_text)
        except ValueError:
            errors.add("card", "import.bad_card")
    raw = {k: v for k, v in raw.items() if k != "card"}

    for name in REQUIRED:
        if not raw.get(name, "").strip():
            errors.add(name, "import.required")

    def choice(name: str) -> str | None:
        value = raw.get(name, "").strip()
        if not value:
            return None
        picked = _CHOICES[name].get(value.lower())
        if picked is None:
            errors.add(
                name,
                "import.bad_choice",
                value=redact(value)[:20],
                choices=",".join(dict.fromkeys(_CHOICES[name].values())),
                choice_kind=name,  # shown in words: 消费、预授权完成、扫码
            )
        return picked

    def flag(name: str) -> bool:
        value = raw.get(name, "").strip().lower()
        if value in _TRUE:
            return True
        if value not in _FALSE:
            errors.add(name, "import.bad_bool", value=redact(value)[:10])
        return False

    def text(name: str, max_len: int) -> str:
        value = redact(raw.get(name, "").strip())
        if len(value) > max_len:
            errors.add(name, "import.too_long", max=max_len)
        return value

    occurred: dt.datetime | None = None
    if raw.get("occurred_at", "").strip():
        try:
            occurred = _parse_time(raw["occurred_at"], zone)
            if occurred > now + dt.timedelta(minutes=5):
                errors.add("occurred_at", "import.future")
            elif occurred.year < checks.EARLIEST_YEAR:
                errors.add("occurred_at", "import.too_old", year=checks.EARLIEST_YEAR)
        except (ValueError, OverflowError):
            errors.add("occurred_at", "import.bad_datetime")
    amount: int | None = None
    if raw.get("amount", "").strip():
        try:
            amount = parse_yuan(raw["amount"])
            if amount <= 0:
                errors.add("amount", "import.amount_positive")
            elif amount > checks.MAX_AMOUNT_FEN:
                errors.add("amount", "import.amount_too_large", ceiling=checks.MAX_AMOUNT_FEN)
        except (ValueError, ArithmeticError):
            errors.add("amount", "import.bad_amount")
    txn_type = choice("txn_type")
    funding = choice("funding")
    cause = choice("cause")
    if funding == "QR" and card_masked:
        errors.add("card", "import.card_for_qr")
    if funding in ("CREDIT", "DEBIT") and not card_masked and not card_text:
        errors.add("card", "import.card_missing")
    merchant_no = (
        _digits(errors, "merchant_no", raw.get("merchant_no", ""), 15, required=True)
        if raw.get("merchant_no", "").strip()
        else ""
    )
    terminal_no = raw.get("terminal_no", "").strip().upper()
    if terminal_no and not re.fullmatch(r"[0-9A-Z]{8}", terminal_no):
        errors.add("terminal_no", "import.bad_terminal")
    trace_no = _digits(errors, "trace_no", raw.get("trace_no", ""), 6)
    rrn = _digits(errors, "rrn", raw.get("rrn", ""), 12)
    batch_no = _digits(errors, "batch_no", raw.get("batch_no", ""), 6)
    auth_code = text("auth_code", 6).upper()
    operation_no = text("operation_no", 12)
    order_no = text("order_no", 40)
    location = text("location", 120)
    cashier = text("cashier", 60)
    settled = flag("settled")
    notified = flag("success_notified")
    channel = _pay_channel(errors, choice("channel"), funding, raw)
    provider_trade_no = text("provider_trade_no", 64)
    out_trade_no = raw.get("out_trade_no", "").strip()
    if out_trade_no and not _OUT_TRADE_NO.fullmatch(out_trade_no):
        errors.add("out_trade_no", "import.bad_out_trade_no")
    if errors.count:
        return None
    assert occurred is not None and amount is not None and txn_type and funding and cause
    return dict(
        order_no=order_no,
        merchant_no=merchant_no,
        terminal_no=terminal_no,
        occurred_at=occurred,
        location=location,
        amount_fen=amount,
        txn_type=TxnType(txn_type),
        funding=Funding(funding),
        card_masked=card_masked,
        card_last4=last4(card_masked),
        trace_no=trace_no,
        rrn=rrn,
        batch_no=batch_no,
        auth_code=auth_code,
        operation_no=operation_no,
        cause=Cause(cause),
        settled=settled,
        success_notified=notified,
        cashier=cashier,
        channel=channel,
        provider_trade_no=provider_trade_no,
        out_trade_no=out_trade_no,
    )


# 支付宝 allows 64 characters, 微信支付 32, both letters, digits and _-*; one rule for both.
_OUT_TRADE_NO = re.compile(r"[0-9A-Za-z_\-*]{1,64}")


def _pay_channel(
    errors: _RowErrors, picked: str | None, funding: str | None, raw: dict[str, str]
) -> PayChannel:
    """The payment channel; files without the column keep today's meaning (card → the
    card terminal, QR → the terminal that scanned it)."""
    if picked is None:
        return PayChannel.QR_TERMINAL if funding == "QR" else PayChannel.CARD_TERMINAL
    channel = PayChannel(picked)
    provider = channel in (PayChannel.QR_ALIPAY, PayChannel.QR_WECHAT, PayChannel.QR_OTHER)
    if funding and (funding == "QR") != (channel is not PayChannel.CARD_TERMINAL):
        errors.add("channel", "import.channel_funding")
    if provider and channel is not PayChannel.QR_OTHER and not raw.get("out_trade_no", "").strip():
        errors.add("out_trade_no", "import.out_trade_no_required")
    if channel is PayChannel.QR_WECHAT and len(raw.get("out_trade_no", "").strip()) > 32:
        errors.add("out_trade_no", "import.out_trade_no_wechat")
    return channel


def _canonical_rows(
    records: Iterable[tuple[int, dict[str, Any]]], problems: list[ImportProblem]
) -> Iterator[tuple[int, dict[str, str]]]:
    """(row number, record) → (row number, fields by canonical name), one at a time."""
    for row, record in records:
        canonical: dict[str, str] = {}
        for header, value in record.items():
            if header is None:  # a CSV line with more cells than headers
                problems.append(
                    ImportProblem(row, "", "import.unknown_column", {"column": "(extra cell)"})
                )
                continue
            name = _column(str(header))
            if name is None:
                continue  # reported once for the header, not per row
            bad = checks.cell_problem(value)
            if bad is not None:
                problems.append(ImportProblem(row, name, bad[0], bad[1]))
                continue
            canonical[name] = "" if value is None else checks.normalise(str(value))
        yield row, canonical


def _aliases_twice(row: int, headers: Iterable[str], problems: list[ImportProblem]) -> None:
    """The same column twice, or two of its names (单号 and order_no): which one would count?"""
    seen: dict[str, str] = {}
    for header in headers:
        name = _column(header)
        if name is None:
            continue
        if name in seen:
            problems.append(
                ImportProblem(
                    row, header, "import.duplicate_column", {"column": header, "other": seen[name]}
                )
            )
        else:
            seen[name] = header


def _check_headers(
    headers: Iterable[str], problems: list[ImportProblem], *, duplicates: bool = True
) -> None:
    headers = list(headers)
    if duplicates:
        _aliases_twice(1, headers, problems)
    seen = set()
    for header in headers:
        name = _column(header)
        if name is None:
            problems.append(ImportProblem(1, header, "import.unknown_column", {"column": header}))
        else:
            seen.add(name)
    for name in REQUIRED:
        if name not in seen:
            problems.append(
                ImportProblem(1, name, "import.missing_column", {"column": COLUMNS[name][0]})
            )


Rows = Callable[[list[ImportProblem]], Iterator[tuple[int, dict[str, str]]]]


def _sink(problems: list[ImportProblem]) -> files.Report:
    return lambda row, column, key, params: problems.append(ImportProblem(row, column, key, params))


def _read_records(path: Path, problems: list[ImportProblem]) -> Rows | None:
    """The file's rows, readable twice (check every row, then insert): a function giving them
    one at a time, read from the file in pieces, so that neither the file nor a list of every
    row is ever held. None when the file is refused whole (its problem appended)."""
    suffix = path.suffix.lower()
    if suffix not in (".json", ".csv", ".txt"):
        problems.append(ImportProblem(0, "", "import.bad_format"))
        return None
    encoding, bad = checks.sniff_encoding(path, json_escapes=suffix == ".json")
    if encoding is None:
        assert bad is not None
        problems.append(ImportProblem(int(bad[1].get("line", 0)), "", bad[0], bad[1]))
        return None
    if suffix == ".json":
        return _json_rows(path, encoding)
    headers = files.csv_header(path, encoding)
    if headers is None:
        problems.append(ImportProblem(1, "", "import.bad_csv", {"line": 1}))
        return None
    _check_headers(headers, problems)
    return lambda sink: _canonical_rows(files.csv_records(path, encoding, _sink(sink)), sink)


def _json_rows(path: Path, encoding: str) -> Rows:
    """JSON orders, one at a time; the columns an order names are checked once every order
    has been read (an unknown or missing one is reported once, at row 1)."""

    def rows(sink: list[ImportProblem]) -> Iterator[tuple[int, dict[str, str]]]:
        keys: set[str] = set()
        before = len(sink)
        records = files.json_records(path, encoding, _sink(sink), keys)
        for n, record in records:
            _aliases_twice(n, list(record), sink)  # two names of one column in one order
            yield from _canonical_rows([(n, record)], sink)
        if not any(p.row == 0 or p.key == "import.bad_json" for p in sink[before:]):
            _check_headers(sorted(keys), sink, duplicates=False)

    return rows


def import_file(
    session: Session,
    path: Path,
    actor: User | None,
    *,
    zone: str = "Asia/Shanghai",
    source: OrderSource = OrderSource.IMPORT,
) -> ImportReport:
    """Validate every row; add all of them, or none when any row is bad."""
    from app.settings import load_settings

    report = ImportReport(path=str(path))
    cap_mb = load_settings(session).import_max_mb
    try:
        size = path.stat().st_size
        if size > cap_mb * 1024 * 1024:  # checked before a byte is read
            report.problems.append(
                ImportProblem(
                    0, "", "import.file_too_large",
                    {"size_mb": round(size / 1024 / 1024, 1), "max_mb": cap_mb},
                )
            )  # fmt: skip
            return report
        rows = _read_records(path, report.problems)
    except OSError as exc:
        report.problems.append(
            ImportProblem(
                0, "", "import.file_unreadable", {"detail": exc.strerror or type(exc).__name__}
            )
        )
        return report
    if rows is None:
        return report
    now = utcnow()
    # Pass 1: every row checked; of a good row only its key is kept, in the database.
    count = 0
    ours = _ours(session)
    keys = FileKeys(session)
    try:
        for row, raw in rows(report.problems):
            count += 1
            fields = parse_fields(raw, row, report.problems, zone, now)
            if fields is not None:
                _check_merchant(ours, row, fields, report.problems)
                keys.add(row, fields["merchant_no"], fields["order_no"])
        twice, stored = keys.checked()
        for row, other in twice:
            report.problems.append(
                ImportProblem(row, "order_no", "import.duplicate_in_file", {"other": other})
            )
        for row in stored:
            report.problems.append(ImportProblem(row, "order_no", "import.duplicate_in_db"))
    finally:
        keys.close()
    report.rows = count
    if not count and not report.problems:
        report.problems.append(ImportProblem(0, "", "import.empty"))
    if report.problems:
        report.problems.sort(key=lambda p: (p.row, p.column))
        log.info(
            "import refused: %s (%d rows, %d problems)", path.name, count, len(report.problems)
        )
        return report
    # Pass 2: the same rows again, inserted in batches (all in the caller's transaction).
    batches: dict[frozenset[str], list[dict[str, Any]]] = {}
    scratch: list[ImportProblem] = []
    for row, raw in rows(scratch):
        fields = parse_fields(raw, row, scratch, zone, now)
        assert fields is not None  # it passed a moment ago
        values = {"id": uuid.uuid4(), **fields, "source": source}
        if actor is not None and not values["cashier"]:
            values["cashier"] = actor.name
        batch = batches.setdefault(frozenset(values), [])
        batch.append(values)
        if len(batch) >= _BATCH:
            session.execute(insert(SuspendedOrder), batch)
            batch.clear()
    for batch in batches.values():
        if batch:
            session.execute(insert(SuspendedOrder), batch)
    audit.record(session, "order.imported", actor, file=path.name, count=count)
    report.imported = count
    log.info("imported %d orders from %s", count, path.name)
    return report


_BATCH = 2000


@dataclass(frozen=True)
class _Ours:
    merchants: frozenset[str]
    terminals: frozenset[tuple[str, str]]


def _ours(session: Session) -> _Ours | None:
    """The store's merchants and registered terminals (None: a store not set up yet, nothing to
    compare with)."""
    from app.models import Merchant, Terminal

    merchants = frozenset(str(m) for m in session.execute(select(Merchant.merchant_no)).scalars())
    if not merchants:
        return None
    terminals = frozenset(
        (str(m), str(t))
        for m, t in session.execute(
            select(Merchant.merchant_no, Terminal.terminal_no).join(
                Terminal, Terminal.merchant_id == Merchant.id
            )
        )
    )
    return _Ours(merchants, terminals)


def _check_merchant(
    ours: _Ours | None, row: int, fields: dict[str, Any], problems: list[ImportProblem]
) -> None:
    """An order of another merchant, or of a terminal the store has not registered, is not
    this store's to cancel (its void would go to a terminal no counter here holds)."""
    if ours is None:
        return
    merchant_no, terminal_no = fields["merchant_no"], fields["terminal_no"]
    if merchant_no not in ours.merchants:
        problems.append(
            ImportProblem(row, "merchant_no", "import.other_merchant", {"merchant_no": merchant_no})
        )
    elif (merchant_no, terminal_no) not in ours.terminals:
        problems.append(
            ImportProblem(
                row, "terminal_no", "import.unknown_terminal", {"terminal_no": terminal_no}
            )
        )


def _check_duplicates(
    session: Session, keys: list[tuple[int, str, str, str]], problems: list[ImportProblem]
) -> None:
    seen: dict[tuple[str, str], int] = {}
    for row, merchant_no, order_no, _terminal_no in keys:
        key = (merchant_no, order_no)
        if key in seen:
            problems.append(
                ImportProblem(row, "order_no", "import.duplicate_in_file", {"other": seen[key]})
            )
        else:
            seen[key] = row
    distinct = list(seen)
    existing: set[tuple[str, str]] = set()
    for start in range(0, len(distinct), 400):
        chunk = distinct[start : start + 400]
        found = session.execute(
            select(SuspendedOrder.merchant_no, SuspendedOrder.order_no).where(
                tuple_(SuspendedOrder.merchant_no, SuspendedOrder.order_no).in_(chunk)
            )
        ).all()
        existing.update((m, o) for m, o in found)
    for row, merchant_no, order_no, _terminal_no in keys:
        if (merchant_no, order_no) in existing:
            problems.append(ImportProblem(row, "order_no", "import.duplicate_in_db"))


def add_order(
    session: Session, fields: dict[str, str], actor: User, *, zone: str = "Asia/Shanghai"
) -> SuspendedOrder:
    """Manual entry of one suspended order: the same rules as an imported row."""
    from app.errors import DomainError, ValidationFailed

    problems: list[ImportProblem] = []
    unknown = [k for k in fields if k not in COLUMNS]
    for name in unknown:
        problems.append(ImportProblem(1, name, "import.unknown_column", {"column": name}))
    order = parse_row(
        {k: v for k, v in fields.items() if k in COLUMNS}, 1, problems, zone, utcnow()
    )
    if order is not None:
        _check_duplicates(
            session, [(1, order.merchant_no, order.order_no, order.terminal_no)], problems
        )
    if problems or order is None:
        raise ValidationFailed([DomainError(p.key, field=p.column, **p.params) for p in problems])
    order.source = OrderSource.MANUAL
    order.cashier = order.cashier or actor.name
    session.add(order)
    session.flush()
    audit.record(session, "order.created", actor, order_id=order.id, order_no=order.order_no)
    return order
