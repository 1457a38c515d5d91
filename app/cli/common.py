"""What every command shares: the language, one clear error line, the store the user chose."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any


def lang() -> str:
    return os.environ.get("GUADAN_LANG", "zh_CN")


def fail(message: str, code: int = 1) -> int:
    print(f"错误: {message}" if lang().startswith("zh") else f"error: {message}", file=sys.stderr)
    return code


def open_store_for(args: argparse.Namespace) -> Any:
    """The store chosen by --db / GUADAN_DB, --training and --demo."""
    from app.db import open_store

    return open_store(
        args.db, training=getattr(args, "training", False), demo=getattr(args, "demo", False)
    )
