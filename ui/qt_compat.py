"""Two work-arounds for PySide6, applied before any Qt call.

1. PySide6 6.12.0 on CPython < 3.12: every void method call made from Python
drops one reference to None, and every signal emit drops one to True, so after a few
thousand calls the interpreter aborts ("deallocating None" / "deallocating True or False").
CPython 3.12 made these singletons immortal; here we give them a reference count no run
of the app can exhaust. Remove once PySide6 is fixed or the project is on Python ≥ 3.12.

2. Every module imported after PySide6 has its source read by PySide6 (skip_source_scan).
"""

from __future__ import annotations

import ctypes
import os
import sys
from pathlib import Path

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


_scan_patched = False


def skip_source_scan() -> bool:
    """PySide6 reads the whole source of every module imported after it
    (shibokensupport.feature._mod_uses_pyside: inspect.getsource, tokenized, kept in linecache)
    to choose a default for its opt-in `from __feature__ import …` switches. guadan uses none of
    them, and on the real start-up that scan was 38 % of opening the store (SQLAlchemy's and the
    models' modules read on the database worker after the splash). Modules outside this
    checkout (the standard library, site-packages) are marked "ignore" without being read;
    ours are still scanned. Returns True when the scan was replaced (once per process)."""
    global _scan_patched
    import PySide6  # noqa: F401 (loads shibokensupport)

    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if _scan_patched or feature is None or original is None:
        return False
    ours = str(Path(__file__).resolve().parents[1]) + os.sep
    ignored = (sys.prefix, sys.base_prefix, sys.exec_prefix)

    def uses_pyside(module: object) -> bool:
        file = getattr(module, "__file__", None)
        if not isinstance(file, str) or not file.startswith(ours) or file.startswith(ignored):
            return False
        return bool(original(module))

    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    _scan_patched = True
    return True
