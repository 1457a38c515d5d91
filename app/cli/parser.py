"""`guadan`: the one parser every command registers into; with no command it opens the window.

A command group is a `register(subparsers, open_store_fn)` function. app/'s own groups are
listed in `APP_GROUPS`; the layers above (printing, the window) and third-party packages
register theirs through the entry-point groups `guadan.commands` and `guadan.gui`, so that
app/ never imports them.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Callable, Sequence
from typing import Any

from app import __version__
from app.cli.common import fail, lang, open_store_for, redacted_output
from app.errors import DomainError

log = logging.getLogger("guadan.cli")

COMMANDS_GROUP = "guadan.commands"
GUI_GROUP = "guadan.gui"
SELF_CHECK = "--self-check"

# module:function of app/'s own command groups, in the order `--help` lists them.
APP_GROUPS = (
    "app.cli.orders:register",
    "app.cli.store:register",
    "app.cli.terminal:register",
    "app.cli.qr:register",
    "app.cli.doctor:register",
)

CommandHook = Callable[[Any, Callable[[], Any]], None]


def _load(target: str) -> Any:
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)


def _entry_points(group: str) -> list[Any]:
    from importlib.metadata import entry_points

    return sorted(entry_points(group=group), key=lambda ep: ep.name)


def installed_hooks() -> list[CommandHook]:
    """app/'s groups, then every installed package's (printing's, a plug-in's)."""
    hooks: list[CommandHook] = [_load(target) for target in APP_GROUPS]
    for ep in _entry_points(COMMANDS_GROUP):
        try:
            hooks.append(ep.load())
        except Exception:  # a broken plug-in must not take the whole command line down
            log.exception("command group %s could not be loaded", ep.name)
    return hooks


def _gui_entry(name: str) -> Callable[..., int] | None:
    for ep in _entry_points(GUI_GROUP):
        if ep.name == name:
            loaded: Callable[..., int] = ep.load()
            return loaded
    return None


def _no_gui(args: argparse.Namespace) -> int:
    print("界面未安装：请安装 guadan 的界面部分，或使用命令行子命令（guadan --help）。")
    return 0


def _window(args: argparse.Namespace) -> int:
    run = _gui_entry("window")
    return _no_gui(args) if run is None else int(run(args))


def build_parser(
    hooks: Sequence[CommandHook] | None = None,
    gui: Callable[[argparse.Namespace], int] | None = None,
) -> argparse.ArgumentParser:
    """Every registered command; `gui` is what runs with no command (by default the window
    that the `guadan.gui` entry point named "window" opens)."""
    parser = argparse.ArgumentParser(
        prog="guadan", description="挂单撤销 — suspended-order cancellation"
    )
    parser.add_argument("--version", action="version", version=f"guadan {__version__}")
    parser.add_argument(
        "--db", help="数据库：SQLite 文件路径或 postgresql://… URL（也可用 GUADAN_DB）"
    )
    parser.add_argument(
        "--training", action="store_true", help="培训模式：独立的练习数据库和模拟终端"
    )
    parser.add_argument(
        "--demo", action="store_true", help="演示门店：独立的演示数据库，首次运行时写入演示数据"
    )
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="界面语言")
    parser.set_defaults(func=gui or _window)
    sub = parser.add_subparsers(dest="command")

    def open_from_argv() -> Any:
        return open_store_for(_parsed[0])

    for hook in installed_hooks() if hooks is None else hooks:
        hook(sub, open_from_argv)
    return parser


# The parsed arguments, for hooks that open the store the user chose with --db / --training.
_parsed: list[argparse.Namespace] = [argparse.Namespace(db=None, training=False, demo=False)]


def main(
    argv: Sequence[str] | None = None,
    hooks: Sequence[CommandHook] | None = None,
    gui: Callable[[argparse.Namespace], int] | None = None,
) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    # Before argparse: the self-check takes no store, no command, and must not open the window.
    if SELF_CHECK in args_list:
        check = _gui_entry("self-check")
        return fail("界面未安装，无法自检。") if check is None else int(check())

    from app.logs import setup_logging

    setup_logging()
    # Everything a command prints — argparse's own errors about a value too — is redacted.
    with redacted_output():
        parser = build_parser(hooks, gui)
        args = parser.parse_args(args_list)
        _parsed[0] = args
        try:
            return int(args.func(args) or 0)
        except DomainError as exc:
            return fail(exc.message(lang()))
        except KeyboardInterrupt:
            return 130
        except Exception as exc:  # one clear line for the user; the traceback goes to the log
            log.exception("command failed")
            return fail(f"{type(exc).__name__}: {exc}")


if __name__ == "__main__":
    sys.exit(main())
