"""The `guadan` command: the core's CLI plus the printing commands; with no command, the window.

It lives in ui/ because it is the one place allowed to know every layer (ui → printing → app).
Nothing here imports Qt until the window is asked for.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

SELF_CHECK = "--self-check"


def _gui(args: argparse.Namespace) -> int:
    from ui.main import run

    return run(args.db, args.training, args.lang, args.demo)


def _hooks() -> list:  # type: ignore[type-arg]
    from app.doctor import add_doctor_command
    from printing.cli import add_print_commands
    from printing.report_cli import add_report_commands

    return [add_print_commands, add_report_commands, add_doctor_command]


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    # Before argparse: the self-check takes no store, no command, and must not open the window.
    if SELF_CHECK in args:
        from ui.selfcheck import run_self_check

        return run_self_check()

    from app.cli import main as core_main

    return core_main(args, hooks=_hooks(), gui=_gui)


if __name__ == "__main__":
    sys.exit(main())
