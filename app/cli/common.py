"""What every command shares: the language, one clear error line, the store the user chose."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Iterator
from typing import Any

from app.redaction import RedactingStream, redact


def lang() -> str:
    return os.environ.get("GUADAN_LANG", "zh_CN")


def fail(message: str, code: int = 1) -> int:
    message = redact(message)
    print(f"错误: {message}" if lang().startswith("zh") else f"error: {message}", file=sys.stderr)
    return code


@contextlib.contextmanager
def redacted_output() -> Iterator[None]:
    """stdout and stderr through the one redactor while a command runs."""
    saved = sys.stdout, sys.stderr
    out, err = RedactingStream(saved[0]), RedactingStream(saved[1])
    sys.stdout, sys.stderr = out, err
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved
        out.flush()
        err.flush()


def open_store_for(args: argparse.Namespace) -> Any:
    """The store chosen by --db / GUADAN_DB, --training and --demo."""
    from app.db import open_store

    return open_store(
        args.db, training=getattr(args, "training", False), demo=getattr(args, "demo", False)
    )
