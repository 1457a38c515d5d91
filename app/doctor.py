"""`guadan doctor`: what support asks first when a counter PC misbehaves, in one printout.

Each check is a small function returning a `CheckResult`; none imports Qt (fonts and
translations are checked as files) and none changes the store: a database that is not yet
at the latest revision is reported, not migrated.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import platform
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from app import __version__


class Status(StrEnum):
    OK = "ok"
    WARN = "warn"
    FAIL = "fail"


@dataclass(frozen=True)
class CheckResult:
    name: str
    status: Status
    detail: str


# Every Qt .qm file starts with this magic (qtbase/src/corelib/kernel/qtranslator.cpp).
QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
TTC_MAGIC = b"ttcf"
FONT_FILE = "wqy-microhei.ttc"
UI_LANGUAGES = ("zh_CN", "en")

# (label, distribution names to try, importable module to fall back on). Distributions first:
# reading metadata never imports the package, so checking PySide6 loads no Qt.
_PACKAGES: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("PySide6", ("PySide6-Essentials", "PySide6"), "PySide6"),
    ("SQLAlchemy", ("SQLAlchemy",), "sqlalchemy"),
    ("Alembic", ("alembic",), "alembic"),
    ("reportlab", ("reportlab",), "reportlab"),
    ("pyserial", ("pyserial",), "serial"),
    ("keyring", ("keyring",), "keyring"),
)


def _dist_version(names: Sequence[str]) -> str | None:
    for name in names:
        try:
            return importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            continue
    return None


def _module_version(module: str) -> str | None:
    """A version without importing the module, for bundles that carry no dist-info."""
    if importlib.util.find_spec(module) is None:
        return None
    if module.split(".")[0] in {"PySide6", "shiboken6"}:
        return "present"  # importing it here would load Qt into app/
    imported = __import__(module)
    for attr in ("__version__", "Version", "VERSION"):
        value = getattr(imported, attr, None)
        if isinstance(value, str):
            return value
    return "present"


def check_versions() -> list[CheckResult]:
    results = [
        CheckResult("guadan", Status.OK, __version__),
        CheckResult(
            "Python",
            Status.OK if sys.version_info >= (3, 11) else Status.FAIL,
            f"{platform.python_version()} ({platform.platform(terse=True)})",
        ),
    ]
    for label, dists, module in _PACKAGES:
        version = _dist_version(dists) or _module_version(module)
        if version is None:
            # Without PySide6 the command line still works; the window does not.
            status = Status.WARN if label == "PySide6" else Status.FAIL
            results.append(CheckResult(label, status, "not installed"))
        else:
            results.append(CheckResult(label, Status.OK, version))
    return results


def _writable(folder: Path) -> str | None:
    """None when a file can be created (and removed) in `folder`, else why not."""
    try:
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".doctor-", delete=True):
            pass
    except OSError as exc:
        return exc.strerror or type(exc).__name__
    return None


def check_folder(name: str, locate: Callable[[], Path]) -> CheckResult:
    try:
        folder = locate()
    except OSError as exc:  # the platform dir could not even be created
        return CheckResult(name, Status.FAIL, f"cannot create: {exc}")
    problem = _writable(folder)
    if problem:
        return CheckResult(name, Status.FAIL, f"{folder} (not writable: {problem})")
    return CheckResult(name, Status.OK, f"{folder} (writable)")


def check_paths() -> list[CheckResult]:
    from app import paths

    return [check_folder("data dir", paths.data_dir), check_folder("log dir", paths.log_dir)]


def _hide_password(url: str) -> str:
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # an unparsable URL is shown as given: it holds no usable secret
        return url


def check_database(url: str) -> CheckResult:
    """Reachable and at the latest Alembic revision, without creating or migrating anything."""
    from app.db import current_revision, head_revision, make_engine, sqlite_file

    shown = _hide_password(url)
    db_file = sqlite_file(url)
    if db_file is not None and not db_file.exists():
        return CheckResult(
            "database", Status.WARN, f"{shown}: not created yet (created on first start)"
        )
    try:
        engine = make_engine(url)
    except Exception as exc:  # a bad URL or a missing database driver
        return CheckResult("database", Status.FAIL, f"{shown}: {type(exc).__name__}: {exc}")
    try:
        current = current_revision(engine)
        head = head_revision(engine)
    except Exception as exc:  # unreachable server, locked or corrupt file, wrong password
        return CheckResult("database", Status.FAIL, f"{shown}: {type(exc).__name__}: {exc}")
    finally:
        engine.dispose()
    if current == head:
        return CheckResult("database", Status.OK, f"{shown} at revision {current} (latest)")
    if current is None:
        return CheckResult("database", Status.WARN, f"{shown}: empty; set up on first start")
    if not _is_known_revision(url, current):
        # Written by a newer guadan: this program must not touch it.
        return CheckResult(
            "database",
            Status.FAIL,
            f"{shown} at unknown revision {current} (this program knows up to {head}); "
            "install the newer guadan",
        )
    return CheckResult(
        "database",
        Status.WARN,
        f"{shown} at revision {current}, latest is {head}: upgraded (after a backup) on next start",
    )


def _is_known_revision(url: str, revision: str) -> bool:
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    from app.db import MIGRATIONS

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    try:
        return ScriptDirectory.from_config(cfg).get_revision(revision) is not None
    except CommandError:
        return False


def check_key_storage() -> CheckResult:
    from app import secrets

    try:
        where = secrets.key_storage()
    except Exception as exc:  # a broken key file, an unreadable data dir
        return CheckResult("keyring", Status.FAIL, f"{type(exc).__name__}: {exc}")
    if where == "keyring":
        import keyring

        backend = type(keyring.get_keyring())
        return CheckResult("keyring", Status.OK, f"{backend.__module__}.{backend.__qualname__}")
    return CheckResult("keyring", Status.WARN, secrets.key_file_warning())


def check_evidence_files(url: str) -> CheckResult:
    """Every evidence file the database names is in the store with the hash it is named by."""
    from sqlalchemy import select

    from app.db import make_engine
    from app.models import Attachment
    from app.paths import attachments_dir
    from app.workflow.evidence import file_is_intact

    folder = attachments_dir(url)
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            digests = sorted(set(conn.execute(select(Attachment.sha256)).scalars()))
    except Exception as exc:  # an unreachable or damaged database is reported by its own check
        return CheckResult("evidence files", Status.WARN, f"not checked: {type(exc).__name__}")
    finally:
        engine.dispose()
    bad = [d for d in digests if not file_is_intact(folder, d)]
    if bad:
        shown = ", ".join(d[:12] for d in bad[:5]) + (" …" if len(bad) > 5 else "")
        return CheckResult(
            "evidence files",
            Status.FAIL,
            f"{len(bad)} of {len(digests)} missing or changed since stored in {folder}: {shown}; "
            "restore them from a copy of the attachments folder",
        )
    return CheckResult("evidence files", Status.OK, f"{len(digests)} files match their hash")


def check_font(resources: Path) -> CheckResult:
    path = resources / "fonts" / FONT_FILE
    if not path.is_file():
        return CheckResult("font", Status.FAIL, f"{path} missing: Chinese prints as boxes")
    with path.open("rb") as fh:
        magic = fh.read(4)
    if magic != TTC_MAGIC:
        return CheckResult("font", Status.FAIL, f"{path} is not a TrueType collection")
    return CheckResult("font", Status.OK, f"{path} ({path.stat().st_size // 1024} KiB)")


def _is_qm(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(len(QM_MAGIC)) == QM_MAGIC


def qt_translations_dir() -> Path | None:
    """PySide6's own translations folder, found without importing Qt."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    for base in spec.submodule_search_locations:
        # Linux and macOS wheels keep Qt under PySide6/Qt/, Windows wheels directly in PySide6/.
        for folder in (Path(base) / "Qt" / "translations", Path(base) / "translations"):
            if folder.is_dir():
                return folder
    return None


