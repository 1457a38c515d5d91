"""The store's settings: typed, with defaults, stored in one place (the settings table), versioned."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from app import audit, case_messages  # noqa: F401 (registers the keys validate() raises)
from app.errors import DomainError, ValidationFailed
from app.models import Setting, User
from app.redaction import redact_value

SETTINGS_KEY = "store"
SETTINGS_VERSION = 1
LANGUAGES = ("zh_CN", "en")


@dataclass
class StoreSettings:
    version: int = SETTINGS_VERSION
    language: str = "zh_CN"
    timezone: str = "Asia/Shanghai"
    idle_lock_minutes: int = 5
    approval_threshold_fen: int = 500_000  # above ¥5,000.00 an ADMIN must approve
    refund_window_days: int = 30
    refund_returns_fee: bool = False  # acquirer policy: refunds keep the fee by default
    refund_working_days: int = 7  # what the buyer is told: a refund reaches the card within N
    terminal_port: str = "simulator"
    baudrate: int = 115200
    ack_timeout_ms: int = 1000
    answer_timeout_ms: int = 60_000
    inter_byte_timeout_ms: int = 200
    printer_url: str = ""  # ESC/POS: serial:/dev/ttyS0?baudrate=9600, usb:VID:PID, network:host
    slip_width_mm: int = 80
    backups_kept: int = 10
    # PCI DSS 8.3.4: at most 10 wrong PINs, then locked for at least 30 minutes.
    pin_max_tries: int = 5
    pin_lockout_minutes: int = 30
    import_max_mb: int = 50  # an import file larger than this is refused before it is read
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> None:
        problems: list[DomainError] = []
        if self.language not in LANGUAGES:
            problems.append(DomainError("settings.language", field="language"))
        if not 1 <= self.idle_lock_minutes <= 240:
            problems.append(DomainError("settings.idle_lock", field="idle_lock_minutes"))
        if self.approval_threshold_fen < 0:
            problems.append(DomainError("settings.threshold", field="approval_threshold_fen"))
        if not 1 <= self.refund_window_days <= 365:
            problems.append(DomainError("settings.refund_window", field="refund_window_days"))
        if not 1 <= self.refund_working_days <= 30:
            problems.append(
                DomainError("settings.refund_working_days", field="refund_working_days")
            )
        if self.baudrate not in (9600, 19200, 38400, 57600, 115200):
            problems.append(DomainError("settings.baudrate", field="baudrate"))
        for name in ("ack_timeout_ms", "answer_timeout_ms", "inter_byte_timeout_ms"):
            if not 10 <= getattr(self, name) <= 300_000:
                problems.append(DomainError("settings.timeout", field=name))
        if not 1 <= self.pin_max_tries <= 10:
            problems.append(DomainError("settings.pin_max_tries", field="pin_max_tries"))
        if not 30 <= self.pin_lockout_minutes <= 24 * 60:
            problems.append(DomainError("settings.pin_lockout", field="pin_lockout_minutes"))
        if not 1 <= self.import_max_mb <= 1024:
            problems.append(DomainError("settings.import_max_mb", field="import_max_mb"))
        if self.slip_width_mm not in (58, 80):
            problems.append(DomainError("settings.slip_width", field="slip_width_mm"))
        if problems:
            raise ValidationFailed(problems)


def _upgrade(raw: dict[str, Any]) -> dict[str, Any]:
    """Bring stored settings of an older version to the current shape (none yet beyond v1)."""
    raw = dict(raw)
    raw.setdefault("version", SETTINGS_VERSION)
    return raw


def load_settings(session: Session) -> StoreSettings:
    row = session.get(Setting, SETTINGS_KEY)
    if row is None:
        return StoreSettings()
    raw = _upgrade(row.value)
    known = {f.name for f in dataclasses.fields(StoreSettings)}
    return StoreSettings(**{k: v for k, v in raw.items() if k in known})


def save_settings(session: Session, settings: StoreSettings, actor: User | None) -> None:
    """An ADMIN's change (the threshold, the lockout, the terminal), audited with the row's
    state so that a change made with sqlite3 is refused where the settings are relied on."""
    from app.errors import PermissionDenied
    from app.models import Role

    if actor is None or not actor.active or actor.role is not Role.ADMIN:
        raise PermissionDenied("perm.admin_only")
    settings.validate()
    old = load_settings(session)
    # Free-form strings (a printer URL, `extra`) are kept redacted like any typed text.
    new_value = redact_value(dataclasses.asdict(settings))
    row = session.get(Setting, SETTINGS_KEY)
    first = row is None
    if row is None:
        row = Setting(key=SETTINGS_KEY, value=new_value)
        session.add(row)
    else:
        row.value = new_value
    changed = {
        k: [v, new_value[k]] for k, v in dataclasses.asdict(old).items() if new_value.get(k) != v
    }
    if changed or first:
        session.flush()
        audit.record(
            session, "settings.changed", actor, subject=f"settings:{SETTINGS_KEY}", state=[row],
            changes=changed,
        )  # fmt: skip
    if "timezone" in changed:
        from app.reports.summary import follow_zone

        follow_zone(session, settings.timezone)
