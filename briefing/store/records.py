"""Plain values that cross the store boundary: drafts going in, records coming out.

A ``FactDraft`` is what a form, the CLI or an importer proposes; the store validates it.
A ``FactRecord`` is a saved fact with every link resolved to names; its ``to_json()`` is the
interchange format of ``briefing facts --format json`` and ``briefing facts import``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from briefing.errors import FieldError, ValidationError

CONFIDENCE_LEVELS = ("confirmed", "reported", "assessed")
RELIABILITY_GRADES = ("A", "B", "C", "D", "E", "F")
DEFAULT_MARKINGS = (
    ("UNCLASSIFIED", 0, "U"),
    ("RESTRICTED", 10, "R"),
    ("CONFIDENTIAL", 20, "C"),
    ("SECRET", 30, "S"),
)


def original_digest(statement: str) -> str:
    """Which wording of an original a translation was made from (16 hex digits).

    Spacing and Unicode normalisation do not count as edits; any other change does.
    Migration 0007 carries its own copy of this rule and must stay in step with it.
    """
    normal = unicodedata.normalize("NFC", statement)
    # Already single-spaced (no whitespace but lone ASCII spaces: every other whitespace
    # character is unprintable) is most statements: splitting them into words and joining
    # them again was 2 of the 3.5 us of a digest, which a dossier takes of every
    # translated fact it prints.
    if not (
        normal.isprintable() and "  " not in normal and normal[:1] != " " and normal[-1:] != " "
    ):
        normal = " ".join(normal.split())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:16]


DIGEST = re.compile(r"[0-9a-f]{16}")


@dataclass
class FigureDraft:
    """A structured number as typed: ``value`` may still be text until validated."""

    label: str
    value: object
    unit: str = ""
    qualifier: str | None = None
    translations: dict[str, str] = field(default_factory=dict)


SPEAKER_KINDS = ("person", "document", "country")


@dataclass(frozen=True)
class Speaker:
    """Who states a fact: ``kind`` is person, document or country (a delegation); ``ref``
    is the person's name, the document's title or the country code."""

    kind: str
    ref: str

    def to_json(self) -> dict[str, str]:
        """The interchange form: ``{"person": "Vladimir Putin"}``."""
        return {self.kind: self.ref}

    @classmethod
    def from_json(cls, obj: object) -> Speaker | object | None:
        """A Speaker from its JSON form; None for null; anything malformed is returned
        as is, for validation to reject with the field's name."""
        if obj is None:
            return None
        if isinstance(obj, dict) and len(obj) == 1:
            ((kind, ref),) = obj.items()
            if kind in SPEAKER_KINDS and isinstance(ref, str):
                return cls(kind, ref)
        return obj


@dataclass
class FactDraft:
    """A fact as proposed by a user or an importer (names, not database ids)."""

    statement: str
    themes: list[str]
    countries: list[str] = field(default_factory=list)
    language: str = "en"
    translations: dict[str, str] = field(default_factory=dict)
    date: dt.date | str | None = None
    event: str | None = None
    people: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    marking: str = "UNCLASSIFIED"
    confidence: str = "confirmed"
    source_title: str | None = None
    quote: str | None = None
    locator: str | None = None
    figures: list[FigureDraft] = field(default_factory=list)
    is_key: object = False
    speaker: object = None  # a Speaker, None, or whatever malformed JSON held
    # original_digest() each translation was made from, by language, when the writer says
    # so: a bundle carrying its own, or "still correct" (``confirm``). Languages left out
    # are stamped by the store: the current original if the text is new or changed, else
    # the digest the translation already had.
    translation_sources: dict[str, str] = field(default_factory=dict)

    def confirm(self, language: str) -> None:
        """Declare the translation in ``language`` still correct for this draft's original."""
        self.translation_sources[language] = original_digest(self.statement)

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> FactDraft:
        """Read the interchange format (see FactRecord.to_json).

        Shapes are checked here (a list where a list belongs, text where text belongs), so
        ``"people": "Jane Doe"`` is refused instead of becoming eight one-letter people;
        values are checked later by ``validation.resolve``.
        """
        errors: list[FieldError] = []
        source = obj.get("source")
        if source is None:
            source = {}
        elif isinstance(source, str):
            source = {"title": source}
        elif not isinstance(source, dict):
            errors.append(FieldError.of("source", "source_shape"))
            source = {}
        translations = obj.get("translations") or {}
        if not isinstance(translations, dict):
            errors.append(FieldError.of("translations", "translations_shape"))
            translations = {}
        sources = obj.get("translation_sources") or {}
        if not isinstance(sources, dict) or not all(
            isinstance(v, str) and DIGEST.fullmatch(v) for v in sources.values()
        ):
            errors.append(
                FieldError("translation_sources", "must map a language code to 16 hex digits")
            )
            sources = {}
        figures = obj.get("figures") or []
        if not isinstance(figures, list) or not all(isinstance(f, dict) for f in figures):
            errors.append(FieldError.of("figures", "figures_shape"))
            figures = []
        for i, f in enumerate(figures):
            if not isinstance(f.get("translations") or {}, dict):
                errors.append(FieldError.of(f"figures[{i}].translations", "not_an_object"))
        draft = cls(
            statement=_str(obj, "statement", errors) or "",
            language=_str(obj, "language", errors) or "en",
            translations=dict(translations),
            translation_sources={str(k): v for k, v in sources.items() if k in translations},
            date=_str(obj, "date", errors),
            event=_str(obj, "event", errors),
            themes=_names(obj, "themes", errors),
            countries=_names(obj, "countries", errors),
            people=_names(obj, "people", errors),
            organisations=_names(obj, "organisations", errors),
            documents=_names(obj, "documents", errors),
            marking=_default(_str(obj, "marking", errors), "UNCLASSIFIED"),
            confidence=_str(obj, "confidence", errors) or "confirmed",
            is_key=obj.get("key", False),
            speaker=Speaker.from_json(obj.get("speaker")),
            source_title=_str(source, "title", errors, "source."),
            quote=_str(source, "quote", errors, "source."),
            locator=_str(source, "locator", errors, "source."),
            figures=[
                FigureDraft(
                    label=f.get("label") if isinstance(f.get("label"), str) else "",
                    value=f.get("value"),
                    unit=f.get("unit") if isinstance(f.get("unit"), str) else "",
                    qualifier=f.get("qualifier") if isinstance(f.get("qualifier"), str) else None,
                    translations=dict(f.get("translations") or {}),
                )
                for f in figures
            ],
        )
        if errors:
            raise ValidationError(errors)
        return draft


