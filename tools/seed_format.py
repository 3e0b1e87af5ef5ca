"""The "briefing-seed/1" format's vocabulary and the small checks every part of it shares.

``check_seed.py`` checks a seed's source, event, reference data and facts with these;
``check_seed_specs.py`` its country notes and saved dossier specs.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from typing import Any

FORMAT = "briefing-seed/1"
TOP_LEVEL_THEMES = [
    "security",
    "foreign-policy",
    "trade-investment",
    "finance",
    "transport",
    "energy",
    "digital",
    "industry",
    "humanitarian",
    "migration",
    "institutions",
]
REQUIRED_COUNTRIES = ["KZ", "KG", "RU", "TJ", "TM", "UZ"]
REQUIRED_ORGANISATIONS = [
    "Commonwealth of Independent States",
    "Eurasian Development Bank",
    "Eurasian Fund for Stabilization and Development",
    "International Organization for the Russian Language",
]
CONFIDENCES = {"confirmed", "reported", "assessed"}
LANGUAGES = ("en", "fr", "ru")
MARKINGS = ("UNCLASSIFIED", "RESTRICTED", "CONFIDENTIAL", "SECRET")
EVENT_KINDS = {"summit", "bilateral-visit", "ministerial", "call", "conference", "other"}
PERSON_KINDS = {"head-of-state", "head-of-government", "minister", "official", "other"}
SPEAKER_KEYS = ("person", "document", "country")
# Count nouns the dossier localises (briefing/dossier/assemble.py UNITS); currencies are
# ISO 4217 codes.
COUNT_UNITS = {"students", "universities", "people", "projects"}
CURRENCY = re.compile(r"[A-Z]{3}")
SECTION_KINDS = {"text", "key-points", "who", "theme", "country", "shared", "facts", "figures"}
SECTION_KEYS = {
    "kind",
    "key",
    "title",
    "text",
    "facts",
    "exclude",
    "min_countries",
    "max_countries",
}
PAGE_SIZES = {"A4", "Letter"}
CYRILLIC = re.compile(r"[\u0400-\u04FF]")
# A fact with a speaker is printed "According to X, <statement>": its texts must not
# attribute again. Matched at the start of the statement and of each translation.
ATTRIBUTION_START = re.compile(
    r"(selon|d['’]apr[eè]s|aux dires d|de l['’]avis d|"
    r"according to|as stated (by|in)|as (said|noted|reported) by|in the (view|words) of|"
    r"in (his|her|their) (view|words)|"
    r"по словам|по мнению|по заявлению|по данным|согласно|как (заявил|отметил|сказал|говорится)|"
    r"(le|the) (final )?communiqu|в (итоговом )?коммюнике)",
    re.IGNORECASE,
)
# The same anywhere in a text: only a hint.
ATTRIBUTION_ANYWHERE = re.compile(
    r"\b(selon (lui|elle|eux|elles)|according to (him|her|them)|in (his|her|their) view)\b"
    r"|по (его|её|их) (словам|мнению)",
    re.IGNORECASE,
)
RELIABILITIES = set("ABCDEF")
QUALIFIERS = {None, "more-than", "less-than", "about", "at-least", "at-most", "up-to"}
# Fact ids are uuid5(FACT_NAMESPACE, f"{FACT_ID_PREFIX}/§{N}/{k}"), k = index within §N.
FACT_NAMESPACE = uuid.UUID("6f1d3c2a-5b7e-4c1d-9a0e-2b8f4d6c8e10")
FACT_ID_PREFIX = "dushanbe-2025"
LOCATOR = re.compile(r"§(\d+)")
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
QUOTE_WORDS = (3, 45)  # outside this range only a warning


class Report:
    """Collects errors and warnings with a path-like context."""

    def __init__(self) -> None:
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def error(self, where: str, msg: str) -> None:
        self.errors.append(f"ERROR   {where}: {msg}")

    def warn(self, where: str, msg: str) -> None:
        self.warnings.append(f"warning {where}: {msg}")


def known_country_codes() -> set[str] | None:
    """ISO 3166-1 alpha-2 codes from CLDR (Babel), or None when Babel is missing."""
    try:
        from babel import Locale
    except ImportError:
        return None
    territories: Any = Locale("en").territories
    return {str(c) for c in territories if re.fullmatch(r"[A-Z]{2}", str(c))}


def known_currency_codes() -> set[str] | None:
    """ISO 4217 codes from CLDR (Babel), or None when Babel is missing."""
    try:
        from babel import Locale
    except ImportError:
        return None
    return {str(c) for c in Locale("en").currencies}


def is_iso_date(value: Any) -> bool:
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def sentences(text: str) -> int:
    """Rough count of sentences in a short text (for 1–3 sentence bios)."""
    return len([s for s in re.split(r"(?<=[.!?…])\s+", text.strip()) if s])


def check_trilingual(rep: Report, where: str, texts: Any, *, required: bool = True) -> None:
    """``texts`` is {en, fr, ru} of non-empty strings, the Russian one in Cyrillic."""
    if not isinstance(texts, dict):
        if required or texts is not None:
            rep.error(where, "must be an object with en, fr and ru")
        return
    for lang in LANGUAGES:
        value = texts.get(lang)
        if not isinstance(value, str) or not value.strip():
            rep.error(where, f"missing {lang!r} text")
        elif lang == "ru" and not CYRILLIC.search(value):
            rep.error(where, "Russian text has no Cyrillic letters")
        elif lang != "ru" and CYRILLIC.search(value):
            rep.warn(where, f"{lang!r} text contains Cyrillic letters")
    for lang in texts:
        if lang not in LANGUAGES:
            rep.error(where, f"unexpected language {lang!r}")


def check_aliases(rep: Report, where: str, aliases: Any) -> None:
    if not isinstance(aliases, list):
        rep.error(where, "aliases must be a list")
        return
    seen: set[tuple[str, str]] = set()
    for a in aliases:
        if not isinstance(a, dict) or not a.get("text") or not a.get("language"):
            rep.error(where, f"bad alias {a!r}")
            continue
        key = (a["text"], a["language"])
        if key in seen:
            rep.warn(where, f"duplicate alias {a['text']!r} ({a['language']})")
        seen.add(key)
