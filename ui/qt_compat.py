"""Work-around for PySide6 6.12.0 on CPython < 3.12: every void method call made from Python
drops one reference to None, and every signal emit drops one to True, so after a few
thousand calls the interpreter aborts ("deallocating None" / "deallocating True or False").
CPython 3.12 made these singletons immortal; here we give them a reference count no run
of the app can exhaust. Remove once PySide6 is fixed or the project is on Python ≥ 3.12.
"""

from __future__ import annotations

import ctypes
import sys

_done = False


def needs_fix(pyside_version: str, python: tuple[int, int] = sys.version_info[:2]) -> bool:
    return python < (3, 12) and pyside_version.startswith("6.12.")


def protect_singletons() -> bool:
    """Returns True when the fix was applied (once per process)."""
    global _done
    import PySide6

    if _done or not needs_fix(PySide6.__version__):
        return False
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every PyObject in CPython's release builds.
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40
    _done = True
    return True
