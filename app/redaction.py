"""The one redactor: every text that may carry what someone typed — a message, a log line, a
stored note, a file name, a line the command line prints — goes through `redact` before it
is shown or kept, so no full card number and no full phone number gets anywhere."""

from __future__ import annotations

import io
from typing import Any, TextIO

from app.cards import redact_pans
from app.phones import redact_phones


def redact(text: str) -> str:
    """Card numbers masked (622848******0018), then phones (139****5678, 010-******78)."""
    return redact_phones(redact_pans(text))


def redact_value(value: Any) -> Any:
    """`redact` through strings, lists, tuples and dicts (keys too); other values unchanged."""
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, dict):
        return {redact_value(k): redact_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(redact_value(v) for v in value)
    return value


class RedactingStream(io.TextIOBase):
    """A text stream that redacts each whole line before passing it on (so a number split
    over two `write` calls is still seen whole); the rest goes out on flush."""

    def __init__(self, target: TextIO) -> None:
        super().__init__()
        self.target = target
        self._pending = ""

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        self._pending += text
        if "\n" in self._pending:
            done, _, self._pending = self._pending.rpartition("\n")
            self.target.write(redact(done + "\n"))
        return len(text)

    def flush(self) -> None:
        if self._pending:
            self.target.write(redact(self._pending))
            self._pending = ""
        self.target.flush()

    def isatty(self) -> bool:
        return self.target.isatty()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self.target, "encoding", "utf-8")

    def fileno(self) -> int:
        return self.target.fileno()
