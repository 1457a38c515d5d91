"""The main window's actions and menus: each action takes its keys from ui/shortcuts.py and
its words from here; the window says what each one does (slots)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from ui import shortcuts

# action name -> its menu text (English source, context "MainWindow")
TEXTS: dict[str, str] = {
    "start": QT_TRANSLATE_NOOP("MainWindow", "Start cancellation"),
    "approve": QT_TRANSLATE_NOOP("MainWindow", "Approve or reject…"),
    "refresh": QT_TRANSLATE_NOOP("MainWindow", "Refresh"),
    "print": QT_TRANSLATE_NOOP("MainWindow", "Print application form"),
    "lock": QT_TRANSLATE_NOOP("MainWindow", "Lock"),
    "switch_user": QT_TRANSLATE_NOOP("MainWindow", "Switch user…"),
    "find": QT_TRANSLATE_NOOP("MainWindow", "Search"),
    "add_order": QT_TRANSLATE_NOOP("MainWindow", "Add a suspended order…"),
    "import": QT_TRANSLATE_NOOP("MainWindow", "Import orders…"),
    "settings": QT_TRANSLATE_NOOP("MainWindow", "Settings…"),
    "users": QT_TRANSLATE_NOOP("MainWindow", "Users…"),
    "quit": QT_TRANSLATE_NOOP("MainWindow", "Quit"),
    "print_batch": QT_TRANSLATE_NOOP("MainWindow", "Print a batch of forms…"),
    "handover": QT_TRANSLATE_NOOP("MainWindow", "Shift handover…"),
    "oplog": QT_TRANSLATE_NOOP("MainWindow", "Operation log…"),
    "reconcile": QT_TRANSLATE_NOOP("MainWindow", "Check the terminal's journal"),
    "close_batch": QT_TRANSLATE_NOOP("MainWindow", "Close the terminal's batch (settle)…"),
    "help": QT_TRANSLATE_NOOP("MainWindow", "Keyboard shortcuts…"),
}
MENUS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("file", ("add_order", "import", "-", "switch_user", "lock", "-", "quit")),
    ("view", ("refresh", "find")),
    ("case", ("start", "approve", "print", "print_batch")),
    ("lead", ("handover", "oplog")),
    ("terminal", ("reconcile", "close_batch")),
    ("admin", ("settings", "users")),
    ("help", ("help",)),
)
LANGUAGE = QT_TRANSLATE_NOOP("MainWindow", "Language")
MENU_TITLES = {
    "file": QT_TRANSLATE_NOOP("MainWindow", "&File"),
    "view": QT_TRANSLATE_NOOP("MainWindow", "&View"),
    "case": QT_TRANSLATE_NOOP("MainWindow", "&Case"),
    "lead": QT_TRANSLATE_NOOP("MainWindow", "&Lead"),
    "terminal": QT_TRANSLATE_NOOP("MainWindow", "&Terminal"),
    "admin": QT_TRANSLATE_NOOP("MainWindow", "&Admin"),
    "help": QT_TRANSLATE_NOOP("MainWindow", "&Help"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class WindowMenus:
    """Builds the actions on `window` (so their keys work while it is active) and its menu bar."""

    def __init__(self, window: QMainWindow, slots: dict[str, Callable[[], Any]]) -> None:
        self.window = window
        self.actions: dict[str, QAction] = {}
        self.menus: dict[str, QMenu] = {}
        for name, slot in slots.items():
            action = QAction(window)
            action.setObjectName(name)
            if name in shortcuts.BY_NAME:
                action.setShortcuts(shortcuts.sequences(name))
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            window.addAction(action)
            self.actions[name] = action
        self.lang_group = QActionGroup(window)
        bar = window.menuBar()
        for menu_name, names in MENUS:
            menu = bar.addMenu("")
            menu.setObjectName(f"menu_{menu_name}")
            self.menus[menu_name] = menu
            for name in names:
                if name == "-":
                    menu.addSeparator()
                elif name in self.actions:
                    menu.addAction(self.actions[name])
            if menu_name == "view":
                self.lang_menu = menu.addMenu("")

    def add_language(self, code: str, label: str, checked: bool, slot: Callable[[], Any]) -> None:
        action = QAction(label, self.window, checkable=True, checked=checked)
        action.setObjectName(f"lang_{code}")
        action.triggered.connect(lambda _checked=False: slot())
        self.lang_group.addAction(action)
        self.lang_menu.addAction(action)
        self.actions[f"lang_{code}"] = action

    def retranslate(self) -> None:
        for name, text in TEXTS.items():
            action = self.actions.get(name)
            if action is None:
                continue
            words = _tr(text)
            action.setText(words)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{words.rstrip('…')} ({keys})" if keys else words)
        for name, title in MENU_TITLES.items():
            self.menus[name].setTitle(_tr(title))
        self.lang_menu.setTitle(_tr(LANGUAGE))