def _str(obj: dict[str, Any], key: str, errors: list[FieldError], prefix: str = "") -> str | None:
    """``obj[key]`` when it is text or absent (None); anything else is an error."""
    value = obj.get(key)
    if value is None or isinstance(value, str):
        return value
    errors.append(FieldError.of(prefix + key, "not_text", kind=type(value).__name__))
    return None


def _default(value: str | None, default: str) -> str:
    """``value`` unless absent: an empty text stays empty, for validation to refuse."""
    return default if value is None else value


def _names(obj: dict[str, Any], key: str, errors: list[FieldError]) -> list[str]:
    """``obj[key]`` when it is a list of texts (or absent); anything else is an error."""
    value = obj.get(key)
    if value is None:
        return []
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    errors.append(FieldError.of(key, "not_text_list"))
    return []


@dataclass(frozen=True)
class FigureRecord:
    """A saved figure."""

    label: str
    value: float
    unit: str
    qualifier: str | None
    translations: dict[str, str]

    def to_json(self) -> dict[str, Any]:
        """The figure as in the interchange format."""
        value: float | int = int(self.value) if self.value.is_integer() else self.value
        out: dict[str, Any] = {
            "label": self.label,
            "value": value,
            "unit": self.unit,
            "qualifier": self.qualifier,
        }
        if self.translations:
            out["translations"] = dict(self.translations)
        return out


@dataclass(frozen=True)
class SourceRecord:
    """A fact's provenance: source document, exact quote, locator."""

    title: str | None
    quote: str | None
    locator: str | None
    publisher: str | None = None
    language: str | None = None
    date: dt.date | None = None
    reliability: str | None = None


