"""What the `guadan` command runs from ui/: the window (no command given) and `--self-check`.

Both are registered under the entry-point group `guadan.gui` (pyproject.toml), so that
app.cli, which parses the command line, never imports ui/. Nothing here imports Qt until
the window is asked for.
"""

from __future__ import annotations

import argparse


def run_window(args: argparse.Namespace) -> int:
    from ui.main import run

    return run(args.db, args.training, args.lang, args.demo)


def run_self_check() -> int:
    from ui.selfcheck import run_self_check as check

    return check()
