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
import json
import re
import sys
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

from check_seed_specs import check_country_notes, check_specs
from seed_format import (
    ATTRIBUTION_ANYWHERE,
    ATTRIBUTION_START,
    CONFIDENCES,
    COUNT_UNITS,
    CURRENCY,
    CYRILLIC,
    EVENT_KINDS,
    FACT_ID_PREFIX,
    FACT_NAMESPACE,
    FORMAT,
    LANGUAGES,
    LOCATOR,
    PERSON_KINDS,
    QUALIFIERS,
    QUOTE_WORDS,
    RELIABILITIES,
    REQUIRED_COUNTRIES,
    REQUIRED_ORGANISATIONS,
    SLUG,
    SPEAKER_KEYS,
    TOP_LEVEL_THEMES,
    Report,
    check_aliases,
    check_trilingual,
    is_iso_date,
    is_number,
    known_country_codes,
    known_currency_codes,
    sentences,
)

DEFAULT_SEED = (
    Path(__file__).resolve().parent.parent / "resources" / "seed" / "dushanbe-summit-2025.json"
)


class SeedChecker:
    """One pass over a seed: each record kind has its method; tallies feed ``totals``.

    Facts are checked against what the seed defines (themes, people, documents, the
    event) and against the article: ``lines[N - 1]`` is paragraph "§N".
    """

    def __init__(self, seed: dict[str, Any], lines: list[str], args: argparse.Namespace):
        self.seed, self.lines, self.args = seed, lines, args
        self.rep = Report()
        self.country_codes = known_country_codes()
        self.currency_codes = known_currency_codes()
        self.source: dict[str, Any] = seed.get("source") or {}
        self.event_name: Any = None
        self.parent_of: dict[str, str | None] = {}
        self.organisations: dict[Any, dict[str, Any]] = {}
        self.people: dict[Any, dict[str, Any]] = {}
        self.documents: dict[Any, dict[str, Any]] = {}
        # tallies over the facts
        self.per_paragraph: Counter[int] = Counter()
        self.theme_use: Counter[str] = Counter()
        self.country_use: Counter[str] = Counter()
        self.used: dict[str, Counter[str]] = {
            k: Counter() for k in ("people", "organisations", "documents")
        }
        self.ids: Counter[str] = Counter()
        self.speakers: Counter[str] = Counter()
        self.key_facts = 0
        self.last_paragraph = 0

    def run(self) -> Report:
        if self.seed.get("format") != FORMAT:
            self.rep.error("format", f"expected {FORMAT!r}, got {self.seed.get('format')!r}")
        self.source_and_event()
        self.themes()
        self.people_and_documents()
        facts = self.seed.get("facts") or []
        if len(facts) < self.args.min_facts:
            self.rep.error("facts", f"{len(facts)} facts, at least {self.args.min_facts} required")
        for i, fact in enumerate(facts):
            self.fact(i, fact)
        self.totals(facts)
        return self.rep

    def check_country(self, where: str, code: Any) -> None:
        if not isinstance(code, str) or not re.fullmatch(r"[A-Z]{2}", code):
            self.rep.error(where, f"not an ISO alpha-2 code: {code!r}")
        elif self.country_codes is not None and code not in self.country_codes:
            self.rep.error(where, f"unknown country code {code!r}")

    # ------------------------------------------------------------------ reference data

    def source_and_event(self) -> None:
        rep, source = self.rep, self.source
        if not source.get("title"):
            rep.error("source.title", "missing")
        if source.get("reliability") not in RELIABILITIES:
            rep.error(
                "source.reliability", f"must be one of A-F, got {source.get('reliability')!r}"
            )
        if source.get("date") is not None and not is_iso_date(source.get("date")):
            rep.error("source.date", f"not an ISO date: {source.get('date')!r}")
        event = self.seed.get("event") or {}
        self.event_name = event.get("name")
        if not self.event_name:
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
            rep.error(
                "event.kind", f"must be one of {sorted(EVENT_KINDS)}, got {event.get('kind')!r}"
            )
        for lang in ("fr", "ru"):
            if not (event.get("names") or {}).get(lang):
                rep.error("event.names", f"missing {lang!r}")
            if not (event.get("place_names") or {}).get(lang):
                rep.error("event.place_names", f"missing {lang!r}")
        self.check_country("event.country", event.get("country"))

    def themes(self) -> None:
        rep = self.rep
        themes = self.seed.get("themes") or []
        slugs = [t.get("slug") for t in themes]
        for slug, n in Counter(slugs).items():
            if n > 1:
                rep.error("themes", f"slug {slug!r} defined {n} times")
        top = [t.get("slug") for t in themes if t.get("parent") is None]
        if top != TOP_LEVEL_THEMES:
            rep.error("themes", f"top-level slugs must be exactly, in order: {TOP_LEVEL_THEMES}")
        seen_child = False
        for i, t in enumerate(themes):
            where = f"themes[{i}] {t.get('slug')!r}"
            if not isinstance(t.get("slug"), str) or not SLUG.fullmatch(t["slug"]):
                rep.error(where, "slug must be lower-case words joined by '-'")
            for lang in ("en", "fr", "ru"):
                if not t.get(lang):
                    rep.error(where, f"missing name {lang!r}")
            parent = t.get("parent")
            self.parent_of[t.get("slug")] = parent
            if parent is None:
                if seen_child:
                    rep.error(where, "top-level themes must come before child themes")
            else:
                seen_child = True
                if parent not in top:
                    rep.error(where, f"parent {parent!r} is not a top-level theme")

    def people_and_documents(self) -> None:
        rep = self.rep
        self.organisations = {o.get("name"): o for o in self.seed.get("organisations") or []}
        self.people = {p.get("name"): p for p in self.seed.get("people") or []}
        for name, p in self.people.items():
            self.person(f"people {name!r}", name, p)
        for name, o in self.organisations.items():
            check_aliases(rep, f"organisations {name!r}", o.get("aliases"))
        for name in REQUIRED_ORGANISATIONS:
            if name not in self.organisations:
                rep.error("organisations", f"required organisation {name!r} is not defined")
        self.documents = {d.get("title"): d for d in self.seed.get("documents") or []}
        for title, d in self.documents.items():
            if d.get("date") is not None and not is_iso_date(d.get("date")):
                rep.error(f"documents {title!r}", f"not an ISO date: {d.get('date')!r}")
            if not d.get("kind"):
                rep.error(f"documents {title!r}", "missing kind")

    def person(self, where: str, name: Any, p: dict[str, Any]) -> None:
        rep = self.rep
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
        elif p["organisation"] is not None and p["organisation"] not in self.organisations:
            rep.error(where, f"unknown organisation {p['organisation']!r}")
        self.check_country(where, p.get("country"))
        check_aliases(rep, where, p.get("aliases"))
        langs = {a.get("language") for a in p.get("aliases") or [] if isinstance(a, dict)}
        for lang in ("fr", "ru"):
            if lang not in langs:
                rep.error(where, f"no {lang} alias")
        written = {name} | {a.get("text") for a in p.get("aliases") or [] if isinstance(a, dict)}
        for lang, text in (names or {}).items() if isinstance(names, dict) else ():
            if text and text not in written:
                rep.warn(where, f"names.{lang} {text!r} is not among the aliases (search)")

    # ------------------------------------------------------------------ facts

    def fact(self, i: int, fact: dict[str, Any]) -> None:
        where = self.quote_and_id(i, fact)
        fid = fact.get("id")
        try:
            if not isinstance(fid, str) or str(uuid.UUID(fid)) != fid:
                raise ValueError
        except ValueError:
            self.rep.error(where, f"id is not a canonical UUID: {fid!r}")
        self.ids[str(fid)] += 1
        texts = self.texts(where, fact)
        self.key_point(where, fact, texts)
        self.speaker(where, fact, texts)
        self.fields_and_links(where, fact)
        for j, figure in enumerate(fact.get("figures") or []):
            self.figure(f"{where} figures[{j}]", figure, fact.get("language"))

    def quote_and_id(self, i: int, fact: dict[str, Any]) -> str:
        """Locator, verbatim quote and paragraph-derived id; returns the fact's label."""
        rep, lines = self.rep, self.lines
        where = f"facts[{i}]"
        src = fact.get("source") or {}
        locator = src.get("locator", "")
        m = LOCATOR.fullmatch(locator) if isinstance(locator, str) else None
        paragraph = int(m.group(1)) if m else 0
        if not m or not 1 <= paragraph <= len(lines):
            rep.error(where, f"bad locator {locator!r} (article has {len(lines)} paragraphs)")
        else:
            where = f"facts[{i}] {locator}"
            if paragraph < self.last_paragraph:
                rep.error(where, "facts must be ordered by paragraph")
            self.last_paragraph = paragraph
            self.per_paragraph[paragraph] += 1
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
                FACT_NAMESPACE, f"{FACT_ID_PREFIX}/§{paragraph}/{self.per_paragraph[paragraph]}"
            )
            if fact.get("id") != str(expected):
                rep.error(where, f"id should be {expected} (uuid5 of §N/k)")
        if src.get("title") != self.source.get("title"):
            rep.error(where, "source.title differs from the seed's source.title")
        return where

    def texts(self, where: str, fact: dict[str, Any]) -> dict[str, Any]:
        """The statement and its translations; returns them by language."""
        rep, source = self.rep, self.source
        src = fact.get("source") or {}
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
        return texts

    def key_point(self, where: str, fact: dict[str, Any], texts: dict[str, Any]) -> None:
        if not isinstance(fact.get("key"), bool):
            self.rep.error(where, f"key must be true or false, got {fact.get('key')!r}")
        elif fact["key"]:
            self.key_facts += 1
            if any(isinstance(t, str) and "\n" in t.strip() for t in texts.values()):
                self.rep.warn(where, "a key point prints on one line: no line breaks")

    def speaker(self, where: str, fact: dict[str, Any], texts: dict[str, Any]) -> None:
        """A speaker is defined, among the fact's links, and not named again in its texts."""
        rep = self.rep
        if "speaker" not in fact:
            rep.error(where, "missing speaker (null when the source states it as a fact)")
        speaker = fact.get("speaker")
        if speaker is None:
            self.speakers["none"] += 1
            return
        if (
            not isinstance(speaker, dict)
            or len(speaker) != 1
            or next(iter(speaker)) not in SPEAKER_KEYS
        ):
            rep.error(
                where,
                f"speaker must be null or {{person|document|country: …}}, got {speaker!r}",
            )
            return
        ((kind, value),) = speaker.items()
        self.speakers[kind] += 1
        if kind == "person":
            if value not in self.people:
                rep.error(where, f"speaker person {value!r} is not defined")
            elif value not in (fact.get("people") or []):
                rep.warn(where, f"speaker {value!r} is not in the fact's people")
        elif kind == "document":
            if value not in self.documents:
                rep.error(where, f"speaker document {value!r} is not defined")
            elif value not in (fact.get("documents") or []):
                rep.warn(where, f"speaker {value!r} is not in the fact's documents")
        else:
            self.check_country(f"{where} speaker", value)
        spoken = set()
        if kind == "person" and value in self.people:
            person = self.people[value]
            spoken = {value, *(person.get("names") or {}).values()}
            spoken |= {a.get("text") for a in person.get("aliases") or [] if isinstance(a, dict)}
        for lang, text in texts.items():
            if not isinstance(text, str):
                continue
            bare = text.lstrip("*_ ")
            if ATTRIBUTION_START.match(bare):
                rep.error(
                    where,
                    f"{lang!r} text repeats the speaker's attribution: {text[:40]!r}…",
                )
            elif any(n and bare.startswith(n) for n in spoken):
                rep.error(where, f"{lang!r} text opens with the speaker's name: {text[:40]!r}…")

    def fields_and_links(self, where: str, fact: dict[str, Any]) -> None:
        """Date, event, marking, confidence, themes, countries and named entities."""
        rep = self.rep
        if fact.get("date") is not None and not is_iso_date(fact.get("date")):
            rep.error(where, f"not an ISO date: {fact.get('date')!r}")
        if fact.get("event") is not None and fact.get("event") != self.event_name:
            rep.error(where, f"unknown event {fact.get('event')!r}")
        if fact.get("marking") != "UNCLASSIFIED":
            rep.error(where, f"unexpected marking {fact.get('marking')!r}")
        if fact.get("confidence") not in CONFIDENCES:
            rep.error(where, f"confidence must be one of {sorted(CONFIDENCES)}")
        fact_themes = fact.get("themes") or []
        if not fact_themes:
            rep.error(where, "no themes")
        for slug in fact_themes:
            self.theme_use[slug] += 1
            if slug not in self.parent_of:
                rep.error(where, f"theme {slug!r} is not defined")
            elif self.parent_of[slug] and self.parent_of[slug] not in fact_themes:
                rep.warn(where, f"child theme {slug!r} without its parent {self.parent_of[slug]!r}")
        if len(set(fact_themes)) != len(fact_themes):
            rep.error(where, "a theme is listed twice")
        countries = fact.get("countries") or []
        if not countries:
            rep.error(where, "no countries")
        for code in countries:
            self.check_country(where, code)
            self.country_use[code] += 1
        if len(set(countries)) != len(countries):
            rep.error(where, "a country is listed twice")
        for key, defined in self.defined():
            for name in fact.get(key) or []:
                self.used[key][name] += 1
                if name not in defined:
                    rep.error(where, f"{key} entry {name!r} is not defined")

    def figure(self, where: str, figure: dict[str, Any], language: Any) -> None:
        rep = self.rep
        if not is_number(figure.get("value")):
            rep.error(where, f"value must be a JSON number, got {figure.get('value')!r}")
        if not figure.get("label"):
            rep.error(where, "missing label")
        for lang in LANGUAGES:
            if lang != language and not (figure.get("translations") or {}).get(lang):
                rep.error(where, f"label needs its {lang!r} translation")
        unit = figure.get("unit")
        if not unit:
            rep.error(where, "missing unit")
        elif CURRENCY.fullmatch(unit):
            if self.currency_codes is not None and unit not in self.currency_codes:
                rep.error(where, f"unknown currency {unit!r}")
        elif unit not in COUNT_UNITS:
            rep.error(where, f"unit {unit!r}: an ISO currency code or one of {sorted(COUNT_UNITS)}")
        if figure.get("qualifier") not in QUALIFIERS:
            rep.error(where, f"unknown qualifier {figure.get('qualifier')!r}")

    def defined(self) -> tuple[tuple[str, dict[Any, dict[str, Any]]], ...]:
        return (
            ("people", self.people),
            ("organisations", self.organisations),
            ("documents", self.documents),
        )

    # ------------------------------------------------------------------ the whole seed

    def totals(self, facts: list[dict[str, Any]]) -> None:
        """What only the whole seed shows: duplicates, coverage, unused definitions."""
        rep, args = self.rep, self.args
        for fid, n in self.ids.items():
            if n > 1:
                rep.error("facts", f"id {fid} used {n} times")
        if not args.key_range[0] <= self.key_facts <= args.key_range[1]:
            rep.error(
                "facts",
                f"{self.key_facts} key facts, expected {args.key_range[0]}–{args.key_range[1]}",
            )
        check_country_notes(rep, self.seed.get("country_notes"), self.check_country)
        check_specs(
            rep,
            self.seed.get("specs"),
            self.event_name,
            set(self.parent_of),
            set(self.ids),
            self.check_country,
        )
        for paragraph in range(1, args.paragraphs + 1):
            if self.per_paragraph[paragraph] == 0:
                rep.error("facts", f"paragraph §{paragraph} has no fact")
        if len(self.lines) != args.paragraphs:
            rep.error("article", f"{len(self.lines)} paragraphs, expected {args.paragraphs}")
        for slug in self.parent_of:
            if self.theme_use[slug] == 0:
                rep.error("themes", f"theme {slug!r} is defined but no fact uses it")
        for code in REQUIRED_COUNTRIES:
            if self.country_use[code] == 0:
                rep.error("facts", f"no fact concerns {code}")
        for key, defined in self.defined():
            for name in defined:
                if self.used[key][name] == 0:
                    rep.warn(key, f"{name!r} is defined but no fact names it")
        args.stats = {
            "speakers": dict(self.speakers),
            "key": self.key_facts,
            "facts": len(facts),
            "per_paragraph": dict(sorted(self.per_paragraph.items())),
            "themes": {slug: self.theme_use[slug] for slug in self.parent_of},
            "countries": dict(self.country_use.most_common()),
            "with_ru": sum(1 for f in facts if (f.get("translations") or {}).get("ru")),
            "figures": sum(len(f.get("figures") or []) for f in facts),
            "confidence": dict(Counter(f.get("confidence") for f in facts)),
        }


def check(seed: dict[str, Any], lines: list[str], args: argparse.Namespace) -> Report:
    """Every problem of ``seed`` against the article's ``lines``; stats into ``args.stats``."""
    return SeedChecker(seed, lines, args).run()


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
