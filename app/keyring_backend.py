"""The OS keyring's backend, chosen early and off the way: keyring asks every installed backend
whether it can run, and on Linux its macOS backend calls ctypes.util.find_library, which runs
ldconfig and gcc as child processes (0.25 s here, 0.07 s of it CPU). The first secret read at
start-up (the PIN pepper, the audit key) used to wait for all of that on the database worker."""

from __future__ import annotations

import contextlib
import threading

_lock = threading.Lock()
_thread: threading.Thread | None = None


def choose_in_background() -> None:
    """Start keyring's backend detection on a thread of its own (once per process); it is
    mostly waiting for those child processes, so it overlaps the opening of the store."""
    global _thread
    with _lock:
        if _thread is None:
            _thread = threading.Thread(target=_choose, name="guadan-keyring", daemon=True)
            _thread.start()


def wait_chosen(timeout: float = 10.0) -> None:
    """Before the first keyring call: let a detection already under way finish, rather than
    run a second one beside it."""
    with _lock:
        thread = _thread
    if thread is not None and thread is not threading.current_thread():
        thread.join(timeout)


def _choose() -> None:
    with contextlib.suppress(Exception):  # no usable keyring: the callers fall back to files
        import keyring

        keyring.get_keyring()