def check_translations(resources: Path) -> list[CheckResult]:
    folder = resources / "translations"
    results = []
    for lang in UI_LANGUAGES:
        path = folder / f"guadan_{lang}.qm"
        if not path.is_file():
            results.append(
                CheckResult(
                    f"translation {lang}",
                    Status.WARN,
                    f"{path} missing (not compiled yet?): the window shows untranslated text",
                )
            )
        elif not _is_qm(path):
            results.append(CheckResult(f"translation {lang}", Status.FAIL, f"{path} is not a .qm"))
        else:
            results.append(CheckResult(f"translation {lang}", Status.OK, str(path)))
    qt_dir = qt_translations_dir()
    qt_qm = qt_dir / "qtbase_zh_CN.qm" if qt_dir else None
    if qt_qm is not None and qt_qm.is_file():
        results.append(CheckResult("Qt translation zh_CN", Status.OK, str(qt_qm)))
    else:
        results.append(
            CheckResult(
                "Qt translation zh_CN",
                Status.WARN,
                "qtbase_zh_CN.qm not found: Qt's stock buttons stay in English",
            )
        )
    return results


def check_serial_ports() -> CheckResult:
    from app.payments.card.ports import SIMULATOR, list_ports

    try:
        ports = [p for p in list_ports() if p.device != SIMULATOR]
    except Exception as exc:  # pyserial's enumeration can fail on odd drivers
        return CheckResult("serial ports", Status.WARN, f"cannot list: {exc}")
    if not ports:
        return CheckResult("serial ports", Status.OK, "none (the simulator is always available)")
    return CheckResult(
        "serial ports", Status.OK, ", ".join(f"{p.device} ({p.description})" for p in ports)
    )


