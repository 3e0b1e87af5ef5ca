"""Errors split by whose fault they are (the user's input, the environment, or ours)."""

from __future__ import annotations

from dataclasses import dataclass


class BriefingError(Exception):
    """Base of every error Briefing raises on purpose."""


class UserFacingError(BriefingError):
    """Something the user can act on (locked or newer database, unreadable file...).

    The message is one sentence meant to be shown as it is.
    """


@dataclass(frozen=True)
class FieldError:
    """One broken rule: which field (``themes``, ``figures[0].value``) and why."""

    field: str
    message: str

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

    def for_field(self, field: str) -> list[str]:
        """Messages about ``field`` (and its sub-fields such as ``figures[0].value``)."""
        return [
            e.message
            for e in self.errors
            if e.field == field or e.field.startswith((field + ".", field + "["))
        ]


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
