"""The command line imports only the command group it runs: `guadan --help` and the window's
path load no SQLAlchemy, models, reportlab or keyring (issue 17: nothing heavy before paint)."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

from app.cli.parser import APP_COMMANDS, APP_GROUPS, _load, command_in

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("sqlalchemy", "app.models", "reportlab", "keyring", "PySide6", "app.doctor")


def _modules_after(code: str) -> dict[str, object]:
    """Runs `code` in a fresh interpreter; it prints JSON on its last line."""
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def test_the_table_of_commands_is_what_the_groups_register() -> None:
    registered: dict[str, tuple[str, str]] = {}
    for group in APP_GROUPS:
        parser = argparse.ArgumentParser()
        sub = parser.add_subparsers()
        _load(group)(sub, lambda: None)
        for action in sub._choices_actions:
            registered[action.dest] = (group, str(action.help))
    # a group that registers a new command: add it to APP_COMMANDS (app/cli/parser.py)
    assert registered == APP_COMMANDS
    assert list(registered) == list(APP_COMMANDS)


def test_the_command_word_is_found_past_the_top_level_options() -> None:
    assert command_in([]) is None
    assert command_in(["--help"]) is None
    assert command_in(["--db", "orders", "--lang", "en"]) is None
    assert command_in(["--db", "x.sqlite3", "--training", "orders", "list"]) == "orders"
    assert command_in(["--db=x.sqlite3", "print", "form"]) == "print"


def test_help_lists_every_command_without_loading_any_group() -> None:
    code = (
        "import contextlib, io, json, sys\n"
        "from app.cli.parser import main\n"
        "buf = io.StringIO()\n"
        "with contextlib.redirect_stdout(buf):\n"
        "    try:\n"
        "        main(['--help'])\n"
        "    except SystemExit:\n"
        "        pass\n"
        f"heavy = [m for m in {HEAVY!r} if m in sys.modules]\n"
        "groups = [m for m in sys.modules if m.startswith('app.cli.') and m not in"
        " ('app.cli.parser', 'app.cli.common')]\n"
        "print(json.dumps({'heavy': heavy, 'groups': groups, 'help': buf.getvalue()}))\n"
    )
    result = _modules_after(code)
    assert result["heavy"] == []
    assert result["groups"] == []
    for name in [*APP_COMMANDS, "print", "report"]:
        assert f"    {name} " in str(result["help"])


def test_a_command_loads_its_own_group_only() -> None:
    code = (
        "import json, sys\n"
        "from app.cli.parser import main\n"
        "try:\n"
        "    main(['orders', '--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(json.dumps({'orders': 'app.cli.orders' in sys.modules,"
        " 'terminal': 'app.cli.terminal' in sys.modules,"
        " 'printing': 'printing.cli' in sys.modules}))\n"
    )
    assert _modules_after(code) == {"orders": True, "terminal": False, "printing": False}


def test_the_window_starts_with_nothing_heavy_loaded() -> None:
    code = (
        "import json, sys\n"
        "from app.cli.parser import main\n"
        "seen = {}\n"
        f"def window(args):\n"
        f"    seen['heavy'] = [m for m in {HEAVY!r} if m in sys.modules]\n"
        "    seen['groups'] = [m for m in sys.modules if m.startswith(('app.cli.', 'printing'))"
        " and m not in ('app.cli.parser', 'app.cli.common')]\n"
        "    return 0\n"
        "main(['--lang', 'en'], gui=window)\n"
        "print(json.dumps(seen))\n"
    )
    assert _modules_after(code) == {"heavy": [], "groups": []}