def check_terminal_drivers() -> CheckResult:
    """The terminal drivers installed (entry points `guadan.terminal_drivers`), and any that
    would not load."""
    from app.payments.card import drivers

    try:
        found, broken = drivers.installed(), drivers.broken()
    except Exception as exc:  # broken package metadata must not stop the other checks
        return CheckResult("terminal drivers", Status.FAIL, f"{type(exc).__name__}: {exc}")
    shown = "; ".join(f"{spec.name} ({spec.label_en}, {spec.link})" for spec in found.values())
    if broken:
        bad = "; ".join(f"{b.name}: {b.error}" for b in broken)
        return CheckResult("terminal drivers", Status.WARN, f"{shown}; not loaded: {bad}")
    if not found:
        return CheckResult("terminal drivers", Status.FAIL, "none installed")
    return CheckResult("terminal drivers", Status.OK, shown)


def check_terminal(open_store: Callable[[], Any]) -> CheckResult:
    """The configured terminal answers (POS Integrado: a poll 0100; Concert: ENQ/ACK), and
    which terminal it says it is. Only called on a database at its latest revision, so opening
    the store migrates nothing."""
    from app.counter import load_binding
    from app.payments.card import drivers
    from app.payments.card.store_terminal import configured_driver, is_simulated
    from app.settings import load_settings

    try:
        store = open_store()
        with store.transaction() as session:
            settings = load_settings(session)
        binding = load_binding()
        port = "simulator" if store.training else (binding.port or settings.terminal_port)
        protocol = drivers.spec(binding.protocol).label_en
        driver = configured_driver(store, settings)
    except Exception as exc:  # a port that does not exist, a busy COM port, no such driver
        return CheckResult("terminal", Status.FAIL, f"cannot open: {type(exc).__name__}: {exc}")
    label = f"{protocol} on " + ("模拟终端 (simulator)" if is_simulated(port) else port)
    said, answered = "", False
    try:
        answered = driver.ping()
        if answered:
            identity = driver.identify()
            said = (
                f", reports terminal {identity.terminal_id}"
                if identity.reported
                else ", reports no terminal id (the protocol has none)"
            )
    except Exception as exc:  # the driver promises a bool; a dead link must still be reported
        label += f" ({type(exc).__name__}: {exc})"
    finally:
        driver.close()
    if answered:
        return CheckResult("terminal", Status.OK, f"{label} answered the poll{said}")
    return CheckResult(
        "terminal",
        Status.FAIL,
        f"{label} did not answer: check the cable, the port, the protocol and that it is on",
    )


def run_checks(db_url: str, open_store: Callable[[], Any]) -> list[CheckResult]:
    from app.paths import resources_dir

    resources = resources_dir()
    results = check_versions() + check_paths()
    database = check_database(db_url)
    results.append(database)
    results.append(check_key_storage())
    if database.status is Status.OK:
        results.append(check_evidence_files(db_url))
    results.append(check_font(resources))
    results += check_translations(resources)
    results.append(check_serial_ports())
    results.append(check_terminal_drivers())
    if database.status is Status.OK:
        results.append(check_terminal(open_store))
    else:
        results.append(
            CheckResult("terminal", Status.WARN, "not polled: the database is not ready")
        )
    return results


_MARK = {Status.OK: "  ok ", Status.WARN: "WARN ", Status.FAIL: "FAIL "}


def report(results: Sequence[CheckResult], out: Any = None) -> None:
    out = out or sys.stdout
    width = max(len(r.name) for r in results)
    for r in results:
        print(f"[{_MARK[r.status]}] {r.name:<{width}}  {r.detail}", file=out)
    fails = sum(r.status is Status.FAIL for r in results)
    warns = sum(r.status is Status.WARN for r in results)
    print(f"{len(results)} checks: {fails} failed, {warns} warnings", file=out)


def exit_code(results: Sequence[CheckResult], strict: bool = False) -> int:
    bad = {Status.FAIL, Status.WARN} if strict else {Status.FAIL}
    return 1 if any(r.status in bad for r in results) else 0
