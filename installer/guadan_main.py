"""The bundle's entry point: the same `main` as the `guadan` console script (ui.launcher)."""

import sys

from ui.launcher import main

if __name__ == "__main__":
    sys.exit(main())
