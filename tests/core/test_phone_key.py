"""The customer-phone key without a keyring: a 0600 file outside the data dir and its
backups, an older version's file moved there, and a warning that says so."""

from __future__ import annotations

import base64
import os
import stat
from pathlib import Path

from app import secrets


def test_the_key_file_lives_outside_the_data_dir(monkeypatch, guadan_home) -> None:  # type: ignore[no-untyped-def]
    from app import paths

    monkeypatch.setattr(secrets, "_keyring_usable", lambda: False)
    secrets._cached.clear()
    secrets.encrypt_phone("13912345678")
    key = secrets.key_file()
    assert key.exists() and not key.is_relative_to(paths.data_dir())
    assert not key.is_relative_to(paths.backups_dir())
    assert not list(paths.data_dir().rglob("*.key"))
    assert "NOT in any backup" in secrets.key_file_warning()


def test_an_old_key_file_in_the_data_dir_is_moved_out(monkeypatch, guadan_home) -> None:  # type: ignore[no-untyped-def]
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from app import paths

    monkeypatch.setattr(secrets, "_keyring_usable", lambda: False)
    old_key = AESGCM.generate_key(bit_length=256)
    legacy = paths.data_dir() / "phone.key"
    fd = os.open(legacy, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(base64.b64encode(old_key))
    nonce = b"\x00" * 12
    blob = nonce + AESGCM(old_key).encrypt(nonce, b"13912345678", b"customer-phone")
    secrets._cached.clear()
    assert secrets.decrypt_phone(blob) == "13912345678"  # the phones stored before still read
    assert not legacy.exists()
    moved = secrets.key_file()
    assert base64.b64decode(moved.read_bytes()) == old_key
    assert stat.S_IMODE(moved.stat().st_mode) == 0o600


def test_doctor_says_the_key_is_not_in_backups(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.doctor import check_key_storage

    monkeypatch.setattr(secrets, "_keyring_usable", lambda: False)
    secrets._cached.clear()
    result = check_key_storage()
    assert str(secrets.key_file()) in result.detail and "NOT in any backup" in result.detail
    assert Path(secrets.key_file()).exists()
