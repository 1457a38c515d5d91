"""AppContext: the one object every window and dialog holds (store, signed-in user, settings,
language, training flag, the task runner). Widgets reach app/ only through it and `tasks`."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from app.db import Store
    from app.errors import DomainError

ROLE_RANK = {"CASHIER": 0, "LEAD": 1, "ADMIN": 2}


@dataclass(frozen=True)
class SignedInUser:
    id: uuid.UUID
    name: str
    role: str  # app.models.Role value: CASHIER / LEAD / ADMIN


class AppContext(QObject):
    """Shared state of one running app. Signals are emitted on the GUI thread.

    - `store`: `app.db.Store` (None until opened in the background)
    - `tasks`: the `TaskRunner` (run_db / run_call / run_device)
    - `user`: `SignedInUser | None`; `user_id`, `user_name`, `role` are shortcuts
    - `settings`: `app.settings.StoreSettings | None` (loaded after the store opens)
    - `language`: "zh_CN" (default) or "en"; `training`, `demo`: mode flags
    """

    language_changed = Signal(str)
    user_changed = Signal()  # signed in, signed out, locked/unlocked user
    settings_changed = Signal()
    orders_changed = Signal()  # something changed orders or cases; lists should refresh

    def __init__(
        self,
        store: Store | None = None,
        *,
        language: str = "zh_CN",
        training: bool = False,
        demo: bool = False,
        tasks: TaskRunner | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.tasks = tasks or TaskRunner(store)
        if store is not None:
            self.tasks.store = store
        self.language = language
        self.training = training or bool(store is not None and store.training)
        self.demo = demo
        self.user: SignedInUser | None = None
        self.settings: Any = None  # app.settings.StoreSettings once loaded
        self.merchant_name = ""
        self.counter_name = ""
        # ui.link_watch.LinkWatch on a shared server (联机 / 脱机, the server's announcements)
        self.link: Any = None
        # ui.sync_watch.SyncWatch on a shared server (the outbox: entries waiting, last sync)
        self.sync: Any = None

    # --- store and settings -----------------------------------------------------------

    def set_store(self, store: Store) -> None:
        self.store = store
        self.tasks.store = store
        self.training = self.training or store.training

    def set_settings(self, settings: Any) -> None:
        self.settings = settings
        self.settings_changed.emit()

    # --- user -------------------------------------------------------------------------

    @property
    def user_id(self) -> uuid.UUID | None:
        return self.user.id if self.user else None

    @property
    def user_name(self) -> str:
        return self.user.name if self.user else ""

    @property
    def role(self) -> str | None:
        return self.user.role if self.user else None

    def sign_in(self, user: SignedInUser) -> None:
        self.user = user
        self.user_changed.emit()

    def sign_out(self) -> None:
        self.user = None
        self.user_changed.emit()

    def has_role(self, minimum: str) -> bool:
        """LEAD covers CASHIER, ADMIN covers both (display gating only; app/ enforces)."""
        return self.user is not None and ROLE_RANK[self.user.role] >= ROLE_RANK[minimum]

    # --- language ---------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        """Swap the translators; every open widget gets QEvent.LanguageChange and retranslates."""
        from ui import i18n

        if language == self.language and i18n.installed_language() == language:
            return
        self.language = language
        i18n.install(language)
        self.language_changed.emit(language)

    def message(self, error: DomainError | BaseException) -> str:
        """A domain error in the current language (app.messages is bilingual already)."""
        from app.errors import DomainError

        if isinstance(error, DomainError):
            return error.message(self.language)
        return str(error) or type(error).__name__

    def msg(self, key: str, **params: object) -> str:
        from app.messages import tr

        return tr(key, self.language, **params)
