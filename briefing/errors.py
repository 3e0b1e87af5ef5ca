"""Errors split by whose fault they are (the user's input, the environment, or ours)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any

from briefing import messages


class BriefingError(Exception):
    """Base of every error Briefing raises on purpose."""


class UserFacingError(BriefingError):
    """Something the user can act on (locked or newer database, unreadable file...).

    The message is one sentence meant to be shown as it is.
    """


@dataclass(frozen=True)
class FieldError:
    """One broken rule: which field (``themes``, ``figures[0].value``) and why.

    ``message`` is the English wording (CLI, logs); ``code`` and ``params`` let an
    interface word it in its own language (``briefing.messages``). A FieldError built
    without a code keeps its message in every language.
    """

    field: str
    message: str
    code: str = ""
    params: Mapping[str, Any] = dataclass_field(default_factory=dict, compare=False, hash=False)

    @classmethod
    def of(cls, field_name: str, rule: str, /, **params: Any) -> FieldError:
        """The error ``rule`` (a key of ``messages.MESSAGES``) about ``field_name``."""
        return cls(field_name, messages.render(rule, params, "en"), rule, params)

    def text(self, language: str = "en") -> str:
        """The message in ``language`` (the English one when it has no code)."""
        if not self.code or language == "en":
            return self.message
        return messages.render(self.code, self.params, language, self.message)

    def describe(self, language: str = "en") -> str:
        """ "Field: message" in ``language``, for a list of problems away from the field."""
        if language == "en":
            return str(self)
        colon = "\u00a0: " if language == "fr" else ": "  # French sets a space before ":"
        return messages.field_label(self.field, language) + colon + self.text(language)

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class ValidationError(UserFacingError):
    """Input broke one or more rules; ``errors`` names each field.

    ``record`` is set when the input was one object of a batch (its 0-based index).
    """

    def __init__(self, errors: list[FieldError], record: int | None = None) -> None:
        self.errors = list(errors)
        self.record = record
        where = f"record {record}: " if record is not None else ""
        super().__init__(where + "; ".join(str(e) for e in self.errors))

    def for_field(self, field: str, language: str = "en") -> list[str]:
        """Messages about ``field`` (and its sub-fields such as ``figures[0].value``)."""
        return [
            e.text(language)
            for e in self.errors
            if e.field == field or e.field.startswith((field + ".", field + "["))
        ]

    def describe(self, language: str = "en") -> str:
        """All the problems as one line in ``language`` (English: the exception's text)."""
        if language == "en":
            return str(self)
        return "; ".join(e.describe(language) for e in self.errors)


class ConflictError(UserFacingError):
    """Someone else saved the fact after it was loaded; saving now would overwrite them."""


class NotFoundError(UserFacingError):
    """The fact, spec or entity asked for does not exist."""


class SchemaTooNewError(UserFacingError):
    """The database was written by a newer Briefing than this one."""


class DatabaseBusyError(UserFacingError):
    """Another program held the database's write lock for longer than the busy timeout.

    Nothing was written; the same action may simply be tried again.
    """


class Cancelled(BriefingError):
    """The user stopped a long run (an import, an analysis): nobody's fault, nothing done.

    Raised from inside the run at its next cancel check, so the transaction it was in
    rolls back: a cancelled import leaves the base as it was.
    """


def check_cancel(cancelled: Callable[[], bool] | None) -> None:
    """Raise Cancelled when ``cancelled`` (the caller's "Cancel was pressed") says so."""
    if cancelled is not None and cancelled():
        raise Cancelled("cancelled")
