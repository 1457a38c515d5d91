"""This PC's own binding: which of the store's terminals sits at this counter, and on which
port. Kept beside the PC's data, not in the (possibly shared) database, so that several
counters on one PostgreSQL database each drive their own terminal."""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from app import paths

FILE_NAME = "counter.json"


@dataclass(frozen=True)
class CounterBinding:
    terminal_no: str = ""  # empty: the store's only (first) terminal
    port: str = ""  # empty: the store-wide setting
    # This PC's own identity, made once: an intent names the counter that sent its command,
    # and only that counter may settle it.
    counter_id: str = ""


def _file() -> Path:
    return paths.data_dir() / FILE_NAME


def load_binding() -> CounterBinding:
    try:
        raw = json.loads(_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return CounterBinding()
    if not isinstance(raw, dict):
        return CounterBinding()
    return CounterBinding(
        str(raw.get("terminal_no", "")), str(raw.get("port", "")), str(raw.get("counter_id", ""))
    )


def counter_id() -> str:
    """This PC's counter id, made and kept on first use."""
    binding = load_binding()
    if binding.counter_id:
        return binding.counter_id
    binding = replace(binding, counter_id=str(uuid.uuid4()))
    save_binding(binding)
    return binding.counter_id


def save_binding(binding: CounterBinding) -> None:
    target = _file()
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(binding), ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, target)
