"""Typed domain errors. Each carries a message key (see app.messages), never a bare sentence."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Self


class DomainError(Exception):
    """A rule refused the request. `key` names the message; `field` the input it concerns."""

    keeps_changes = False

    def __init__(self, key: str, *, field: str | None = None, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.field = field
        self.params = params

    @classmethod
    def with_params(cls, key: str, params: Mapping[str, object]) -> Self:
        """The error for `key` with parameters gathered elsewhere (a driver's, a channel's)."""
        rest = dict(params)
        field = rest.pop("field", None)
        return cls(key, field=str(field) if field else None, **rest)

    def message(self, lang: str = "zh_CN") -> str:
        from app.messages import tr

        # `{field}` in a message names the input concerned (in words: tr looks it up)
        params = {"field": self.field, **self.params} if self.field else self.params
        return tr(self.key, lang, **params)


class AuthFailure(DomainError):
    """Wrong PIN, unknown user or locked out. The failure count it bumped is kept."""

    keeps_changes = True


class IllegalTransition(DomainError):
    """The case is not at a step where this action is allowed."""


class PermissionDenied(DomainError):
    """The acting user's role does not allow this."""


class ValidationFailed(DomainError):
    """One or more input fields are wrong; `problems` holds one DomainError per field."""

    def __init__(self, problems: list[DomainError]) -> None:
        super().__init__("validation.failed", count=len(problems))
        self.problems = problems
        # A wrong PIN among the problems still counts toward the lockout.
        self.keeps_changes = any(p.keeps_changes for p in problems)

    def message(self, lang: str = "zh_CN") -> str:
        return "\n".join(p.message(lang) for p in self.problems)


class StaleData(DomainError):
    """Someone else changed the record since it was read (optimistic version check)."""


class ServerUnreachable(DomainError):
    """The shared server did not answer (the link dropped): nothing was saved."""


class NotFound(DomainError):
    """No such order, case or user."""
