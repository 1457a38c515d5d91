"""This PC's own binding: which of the store's terminals sits at this counter, and on which
port. Kept beside the PC's data, not in the (possibly shared) database, so that several
counters on one PostgreSQL database each drive their own terminal."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from app import paths

FILE_NAME = "counter.json"


@dataclass(frozen=True)
class CounterBinding:
    terminal_no: str = ""  # empty: the store's only (first) terminal
    port: str = ""  # empty: the store-wide setting


def _file() -> Path:
    return paths.data_dir() / FILE_NAME


def load_binding() -> CounterBinding:
    try:
        raw = json.loads(_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return CounterBinding()
    if not isinstance(raw, dict):
        return CounterBinding()
    return CounterBinding(str(raw.get("terminal_no", "")), str(raw.get("port", "")))


def save_binding(binding: CounterBinding) -> None:
    target = _file()
    tmp = target.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(binding), ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, target)
