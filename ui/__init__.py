"""The PySide6 face of guadan: thin widgets over app/, all database and terminal work off the GUI thread."""

from ui.qt_compat import protect_singletons

protect_singletons()
