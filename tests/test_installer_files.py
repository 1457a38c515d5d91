"""The installer's files: the Linux .desktop entry and AppStream metadata pass their validators,
the PyInstaller spec reads the package's name and version and carries every resource the app
looks for, the icon set is complete, and the Windows script keeps the store's data.

The validators run when installed (Debian: desktop-file-utils, appstream) and skip otherwise.
"""

from __future__ import annotations

import configparser
import shutil
import struct
import subprocess
import sys
import tomllib
import types
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
INSTALLER = ROOT / "installer"
DESKTOP = INSTALLER / "linux" / "guadan.desktop"
METAINFO = INSTALLER / "linux" / "io.github.guadan.Guadan.metainfo.xml"
ISS = INSTALLER / "windows" / "guadan.iss"
ICONS = ROOT / "resources" / "icons"
ICON_SIZES = (16, 32, 48, 64, 128, 256)
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _version() -> str:
    return str(tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"])


# --- Linux -------------------------------------------------------------------------------


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed"
)
def test_desktop_entry_validates() -> None:
    run = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert run.returncode == 0 and not run.stdout.strip(), run.stdout + run.stderr


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream not installed")
def test_appstream_metadata_validates() -> None:
    run = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr


def test_desktop_entry_speaks_chinese_and_starts_guadan() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(DESKTOP, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Name[zh_CN]"] == "挂单撤销"
    assert section["Exec"].split()[0] == "guadan"
    assert section["Icon"] == "guadan"
    assert section["Terminal"] == "false"


def test_metainfo_has_chinese_name_and_summary_and_this_release() -> None:
    root = ET.parse(METAINFO).getroot()
    zh = {el.tag: el.text for el in root if el.get(XML_LANG, "").replace("-", "_") == "zh_CN"}
    assert zh.get("name") == "挂单撤销"
    assert zh.get("summary")
    assert root.findtext("launchable") == DESKTOP.name
    assert _version() in [r.get("version") for r in root.iter("release")]


# --- PyInstaller spec --------------------------------------------------------------------


class _Recorder:
    """Stands in for PyInstaller's build classes: keeps what the spec passed them."""

    calls: dict[str, list[tuple[tuple[Any, ...], dict[str, Any]]]] = {}

    def __init__(self, kind: str) -> None:
        self.kind = kind

    def __call__(self, *args: Any, **kwargs: Any) -> types.SimpleNamespace:
        self.calls.setdefault(self.kind, []).append((args, kwargs))
        return types.SimpleNamespace(
            pure=[],
            scripts=[],
            binaries=[("PySide6/Qt/lib/libQt6Quick.so.6", "x", "BINARY"), ("ok.so", "y", "BINARY")],
            datas=list(kwargs.get("datas", [])),
        )


@pytest.fixture
def spec(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Run installer/guadan.spec as PyInstaller would, with its build steps recorded."""
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_data_files = lambda package: []  # type: ignore[attr-defined]
    hooks.copy_metadata = lambda dist: []  # type: ignore[attr-defined]
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    _Recorder.calls = {}
    namespace: dict[str, Any] = {
        "SPECPATH": str(INSTALLER),
        **{kind: _Recorder(kind) for kind in ("Analysis", "PYZ", "EXE", "COLLECT")},
    }
    source = (INSTALLER / "guadan.spec").read_text(encoding="utf-8")
    exec(compile(source, str(INSTALLER / "guadan.spec"), "exec"), namespace)
    return namespace


def test_spec_reads_name_and_version_from_the_package(spec: dict[str, Any]) -> None:
    from app import __version__

    assert spec["NAME"] == "guadan"
    assert spec["VERSION"] == _version() == __version__
    names = [kwargs["name"] for _args, kwargs in _Recorder.calls["EXE"]]
    assert names == ["guadan", "guadan-cli"]
    assert _Recorder.calls["COLLECT"][0][1]["name"] == "guadan"


def test_spec_carries_every_resource_where_the_app_looks(spec: dict[str, Any]) -> None:
    (args, kwargs) = _Recorder.calls["Analysis"][0]
    assert Path(args[0][0]).is_file()  # the entry script
    targets: dict[str, list[Path]] = {}
    for source, target in kwargs["datas"]:
        path = Path(source)
        # a folder is taken whole, anything else is a glob pattern (PyInstaller's rules)
        matched = sorted(path.iterdir()) if path.is_dir() else sorted(path.parent.glob(path.name))
        assert matched, f"{source} matches no file"
        targets.setdefault(target, []).extend(matched)
    # app.paths.resources_dir() → sys._MEIPASS/resources; app.db → beside app/db.pyc
    assert "wqy-microhei.ttc" in [p.name for p in targets["resources/fonts"]]
    assert {"env.py", "script.py.mako"} <= {p.name for p in targets["app/migrations"]}
    versions = {p.name for p in (ROOT / "app" / "migrations" / "versions").glob("*.py")}
    assert versions <= {p.name for p in targets["app/migrations/versions"]}
    assert "guadan.ico" in [p.name for p in targets["resources/icons"]]
    assert targets["resources/samples"]
    assert any(p.name == "qtbase_zh_CN.qm" for t, ps in targets.items() for p in ps)
    if list((ROOT / "resources" / "translations").glob("*.qm")):
        assert targets["resources/translations"]


def test_spec_leaves_out_what_is_not_used(spec: dict[str, Any]) -> None:
    excludes = _Recorder.calls["Analysis"][0][1]["excludes"]
    assert "PySide6.QtCore" not in excludes and "PySide6.QtWidgets" not in excludes
    assert not [m for m in excludes if m in ("PySide6.QtPdf", "PySide6.QtPrintSupport")]
    import PySide6

    if list(Path(PySide6.__file__).parent.glob("QtWebEngineCore.*")):
        assert "PySide6.QtWebEngineCore" in excludes
    kept = [b[0] for b in spec["a"].binaries]
    assert kept == ["ok.so"]  # QtQuick (pulled in by the virtual keyboard plugin) is dropped


# --- icons -------------------------------------------------------------------------------


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_icon_set_is_complete() -> None:
    ET.parse(ICONS / "guadan.svg")  # well-formed master
    for size in ICON_SIZES:
        assert _png_size(ICONS / f"guadan-{size}.png") == (size, size)
    ico = (ICONS / "guadan.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    sizes = {(ico[6 + 16 * i] or 256) for i in range(count)}  # 0 means 256 in an ICONDIR entry
    assert sizes == set(ICON_SIZES)


# --- Windows -----------------------------------------------------------------------------


def test_windows_script_keeps_the_store_data_unless_asked() -> None:
    raw = ISS.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Inno Setup reads Chinese only from UTF-8 with BOM"
    text = raw.decode("utf-8-sig")
    assert 'MessagesFile: "ChineseSimplified.isl"' in text
    assert 'MessagesFile: "compiler:Default.isl"' in text
    assert "{autodesktop}" in text and "{group}" in text
    assert "[UninstallDelete]" not in text.replace("No [UninstallDelete]", "")
    # the data dir platformdirs gives on Windows: user_data_dir("guadan", appauthor=False)
    assert "{localappdata}\\guadan" in text
    assert "MB_DEFBUTTON2" in text and "DelTree" in text and "/REMOVEDATA" in text
