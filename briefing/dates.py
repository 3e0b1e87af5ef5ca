"""Dates typed the way a locale writes them: 09/10/2025, 9.10.2025, 9 octobre 2025, ISO.

Qt-free, so the GUI's date fields and the CLI read dates by one rule. The order of day and
month comes from the locale's short date pattern in CLDR (Babel): "dd/MM/y" in French and
British English, "dd.MM.y" in Russian, "M/d/yy" only in the United States. A bare "en"
means British English, as the dossiers do. Text written with the locale's own separator
follows the locale's order; with another separator (a slash in Russia, a dot in the US),
a date whose day and month could be swapped is refused as ambiguous rather than guessed.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import get_date_format

from briefing.errors import FieldError

# A bare language takes the region its dossiers follow (Babel's "en" alone is American).
DEFAULT_REGIONS = {"en": "en_GB", "fr": "fr_FR", "ru": "ru_RU"}
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_NUMERIC = re.compile(r"^(\d{1,4})\s*([./-])\s*(\d{1,2})\s*\2\s*(\d{1,4})$")
_WORDS = re.compile(r"[^\W\d_]+\.?|\d+", re.UNICODE)
# What each language calls the parts of a date in a hint ("JJ/MM/AAAA").
_HINT_LETTERS = {"fr": {"d": "J", "M": "M", "y": "A"}, "ru": {"d": "Д", "M": "М", "y": "Г"}}


class DateError(ValueError):
    """Text that is not a date; ``error`` words it in every interface language."""

    def __init__(self, error: FieldError) -> None:
        super().__init__(error.message)
        self.error = error


def locale_name(locale: str | None) -> str:
    """A Babel locale for ``locale`` ("fr" → "fr_FR"; None or unknown → British English)."""
    if not locale:
        return DEFAULT_REGIONS["en"]
    name = locale.split(".")[0].replace("-", "_")
    name = DEFAULT_REGIONS.get(name, name)
    try:
        Locale.parse(name)
    except (ValueError, UnknownLocaleError):
        return DEFAULT_REGIONS.get(name.split("_")[0], DEFAULT_REGIONS["en"])
    return name


def environment_locale() -> str:
    """The locale dates are written in at a terminal (LC_ALL, LC_TIME, LANG), British
    English when unset or C/POSIX. Babel's ``default_locale`` also reads LC_CTYPE, which
    Python itself sets to C.UTF-8 (PEP 538) and which says nothing about dates."""
    for key in ("LC_ALL", "LC_TIME", "LANG"):
        value = os.environ.get(key, "")
        if value and value.split(".")[0] not in ("C", "POSIX"):
            return locale_name(value)
    return locale_name(None)


@lru_cache(maxsize=64)
def _short_format(locale: str) -> tuple[str, str]:
    """(order of "d", "M", "y", separator) of the locale's numeric date."""
    pattern = get_date_format("short", locale=locale).pattern
    order = "".join(ch for ch in dict.fromkeys(c for c in pattern if c in "dMy"))
    separator = next((c for c in pattern if c in "./-"), "/")
    return (order if sorted(order) == ["M", "d", "y"] else "dMy"), separator


@lru_cache(maxsize=64)
def _month_names(locale: str) -> dict[str, int]:
    """Every way the locale names a month (wide, abbreviated, genitive), folded."""
    months: dict[str, int] = {}
    loc = Locale.parse(locale)
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for number, name in loc.months[context][width].items():
                months[name.lower().rstrip(".")] = number
    english = Locale.parse("en")  # English month names are understood everywhere
    for number, name in english.months["format"]["wide"].items():
        months.setdefault(name.lower(), number)
        months.setdefault(name.lower()[:3], number)
    return months


