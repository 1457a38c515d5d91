"""`guadan --self-check`: the whole chain on a throw-away store, in its own process, passes —
and leaves the user's data dir untouched."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_self_check_runs_the_chain_and_touches_no_real_data(tmp_path: Path) -> None:
    home = tmp_path / "the-store"
    env = {**os.environ, "GUADAN_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("GUADAN_DB", None)
    run = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from app.cli import main; sys.exit(main(['--self-check']))",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    for step in ("database", "demo data", "steps 1-4", "step 5", "PDF", "window", "preview"):
        assert f"[ ok ] {step} (" in run.stdout
    assert "self-check passed" in run.stdout
    assert not home.exists(), "the self-check wrote into the store's own data dir"
