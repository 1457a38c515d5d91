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
from app.cli.common import fail, install_argparse_words, lang, open_store_for, redacted_output
from app.errors import DomainError

log = logging.getLogger("guadan.cli")

COMMANDS_GROUP = "guadan.commands"
GUI_GROUP = "guadan.gui"
SELF_CHECK = "--self-check"

# app/'s own commands: name → (the group that registers it, its line in `--help`), in the order
# `--help` lists them. Only the group of the command given is imported (a test checks this
# table against what the groups register): `guadan --help` and the window load none of them.
APP_COMMANDS: dict[str, tuple[str, str]] = {
    "demo-data": ("app.cli.orders:register", "写入演示门店数据"),
    "import": ("app.cli.orders:register", "导入挂单文件（CSV/JSON）"),
    "orders": ("app.cli.orders:register", "挂单"),
    "audit": ("app.cli.store:register", "审计"),
    "counter": (
        "app.cli.store:register",
        "本收银台的终端：终端号和端口（保存在本机，不在共享数据库中）",
    ),
    "migrate": (
        "app.cli.store:register",
        "升级数据库结构并设置共享库的权限（共享库须用所有者账号）",
    ),
    "backup": ("app.cli.store:register", "备份本机数据库"),
    "restore": ("app.cli.store:register", "从备份恢复本机数据库（管理员）"),
    "store": ("app.cli.shared:register", "共享门店"),
    "terminal-sim": (
        "app.cli.terminal:register",
        "运行模拟的刷卡终端（POS Integrado 或 Concert；TCP 和/或 pty）",
    ),
    "terminal": ("app.cli.terminal:register", "直接与刷卡终端通讯"),
    "qr-sim": ("app.cli.qr:register", "运行模拟的支付宝/微信支付网关（本机 HTTP）"),
    "qr": ("app.cli.qr:register", "扫码支付（支付宝、微信支付）：设置、测试、查单"),
    "doctor": (
        "app.cli.doctor:register",
        "检查本机环境：版本、目录、数据库、密钥、字体、翻译、串口、终端",
    ),
}
APP_GROUPS = tuple(dict.fromkeys(group for group, _help in APP_COMMANDS.values()))
# top-level options that take a value: the word after them is not a command
_VALUED_OPTIONS = frozenset({"--db", "--lang"})

CommandHook = Callable[[Any, Callable[[], Any]], None]


def _load(target: str) -> Any:
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)


def _entry_points(group: str) -> list[Any]:
    from importlib.metadata import entry_points

    return sorted(entry_points(group=group), key=lambda ep: ep.name)


def _load_entry_point(ep: Any) -> CommandHook | None:
    try:
        hook: CommandHook = ep.load()
    except Exception:  # a broken plug-in must not take the whole command line down
        log.exception("command group %s could not be loaded", ep.name)
        return None
    return hook


def installed_hooks() -> list[CommandHook]:
    """app/'s groups, then every installed package's (printing's, a plug-in's)."""
    hooks: list[CommandHook] = [_load(target) for target in APP_GROUPS]
    for ep in _entry_points(COMMANDS_GROUP):
        hook = _load_entry_point(ep)
        if hook is not None:
            hooks.append(hook)
    return hooks


def command_in(argv: Sequence[str]) -> str | None:
    """The command word of a command line (None: the window, or only top-level options)."""
    skip = False
    for word in argv:
        if skip:
            skip = False
        elif word == "--":
            continue
        elif word in _VALUED_OPTIONS:
            skip = True
        elif not word.startswith("-"):
            return word
    return None


def _lazy_hooks(command: str | None, wants_help: bool) -> list[CommandHook]:
    """What the command line needs registered: the group of `command` only; app/'s other
    commands as named placeholders (so that `--help` and a mistyped command list them all);
    plug-in groups (entry point `guadan.commands`, named after their command) only for
    `--help`, their own command, or a word no group of app/ knows."""

    def placeholders(sub: Any, _open: Callable[[], Any]) -> None:
        for name, (_group, text) in APP_COMMANDS.items():
            if name not in loaded_names:
                sub.add_parser(name, help=text, add_help=False)

    hooks: list[CommandHook] = []
    loaded_names: set[str] = set()
    if command in APP_COMMANDS:
        group = APP_COMMANDS[command][0]
        hooks.append(_load(group))
        loaded_names = {name for name, (g, _text) in APP_COMMANDS.items() if g == group}
    hooks.insert(0, placeholders)
    if command in APP_COMMANDS or (command is None and not wants_help):
        return hooks
    plugins = _entry_points(COMMANDS_GROUP)
    named = [ep for ep in plugins if ep.name == command]
    for ep in named or plugins:
        hook = _load_entry_point(ep)
        if hook is not None:
            hooks.append(hook)
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
    argv: Sequence[str] | None = None,
) -> argparse.ArgumentParser:
    """Every registered command; `gui` is what runs with no command (by default the window
    that the `guadan.gui` entry point named "window" opens). With `argv`, only the command
    group that line names is imported (see `_lazy_hooks`)."""
    words = list(argv or ())
    chosen = words[words.index("--lang") + 1] if "--lang" in words[:-1] else lang()
    install_argparse_words(
        chosen
    )  # argparse's own words (用法, 选项, its errors) in the reader's language
    parser = argparse.ArgumentParser(prog="guadan", description="挂单撤销：撤销、退货与审批")
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

    if hooks is None:
        if argv is None:
            hooks = installed_hooks()
        else:
            wants_help = any(word in ("-h", "--help") for word in argv)
            hooks = _lazy_hooks(command_in(argv), wants_help)
    for hook in hooks:
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
        parser = build_parser(hooks, gui, args_list)
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
