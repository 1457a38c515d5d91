"""Logging to a rotating file in the user log dir; every line, tracebacks included, passes
through the redactor (no full card number, no full phone number)."""

from __future__ import annotations

import logging
import logging.handlers

from app import paths
from app.redaction import redact


class RedactingFormatter(logging.Formatter):
    """Redacts the whole formatted record, the traceback of log.exception included."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class RedactingFilter(logging.Filter):
    """Redacts the message itself too, for every other handler (a console, a test's capture)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = redact(message)
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
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
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
