"""One key, one meaning: every shortcut of the UI comes from ui/shortcuts.py, no key appears
twice there, and README's table is that table."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

from PySide6.QtGui import QKeySequence

ROOT = Path(__file__).resolve().parents[2]
KEY_CALLS = {"QKeySequence", "setShortcut", "setShortcuts", "QShortcut"}


def test_no_key_is_written_outside_the_table() -> None:
    """A literal key anywhere else could mean something else there (Ctrl+L was 锁定 in the
    window and 主管审批 in the wizard; Ctrl+Shift+P batch print and the wizard's slip)."""
    found = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        if path.name == "shortcuts.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            if name in KEY_CALLS and any(
                isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args
            ):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert found == []


def test_each_key_has_one_meaning(qapp: Any) -> None:
    from ui import shortcuts

    seen: dict[str, str] = {}
    for item in shortcuts.TABLE:
        for key in item.keys:
            text = QKeySequence(key).toString()
            assert text, key  # a key Qt cannot read would silently do nothing
            assert text not in seen, f"{key}: {seen.get(text)} and {item.name}"
            seen[text] = item.name
    assert shortcuts.key("lock").toString() == "F12"
    assert "Ctrl+L" in [k.toString() for k in shortcuts.sequences("lock")]
    assert shortcuts.key("approve").toString() == "F4"
    assert shortcuts.key("print_slip").toString() == "F9"


def test_the_readme_table_is_the_table(qapp: Any) -> None:
    from ui import shortcuts

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| (`[^|]+`) \| [^|]+ \| ([^|]+) \| [^|]+ \|$", readme, re.M)
    expected = [
        (" / ".join(f"`{k.replace('Return', 'Enter')}`" for k in s.keys), s.text)
        for s in shortcuts.TABLE
    ]
    assert [(keys, text.strip()) for keys, text in rows] == expected


def test_the_help_menu_shows_the_table(qtbot: Any, make_window: Any) -> None:
    from PySide6.QtCore import Qt

    from ui import shortcuts

    window = make_window()
    assert window.menus.menus["help"].actions()[0] is window.actions_by_name["help"]
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.help_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    assert dialog.table.rowCount() == len(shortcuts.TABLE)
    texts = {dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}
    assert {"锁定", "切换用户", "打印凭条"} <= texts
