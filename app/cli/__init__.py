"""The `guadan` command line: one parser (parser.py) that every command group registers into."""

from app.cli.parser import main

__all__ = ["main"]
