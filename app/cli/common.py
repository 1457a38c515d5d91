"""What every command shares: the language, one clear error line, the store the user chose."""

from __future__ import annotations

import argparse
import contextlib
import gettext
import os
import sys
from collections.abc import Callable, Iterator
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


# argparse's own words (usage:, options, "show this help message and exit", its errors) in
# Chinese, as every help text of ours is: `guadan --help` must not be half English. argparse
# looks its strings up through gettext as it prints them; with no catalogue installed for it,
# ours stand in while the language is Chinese.
ARGPARSE_ZH = {
    "usage: ": "用法：",
    "positional arguments": "命令与参数",
    "options": "选项",
    "show this help message and exit": "显示本帮助并退出",
    "show program's version number and exit": "显示版本号并退出",
    "%(prog)s: error: %(message)s\n": "%(prog)s：错误：%(message)s\n",
    "the following arguments are required: %s": "缺少必需的参数：%s",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "invalid choice: %(value)r (choose from %(choices)s)": "无效的取值 %(value)r（可选：%(choices)s）",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "expected one argument": "须跟一个值",
    "expected at least one argument": "须跟至少一个值",
    "expected at most one argument": "最多跟一个值",
    "invalid %(type)s value: %(value)r": "无效的 %(type)s 值：%(value)r",
    "ambiguous option: %(option)s could match %(matches)s": "选项 %(option)s 不明确，可能是：%(matches)s",
    "not allowed with argument %s": "不能与参数 %s 同时使用",
    "ignored explicit argument %r": "忽略了多余的值 %r",
    "one of the arguments %s is required": "须给出以下参数之一：%s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "没有命令 %(parser_name)r（可选：%(choices)s）",
    "can't open '%(filename)s': %(error)s": "无法打开“%(filename)s”：%(error)s",
}


def _zh(text: str) -> str:
    return ARGPARSE_ZH.get(text, text)


def _zh_plural(singular: str, plural: str, n: int) -> str:
    return _zh(singular if n == 1 else plural)


def install_argparse_words(language: str) -> None:
    """argparse speaks `language` (zh_CN: these words; anything else: its own English)."""
    chinese = language.startswith("zh")
    lookup: Callable[[str], str] = _zh if chinese else gettext.gettext
    argparse._ = lookup  # type: ignore[attr-defined]
    argparse.ngettext = _zh_plural if chinese else gettext.ngettext  # type: ignore[attr-defined]


class _NoPinArgument(argparse.Action):
    """`--pin` is refused with a message saying why (rather than argparse's "unrecognized")."""

    def __call__(self, parser: Any, namespace: Any, values: Any, option: Any = None) -> None:
        from app.errors import DomainError

        parser.error(DomainError("cli.pin_argument").message(lang()))


def add_user_option(parser: Any, *, help_text: str = "") -> None:
    parser.add_argument(
        "--user",
        required=True,
        help=help_text or "操作人用户名（PIN 在提示时输入或从标准输入读取）",
    )
    parser.add_argument("--pin", action=_NoPinArgument, help=argparse.SUPPRESS)
