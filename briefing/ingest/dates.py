"""Dates a clause gives, resolved against the document's own date (dateparser).

"le 9 octobre" in an article of October 2025 is 9 October 2025; "yesterday" and "вчера"
are the day before the document. Only mentions that name a day are kept — a day and a
month, a full date, or a relative day: "en 2027" or "the third summit" is no fact date,
and dateparser's guesses on such words ("en 2027" → 10 October 2027) are dropped.
The document's language is detected with lingua among French, English and Russian.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from briefing.ingest.figures import MONTHS

_RELATIVE = re.compile(
    r"\b(hier|aujourd’hui|aujourd'hui|avant-hier|demain|yesterday|today|tomorrow|"
    r"вчера|сегодня|позавчера|завтра)\b",
    re.IGNORECASE,
)
_DAY_MONTH = re.compile(rf"\b\d{{1,2}}(?:er)?\s+(?:{MONTHS})\b|\b(?:{MONTHS})\s+\d{{1,2}}\b", re.I)
_ISO = re.compile(r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{4}\b")
LANGUAGES = ("fr", "en", "ru")


@dataclass(frozen=True)
class DateFound:
    """A date the text gives, and the words that gave it."""

    date: dt.date
    words: str


def dates_in(text: str, language: str, document_date: dt.date | None) -> list[DateFound]:
    """The days a clause names, in order."""
    if not (_RELATIVE.search(text) or _DAY_MONTH.search(text) or _ISO.search(text)):
        return []  # dateparser's search costs ~50 ms a clause: skip the many without dates
    from dateparser.search import search_dates

    base = dt.datetime.combine(document_date or dt.date.today(), dt.time())
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "DATE_ORDER": "DMY"}
    found = search_dates(text, languages=[language], settings=settings) or []
    out: list[DateFound] = []
    for words, when in found:
        words = words.strip()
        if document_date is None and not re.search(r"\b\d{4}\b", words):
            continue  # "le 9 octobre" of which year? Not today's: say nothing
        if _RELATIVE.search(words) or _DAY_MONTH.search(words) or _ISO.search(words):
            out.append(DateFound(when.date(), words))
    return out


@cache
def _detector() -> object:
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(
        Language.FRENCH, Language.ENGLISH, Language.RUSSIAN
    ).build()


def detect_language(text: str) -> str:
    """fr, en or ru: the language most of ``text`` is written in (lingua, offline)."""
    from lingua import Language

    found = _detector().detect_language_of(text[:20_000])  # type: ignore[attr-defined]
    codes = {Language.FRENCH: "fr", Language.ENGLISH: "en", Language.RUSSIAN: "ru"}
    return codes.get(found, "en")


def first_full_date(text: str, language: str) -> dt.date | None:
    """The first date with a year the text gives (a dateline), if any."""
    pattern = re.compile(rf"\b\d{{1,2}}(?:er)?\s+(?:{MONTHS})\s+\d{{4}}|{_ISO.pattern}", re.I)
    match = pattern.search(text[:5000])
    if not match:
        match = re.search(rf"\b(?:{MONTHS})\s+\d{{1,2}},\s+\d{{4}}", text[:5000], re.I)
    if not match:
        return None
    import dateparser

    when = dateparser.parse(match.group(), languages=[language])
    return when.date() if when else None
