#!/usr/bin/env python3
"""Check a "briefing-seed/1" JSON file against its source article.

Stand-alone (standard library only; uses Babel for country codes when it is installed).

    python tools/check_seed.py [SEED.json] [--min-facts N] [--paragraphs N]

The article is ``source.text_file`` next to the seed, one paragraph per line (line N is
paragraph "§N"). Prints every problem found and exits 1 if there are errors, 0 otherwise;
warnings (style hints) never fail the check.
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
    if not is_iso_date(event.get("date")):
        rep.error("event.date", f"not an ISO date: {event.get('date')!r}")

    country_codes = known_country_codes()

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
    people = {p.get("name"): p for p in seed.get("people") or []}
    for name, p in people.items():
        where = f"people {name!r}"
        for key in ("role", "role_fr"):
            if not p.get(key):
                rep.error(where, f"missing {key}")
        check_country(where, p.get("country"))
        check_aliases(rep, where, p.get("aliases"))
        langs = {a.get("language") for a in p.get("aliases") or [] if isinstance(a, dict)}
        for lang in ("fr", "ru"):
            if lang not in langs:
                rep.error(where, f"no {lang} alias")
    organisations = {o.get("name"): o for o in seed.get("organisations") or []}
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
        if fact.get("language") != "fr":
            rep.error(where, f"language should be 'fr', got {fact.get('language')!r}")
        translations = fact.get("translations") or {}
        if not translations.get("en"):
            rep.error(where, "missing English translation")
        for lang, text in translations.items():
            if lang not in ("en", "ru") or not isinstance(text, str) or not text.strip():
                rep.error(where, f"bad translation {lang!r}")
        ru = translations.get("ru")
        if isinstance(ru, str) and not re.search(r"[\u0400-\u04FF]", ru):
            rep.error(where, "Russian translation has no Cyrillic letters")
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
            if not figure.get("label") or not (figure.get("translations") or {}).get("en"):
                rep.error(fwhere, "label and its English translation are required")
            if not figure.get("unit"):
                rep.error(fwhere, "missing unit")
            if figure.get("qualifier") not in QUALIFIERS:
                rep.error(fwhere, f"unknown qualifier {figure.get('qualifier')!r}")

    for fid, n in ids.items():
        if n > 1:
            rep.error("facts", f"id {fid} used {n} times")
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
        "facts": len(facts),
        "per_paragraph": dict(sorted(per_paragraph.items())),
        "themes": {slug: theme_use[slug] for slug in parent_of},
        "countries": dict(country_use.most_common()),
        "with_ru": sum(1 for f in facts if (f.get("translations") or {}).get("ru")),
        "figures": sum(len(f.get("figures") or []) for f in facts),
        "confidence": dict(Counter(f.get("confidence") for f in facts)),
    }
    return rep


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("seed", nargs="?", type=Path, default=DEFAULT_SEED)
    parser.add_argument("--min-facts", type=int, default=40)
    parser.add_argument("--paragraphs", type=int, default=12)
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
    print(f"{len(rep.errors)} error(s), {len(rep.warnings)} warning(s)")
    print("OK" if not rep.errors else "FAILED")
    return 1 if rep.errors else 0


if __name__ == "__main__":
    sys.exit(main())
