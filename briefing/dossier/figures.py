"""Figures as a pack prints them: values in the reader's number format, and charts.

``figure_text`` writes a structured figure ("plus de 20 milliards USD", "212,000
students"); ``chart_of`` decides whether figures sharing a label and unit make a chart
(one bar per year, or per country) and labels it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from babel import Locale
from babel.numbers import format_compact_decimal, format_decimal, get_currency_name

from briefing.dossier.document import Chart, ChartBar

QUALIFIERS: dict[str, dict[str, str]] = {
    "more-than": {"en": "more than", "fr": "plus de", "ru": "более"},
    "less-than": {"en": "less than", "fr": "moins de", "ru": "менее"},
    "about": {"en": "about", "fr": "environ", "ru": "около"},
    "up-to": {"en": "up to", "fr": "jusqu’à", "ru": "до"},
    "at-least": {"en": "at least", "fr": "au moins", "ru": "не менее"},
}
# Count nouns by CLDR plural category (Babel's plural_form): "1 student", "21 студент",
# "22 студента", "25 студентов". A unit not listed prints as entered.
UNITS: dict[str, dict[str, dict[str, str]]] = {
    "students": {
        "en": {"one": "student", "other": "students"},
        "fr": {"one": "étudiant", "other": "étudiants"},
        "ru": {"one": "студент", "few": "студента", "many": "студентов", "other": "студента"},
    },
    "universities": {
        "en": {"one": "university", "other": "universities"},
        "fr": {"one": "université", "other": "universités"},
        "ru": {
            "one": "университет",
            "few": "университета",
            "many": "университетов",
            "other": "университета",
        },
    },
    "people": {
        "en": {"one": "person", "other": "people"},
        "fr": {"one": "personne", "other": "personnes"},
        "ru": {"one": "человек", "few": "человека", "many": "человек", "other": "человека"},
    },
    "projects": {
        "en": {"one": "project", "other": "projects"},
        "fr": {"one": "projet", "other": "projets"},
        "ru": {"one": "проект", "few": "проекта", "many": "проектов", "other": "проекта"},
    },
}


def unit_text(unit: str, value: float, language: str) -> str:
    """``unit`` in ``language`` agreeing with ``value`` ("212 000 étudiants")."""
    forms = UNITS.get(unit, {}).get(language)
    if not forms:
        return unit
    category = str(_locale(language).plural_form(abs(value)))
    return forms.get(category) or forms["other"]


_CURRENCY = re.compile(r"^[A-Z]{3}$")


def currency_text(code: str, value: float, language: str) -> str:
    """A currency as the reader writes it after an amount.

    Russian names it, agreeing with the number ("45 миллиардов долларов США", "21 доллар
    США"): an ISO code reads as a foreign word in a Russian sentence. English and French
    keep the ISO code, as their diplomatic and financial texts do ("45 milliards USD").
    A code CLDR does not know prints as entered.
    """
    if language != "ru":
        return code
    try:
        return get_currency_name(code, abs(value), locale=_locale(language))
    except (ValueError, LookupError):
        return code


@lru_cache(maxsize=16)
def _locale(language: str) -> Locale:
    """Babel's locale for ``language``, parsed once: Babel parses a locale given by name
    on every call (most of the time of formatting a figure)."""
    return Locale.parse("en_GB" if language == "en" else language)


@lru_cache(maxsize=4096)
def figure_text(value: float, unit: str, qualifier: str | None, language: str) -> str:
    """A figure as printed in ``language``: qualifier, number, unit or currency."""
    locale = _locale(language)
    currency = bool(_CURRENCY.match(unit))
    if currency and abs(value) >= 1_000_000:
        amount = format_compact_decimal(value, format_type="long", locale=locale, fraction_digits=1)
        # English writes the currency first ("USD 45 billion"); French and Russian after.
        # After "миллиардов"/"миллиона" Russian takes the genitive plural, whatever the number.
        if language == "en":
            text = f"{unit} {amount}"
        else:
            text = f"{amount} {currency_text(unit, 5, language)}"
    elif currency:
        text = f"{format_decimal(value, locale=locale)} {currency_text(unit, value, language)}"
    else:
        text = format_decimal(value, locale=locale)
        text = f"{text} {unit_text(unit, value, language)}".strip()
    if qualifier:
        text = f"{QUALIFIERS.get(qualifier, {}).get(language, qualifier)} {text}"
    return text


def chart_of(
    label: str,
    unit: str,
    points: Sequence[tuple[int | None, str, float, str]],
    language: str,
) -> Chart | None:
    """A chart of figures that share ``label`` and ``unit``, or None when they do not compare.

    ``points`` are (year, countries, value, printed value). Distinct years make one bar a
    year; otherwise distinct country lists make one bar a country; one point, or points
    that neither years nor countries tell apart, make no chart.
    """
    if len(points) < 2:
        return None
    years = [year for year, _, _, _ in points]
    if None not in years and len(set(years)) == len(points):
        names = [str(year) for year in years]
    else:
        names = [countries for _, countries, _, _ in points]
        if len(set(names)) < len(points):
            return None
    return Chart(
        title=label,
        # an axis counts many ("студентов", "долларов США")
        unit_text=(
            currency_text(unit, 5, language)
            if _CURRENCY.match(unit)
            else unit_text(unit, 5, language)
        ),
        bars=tuple(
            ChartBar(name, value, text)
            for name, (_, _, value, text) in zip(names, points, strict=True)
        ),
    )
