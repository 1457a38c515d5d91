"""`guadan print …`: one application form, a date range's batch, or a case's slip, to a file.

Each handler returns an exit code; any failure is one Chinese line on stderr and exit 1. A
print is an audit event: it names who printed (`--user`, the PIN from the prompt or standard
input, as every command that writes an event); a batch is a shift lead's.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli.common import add_user_option
from app.errors import DomainError

# Registering these commands (`guadan --help`) must not load SQLAlchemy or reportlab: the
# handlers import what they use.
if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.db import Store
    from app.models import CancellationCase


class PrintCommandError(Exception):
    """A refusal the user can act on; its text is what the CLI prints."""


StoreOpener = Callable[[], "Store"]


def add_print_commands(subparsers: Any, open_store_fn: StoreOpener) -> argparse.ArgumentParser:
    """Register `print form|batch|slip` on the CLI's subparsers; each sets `func(args) -> int`."""
    parser = subparsers.add_parser("print", help="打印撤销申请表、批量申请表或凭条（PDF）")
    sub = parser.add_subparsers(dest="print_what", metavar="{form,batch,slip}", required=True)

    form = sub.add_parser("form", help="一个案件的撤销POS机交易申请表")
    form.add_argument("case_no", nargs="?", help="案件编号（与 --blank 同用时可省略）")
    form.add_argument("--out", required=True, type=Path, help="输出 PDF 文件")
    form.add_argument("--blank", action="store_true", help="空白表（手工填写）")
    add_user_option(form)
    form.set_defaults(func=_handler(_print_form, open_store_fn))

    batch = sub.add_parser("batch", help="日期范围内已批准和已完成的申请表，合成一个 PDF")
    batch.add_argument("--from", dest="date_from", required=True, help="起始日期 YYYY-MM-DD")
    batch.add_argument("--to", dest="date_to", required=True, help="截止日期 YYYY-MM-DD（含）")
    batch.add_argument("--out", required=True, type=Path, help="输出 PDF 文件")
    batch.add_argument(
        "--all",
        dest="include_all",
        action="store_true",
        help="也包括待审批、已驳回的申请（默认只含已批准和已完成的）",
    )
    add_user_option(batch, help_text="值班主管的用户名（PIN 在提示时输入或从标准输入读取）")
    batch.set_defaults(func=_handler(_print_batch, open_store_fn))

    slip = sub.add_parser("slip", help="一个已执行案件的撤销/退货凭条")
    slip.add_argument("case_no", help="案件编号")
    slip.add_argument("--out", required=True, type=Path, help="输出 PDF 文件")
    slip.add_argument("--width", type=int, choices=(58, 80), help="纸宽（毫米），默认取设置")
    add_user_option(slip)
    slip.set_defaults(func=_handler(_print_slip, open_store_fn))
    return parser


def _handler(
    run: Callable[[argparse.Namespace, StoreOpener], str], open_store_fn: StoreOpener
) -> Callable[[argparse.Namespace], int]:
    def handle(args: argparse.Namespace) -> int:
        try:
            print(run(args, open_store_fn))
        except PrintCommandError as exc:
            print(f"错误：{exc}", file=sys.stderr)
            return 1
        except DomainError as exc:  # a wrong PIN, a locked user, a cashier's batch
            from app.cli.common import lang

            print(f"错误：{exc.message(lang())}", file=sys.stderr)
            return 1
        except Exception as exc:  # the counter PC shows one line, never a traceback
            print(f"错误：打印失败（{type(exc).__name__}: {exc}）", file=sys.stderr)
            return 1
        return 0

    return handle


def _write(path: Path, data: bytes, what: str) -> str:
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise PrintCommandError(f"无法写入 {path}：{exc.strerror or exc}") from exc
    return f"已生成{what}：{path}"


def _load_case(session: Session, case_no: str) -> CancellationCase:
    from sqlalchemy import select
    from sqlalchemy.orm import selectinload

    from app.models import ApprovalDecision, CancellationCase

    case = session.scalars(
        select(CancellationCase)
        .where(CancellationCase.case_no == case_no)
        .options(
            selectinload(CancellationCase.attachments),
            selectinload(CancellationCase.decisions).selectinload(ApprovalDecision.approver),
        )
    ).first()
    if case is None:
        raise PrintCommandError(f"找不到案件 {case_no}")
    return case