@dataclass(frozen=True)
class FactRecord:
    """A saved fact with links resolved to names (codes for countries, slugs for themes)."""

    key: int
    uuid: str
    statement: str
    language: str
    translations: dict[str, str]
    date: dt.date | None
    event: str | None
    themes: tuple[str, ...]
    countries: tuple[str, ...]
    people: tuple[str, ...]
    organisations: tuple[str, ...]
    documents: tuple[str, ...]
    marking: str
    confidence: str
    source: SourceRecord
    figures: tuple[FigureRecord, ...]
    seq: int
    version: int
    created_at: dt.datetime
    updated_at: dt.datetime
    is_key: bool = False
    speaker: Speaker | None = None
    # original_digest() of the original each translation was made from (None: unknown,
    # taken as current); see ``outdated``.
    translation_sources: dict[str, str | None] = field(default_factory=dict)

    @property
    def outdated(self) -> frozenset[str]:
        """Languages whose translation was made from an earlier wording of the original."""
        return frozenset(lang for lang in self.translation_sources if self._outdated_in(lang))

    def translation_state(self, language: str) -> str:
        """ "original", "current", "outdated" or "missing": what ``language`` has."""
        if language == self.language:
            return "original"
        if language not in self.translations:
            return "missing"
        return "outdated" if self._outdated_in(language) else "current"

    def _outdated_in(self, language: str) -> bool:
        """Whether the translation in ``language`` was made from another wording.

        A dossier asks this of each printed fact in one language, so the digest of the
        original is computed only for a fact that has a translation with a known source,
        once (kept beside the fields; it is not one), and the other languages are left
        alone: ``outdated`` as a cached set cost 7 µs a fact, a third of it the lock of
        ``functools.cached_property``.
        """
        made_from = self.translation_sources.get(language)
        if made_from is None or language not in self.translations:
            return False
        current = self.__dict__.get("_current_digest")
        if current is None:
            current = self.__dict__["_current_digest"] = original_digest(self.statement)
        return made_from != current

    def text_in(self, language: str) -> tuple[str, str]:
        """The statement in ``language`` if translated from the current original, else the
        original: (text, language). An outdated translation is never printed as current."""
        if self.translation_state(language) == "current":
            return self.translations[language], language
        return self.statement, self.language

    def to_json(self) -> dict[str, Any]:
        """The interchange format (stable: scripts depend on these keys)."""
        return {
            "id": self.uuid,
            "statement": self.statement,
            "language": self.language,
            "translations": dict(self.translations),
            "date": self.date.isoformat() if self.date else None,
            "event": self.event,
            "themes": list(self.themes),
            "countries": list(self.countries),
            "people": list(self.people),
            "organisations": list(self.organisations),
            "documents": list(self.documents),
            "marking": self.marking,
            "confidence": self.confidence,
            "key": self.is_key,
            "speaker": self.speaker.to_json() if self.speaker else None,
            "source": {
                "title": self.source.title,
                "quote": self.source.quote,
                "locator": self.source.locator,
            },
            "figures": [f.to_json() for f in self.figures],
            **self._translation_json(),
            "version": self.version,
            "created_at": self.created_at.isoformat(),
            "updated_at": self.updated_at.isoformat(),
        }

    def _translation_json(self) -> dict[str, Any]:
        """Which original each translation was made from, so a bundle carries an outdated
        translation as outdated; absent when no translation has a known source."""
        sources = {k: v for k, v in sorted(self.translation_sources.items()) if v}
        out: dict[str, Any] = {}
        if sources:
            out["translation_sources"] = sources
        if self.outdated:
            out["outdated_translations"] = sorted(self.outdated)
        return out

    def to_draft(self) -> FactDraft:
        """A draft holding this record's values, to edit and save back.

        Translation sources stay behind: the store keeps each unchanged translation's own.
        """
        return FactDraft(
            statement=self.statement,
            language=self.language,
            translations=dict(self.translations),
            date=self.date,
            event=self.event,
            themes=list(self.themes),
            countries=list(self.countries),
            people=list(self.people),
            organisations=list(self.organisations),
            documents=list(self.documents),
            marking=self.marking,
            confidence=self.confidence,
            is_key=self.is_key,
            speaker=self.speaker,
            source_title=self.source.title,
            quote=self.source.quote,
            locator=self.source.locator,
            figures=[
                FigureDraft(f.label, f.value, f.unit, f.qualifier, dict(f.translations))
                for f in self.figures
            ],
        )


@dataclass(frozen=True)
class FactQuery:
    """What to list: filters are OR within a kind and AND across kinds.

    ``themes`` include their sub-themes. ``events`` are names or ids; with
    ``no_event`` facts without an event match too (a pack's background). ``text`` is a
    search query; ``order`` is a column (date, seq, statement, marking, confidence,
    updated) or "relevance" for searches. ``max_marking`` excludes facts marked above it.
    ``key_only`` keeps the key points. ``countries_at_most`` / ``countries_at_least`` keep
    the facts linked to at most / at least that many countries (a dossier's country and
    shared sections).
    """

    themes: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    events: tuple[str, ...] = ()
    markings: tuple[str, ...] = ()
    max_marking: str | None = None
    text: str = ""
    order: str = "date"
    descending: bool = False
    limit: int | None = None
    deleted: bool = False
    no_event: bool = False
    key_only: bool = False
    # Languages: facts whose original is in another language and that have no translation
    # in it (``untranslated``), or one made from an earlier wording (``outdated``). The
    # two are one kind of filter: with both, a fact matching either is kept.
    untranslated: tuple[str, ...] = ()
    outdated: tuple[str, ...] = ()
    countries_at_most: int | None = None
    countries_at_least: int | None = None


@dataclass(frozen=True)
class FactRow:
    """The light row the fact list shows (no joins beyond names)."""

    key: int
    uuid: str
    date: dt.date | None
    statement: str
    language: str
    marking: str
    confidence: str
    source: str | None
    themes: str
    countries: str
    version: int


def parse_date(value: object) -> dt.date | None:
    """Accept a date or ISO text (YYYY-MM-DD); raise ValueError otherwise.

    Here rather than in ``reference`` (which holds the ORM's lookups): fact validation
    and the dossier spec read dates on the Core-only export path too."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return dt.date.fromisoformat(value.strip())
    raise ValueError(f"not a date: {value!r}")
