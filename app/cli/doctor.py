"""`guadan doctor`: the checks of app/doctor.py, printed, with an exit status."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any


def register(subparsers: Any, open_store_fn: Callable[[], Any]) -> argparse.ArgumentParser:
    """`guadan doctor [--strict]`; the database is the one --db / --training chose."""
    p: argparse.ArgumentParser = subparsers.add_parser(
        "doctor", help="检查本机环境：版本、目录、数据库、密钥、字体、翻译、串口、终端"
    )
    p.add_argument("--strict", action="store_true", help="警告也视为失败（退出码 1）")

    def run(args: argparse.Namespace) -> int:
        from app.db import resolve_url

        url = resolve_url(
            args.db, training=getattr(args, "training", False), demo=getattr(args, "demo", False)
        )
        from app.doctor import exit_code, report, run_checks

        results = run_checks(url, open_store_fn)
        report(results)
        return exit_code(results, strict=args.strict)

    p.set_defaults(func=run)
    return p
