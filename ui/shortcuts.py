"""The one table of keyboard shortcuts: every window and dialog takes its keys from here, so
that a key means one thing everywhere (README's table and the 帮助 menu show this table).

F-keys for the counter's common actions, as on a Chinese register (F1 help, F2 the selected
order, F5 refresh, F6 挂单 by hand, F12 lock …); Ctrl-keys where a PC user expects them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

CONTEXT = "Shortcuts"


@dataclass(frozen=True)
class Shortcut:
    name: str
    keys: tuple[str, ...]  # the first is shown in menus and tooltips
    text: str  # English source; Chinese through the translator (context "Shortcuts")
    where: tuple[str, ...]  # PLACES: where the key works

    def sequences(self) -> list[QKeySequence]:
        return [QKeySequence(key) for key in self.keys]

    def shown(self) -> str:
        return " / ".join(
            QKeySequence(key)
            .toString(QKeySequence.SequenceFormat.NativeText)
            .replace("Return", "Enter")
            for key in self.keys
        )

    def words(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.text)


def _s(name: str, keys: str, text: str, where: str) -> Shortcut:
    """keys and places separated by spaces: _s("find", "F3 Ctrl+F", …, "window")."""
    return Shortcut(name, tuple(keys.split()), text, tuple(where.split()))


PLACES = {
    "everywhere": QT_TRANSLATE_NOOP("Shortcuts", "every window"),
    "window": QT_TRANSLATE_NOOP("Shortcuts", "main window"),
    "wizard": QT_TRANSLATE_NOOP("Shortcuts", "cancellation wizard"),
    "preview": QT_TRANSLATE_NOOP("Shortcuts", "print preview"),
}


def place_words(where: tuple[str, ...]) -> str:
    return " · ".join(QCoreApplication.translate(CONTEXT, PLACES[w]) for w in where)


TABLE: tuple[Shortcut, ...] = (
    _s("help", "F1", QT_TRANSLATE_NOOP("Shortcuts", "Keyboard shortcuts"), "everywhere"),
    _s(
        "start",
        "F2",
        QT_TRANSLATE_NOOP("Shortcuts", "Start or resume the selected order's case"),
        "window",
    ),
    _s("find", "F3 Ctrl+F", QT_TRANSLATE_NOOP("Shortcuts", "Search"), "window"),
    _s(
        "approve",
        "F4",
        QT_TRANSLATE_NOOP("Shortcuts", "Approve or reject (shift lead)"),
        "window wizard",
    ),
    _s("refresh", "F5", QT_TRANSLATE_NOOP("Shortcuts", "Refresh"), "window"),
    _s(
        "import", "F7 Ctrl+I", QT_TRANSLATE_NOOP("Shortcuts", "Import orders from a file"), "window"
    ),
    _s(
        "print",
        "F8 Ctrl+P",
        QT_TRANSLATE_NOOP("Shortcuts", "Print the application form"),
        "window wizard preview",
    ),
    _s("print_slip", "F9", QT_TRANSLATE_NOOP("Shortcuts", "Print the slip"), "wizard"),
    _s("handover", "F11", QT_TRANSLATE_NOOP("Shortcuts", "Shift handover"), "window"),
    _s("lock", "F12 Ctrl+L", QT_TRANSLATE_NOOP("Shortcuts", "Lock"), "everywhere"),
    _s("switch_user", "Shift+F12", QT_TRANSLATE_NOOP("Shortcuts", "Switch user"), "everywhere"),
    _s("save_pdf", "Ctrl+S", QT_TRANSLATE_NOOP("Shortcuts", "Save as PDF"), "wizard preview"),
    _s(
        "print_batch",
        "Ctrl+Shift+P",
        QT_TRANSLATE_NOOP("Shortcuts", "Print a batch of forms"),
        "window",
    ),
    _s(
        "reconcile",
        "Ctrl+Shift+R",
        QT_TRANSLATE_NOOP("Shortcuts", "Check the terminal's journal"),
        "window",
    ),
    _s(
        "close_batch",
        "Ctrl+Shift+B",
        QT_TRANSLATE_NOOP("Shortcuts", "Settle the terminal's batch"),
        "window",
    ),
    _s("settings", "Ctrl+,", QT_TRANSLATE_NOOP("Shortcuts", "Settings"), "window"),
    _s("users", "Ctrl+U", QT_TRANSLATE_NOOP("Shortcuts", "Users"), "window"),
    _s("quit", "Ctrl+Q", QT_TRANSLATE_NOOP("Shortcuts", "Quit"), "window"),
    _s("next", "Return", QT_TRANSLATE_NOOP("Shortcuts", "Next step"), "wizard"),
    _s("back", "Alt+Left", QT_TRANSLATE_NOOP("Shortcuts", "Previous step"), "wizard"),
    _s(
        "close", "Esc", QT_TRANSLATE_NOOP("Shortcuts", "Save and close, or close"), "wizard preview"
    ),
    _s("escalate", "Ctrl+E", QT_TRANSLATE_NOOP("Shortcuts", "Escalate to a shift lead"), "wizard"),
    _s("withdraw", "Ctrl+W", QT_TRANSLATE_NOOP("Shortcuts", "Withdraw the case"), "wizard"),
    _s("attach", "Ctrl+O", QT_TRANSLATE_NOOP("Shortcuts", "Add evidence files"), "wizard"),
)
BY_NAME = {s.name: s for s in TABLE}


def shortcut(name: str) -> Shortcut:
    return BY_NAME[name]


def sequences(name: str) -> list[QKeySequence]:
    """The keys of one action, for QAction.setShortcuts."""
    return BY_NAME[name].sequences()


def key(name: str) -> QKeySequence:
    """The first key of one action, for a QShortcut or a button."""
    return BY_NAME[name].sequences()[0]


def shown(name: str) -> str:
    """The keys as a person reads them ("F8 / Ctrl+P"), for tooltips."""
    return BY_NAME[name].shown()


def bind(name: str, widget: QWidget, slot: Callable[[], object]) -> list[QShortcut]:
    """Every key of one action as QShortcuts on `widget` (its window, while it is active)."""
    found = []
    for sequence in sequences(name):
        item = QShortcut(sequence, widget)
        item.activated.connect(slot)
        found.append(item)
    return found
