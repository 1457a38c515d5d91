"""The privacy acceptance run (issue 11): plant card numbers in many spellings and phones in
every free-text field through every door (imports accepted and refused, `orders add`, each
wizard step, a lead's correction, approvals, evidence names, settings, user names, log
lines), produce every output (backups, form and batch PDFs, report text/CSV/PDF, the CLI's
own lines), then scan everything on disk and everything printed.

Used by tests/core/test_privacy_scan.py (asserts zeros) and benchmarks/privacy_scan.py
(prints the counts).
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import io
import json
import logging
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from app import workflow
from app.cli import main
from app.clock import utcnow
from app.db import Store, open_store
from app.errors import DomainError
from app.models import ContactReason, Role, User
from app.settings import load_settings, save_settings
from app.users import create_user, find_user
from tests.core.helpers import (
    CONTACT,
    MERCHANT_NO,
    PINS,
    TERMINAL_NO,
    all_checked,
    pin_on_stdin,
    seed_staff,
)
from tests.core.pan_scan import luhn, luhn_runs, phone_runs, planted_found, sqlite_cells

_ZW = "\u200b"
# (name, spelling) — how people type a card number into a field, a note or a file name.
PAN_SPELLINGS: list[tuple[str, Callable[[str], str]]] = [
    ("plain", lambda p: p),
    ("spaces", lambda p: " ".join(p[i : i + 4] for i in range(0, len(p), 4))),
    ("dashes", lambda p: "-".join(p[i : i + 4] for i in range(0, len(p), 4))),
    ("dots", lambda p: ".".join(p[i : i + 4] for i in range(0, len(p), 4))),
    ("underscores", lambda p: "_".join(p[i : i + 4] for i in range(0, len(p), 4))),
    ("slashes", lambda p: "/".join(p[i : i + 4] for i in range(0, len(p), 4))),
    ("commas", lambda p: ",".join(p[i : i + 4] for i in range(0, len(p), 4))),
    ("double spaces", lambda p: "  ".join(p[i : i + 4] for i in range(0, len(p), 4))),
    ("ideographic spaces", lambda p: "\u3000".join(p[i : i + 4] for i in range(0, len(p), 4))),
    ("NBSP", lambda p: "\u00a0".join(p[i : i + 4] for i in range(0, len(p), 4))),
    ("6-4-rest", lambda p: f"{p[:6]} {p[6:10]} {p[10:]}"),
    ("expiry glued", lambda p: p + "1228"),
    ("newline split", lambda p: f"{p[:8]}\n{p[8:]}"),
    ("zero-width", lambda p: _ZW.join(p[i : i + 4] for i in range(0, len(p), 4))),
    ("zero-width inside", lambda p: f"{p[:3]}{_ZW}{p[3:11]}\u200c{p[11:]}"),
    ("full-width", lambda p: p.translate({ord(c): 0xFF10 + int(c) for c in "0123456789"})),
    ("tabs", lambda p: "\t".join(p[i : i + 4] for i in range(0, len(p), 4))),
    ("spaced dashes", lambda p: " - ".join(p[i : i + 4] for i in range(0, len(p), 4))),
    ("CRLF split", lambda p: f"{p[:8]}\r\n{p[8:]}"),
    ("soft hyphens", lambda p: "\u00ad".join(p[i : i + 4] for i in range(0, len(p), 4))),
    ("then an amount", lambda p: " ".join(p[i : i + 4] for i in range(0, len(p), 4)) + " 128"),
    ("mixed", lambda p: f"{p[:4]}-{p[4:8]} {p[8:12]}.{p[12:]}"),
]
PHONE_SPELLINGS: list[tuple[str, Callable[[str], str]]] = [
    ("plain", lambda m: m),
    ("3-4-4 spaces", lambda m: f"{m[:3]} {m[3:7]} {m[7:]}"),
    ("3-4-4 dashes", lambda m: f"{m[:3]}-{m[3:7]}-{m[7:]}"),
    ("+86", lambda m: f"+86 {m}"),
    ("dots", lambda m: f"{m[:3]}.{m[3:7]}.{m[7:]}"),
    ("full-width", lambda m: m.translate({ord(c): 0xFF10 + int(c) for c in "0123456789"})),
    ("zero-width", lambda m: f"{m[:3]}{_ZW}{m[3:7]}{_ZW}{m[7:]}"),
]
_IINS = ["4", "51", "53", "2221", "34", "37", "6011", "62", "6228", "35", "9558", "4367"]


def _pan(rng: random.Random) -> str:
    prefix = rng.choice(_IINS)
    length = 15 if prefix in ("34", "37") else rng.choice([16, 16, 16, 19, 13, 17])
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - 1 - len(prefix)))
    return next(body + d for d in "0123456789" if luhn(body + d))


def _mobile(rng: random.Random) -> str:
    return rng.choice(["13", "15", "18", "19"]) + "".join(
        rng.choice("0123456789") for _ in range(9)
    )


def _landline(rng: random.Random) -> tuple[str, str]:
    """(digits, a spelling)"""
    area = rng.choice(["010", "021", "0755", "0571"])
    local = rng.choice("2345678") + "".join(rng.choice("0123456789") for _ in range(7))
    spelled = rng.choice([f"{area}-{local}", f"({area}) {local[:4]} {local[4:]}", area + local])
    return area + local, spelled


@dataclass
class Planter:
    rng: random.Random
    pans: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    spellings: set[str] = field(default_factory=set)
    n: int = 0

    def pan(self, *, card_field: bool = False) -> str:
        """A new card number, spelled the next way (in a card column: a way that holds the
        card alone, without an expiry or an amount after it)."""
        pan = _pan(self.rng)
        while True:
            name, spell = PAN_SPELLINGS[self.n % len(PAN_SPELLINGS)]
            self.n += 1
            if not card_field or name not in ("expiry glued", "then an amount"):
                break
        self.pans.append(pan)
        self.spellings.add(name)
        return spell(pan)

    def phone(self) -> str:
        if self.rng.random() < 0.3:
            digits, spelled = _landline(self.rng)
        else:
            digits = _mobile(self.rng)
            spelled = self.rng.choice(PHONE_SPELLINGS)[1](digits)
        self.phones.append(digits)
        return spelled

    def both(self, lead: str = "") -> str:
        return f"{lead}卡号 {self.pan()} 电话 {self.phone()}"


@dataclass
class ScanResult:
    pans_planted: int
    spellings: int
    phones_planted: int
    files: int
    bytes_scanned: int
    luhn_runs: list[tuple[str, str]]
    planted_pans_found: list[tuple[str, str]]
    phones_found: list[tuple[str, str]]
    planted_phones_found: list[tuple[str, str]]
    allowed_phones: list[str]

    def line(self) -> str:
        return (
            f"planted {self.pans_planted} card numbers in {self.spellings} spellings and "
            f"{self.phones_planted} phones; scanned {self.files} files/outputs "
            f"({self.bytes_scanned / 1e6:.1f} MB): Luhn-valid 13-19 digit runs "
            f"{len(self.luhn_runs)}, planted cards found {len(self.planted_pans_found)}, "
            f"full phones {len(self.phones_found)}, planted phones found "
            f"{len(self.planted_phones_found)} (staff contact numbers in their own fields "
            f"allowed: {', '.join(self.allowed_phones)})"
        )


class _Outputs:
    """What the command line printed, command by command."""

    def __init__(self) -> None:
        self.texts: list[tuple[str, str]] = []

    def run(self, *argv: str | Path, pin: str = PINS["cashier"]) -> int:
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                with pin_on_stdin(pin):  # a command's PIN, never on argv
                    code = main([str(a) for a in argv])
            except SystemExit as exc:
                code = int(exc.code or 0)
        self.texts.append((" ".join(str(a) for a in argv[:4]), out.getvalue() + err.getvalue()))
        return code


HEADER = "单号,交易时间,交易地点,交易金额,交易类型,交易资金,卡号,商户编号,终端号,凭证号,参考号,操作号,挂单原因,收银员"


def _csv_cell(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _imports(p: Planter, store: Store, tmp: Path, cli: _Outputs) -> None:
    when = (utcnow() - dt.timedelta(hours=3)).strftime("%Y-%m-%d %H:%M:%S")
    rows = []
    for i in range(12):
        card = p.pan(card_field=True)
        rows.append(
            ",".join(
                [
                    f"SCAN{i:04d}",
                    when,
                    _csv_cell(f"人民路店 {p.both()}"),
                    "128.00",
                    "消费",
                    "信用卡",
                    _csv_cell(card),
                    MERCHANT_NO,
                    TERMINAL_NO,
                    f"{i:06d}",
                    f"{612345678900 + i}",
                    f"{i + 1:06d}",
                    "网络故障",
                    _csv_cell(f"张三 {p.phone()}"),
                ]
            )
        )
    good = tmp / "good.csv"
    good.write_text(HEADER + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    assert cli.run("--db", store.url, "import", good, "--user", "张三") == 0, cli.texts[-1]
    items = [
        {
            "order_no": f"SCANJ{i:03d}",
            "occurred_at": when,
            "location": f"店 {p.both()}",
            "amount": "9.90",
            "txn_type": "SALE",
            "funding": "DEBIT",
            "card": p.pan(card_field=True),
            "merchant_no": MERCHANT_NO,
            "terminal_no": TERMINAL_NO,
            "operation_no": f"{900 + i:06d}",
            "cause": "NETWORK",
        }
        for i in range(4)
    ]
    good_json = tmp / "good.json"
    good_json.write_text(json.dumps({"orders": items}, ensure_ascii=False), encoding="utf-8")
    assert cli.run("--db", store.url, "import", good_json, "--user", "张三") == 0, cli.texts[-1]
    # Refused files echo their cells and headers in the report.
    bad = tmp / "bad.csv"
    bad.write_text(
        HEADER
        + f",{_csv_cell(p.pan())}\n"
        + ",".join(
            [
                "BAD1",
                _csv_cell(p.pan()),
                _csv_cell(p.both()),
                _csv_cell(p.pan()),
                _csv_cell(p.phone()),
                _csv_cell(p.pan()),
                _csv_cell("x" + p.pan()),
                MERCHANT_NO,
                TERMINAL_NO,
                "",
                "",
                "",
                _csv_cell(p.phone()),
                "",
                "",
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    assert cli.run("--db", store.url, "import", bad, "--user", "张三") == 2
    bad_json = tmp / "bad.json"
    bad_json.write_text(
        json.dumps(
            [{"order_no": p.pan(), "amount": p.pan(), p.pan(): p.phone(), "funding": p.both()}],
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    assert cli.run("--db", store.url, "import", bad_json, "--user", "张三") == 2
    # Manual entry: one accepted, several refused.
    base = ("--db", store.url, "orders", "add", "--user", "张三")
    ok = cli.run(
        *base,
        "order_no=SCANM1",
        f"occurred_at={when}",
        f"location=店 {p.both()}",
        "amount=1.00",
        "txn_type=SALE",
        "funding=CREDIT",
        f"card={p.pan(card_field=True)}",
        f"merchant_no={MERCHANT_NO}",
        f"terminal_no={TERMINAL_NO}",
        "cause=NETWORK",
        "operation_no=777001",
    )
    assert ok == 0, cli.texts[-1]
    cli.run(*base, p.pan())
    cli.run(*base, f"{p.pan()}=1", f"txn_type={p.phone()}", f"amount={p.pan()}")
    cli.run(*base, f"card={p.pan()}x", f"cause={p.both()}")
    cli.run("--db", store.url, "orders", "list", "--limit", p.pan())


def _wizard(p: Planter, store: Store, files_dir: Path) -> None:
    from sqlalchemy import select

    from app.models import SuspendedOrder
    from tests.core.images import tiny_png

    with store.transaction() as s:
        staff = _staff(s)
        orders = list(
            s.execute(select(SuspendedOrder).where(SuspendedOrder.order_no.like("SCAN0%")))
            .scalars()
            .all()
        )
        for k, order in enumerate(orders[:6]):
            case = workflow.open_case(s, order.id, staff.cashier)
            workflow.escalate(s, case, staff.cashier, p.both("地点不符 "))
            workflow.correct_order(
                s,
                case,
                staff.lead,
                {"location": f"人民路店 {p.both()}"[:120], "operation_no": f"{k + 1:06d}"},
                note=p.both("补录 "),
                pin=PINS["lead"],
            )
            workflow.verify(s, case, staff.cashier, all_checked())
            contact = dataclasses.replace(
                CONTACT,
                reason=ContactReason.OTHER,
                reason_other=p.both("其他："),
                explanation=p.both("客户说 "),
                guidance=p.both("请回电 "),
                customer_name=f"陈 {p.phone()}",
                bank_contacted=True,
                bank_hotline=f"95588 {p.phone()}",
                bank_reference=p.both("工单")[:60],
            )
            workflow.record_contact(s, case, staff.cashier, contact)
            form = workflow.form_defaults(s, case, staff.cashier)
            form = dataclasses.replace(
                form,
                merchant_name=f"测试便利店 {p.phone()}",
                applicant_name=f"张三 {p.phone()}",
                reason_summary=p.both("经核对 "),
            )
            workflow.fill_form(s, case, staff.cashier, form)
            name = f"签购单 {p.pan()} {p.phone()}.png".replace("\n", " ")
            workflow.add_attachment(
                s, files_dir, case, staff.cashier, name, tiny_png(k), purpose="EVIDENCE"
            )
            workflow.submit(s, case, staff.cashier)
            # The admin decides: the lead who corrected the data worked on the case.
            if k % 2:
                workflow.reject(s, case, staff.admin.name, PINS["admin"], p.both("请补充 "))
                workflow.fill_form(s, case, staff.cashier, form)
                workflow.submit(s, case, staff.cashier)
            workflow.approve(s, case, staff.admin.name, PINS["admin"], p.both("同意 "))
        for order in orders[6:8]:
            case = workflow.open_case(s, order.id, staff.cashier)
            workflow.withdraw(s, case, staff.cashier, p.both("客户不需要了 "))
        try:
            create_user(s, f"张{p.pan()}", Role.CASHIER, "246813", staff.admin)
        except DomainError as exc:
            exc.message()
        settings = load_settings(s)
        settings.printer_url = f"network:printer-{p.pan()}"
        settings.extra = {"note": p.both()}
        save_settings(s, settings, staff.admin)


@dataclass
class _Staff:
    cashier: User
    lead: User
    admin: User


def _staff(session: Session) -> _Staff:
    """The staff seed_staff made, loaded in this session."""
    found = {name: find_user(session, name) for name in ("张三", "李四", "管理员")}
    assert all(found.values())
    return _Staff(found["张三"], found["李四"], found["管理员"])  # type: ignore[arg-type]


def _outputs(store: Store, tmp: Path, cli: _Outputs) -> list[Path]:
    from sqlalchemy import select

    from app.clock import today
    from app.models import CancellationCase, Stage

    with store.transaction() as s:
        case_nos = list(
            s.execute(
                select(CancellationCase.case_no).where(CancellationCase.stage == Stage.APPROVED)
            ).scalars()
        )
    pdfs = []
    for case_no in case_nos[:3]:
        out = tmp / f"form-{case_no}.pdf"
        assert (
            cli.run("--db", store.url, "print", "form", case_no, "--out", out, "--user", "张三")
            == 0
        )
        pdfs.append(out)
    day = today("Asia/Shanghai").isoformat()
    batch = tmp / "batch.pdf"
    assert (
        cli.run(
            "--db", store.url, "print", "batch", "--from", day, "--to", day, "--out", batch,
            "--user", "李四", pin=PINS["lead"],
        )
        == 0
    )  # fmt: skip
    pdfs.append(batch)
    for report in ("handover", "causes", "anomalies"):
        cli.run("--db", store.url, "report", report)
        cli.run("--db", store.url, "report", report, "--csv")
        out = tmp / f"report-{report}.pdf"
        cli.run("--db", store.url, "report", report, "--pdf", out)
        pdfs.append(out)
    cli.run("--db", store.url, "orders", "list")
    cli.run("--db", store.url, "audit", "verify")
    cli.run("--db", store.url, "backup")
    return [p for p in pdfs if p.exists()]


def _binary(blob: bytes | str) -> bool:
    return isinstance(blob, bytes) and (b"\x00" in blob[:4096] or blob.startswith(b"%PDF"))


def plant_and_scan(home: Path) -> ScanResult:
    """Everything above in a fresh GUADAN_HOME (the caller sets the variable)."""
    from pypdf import PdfReader

    from app.logs import reset_for_tests, setup_logging

    reset_for_tests()
    setup_logging()
    p = Planter(random.Random(20261203))
    tmp = home / "work"
    tmp.mkdir(parents=True, exist_ok=True)
    store = open_store(f"sqlite:///{home / 'data' / 'scan.sqlite3'}")
    with store.transaction() as s:
        staff = seed_staff(s)
        allowed = sorted({u.phone for u in (staff.cashier,) if u.phone})
    cli = _Outputs()
    _imports(p, store, tmp, cli)
    _wizard(p, store, store.attachments_dir)
    log = logging.getLogger("scan")
    log.warning("customer read out %s, call back %s", p.pan(), p.phone())
    try:
        raise ValueError(f"refused {p.pan()} for {p.phone()}")
    except ValueError:
        log.exception("a step failed")
    pdfs = _outputs(store, tmp, cli)
    for handler in logging.getLogger().handlers:
        handler.flush()
    store.dispose()
    reset_for_tests()

    blobs: list[tuple[str, bytes | str]] = []
    for path in sorted(home.rglob("*")):
        if path.is_file() and (path.parent != tmp or path.suffix == ".pdf"):
            data = path.read_bytes()
            if path.suffix == ".pdf":  # the creation time D:20261203092816 is not a card
                data = re.sub(rb"D:\d{14}", b"D:<time>", data)
            blobs.append((str(path.relative_to(home)), data))
            if data.startswith(b"SQLite format 3\x00"):
                blobs.append((f"{path.relative_to(home)} (cells)", sqlite_cells(path)))
    for pdf in pdfs:
        text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
        blobs.append((f"{pdf.name} (text)", text))
    blobs += [(f"cli: {cmd}", text) for cmd, text in cli.texts]

    def hits(
        finder: Callable[[bytes | str], list[str]], text_only: bool = False
    ) -> list[tuple[str, str]]:
        return [
            (name, hit)
            for name, blob in blobs
            if not (text_only and _binary(blob))
            for hit in finder(blob)
        ]

    # Any 11–12 digits look like a phone, and raw database pages, a WAL, a font cache glue
    # unrelated digits together by chance: there the phones planted are looked for (and
    # every phone-shaped value in the database's cells, which are read one by one).
    phones = [
        (n, h) for n, h in hits(phone_runs, text_only=True) if h.replace("-", "") not in allowed
    ]
    return ScanResult(
        pans_planted=len(p.pans),
        spellings=len(p.spellings),
        phones_planted=len(p.phones),
        files=len(blobs),
        bytes_scanned=sum(len(b) for _, b in blobs),
        luhn_runs=hits(luhn_runs),
        planted_pans_found=hits(lambda b: planted_found(b, p.pans)),
        phones_found=phones,
        planted_phones_found=hits(lambda b: planted_found(b, p.phones)),
        allowed_phones=allowed,
    )
