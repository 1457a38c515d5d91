"""The PyInstaller bundle builds from installer/guadan.spec and passes its own --self-check
offscreen, in a clean environment (no venv, no checkout on the path). Issue 6's CI check;
installer/build_bundle.sh does the same in a fresh venv and prints the size."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.skipif(
    sys.platform == "win32", reason="the Windows bundle is built by hand (installer/README.md)"
)
def test_bundle_builds_and_passes_its_self_check(tmp_path: Path) -> None:
    pytest.importorskip("PyInstaller")
    dist, work = tmp_path / "dist", tmp_path / "work"
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work), str(ROOT / "installer" / "guadan.spec")],
        cwd=ROOT, check=True, timeout=600,
    )  # fmt: skip
    exe = dist / "guadan" / "guadan"
    assert exe.exists()
    home = tmp_path / "home"
    home.mkdir()
    env = {
        "HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen",
    }  # fmt: skip
    result = subprocess.run(
        [str(exe), "--self-check"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    size_mb = sum(f.stat().st_size for f in (dist / "guadan").rglob("*") if f.is_file()) / 1e6
    print(f"\nbundle: {size_mb:.0f} MB; self-check: {result.stdout.strip().splitlines()[-1]}")
    shutil.rmtree(work, ignore_errors=True)
