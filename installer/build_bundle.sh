#!/usr/bin/env bash
# Build the one-folder PyInstaller bundle (dist/guadan/) in a fresh venv, then prove it runs:
# `dist/guadan/guadan --self-check` offscreen. Prints the bundle's size and the build time.
# Takes minutes, so it is not part of the test suite. Usage, from anywhere:
#     installer/build_bundle.sh            # PYTHON=python3.12 to choose the interpreter
# On Windows run the same steps by hand (installer/README.md), then build windows/guadan.iss.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PYTHON=${PYTHON:-python3}
VENV=$ROOT/build/bundle-venv
started=$(date +%s)

# A fresh venv each time: the bundle must not pick up whatever a dev venv happens to hold
# (pytest, the Addons' QtWebEngine, ...).
rm -rf "$VENV" "$ROOT/build/pyinstaller" "$ROOT/dist/guadan"
"$PYTHON" -m venv "$VENV"
"$VENV/bin/pip" install --quiet --upgrade pip
"$VENV/bin/pip" install --quiet pyinstaller "$ROOT"
echo "built with $("$VENV/bin/python" -m PyInstaller --version) on $("$VENV/bin/python" -V)"

"$VENV/bin/python" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" installer/guadan.spec
built=$(date +%s)

# The bundle's own self-check, in a clean environment: no venv on PATH, no PYTHONPATH, and a
# working directory outside the source tree so nothing can be imported from the checkout.
cd /tmp
env -i HOME="$HOME" PATH=/usr/bin:/bin QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 \
  "$ROOT/dist/guadan/guadan" --self-check
cd "$ROOT"

echo "bundle: $ROOT/dist/guadan  $(du -sh dist/guadan | cut -f1)  ($(find dist/guadan -type f | wc -l) files)"
echo "biggest parts:"
du -sh dist/guadan/_internal/* 2>/dev/null | sort -rh | head -8 | sed 's/^/  /'
echo "build time: $((built - started)) s (venv + pip + PyInstaller); self-check included: $(($(date +%s) - started)) s"
