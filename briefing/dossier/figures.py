"""Figures as a pack prints them: values in the reader's number format, and charts.

``figure_text`` writes a structured figure ("plus de 20 milliards USD", "212,000
students"); ``chart_of`` decides whether figures sharing a label and unit make a chart
(one bar per year, or per country) and labels it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from babel.numbers import format_compact_decimal, format_decimal

from briefing.dossier.document import Chart, ChartBar

QUALIFIERS: dict[str, dict[str, str]] = {
    "more-than": {"en": "more than", "fr": "plus de", "ru": "более"},
    "less-than": {"en": "less than", "fr": "moins de", "ru": "менее"},
    "about": {"en": "about", "fr": "environ", "ru": "около"},
    "up-to": {"en": "up to", "fr": "jusqu’à", "ru": "до"},
    "at-least": {"en": "at least", "fr": "au moins", "ru": "не менее"},
}
# Count nouns used by the seed's figures (Russian in the genitive plural, as after
# numbers ending in 0 or 5–9; other units print as entered).
UNITS: dict[str, dict[str, str]] = {
    "students": {"fr": "étudiants", "ru": "студентов"},
    "universities": {"fr": "universités", "ru": "университетов"},
    "people": {"fr": "personnes", "ru": "человек"},
    "projects": {"fr": "projets", "ru": "проектов"},
}
_CURRENCY = re.compile(r"^[A-Z]{3}$")


def figure_text(value: float, unit: str, qualifier: str | None, language: str) -> str:
    """A figure as printed in ``language``: qualifier, number, unit or currency."""
    locale = "en_GB" if language == "en" else language
    if _CURRENCY.match(unit) and abs(value) >= 1_000_000:
        amount = format_compact_decimal(value, format_type="long", locale=locale, fraction_digits=1)
        # English writes the currency first ("USD 45 billion"); French and Russian after
        text = f"{unit} {amount}" if language == "en" else f"{amount} {unit}"
    else:
        text = format_decimal(value, locale=locale)
        unit = UNITS.get(unit, {}).get(language, unit)
        text = f"{text} {unit}".strip()
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
        unit_text=UNITS.get(unit, {}).get(language, unit),
        bars=tuple(
            ChartBar(name, value, text)
            for name, (_, _, value, text) in zip(names, points, strict=True)
        ),
    )
