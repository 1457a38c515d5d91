"""Who runs a data-changing command: `--user NAME`, the PIN read from a prompt (a terminal) or
one line of standard input (a script) — never from an argument, which any user of the PC can
read in /proc/PID/cmdline or the process list. The sign-in goes through the same lockout as the
window's, and the user is the actor of every event the command writes."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.cli.common import add_user_option
from app.errors import DomainError, PermissionDenied

__all__ = ["add_user_option", "read_pin", "sign_in", "sign_in_pin"]


def read_pin(prompt: str = "PIN: ") -> str:
    stdin = sys.stdin
    if stdin is not None and stdin.isatty():
        import getpass

        return getpass.getpass(prompt)
    line = stdin.readline() if stdin is not None else ""
    pin = line.strip()
    if not pin:
        raise DomainError("cli.pin_missing")
    return pin


def sign_in(store: Any, args: argparse.Namespace, *, admin: bool = False) -> Any:
    """The user named by --user, signed in with the PIN read here (an ADMIN if `admin`)."""
    from app.models import Role
    from app.users import authenticate

    pin = read_pin(f"{args.user} PIN: ")
    with store.transaction() as session:
        user = authenticate(session, args.user, pin)
        if admin and user.role is not Role.ADMIN:
            raise PermissionDenied("perm.admin_only")
    return user


def sign_in_pin(args: argparse.Namespace) -> str:
    """The PIN alone, for a command that checks it itself (restore checks it on the store it
    replaces, with the admin rule)."""
    return read_pin(f"{args.user} PIN: ")
