"""The real entry point paints its splash before anything heavy is imported (issue 17): the
command line loads no command group, and the store opens only once the splash is on screen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import json, os, sys
from ui.qt_compat import protect_singletons
protect_singletons()
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
app = QApplication([])
HEAVY = ("sqlalchemy", "app.models", "reportlab", "keyring", "app.doctor")

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            heavy = [m for m in HEAVY if m in sys.modules]
            print(json.dumps({"window": type(watched).__name__, "heavy": heavy}), flush=True)
            os._exit(0)
        return False

watch = FirstPaint()
app.installEventFilter(watch)
from app.cli import main
main(["--db", sys.argv[1], "--lang", "zh_CN"])
"""


def test_the_splash_paints_before_sqlalchemy_or_the_models_load(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    env["GUADAN_HOME"] = str(tmp_path)
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "store.sqlite3")],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    first = json.loads(done.stdout.strip().splitlines()[-1])
    assert first == {"window": "QLabel", "heavy": []}, done.stderr[-2000:]
