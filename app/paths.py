"""Where the store's data and logs live: the platform's user dirs, never next to the program.

`GUADAN_HOME` moves everything under one folder (tests, training sandboxes, portable installs).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from app import APP_NAME


def data_dir() -> Path:
    home = os.environ.get("GUADAN_HOME")
    path = (
        Path(home) / "data" if home else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    )
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    home = os.environ.get("GUADAN_HOME")
    path = (
        Path(home) / "logs" if home else Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    )
    path.mkdir(parents=True, exist_ok=True)
    return path


def keys_dir() -> Path:
    """Where a key file lives when the OS has no keyring: outside the data dir, so that no
    copy of the data dir or of its backups carries the key with the data it unlocks."""
    home = os.environ.get("GUADAN_HOME")
    if home:
        path = Path(home) / "keys"
    else:
        data = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
        path = Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "keys"
        if path.is_relative_to(data):  # Windows: config and data are one folder
            path = data.parent / f"{APP_NAME}-keys"
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    return path


def default_db_path(training: bool = False, demo: bool = False) -> Path:
    name = "training.sqlite3" if training else "demo.sqlite3" if demo else "guadan.sqlite3"
    return data_dir() / name


def attachments_dir(db_url: str) -> Path:
    """Evidence files sit beside the database, one folder per database file."""
    base = data_dir() / "attachments"
    if db_url.startswith("sqlite:///"):
        db_file = Path(db_url.removeprefix("sqlite:///"))
        base = db_file.parent / f"{db_file.stem}-attachments"
    base.mkdir(parents=True, exist_ok=True)
    return base


def backups_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def resources_dir() -> Path:
    """resources/ of a source checkout, or of a PyInstaller bundle."""
    import sys

    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def anchor_dir() -> Path:
    """Where the audit chain's external checkpoints and the key file fallback live: outside the
    data dir, so that neither a backup nor a copy of the data dir carries them, and a person who
    replaces the database does not replace them with it. (On Windows and macOS the platform's
    state dir *is* the data dir: a sibling folder is used there.)"""
    home = os.environ.get("GUADAN_HOME")
    if home:
        path = Path(home) / "anchor"
    else:
        path = Path(platformdirs.user_state_dir(APP_NAME, appauthor=False))
        data = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
        if path == data or data in path.parents:
            path = data.parent / f"{APP_NAME}-anchor"
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path