def hint(locale: str | None, iso: bool = False) -> str:
    """How the locale writes a date, for a placeholder ("JJ/MM/AAAA", "ДД.ММ.ГГГГ");
    ``iso``: the ISO form in the locale's letters ("AAAA-MM-JJ")."""
    name = locale_name(locale)
    order, separator = ("yMd", "-") if iso else _short_format(name)
    letters = _HINT_LETTERS.get(name.split("_")[0], {"d": "D", "M": "M", "y": "Y"})
    width = {"d": 2, "M": 2, "y": 4}
    return separator.join(letters[part] * width[part] for part in order)


def format_numeric(day: dt.date, locale: str | None) -> str:
    """``day`` as the locale writes it in figures (09/10/2025, 09.10.2025, 10/09/2025)."""
    order, separator = _short_format(locale_name(locale))
    parts = {"d": f"{day.day:02d}", "M": f"{day.month:02d}", "y": f"{day.year:04d}"}
    return separator.join(parts[p] for p in order)


def _year(text: str, today: dt.date) -> int:
    """A year written in full, or in two figures (the nearest past century's year,
    allowing ten years ahead: "91" is 1991, "25" is 2025)."""
    if len(text) not in (2, 4):
        raise ValueError(text)
    year = int(text)
    if len(text) == 2:
        century = today.year // 100 * 100
        year += century if year <= today.year % 100 + 10 else century - 100
    return year


def parse_date(
    text: str, locale: str | None = None, today: dt.date | None = None
) -> dt.date | None:
    """The date ``text`` writes (None for empty text); DateError if it is not one.

    ISO (2025-10-09) is read in every locale; numeric dates follow ``locale``'s order;
    "9 octobre 2025", "9 октября 2025 г." and "October 9, 2025" name the month.
    """
    text = text.strip()
    if not text:
        return None
    name = locale_name(locale)
    today = today or dt.date.today()

    def invalid() -> DateError:
        return DateError(FieldError.of("date", "date_invalid", value=text))

    try:
        iso = _ISO.match(text)
        if iso:
            return dt.date(int(iso[1]), int(iso[2]), int(iso[3]))
        numeric = _NUMERIC.match(text)
        if numeric:
            return _numeric(text, numeric, name, today)
        return _named(text, name, today)
    except ValueError as exc:  # day 31 of a 30-day month, month 13...
        if isinstance(exc, DateError):
            raise
        raise invalid() from None


def _numeric(text: str, found: re.Match[str], locale: str, today: dt.date) -> dt.date:
    first, separator, second, third = found.groups()
    if len(first) > 2:  # 2025/10/09: year first, as ISO
        return dt.date(int(first), int(second), int(third))
    order, own = _short_format(locale)
    day_first = order.index("d") < order.index("M")
    a, b = int(first), int(second)
    if separator != own and a != b and a <= 12 and b <= 12:
        # A slash typed in Russia or a dot in the US: the writer's convention is unknown.
        # figures read the same in every language; day 31 shows which part is the day
        example = format_numeric(dt.date(today.year, 12, 31), locale)
        raise DateError(FieldError.of("date", "date_ambiguous", value=text, example=example))
    if separator != own and (a > 12 or b > 12):
        day_first = a > 12
    day, month = (a, b) if day_first else (b, a)
    return dt.date(_year(third, today), month, day)


def _named(text: str, locale: str, today: dt.date) -> dt.date:
    """A date with its month in words, in the locale's language or English."""
    months = _month_names(locale)
    numbers: list[str] = []
    month: int | None = None
    for word in _WORDS.findall(text.lower()):
        if word.isdigit():
            numbers.append(word)
        elif word.rstrip(".") in months and month is None:
            month = months[word.rstrip(".")]
        elif word.rstrip(".") not in ("г", "года", "год", "le", "the", "of"):
            raise ValueError(word)
    if month is None or len(numbers) != 2:
        raise ValueError(text)
    day, year = numbers if len(numbers[0]) <= 2 else numbers[::-1]
    return dt.date(_year(year, today), month, int(day))
