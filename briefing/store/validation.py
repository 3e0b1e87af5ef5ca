"""The rules a fact must satisfy, shared by forms, the CLI and importers.

``resolve()`` checks a draft against the reference data and turns names into database keys.
Every broken rule is reported with the field it concerns, all at once, so a form can mark
each wrong field and an importer can name the record and field.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, fields
from functools import lru_cache
from typing import TYPE_CHECKING

from babel import Locale, UnknownLocaleError

from briefing.errors import FieldError, ValidationError
from briefing.store.records import (
    CONFIDENCE_LEVELS,
    SPEAKER_KINDS,
    FactDraft,
    Speaker,
    parse_date,
)
from briefing.store.search import fold

if TYPE_CHECKING:
    # The lookups import the ORM: resolving is for writers, which have it loaded.
    from briefing.store.reference import ReferenceIndex

_LANGUAGE = re.compile(r"^[a-z]{2,3}$")
MAX_STATEMENT = 20_000
# The limits every store accepts and both renderers print (documented in docs/formats.md).
LIMITS = {
    "name": 200,  # people, events (300), organisations (300): see entity columns
    "source.title": 400,
    "source.quote": 20_000,
    "source.locator": 200,
    "event": 300,
    "figures.label": 300,
    "figures.unit": 40,
    "figures.qualifier": 40,
}
MIN_LIMIT = min(LIMITS.values())  # a text this short breaks no length limit
# Figures print as decimals: beyond this no reader needs the value and layout breaks.
MAX_FIGURE = 1e15
# Characters XML 1.0 forbids (DOCX cannot hold them) and lone UTF-16 surrogates (no font,
# no encoder): refused at the door rather than silently dropped at print time.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def forbidden_character(text: str) -> str | None:
    """The code point (``"0007"``) of the first character no dossier can print, or None."""
    found = _FORBIDDEN.search(text)
    if found is None:
        return None
    return f"{ord(found.group()):04X}"


@lru_cache(maxsize=256)
def is_language(code: str) -> bool:
    """True for an ISO 639 code CLDR knows ("fr", "ru", "uz")."""
    if not _LANGUAGE.match(code):
        return False
    try:
        Locale.parse(code)
    except (UnknownLocaleError, ValueError):
        return False
    return True


@dataclass(frozen=True)
class ResolvedFigure:
    """A figure that passed validation."""

    label: str
    value: float
    unit: str
    qualifier: str | None
    translations: dict[str, str]


@dataclass(frozen=True)
class ResolvedFact:
    """A draft that passed validation, with database keys instead of names.

    ``new_*`` fields are names not yet in the database (a bundle from another laptop may
    bring its own people, events or sources); the writer creates them in the same
    transaction. Themes, countries and markings are never created implicitly.
    """

    statement: str
    language: str
    translations: dict[str, str]
    date: dt.date | None
    event_id: int | None
    new_event: str | None
    theme_ids: tuple[int, ...]
    countries: tuple[str, ...]
    person_ids: tuple[int, ...]
    new_people: tuple[str, ...]
    organisation_ids: tuple[int, ...]
    new_organisations: tuple[str, ...]
    document_ids: tuple[int, ...]
    new_documents: tuple[str, ...]
    marking: str
    confidence: str
    source_id: int | None
    new_source: str | None
    quote: str | None
    locator: str | None
    figures: tuple[ResolvedFigure, ...]
    is_key: bool = False
    speaker_person_id: int | None = None
    speaker_document_id: int | None = None
    speaker_country: str | None = None
    new_speaker: Speaker | None = None  # a person or document named only as the speaker

    @classmethod
    def of(cls, **values: object) -> ResolvedFact:
        """The same record as ``ResolvedFact(**values)``, every field given, made without
        the frozen ``__init__``: it sets each of the 26 fields through
        ``object.__setattr__``, four times a plain init and a sixth of validating a record
        in a 100,000-fact import. Still frozen once made."""
        missing = _FACT_FIELDS.difference(values)
        if missing or len(values) != len(_FACT_FIELDS):
            raise TypeError(f"ResolvedFact.of needs every field: {sorted(missing)} missing")
        made = object.__new__(cls)
        made.__dict__.update(values)
        return made


_FACT_FIELDS = frozenset(f.name for f in fields(ResolvedFact))


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def _clean(items: object, case: str = "") -> list[str]:
    """Stripped, non-empty, de-duplicated texts of a list (optionally upper/lower-cased)."""
    if not isinstance(items, list | tuple):
        return []
    out: list[str] = []
    for item in items:
        if isinstance(item, str):
            text = item.strip()
            if case:
                text = text.lower() if case == "lower" else text.upper()
            if text and text not in out:
                out.append(text)
    return out


def resolve(draft: FactDraft, ref: ReferenceIndex, record: int | None = None) -> ResolvedFact:
    """Validate ``draft`` and resolve its names; raise ValidationError naming every field."""
    errors: list[FieldError] = []

    def bad(field: str, rule: str, /, **params: object) -> None:
        errors.append(FieldError.of(field, rule, **params))

    statement = _text(draft.statement)
    if not statement:
        bad("statement", "required")
    elif len(statement) > MAX_STATEMENT:
        bad("statement", "too_long", limit=MAX_STATEMENT)

    language = _text(draft.language).lower()
    if not is_language(language):
        bad("language", "language_unknown", code=draft.language)

    translations: dict[str, str] = {}
    raw_translations: object = draft.translations  # JSON input may hold anything here
    if not isinstance(raw_translations, dict):
        bad("translations", "translations_shape")
    else:
        for lang, text in raw_translations.items():
            code = _text(lang).lower()
            if not is_language(code):
                bad(f"translations.{lang}", "language_code_unknown", code=lang)
            elif not _text(text):
                bad(f"translations.{lang}", "required")
            elif code != language:
                translations[code] = _text(text)

    day: dt.date | None = None
    try:
        day = parse_date(draft.date)
    except (ValueError, TypeError):
        bad("date", "date_invalid", value=draft.date)

    event_name = _text(draft.event)
    event_id = ref.event_id(event_name)

    theme_ids: list[int] = []
    slugs = _clean(draft.themes, "lower")
    if not slugs:
        bad("themes", "themes_required")
    for slug in slugs:
        if slug in ref.themes:
            theme_ids.append(ref.themes[slug])
        else:
            bad("themes", "theme_unknown", theme=slug)

    countries = _clean(draft.countries, "upper")
    for code in countries:
        if code not in ref.countries:
            bad("countries", "country_unknown_iso", code=code)

    person_ids, new_people = _split_known(draft.people, ref.people)
    organisation_ids, new_orgs = _split_known(draft.organisations, ref.organisations)

    document_ids, new_documents = _split_known(draft.documents, ref.documents)

    marking = _text(draft.marking).upper()
    if marking not in ref.markings:
        known = ", ".join(sorted(ref.markings, key=ref.markings.__getitem__))
        bad("marking", "marking_unknown", marking=draft.marking, known=known)

    confidence = _text(draft.confidence).lower() or "confirmed"
    if confidence not in CONFIDENCE_LEVELS:
        bad("confidence", "one_of", choices=", ".join(CONFIDENCE_LEVELS))

    source_title = _text(draft.source_title)
    quote = _text(draft.quote) or None
    locator = _text(draft.locator) or None
    if (quote or locator) and not source_title:
        bad("source.title", "source_needed")
    source_id = ref.sources.get(fold(source_title)) if source_title else None

    figures: list[ResolvedFigure] = []
    for i, fig in enumerate(draft.figures):
        label = _text(fig.label)
        if not label:
            bad(f"figures[{i}].label", "required")
        value = _number(fig.value)
        if value is None:
            bad(f"figures[{i}].value", "not_a_number", value=str(fig.value)[:40])
        elif abs(value) >= MAX_FIGURE:
            bad(f"figures[{i}].value", "number_too_large", limit=f"{MAX_FIGURE:.0e}")
            value = None
        figures.append(
            ResolvedFigure(
                label=label,
                value=value if value is not None else math.nan,
                unit=_text(fig.unit),
                qualifier=_text(fig.qualifier) or None,
                translations={str(k): _text(v) for k, v in fig.translations.items() if _text(v)},
            )
        )

    if not isinstance(draft.is_key, bool):
        bad("key", "not_a_boolean", value=draft.is_key)

    speaker = draft.speaker
    speaker_person: int | None = None
    speaker_document: int | None = None
    speaker_country: str | None = None
    new_speaker: Speaker | None = None
    if speaker is not None and not isinstance(speaker, Speaker):
        bad("speaker", "speaker_shape")
    elif isinstance(speaker, Speaker):
        ref_text = _text(speaker.ref)
        if speaker.kind not in SPEAKER_KINDS:
            bad("speaker", "speaker_kind", kind=speaker.kind)
        elif not ref_text:
            bad(f"speaker.{speaker.kind}", "required")
        elif speaker.kind == "country":
            if ref_text.upper() not in ref.countries:
                bad("speaker.country", "country_unknown", code=speaker.ref)
            speaker_country = ref_text.upper()
        else:
            lookup = ref.people if speaker.kind == "person" else ref.documents
            found = lookup.get(fold(ref_text))
            if found is None:
                new_speaker = Speaker(speaker.kind, ref_text)
            elif speaker.kind == "person":
                speaker_person = found
            else:
                speaker_document = found

    texts: list[tuple[str, str]] = [
        ("statement", statement),
        *((f"translations.{k}", v) for k, v in translations.items()),
        ("event", event_name),
        ("source.title", source_title),
        ("source.quote", quote or ""),
        ("source.locator", locator or ""),
        *(("people", n) for n in draft.people if isinstance(n, str)),
        *(("organisations", n) for n in draft.organisations if isinstance(n, str)),
        *(("documents", n) for n in draft.documents if isinstance(n, str)),
    ]
    if isinstance(speaker, Speaker) and isinstance(speaker.ref, str):
        texts.append((f"speaker.{speaker.kind}", speaker.ref))
    for i, resolved in enumerate(figures):
        texts += [(f"figures[{i}].label", resolved.label), (f"figures[{i}].unit", resolved.unit)]
        texts += [(f"figures[{i}].qualifier", resolved.qualifier or "")]
        texts += [(f"figures[{i}].translations.{k}", v) for k, v in resolved.translations.items()]
    # One search over all the texts: a fact almost never holds a forbidden character, and
    # a search per field was a tenth of an import's validation.
    unprintable = _FORBIDDEN.search("\n".join(text for _, text in texts)) is not None
    for field, text in texts:
        codepoint = forbidden_character(text) if unprintable else None
        if codepoint:
            bad(field, "unprintable", codepoint=codepoint)
        if len(text) <= MIN_LIMIT:  # most texts: no limit to look up
            continue
        limit = _limit(field)
        if limit is not None and len(text) > limit:
            bad(field, "too_long", limit=limit)
    for lang, text in translations.items():
        if len(text) > MAX_STATEMENT:
            bad(f"translations.{lang}", "too_long", limit=MAX_STATEMENT)

    if errors:
        raise ValidationError(errors, record)
    return ResolvedFact.of(
        statement=statement,
        language=language,
        translations=translations,
        date=day,
        event_id=event_id,
        new_event=event_name if event_name and event_id is None else None,
        theme_ids=tuple(theme_ids),
        countries=tuple(countries),
        person_ids=tuple(person_ids),
        new_people=tuple(new_people),
        organisation_ids=tuple(organisation_ids),
        new_organisations=tuple(new_orgs),
        document_ids=tuple(document_ids),
        new_documents=tuple(new_documents),
        marking=marking,
        confidence=confidence,
        source_id=source_id,
        new_source=source_title if source_title and source_id is None else None,
        quote=quote,
        locator=locator,
        figures=tuple(figures),
        is_key=bool(draft.is_key),
        speaker_person_id=speaker_person,
        speaker_document_id=speaker_document,
        speaker_country=speaker_country,
        new_speaker=new_speaker,
    )


@lru_cache(maxsize=1024)
def _limit(field: str) -> int | None:
    """The length limit of a text field ("figures[2].unit" → 40); None for none.

    Cached: the same few dozen field names come back for every record of an import.
    """
    if field in ("people", "speaker.person"):
        return 200  # people.name is VARCHAR(200): PostgreSQL enforces it
    if field in ("organisations", "documents", "speaker.document"):
        return 300
    return LIMITS.get(re.sub(r"\[\d+\]", "", field).split(".translations")[0])


def _split_known(names: list[str], known: dict[str, int]) -> tuple[list[int], list[str]]:
    ids: list[int] = []
    new: list[str] = []
    for name in _clean(names):
        key = fold(name)
        if key in known:
            if known[key] not in ids:
                ids.append(known[key])
        else:
            new.append(name)
    return ids, new


def _number(value: object) -> float | None:
    """A number from an int, float or text ("45e9", "212 000", "1,5"); None if it is none.

    Infinities come back as such, for the caller's size limit to refuse.
    """
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        try:
            number = float(value)
        except OverflowError:  # a 309-digit integer: too large, not "not a number"
            return math.inf
    elif isinstance(value, str):
        text = value.strip().replace("\u202f", "").replace("\xa0", "").replace(" ", "")
        if text.count(",") == 1 and "." not in text:
            text = text.replace(",", ".")
        try:
            number = float(text)
        except ValueError:
            return None
    else:
        return None
    return None if math.isnan(number) else number
