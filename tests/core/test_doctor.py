"""`guadan doctor`: each check says ok / warn / fail for what it finds, and the exit code follows."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app import doctor, secrets
from app.doctor import Status
from app.settings import load_settings, save_settings
from tests.core.helpers import seed_staff

ROOT = Path(__file__).resolve().parents[2]


def _by_name(results: list[doctor.CheckResult]) -> dict[str, doctor.CheckResult]:
    return {r.name: r for r in results}


def test_a_healthy_store_passes_every_check(store) -> None:  # type: ignore[no-untyped-def]
    results = _by_name(doctor.run_checks(store.url, lambda: store))
    assert results["database"].status is Status.OK
    assert "latest" in results["database"].detail
    assert results["terminal"].status is Status.OK, results["terminal"].detail
    assert results["font"].status is Status.OK
    assert results["keyring"].status is Status.OK  # the tests' memory keyring
    for name in ("guadan", "Python", "PySide6", "SQLAlchemy", "reportlab", "pyserial"):
        assert results[name].status is Status.OK and results[name].detail
    assert not [r for r in results.values() if r.status is Status.FAIL]
    assert doctor.exit_code(list(results.values())) == 0


def test_a_database_not_created_yet_is_a_warning_and_is_not_created(tmp_path: Path) -> None:
    db = tmp_path / "later.sqlite3"
    result = doctor.check_database(f"sqlite:///{db}")
    assert result.status is Status.WARN
    assert not db.exists()


def test_a_database_from_a_newer_guadan_fails(store) -> None:  # type: ignore[no-untyped-def]
    with sqlite3.connect(store.url.removeprefix("sqlite:///")) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    results = doctor.run_checks(store.url, lambda: store)
    found = _by_name(results)
    assert found["database"].status is Status.FAIL and "9999" in found["database"].detail
    assert found["terminal"].status is Status.WARN  # not polled on a database it cannot trust
    assert doctor.exit_code(results) == 1


def test_an_older_schema_is_reported_not_migrated(store) -> None:  # type: ignore[no-untyped-def]
    path = store.url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0001'")
    result = doctor.check_database(store.url)
    assert result.status is Status.WARN and "0001" in result.detail
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)


def test_a_password_never_shows(tmp_path: Path) -> None:
    result = doctor.check_database("postgresql://cashier:s3cret-pw@127.0.0.1:1/guadan")
    assert result.status is Status.FAIL
    assert "s3cret-pw" not in result.detail


def test_the_key_file_fallback_is_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(secrets, "_keyring_usable", lambda: False)
    secrets._cached.clear()
    result = doctor.check_key_storage()
    assert result.status is Status.WARN
    assert str(secrets.key_file()) in result.detail


def test_missing_font_fails_and_missing_translations_warn(tmp_path: Path) -> None:
    assert doctor.check_font(tmp_path).status is Status.FAIL
    ours = [r for r in doctor.check_translations(tmp_path) if r.name.startswith("translation ")]
    assert [r.status for r in ours] == [Status.WARN, Status.WARN]


def test_a_file_that_is_not_a_qm_fails(tmp_path: Path) -> None:
    (tmp_path / "translations").mkdir()
    (tmp_path / "translations" / "guadan_zh_CN.qm").write_bytes(b"<TS version='2.1'/>")
    found = _by_name(doctor.check_translations(tmp_path))
    assert found["translation zh_CN"].status is Status.FAIL


def test_the_shipped_resources_pass() -> None:
    resources = ROOT / "resources"
    assert doctor.check_font(resources).status is Status.OK
    qt = _by_name(doctor.check_translations(resources))["Qt translation zh_CN"]
    assert qt.status is Status.OK, qt.detail


def test_a_terminal_that_does_not_answer_fails(store) -> None:  # type: ignore[no-untyped-def]
    with store.transaction() as s:
        settings = load_settings(s)
        settings.terminal_port = "socket://127.0.0.1:9"  # nothing listens on discard
        settings.ack_timeout_ms = 100
        save_settings(s, settings, seed_staff(s).admin)  # an admin's change (issue 11)
    result = doctor.check_terminal(lambda: store)
    assert result.status is Status.FAIL
    assert "socket://127.0.0.1:9" in result.detail


def test_warnings_fail_only_when_strict() -> None:
    results = [doctor.CheckResult("x", Status.OK, ""), doctor.CheckResult("y", Status.WARN, "")]
    assert doctor.exit_code(results) == 0
    assert doctor.exit_code(results, strict=True) == 1


def test_the_command_prints_every_check(store, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    from app.cli import main

    db = store.url.removeprefix("sqlite:///")
    assert main(["--db", db, "doctor"]) == 0
    out = capsys.readouterr().out
    for name in ("guadan", "PySide6", "data dir", "log dir", "database", "keyring", "font"):
        assert f"] {name} " in out
    assert "answered the poll" in out


def test_doctor_loads_no_qt() -> None:
    code = (
        "import sys, os\n"
        "from app import doctor\n"
        "doctor.report(doctor.check_versions() + doctor.check_translations("
        "__import__('app.paths').paths.resources_dir()))\n"
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))], 'Qt loaded'\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, capture_output=True)
