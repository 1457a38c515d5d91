"""This PC's own binding: which of the store's terminals sits at this counter, and on which
port. Kept beside the PC's data, not in the (possibly shared) database, so that several
counters on one PostgreSQL database each drive their own terminal."""

from __future__ import annotations

import json
import os
import threading
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
    # The terminal's protocol: a driver name from app.payments.card.drivers ("" = POS
    # Integrado), and its line; 0 / "" = the protocol's usual line.
    protocol: str = ""
    baudrate: int = 0
    bytesize: int = 0
    parity: str = ""
    stopbits: float = 0


def _number(value: object) -> float:
    """A number from the file, 0 for anything else (a hand-edited file must not stop the till)."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return 0
    try:
        return float(value)
    except ValueError:
        return 0


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
        str(raw.get("terminal_no", "")),
        str(raw.get("port", "")),
        str(raw.get("counter_id", "")),
        str(raw.get("protocol", "")),
        int(_number(raw.get("baudrate"))),
        int(_number(raw.get("bytesize"))),
        str(raw.get("parity", "")),
        _number(raw.get("stopbits")),
    )


_FIRST_USE = threading.Lock()


def counter_id() -> str:
    """This PC's counter id, made and kept on first use. One thread makes it: two workers
    asking at once on a fresh install got two ids, and the second one's leases and audit
    chain then belonged to another counter."""
    with _FIRST_USE:
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


BAUDS = (9600, 19200, 38400, 57600, 115200)


@dataclass(frozen=True)
class BindingChange:
    """What `guadan counter` or the settings window changes; None leaves a field as it is."""

    terminal_no: str | None = None
    port: str | None = None
    protocol: str | None = None
    baudrate: int | None = None  # 0: the protocol's usual baud
    line: str | None = None  # "7E1", "8N1"; "": the protocol's usual line


def change_binding(change: BindingChange) -> CounterBinding:
    """Check and save a change to this counter's binding (the one place both the command line
    and the settings window write it); DomainError names the first field that is wrong."""
    from app.errors import DomainError

    before = binding = load_binding()
    if change.terminal_no is not None:
        from app.validation import check_terminal_no

        number = change.terminal_no.strip()
        binding = replace(binding, terminal_no=check_terminal_no(number) if number else "")
    if change.port is not None:
        binding = replace(binding, port=change.port.strip())
    if change.protocol is not None:
        from app.payments.card import drivers
        from app.payments.card.base import TerminalError

        name = change.protocol.strip()
        try:
            drivers.spec(name)
        except TerminalError as exc:
            raise DomainError.with_params(exc.key, exc.params) from exc
        binding = replace(binding, protocol=name)
    if change.baudrate is not None:
        if change.baudrate and change.baudrate not in BAUDS:
            raise DomainError("settings.baudrate", field="baudrate")
        binding = replace(binding, baudrate=change.baudrate)
    if change.line is not None:
        line = change.line.strip().upper()
        if line and not (
            len(line) == 3 and line[0] in "5678" and line[1] in "NEO" and line[2] in "12"
        ):
            raise DomainError("counter.line_invalid", line=change.line)
        bytesize, parity, stopbits = (int(line[0]), line[1], float(line[2])) if line else (0, "", 0)
        binding = replace(binding, bytesize=bytesize, parity=parity, stopbits=stopbits)
    if binding != before:
        save_binding(binding)
    return binding


def describe_binding(binding: CounterBinding) -> str:
    line = (
        f"{binding.bytesize}{binding.parity}{binding.stopbits:g}" if binding.bytesize else "常用值"
    )
    return (
        f"本收银台：终端号 {binding.terminal_no or '（本店第一台）'}，"
        f"协议 {binding.protocol or 'integrado'}，端口 {binding.port or '（使用门店设置）'}，"
        f"波特率 {binding.baudrate or '常用值'}，线路 {line}"
    )