def _print_form(args: argparse.Namespace, open_store_fn: StoreOpener) -> str:
    from app.settings import load_settings
    from printing.application_form import render_form
    from printing.form_view import ApplicationFormView, blank_form_view, form_view_from_case

    if args.blank and not args.case_no:
        return _write(args.out, render_form(blank_form_view()), "空白申请表")
    if not args.case_no:
        raise PrintCommandError("请给出案件编号，或使用 --blank 打印空白表")
    store = open_store_fn()
    actor = _signed_in(store, args)
    with store.transaction() as session:
        case = _load_case(session, args.case_no)
        training = store.training or case.training
        if args.blank:
            # A numbered blank form: the QR still leads back to the case.
            view = ApplicationFormView(case_no=case.case_no)
        else:
            zone = load_settings(session).timezone
            view = form_view_from_case(case, zone=zone)
        case_ids = [case.id]
    done = _write(args.out, render_form(view, training=training), "申请表")
    _audit_print(store, "print.form", case_ids, args.out, actor)
    return done


def _signed_in(store: Any, args: argparse.Namespace, *, lead: bool = False) -> Any:
    """Who prints: `--user` with their PIN (a batch: a shift lead or an admin)."""
    from app.cli.signin import sign_in
    from app.workflow.common import LEADS, require_role

    user = sign_in(store, args)
    if lead:
        require_role(user, LEADS, "print.batch_lead_only")
    return user.id


def _audit_print(store: Any, kind: str, case_ids: list[Any], out: Path, actor_id: Any) -> None:
    """Every print is an audit event (DESIGN.md §4), by its user, written once the file is."""
    from app.models import User
    from app.workflow import get_case, record_print

    with store.transaction() as session:
        actor = session.get_one(User, actor_id)
        for case_id in case_ids:
            record_print(
                session,
                get_case(session, case_id),
                actor,
                kind.removeprefix("print."),
                Path(out).name,
            )


def _parse_date(text: str, flag: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise PrintCommandError(f"{flag} 日期格式应为 YYYY-MM-DD：{text}") from None


def _print_batch(args: argparse.Namespace, open_store_fn: StoreOpener) -> str:
    from app.settings import load_settings
    from printing.batch import batch_pdf

    first = _parse_date(args.date_from, "--from")
    last = _parse_date(args.date_to, "--to")
    if last < first:
        raise PrintCommandError("--to 不能早于 --from")
    store = open_store_fn()
    actor = _signed_in(store, args, lead=True)
    with store.transaction() as session:
        zone = load_settings(session).timezone
        batch = batch_pdf(
            session, first, last, zone, training=store.training, include_all=args.include_all
        )
    if batch is None:
        which = "已提交" if args.include_all else "已批准或已完成"
        raise PrintCommandError(f"{first} 至 {last} 没有{which}的申请表（--all 包括全部已提交的）")
    done = _write(args.out, batch.pdf, f"{len(batch.case_ids)} 份申请表")
    _audit_print(store, "print.form", batch.case_ids, args.out, actor)
    return done


def _print_slip(args: argparse.Namespace, open_store_fn: StoreOpener) -> str:
    from app.settings import load_settings
    from printing.form_view import slip_view_from_case
    from printing.slip import render_slip_pdf

    store = open_store_fn()
    actor = _signed_in(store, args)
    with store.transaction() as session:
        case = _load_case(session, args.case_no)
        if case.executed_at is None:
            raise PrintCommandError(f"案件 {case.case_no} 尚未执行撤销/退货，没有凭条可打印")
        settings = load_settings(session)
        view = slip_view_from_case(case, zone=settings.timezone)
        width = args.width or settings.slip_width_mm
        training = store.training or case.training
        case_ids = [case.id]
    done = _write(args.out, render_slip_pdf(view, width, training=training), "凭条")
    _audit_print(store, "print.slip", case_ids, args.out, actor)
    return done
