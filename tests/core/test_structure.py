"""The layering of DESIGN.md §1: nothing under app/ imports Qt (or ui/), nothing in printing/ imports ui/."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _imports(folder: str) -> list[tuple[Path, str]]:
    found = []
    for path in (ROOT / folder).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found += [(path, a.name) for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                found.append((path, node.module))
    return found


def test_app_never_imports_qt_or_ui() -> None:
    bad = [
        (p.relative_to(ROOT), m)
        for p, m in _imports("app")
        if m.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6", "ui"}
    ]
    assert bad == []


def test_printing_never_imports_ui_or_qt() -> None:
    bad = [
        (p.relative_to(ROOT), m)
        for p, m in _imports("printing")
        if m.split(".")[0] in {"PySide6", "ui"}
    ]
    assert bad == []


def test_importing_all_of_app_loads_no_qt() -> None:
    code = (
        "import pkgutil, importlib, sys, app\n"
        "for m in pkgutil.walk_packages(app.__path__, 'app.'):\n"
        "    if '.migrations' in m.name: continue\n"
        "    importlib.import_module(m.name)\n"
        "assert not [k for k in sys.modules if k.startswith(('PySide6', 'shiboken6'))], 'Qt loaded'\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


def test_every_enum_value_has_a_name_in_both_languages() -> None:
    """app.messages names every code (the UI lists its filters from those names)."""
    from app import models
    from app.messages import LABELS

    kinds = {"status": models.OrderStatus, "cause": models.Cause, "funding": models.Funding,
             "txn_type": models.TxnType, "role": models.Role, "stage": models.Stage,
             "fee_class": models.FeeClass, "route": models.Route, "channel": models.Channel,
             "reason": models.ContactReason}  # fmt: skip
    for kind, enum in kinds.items():
        named = [k.removeprefix(kind + ".") for k in LABELS if k.startswith(kind + ".")]
        assert named == [m.value for m in enum], kind
        assert all(all(LABELS[f"{kind}.{v}"]) for v in named)
