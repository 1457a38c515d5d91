"""The PySide6 face of guadan: thin widgets over app/, all database and terminal work off the GUI thread.

Importing this package loads no Qt (the `guadan` command (app.cli) reaches the window through ui.launcher);
ui.main applies ui.qt_compat before the first Qt call.
"""
