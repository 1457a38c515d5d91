"""Logging to a rotating file in the user log dir; every line passes through the PAN redactor."""

from __future__ import annotations

import logging
import logging.handlers

from app import paths
from app.cards import redact_pans


class RedactingFilter(logging.Filter):
    """A last line of defence: no full card number reaches a log file, whatever the caller wrote."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = redact_pans(message)
        if clean != message:
            record.msg, record.args = clean, None
        return True


_configured = False


def setup_logging(level: int = logging.INFO) -> None:
    global _configured
    if _configured:
        return
    _configured = True
    handler = logging.handlers.RotatingFileHandler(
        paths.log_dir() / "guadan.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    root.setLevel(level)
    root.addHandler(handler)


def reset_for_tests() -> None:
    global _configured
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            root.removeHandler(handler)
            handler.close()
    _configured = False
