#!/usr/bin/env python3
"""Check a "briefing-seed/1" JSON file against its source article.

Stand-alone (standard library only; uses Babel for country codes when it is installed).

    python tools/check_seed.py [SEED.json] [--min-facts N] [--paragraphs N] [--key-range MIN MAX]

The article is ``source.text_file`` next to the seed, one paragraph per line (line N is
paragraph "§N"). Besides quotes and locators it checks the briefing-pack fields of
docs/formats.md: the event's dates, people's names/roles/bios in en, fr and ru, every fact's
text in the three languages, its ``speaker`` and ``key``, figure units the app localises,
the per-country notes and the saved dossier specs. Prints every problem found and exits 1
if there are errors, 0 otherwise; warnings (style hints) never fail the check.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

DEFAULT_SEED = (
    Path(__file__).resolve().parent.parent / "resources" / "seed" / "dushanbe-summit-2025.json"
)
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


def check(seed: dict[str, Any], lines: list[str], args: argparse.Namespace) -> Report:
    rep = Report()
    if seed.get("format") != FORMAT:
        rep.error("format", f"expected {FORMAT!r}, got {seed.get('format')!r}")

    # --- source and event
    source = seed.get("source") or {}
    source_title = source.get("title")
    if not source_title:
        rep.error("source.title", "missing")
    if source.get("reliability") not in RELIABILITIES:
        rep.error("source.reliability", f"must be one of A-F, got {source.get('reliability')!r}")
    if source.get("date") is not None and not is_iso_date(source.get("date")):
        rep.error("source.date", f"not an ISO date: {source.get('date')!r}")
    event = seed.get("event") or {}
    event_name = event.get("name")
    if not event_name:
        rep.error("event.name", "missing")
    if "date" in event:
        rep.error("event.date", "replaced by start_date and end_date")
    if not is_iso_date(event.get("start_date")):
        rep.error("event.start_date", f"not an ISO date: {event.get('start_date')!r}")
    end_date = event.get("end_date", "missing")
    if end_date is not None:
        if not is_iso_date(end_date):
            rep.error("event.end_date", f"null (one day) or an ISO date, got {end_date!r}")
        elif is_iso_date(event.get("start_date")) and end_date < event["start_date"]:
            rep.error("event.end_date", "before start_date")
    if event.get("kind") not in EVENT_KINDS:
        rep.error("event.kind", f"must be one of {sorted(EVENT_KINDS)}, got {event.get('kind')!r}")
    for lang in ("fr", "ru"):
        if not (event.get("names") or {}).get(lang):
            rep.error("event.names", f"missing {lang!r}")
        if not (event.get("place_names") or {}).get(lang):
            rep.error("event.place_names", f"missing {lang!r}")

    country_codes = known_country_codes()
    currency_codes = known_currency_codes()

    def check_country(where: str, code: Any) -> None:
        if not isinstance(code, str) or not re.fullmatch(r"[A-Z]{2}", code):
            rep.error(where, f"not an ISO alpha-2 code: {code!r}")
        elif country_codes is not None and code not in country_codes:
            rep.error(where, f"unknown country code {code!r}")

    check_country("event.country", event.get("country"))

    # --- themes
    themes = seed.get("themes") or []
    slugs = [t.get("slug") for t in themes]
    for slug, n in Counter(slugs).items():
        if n > 1:
            rep.error("themes", f"slug {slug!r} defined {n} times")
    top = [t.get("slug") for t in themes if t.get("parent") is None]
    if top != TOP_LEVEL_THEMES:
        rep.error("themes", f"top-level slugs must be exactly, in order: {TOP_LEVEL_THEMES}")
    seen_child = False
    parent_of: dict[str, str | None] = {}
    for i, t in enumerate(themes):
        where = f"themes[{i}] {t.get('slug')!r}"
        if not isinstance(t.get("slug"), str) or not SLUG.fullmatch(t["slug"]):
            rep.error(where, "slug must be lower-case words joined by '-'")
        for lang in ("en", "fr", "ru"):
            if not t.get(lang):
                rep.error(where, f"missing name {lang!r}")
        parent = t.get("parent")
        parent_of[t.get("slug")] = parent
        if parent is None:
            if seen_child:
                rep.error(where, "top-level themes must come before child themes")
        else:
            seen_child = True
            if parent not in top:
                rep.error(where, f"parent {parent!r} is not a top-level theme")

    # --- people, organisations, documents
    organisations = {o.get("name"): o for o in seed.get("organisations") or []}
    people = {p.get("name"): p for p in seed.get("people") or []}
    for name, p in people.items():
        where = f"people {name!r}"
        if not p.get("role"):
            rep.error(where, "missing role")
        for key in ("role_fr", "role_ru"):
            if key in p:
                rep.error(where, f"{key} is replaced by role_translations")
        roles = p.get("role_translations")
        if not isinstance(roles, dict):
            rep.error(where, "role_translations must be an object with fr and ru")
        else:
            for lang in ("fr", "ru"):
                if not isinstance(roles.get(lang), str) or not roles[lang].strip():
                    rep.error(where, f"missing role_translations {lang!r}")
            if isinstance(roles.get("ru"), str) and not CYRILLIC.search(roles["ru"]):
                rep.error(where, "Russian role has no Cyrillic letters")
        names = p.get("names")
        check_trilingual(rep, f"{where} names", names)
        if isinstance(names, dict) and names.get("en") and names.get("en") != name:
            rep.warn(where, f"names.en {names['en']!r} differs from name")
        check_trilingual(rep, f"{where} bio", p.get("bio"))
        for lang, text in (p.get("bio") or {}).items():
            if isinstance(text, str) and text.strip() and not 1 <= sentences(text) <= 3:
                rep.warn(f"{where} bio", f"{lang!r} has {sentences(text)} sentences (1–3)")
        if p.get("kind") not in PERSON_KINDS:
            rep.error(where, f"kind must be one of {sorted(PERSON_KINDS)}, got {p.get('kind')!r}")
        if "organisation" not in p:
            rep.error(where, "missing organisation (null when none)")
        elif p["organisation"] is not None and p["organisation"] not in organisations:
            rep.error(where, f"unknown organisation {p['organisation']!r}")
        check_country(where, p.get("country"))
        check_aliases(rep, where, p.get("aliases"))
        langs = {a.get("language") for a in p.get("aliases") or [] if isinstance(a, dict)}
        for lang in ("fr", "ru"):
            if lang not in langs:
                rep.error(where, f"no {lang} alias")
        written = {name} | {a.get("text") for a in p.get("aliases") or [] if isinstance(a, dict)}
        for lang, text in (names or {}).items() if isinstance(names, dict) else ():
            if text and text not in written:
                rep.warn(where, f"names.{lang} {text!r} is not among the aliases (search)")
    for name, o in organisations.items():
        check_aliases(rep, f"organisations {name!r}", o.get("aliases"))
    for name in REQUIRED_ORGANISATIONS:
        if name not in organisations:
            rep.error("organisations", f"required organisation {name!r} is not defined")
    documents = {d.get("title"): d for d in seed.get("documents") or []}
    for title, d in documents.items():
        if d.get("date") is not None and not is_iso_date(d.get("date")):
            rep.error(f"documents {title!r}", f"not an ISO date: {d.get('date')!r}")
        if not d.get("kind"):
            rep.error(f"documents {title!r}", "missing kind")

    # --- facts
    facts = seed.get("facts") or []
    if len(facts) < args.min_facts:
        rep.error("facts", f"{len(facts)} facts, at least {args.min_facts} required")
    per_paragraph: Counter[int] = Counter()
    theme_use: Counter[str] = Counter()
    country_use: Counter[str] = Counter()
    used: dict[str, Counter[str]] = {k: Counter() for k in ("people", "organisations", "documents")}
    ids: Counter[str] = Counter()
    speakers: Counter[str] = Counter()
    key_facts = 0
    last_paragraph = 0
    for i, fact in enumerate(facts):
        where = f"facts[{i}]"
        src = fact.get("source") or {}
        locator = src.get("locator", "")
        m = LOCATOR.fullmatch(locator) if isinstance(locator, str) else None
        paragraph = int(m.group(1)) if m else 0
        if not m or not 1 <= paragraph <= len(lines):
            rep.error(where, f"bad locator {locator!r} (article has {len(lines)} paragraphs)")
        else:
            where = f"facts[{i}] {locator}"
            if paragraph < last_paragraph:
                rep.error(where, "facts must be ordered by paragraph")
            last_paragraph = paragraph
            per_paragraph[paragraph] += 1
            quote = src.get("quote")
            if not quote or not isinstance(quote, str):
                rep.error(where, "missing quote")
            elif quote not in lines[paragraph - 1]:
                other = [n for n, line in enumerate(lines, 1) if quote in line]
                hint = f" (found in §{other[0]})" if other else ""
                rep.error(where, f"quote not verbatim in its paragraph{hint}: {quote!r}")
            else:
                words = len(quote.split())
                if not QUOTE_WORDS[0] <= words <= QUOTE_WORDS[1]:
                    rep.warn(where, f"quote has {words} words")
                if quote.strip() == lines[paragraph - 1].strip() and words > QUOTE_WORDS[1]:
                    rep.warn(where, "quote is the whole paragraph")
            expected = uuid.uuid5(
                FACT_NAMESPACE, f"{FACT_ID_PREFIX}/§{paragraph}/{per_paragraph[paragraph]}"
            )
            if fact.get("id") != str(expected):
                rep.error(where, f"id should be {expected} (uuid5 of §N/k)")
        if src.get("title") != source_title:
            rep.error(where, "source.title differs from the seed's source.title")

        fid = fact.get("id")
        try:
            if not isinstance(fid, str) or str(uuid.UUID(fid)) != fid:
                raise ValueError
        except ValueError:
            rep.error(where, f"id is not a canonical UUID: {fid!r}")
        ids[str(fid)] += 1

        statement = fact.get("statement")
        if not statement or not isinstance(statement, str):
            rep.error(where, "missing statement")
        elif isinstance(src.get("quote"), str) and statement.strip(" .") == src["quote"].strip(
            " ."
        ):
            rep.error(where, "statement is a copy of the quote; write it in your own words")
        language = fact.get("language")
        if language != source.get("language"):
            rep.error(
                where,
                f"language should be the source's {source.get('language')!r}, got {language!r}",
            )
        translations = fact.get("translations") or {}
        for lang, text in translations.items():
            if lang not in LANGUAGES or lang == language:
                rep.error(where, f"unexpected translation {lang!r}")
            elif not isinstance(text, str) or not text.strip():
                rep.error(where, f"empty translation {lang!r}")
        texts = dict(translations)
        if language in LANGUAGES:
            texts[language] = statement
            for lang in LANGUAGES:
                if lang != language and lang not in translations:
                    rep.error(where, f"missing {lang!r} translation (every fact in en, fr, ru)")
        for lang, text in texts.items():
            if not isinstance(text, str):
                continue
            if lang == "ru" and not CYRILLIC.search(text):
                rep.error(where, "Russian text has no Cyrillic letters")
            if ATTRIBUTION_ANYWHERE.search(text):
                rep.warn(where, f"{lang!r} text attributes in passing: set speaker instead")

        # key point and speaker
        if not isinstance(fact.get("key"), bool):
            rep.error(where, f"key must be true or false, got {fact.get('key')!r}")
        elif fact["key"]:
            key_facts += 1
            if any(isinstance(t, str) and "\n" in t.strip() for t in texts.values()):
                rep.warn(where, "a key point prints on one line: no line breaks")
        if "speaker" not in fact:
            rep.error(where, "missing speaker (null when the source states it as a fact)")
        speaker = fact.get("speaker")
        if speaker is not None:
            if (
                not isinstance(speaker, dict)
                or len(speaker) != 1
                or next(iter(speaker)) not in SPEAKER_KEYS
            ):
                rep.error(
                    where,
                    f"speaker must be null or {{person|document|country: …}}, got {speaker!r}",
                )
            else:
                ((kind, value),) = speaker.items()
                speakers[kind] += 1
                if kind == "person":
                    if value not in people:
                        rep.error(where, f"speaker person {value!r} is not defined")
                    elif value not in (fact.get("people") or []):
                        rep.warn(where, f"speaker {value!r} is not in the fact's people")
                elif kind == "document":
                    if value not in documents:
                        rep.error(where, f"speaker document {value!r} is not defined")
                    elif value not in (fact.get("documents") or []):
                        rep.warn(where, f"speaker {value!r} is not in the fact's documents")
                else:
                    check_country(f"{where} speaker", value)
                starts = ATTRIBUTION_START
                spoken = set()
                if kind == "person" and value in people:
                    person = people[value]
                    spoken = {value, *(person.get("names") or {}).values()}
                    spoken |= {
                        a.get("text") for a in person.get("aliases") or [] if isinstance(a, dict)
                    }
                for lang, text in texts.items():
                    if not isinstance(text, str):
                        continue
                    bare = text.lstrip("*_ ")
                    if starts.match(bare):
                        rep.error(
                            where,
                            f"{lang!r} text repeats the speaker's attribution: {text[:40]!r}…",
                        )
                    elif any(n and bare.startswith(n) for n in spoken):
                        rep.error(
                            where, f"{lang!r} text opens with the speaker's name: {text[:40]!r}…"
                        )
        else:
            speakers["none"] += 1
        if fact.get("date") is not None and not is_iso_date(fact.get("date")):
            rep.error(where, f"not an ISO date: {fact.get('date')!r}")
        if fact.get("event") is not None and fact.get("event") != event_name:
            rep.error(where, f"unknown event {fact.get('event')!r}")
        if fact.get("marking") != "UNCLASSIFIED":
            rep.error(where, f"unexpected marking {fact.get('marking')!r}")
        if fact.get("confidence") not in CONFIDENCES:
            rep.error(where, f"confidence must be one of {sorted(CONFIDENCES)}")

        fact_themes = fact.get("themes") or []
        if not fact_themes:
            rep.error(where, "no themes")
        for slug in fact_themes:
            theme_use[slug] += 1
            if slug not in parent_of:
                rep.error(where, f"theme {slug!r} is not defined")
            elif parent_of[slug] and parent_of[slug] not in fact_themes:
                rep.warn(where, f"child theme {slug!r} without its parent {parent_of[slug]!r}")
        if len(set(fact_themes)) != len(fact_themes):
            rep.error(where, "a theme is listed twice")

        countries = fact.get("countries") or []
        if not countries:
            rep.error(where, "no countries")
        for code in countries:
            check_country(where, code)
            country_use[code] += 1
        if len(set(countries)) != len(countries):
            rep.error(where, "a country is listed twice")

        for key, defined in (
            ("people", people),
            ("organisations", organisations),
            ("documents", documents),
        ):
            for name in fact.get(key) or []:
                used[key][name] += 1
                if name not in defined:
                    rep.error(where, f"{key} entry {name!r} is not defined")

        for j, figure in enumerate(fact.get("figures") or []):
            fwhere = f"{where} figures[{j}]"
            if not is_number(figure.get("value")):
                rep.error(fwhere, f"value must be a JSON number, got {figure.get('value')!r}")
            if not figure.get("label"):
                rep.error(fwhere, "missing label")
            for lang in LANGUAGES:
                if lang != language and not (figure.get("translations") or {}).get(lang):
                    rep.error(fwhere, f"label needs its {lang!r} translation")
            unit = figure.get("unit")
            if not unit:
                rep.error(fwhere, "missing unit")
            elif CURRENCY.fullmatch(unit):
                if currency_codes is not None and unit not in currency_codes:
                    rep.error(fwhere, f"unknown currency {unit!r}")
            elif unit not in COUNT_UNITS:
                rep.error(
                    fwhere, f"unit {unit!r}: an ISO currency code or one of {sorted(COUNT_UNITS)}"
                )
            if figure.get("qualifier") not in QUALIFIERS:
                rep.error(fwhere, f"unknown qualifier {figure.get('qualifier')!r}")

    for fid, n in ids.items():
        if n > 1:
            rep.error("facts", f"id {fid} used {n} times")
    if not args.key_range[0] <= key_facts <= args.key_range[1]:
        rep.error(
            "facts", f"{key_facts} key facts, expected {args.key_range[0]}–{args.key_range[1]}"
        )
    check_country_notes(rep, seed.get("country_notes"), check_country)
    check_specs(rep, seed.get("specs"), event_name, set(parent_of), set(ids), check_country)
    for paragraph in range(1, args.paragraphs + 1):
        if per_paragraph[paragraph] == 0:
            rep.error("facts", f"paragraph §{paragraph} has no fact")
    if len(lines) != args.paragraphs:
        rep.error("article", f"{len(lines)} paragraphs, expected {args.paragraphs}")
    for slug in parent_of:
        if theme_use[slug] == 0:
            rep.error("themes", f"theme {slug!r} is defined but no fact uses it")
    for code in REQUIRED_COUNTRIES:
        if country_use[code] == 0:
            rep.error("facts", f"no fact concerns {code}")
    for key, defined in (
        ("people", people),
        ("organisations", organisations),
        ("documents", documents),
    ):
        for name in defined:
            if used[key][name] == 0:
                rep.warn(key, f"{name!r} is defined but no fact names it")

    args.stats = {
        "speakers": dict(speakers),
        "key": key_facts,
        "facts": len(facts),
        "per_paragraph": dict(sorted(per_paragraph.items())),
        "themes": {slug: theme_use[slug] for slug in parent_of},
        "countries": dict(country_use.most_common()),
        "with_ru": sum(1 for f in facts if (f.get("translations") or {}).get("ru")),
        "figures": sum(len(f.get("figures") or []) for f in facts),
        "confidence": dict(Counter(f.get("confidence") for f in facts)),
    }
    return rep


def check_country_notes(rep: Report, notes: Any, check_country: Any) -> None:
    """``country_notes``: one UNCLASSIFIED-or-marked note per country, text in en/fr/ru."""
    if not isinstance(notes, list):
        rep.error("country_notes", "must be a list")
        return
    seen: Counter[str] = Counter()
    for i, note in enumerate(notes):
        where = f"country_notes[{i}]"
        if not isinstance(note, dict):
            rep.error(where, "must be an object")
            continue
        where = f"country_notes[{i}] {note.get('country')!r}"
        check_country(where, note.get("country"))
        seen[str(note.get("country"))] += 1
        if note.get("marking") not in MARKINGS:
            rep.error(where, f"marking must be one of {list(MARKINGS)}")
        check_trilingual(rep, f"{where} text", note.get("text"))
        for key in note:
            if key not in ("country", "marking", "text"):
                rep.error(where, f"unexpected key {key!r}")
    for code, n in seen.items():
        if n > 1:
            rep.error("country_notes", f"{code} has {n} notes")
    for code in REQUIRED_COUNTRIES:
        if not seen[code]:
            rep.error("country_notes", f"no note for {code}")


def check_specs(
    rep: Report,
    specs: Any,
    event_name: Any,
    themes: set[str],
    fact_ids: set[str],
    check_country: Any,
) -> None:
    """``specs``: saved dossier specs, as docs/formats.md describes them."""
    if not isinstance(specs, list):
        rep.error("specs", "must be a list")
        return
    names: Counter[str] = Counter()
    for i, item in enumerate(specs):
        where = f"specs[{i}]"
        if not isinstance(item, dict) or not isinstance(item.get("spec"), dict):
            rep.error(where, "must be {name, spec}")
            continue
        name = item.get("name")
        if not isinstance(name, str) or not name.strip():
            rep.error(where, "missing name")
        names[str(name)] += 1
        where = f"specs[{i}] {name!r}"
        spec = item["spec"]
        language = spec.get("language")
        if language not in LANGUAGES:
            rep.error(where, f"language must be one of {LANGUAGES}")
        for key in ("title", "subtitle", "prepared_for", "prepared_by", "reference", "version"):
            if key in spec and not isinstance(spec[key], str):
                rep.error(where, f"{key} must be a string")
        if spec.get("event") is not None and spec.get("event") != event_name:
            rep.error(where, f"unknown event {spec.get('event')!r}")
        if not isinstance(spec.get("include_background", False), bool):
            rep.error(where, "include_background must be true or false")
        if spec.get("page_size", "A4") not in PAGE_SIZES:
            rep.error(where, f"page_size must be one of {sorted(PAGE_SIZES)}")
        if spec.get("max_marking") is not None and spec.get("max_marking") not in MARKINGS:
            rep.error(where, f"max_marking must be null or one of {list(MARKINGS)}")
        for code in spec.get("countries") or []:
            check_country(f"{where} countries", code)
        for slug in spec.get("themes") or []:
            if slug not in themes:
                rep.error(where, f"theme {slug!r} is not defined")
        sections = spec.get("sections")
        if not isinstance(sections, list) or not sections:
            rep.error(where, "sections must be a non-empty list")
            continue
        seen_keys: Counter[tuple[str, str]] = Counter()
        for j, section in enumerate(sections):
            swhere = f"{where} sections[{j}]"
            if not isinstance(section, dict):
                rep.error(swhere, "must be an object")
                continue
            kind = section.get("kind")
            if kind == "participants":
                rep.warn(swhere, "'participants' is read as 'who': write 'who'")
                kind = "who"
            if kind not in SECTION_KINDS:
                rep.error(swhere, f"kind must be one of {sorted(SECTION_KINDS)}, got {kind!r}")
                continue
            for key in section:
                if key not in SECTION_KEYS:
                    rep.error(swhere, f"unexpected key {key!r}")
            if "title" in section and (
                not isinstance(section["title"], str) or not section["title"].strip()
            ):
                rep.error(swhere, "title must be a non-empty string when given")
            if kind == "text":
                for key in ("title", "text"):
                    value = section.get(key)
                    if not isinstance(value, str) or not value.strip():
                        rep.error(swhere, f"a text section needs a {key}")
                    elif language == "ru" and not CYRILLIC.search(value):
                        rep.error(swhere, f"{key} is not in Russian")
                    elif language in ("en", "fr") and CYRILLIC.search(value):
                        rep.warn(swhere, f"{key} contains Cyrillic in a {language!r} spec")
            elif "text" in section:
                rep.error(swhere, f"a {kind} section takes no text")
            if kind == "theme":
                if section.get("key") not in themes:
                    rep.error(swhere, f"theme {section.get('key')!r} is not defined")
            elif kind == "country":
                check_country(swhere, section.get("key"))
            elif "key" in section:
                rep.error(swhere, f"a {kind} section takes no key")
            if kind in ("theme", "country"):
                seen_keys[(kind, str(section.get("key")))] += 1
            elif kind != "text":
                seen_keys[(kind, "")] += 1
            if kind == "facts" and not section.get("facts"):
                rep.error(swhere, "a facts section needs facts")
            for key in ("facts", "exclude"):
                for fid in section.get(key) or []:
                    if fid not in fact_ids:
                        rep.error(swhere, f"{key}: unknown fact {fid!r}")
        for (kind, key), n in seen_keys.items():
            if n > 1:
                rep.warn(where, f"section {kind} {key} appears {n} times".replace("  ", " "))
    for name, n in names.items():
        if n > 1:
            rep.error("specs", f"name {name!r} used {n} times")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("seed", nargs="?", type=Path, default=DEFAULT_SEED)
    parser.add_argument("--min-facts", type=int, default=40)
    parser.add_argument("--paragraphs", type=int, default=12)
    parser.add_argument(
        "--key-range",
        type=int,
        nargs=2,
        default=(5, 7),
        metavar=("MIN", "MAX"),
        help="how many facts may be key points (default 5 7)",
    )
    args = parser.parse_args(argv)

    try:
        seed = json.loads(args.seed.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        print(f"ERROR   cannot read {args.seed}: {exc}")
        return 1
    text_file = (seed.get("source") or {}).get("text_file")
    if not text_file:
        print("ERROR   source.text_file: missing")
        return 1
    article = args.seed.parent / text_file
    try:
        lines = article.read_text(encoding="utf-8").rstrip("\n").split("\n")
    except OSError as exc:
        print(f"ERROR   cannot read article {article}: {exc}")
        return 1

    rep = check(seed, lines, args)
    for line in rep.errors + rep.warnings:
        print(line)
    stats = args.stats
    print(f"{stats['facts']} facts; per paragraph: {stats['per_paragraph']}")
    print(f"themes: {stats['themes']}")
    print(f"countries: {stats['countries']}")
    print(
        f"with Russian: {stats['with_ru']}; figures: {stats['figures']}; "
        f"confidence: {stats['confidence']}"
    )
    print(f"speakers: {stats['speakers']}; key facts: {stats['key']}")
    print(f"{len(rep.errors)} error(s), {len(rep.warnings)} warning(s)")
    print("OK" if not rep.errors else "FAILED")
    return 1 if rep.errors else 0


if __name__ == "__main__":
    sys.exit(main())
