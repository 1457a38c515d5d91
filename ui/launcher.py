"""The `guadan` command: the core's CLI plus the printing commands; with no command, the window.

It lives in ui/ because it is the one place allowed to know every layer (ui → printing → app).
Nothing here imports Qt until the window is asked for.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def _gui(args: argparse.Namespace) -> int:
    from ui.main import run

    return run(args.db, args.training, args.lang)


def _hooks() -> list:  # type: ignore[type-arg]
    try:
        from printing.cli import add_print_commands
    except ImportError:
        return []
    return [add_print_commands]


def main(argv: Sequence[str] | None = None) -> int:
    from app.cli import main as core_main

    return core_main(argv, hooks=_hooks(), gui=_gui)


if __name__ == "__main__":
    sys.exit(main())
