#!/usr/bin/env python3
"""Check bundle.json against source.en.txt and the seed's taxonomy (standard library only).

    python tests/data/c5plus1-2023/check.py

Verifies that every quote occurs verbatim in source.en.txt on the line its "§N" locator
names (and that this line is text, not a "#" note), that the fact's source title is the
document that line belongs to, that every fact has en/fr/ru text, that ids are unique
canonical UUIDs, that themes exist in the seed's "themes", that people named in facts and
speakers exist in the bundle's "people" (and that the Central Asian presidents' names match
the seed), then prints counts. Exits 1 on any error.
"""

import collections
import json
import pathlib
import re
import sys
import uuid

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[2]
SEED = ROOT / "resources" / "seed" / "dushanbe-summit-2025.json"
MARKINGS = ("UNCLASSIFIED", "RESTRICTED", "CONFIDENTIAL", "SECRET")
QUALIFIERS = (None, "more-than", "about", "up-to", "at-least", "less-than")
LANGS = ("en", "fr", "ru")
COUNTRY = re.compile(r"^[A-Z]{2}$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DOC_NOTE = re.compile(r"^# Document: (.+?) \|")

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def load_source():
    """Return (lines, doc_of_line): 1-based lines and, for each, the title of its document."""
    lines = (HERE / "source.en.txt").read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    doc_of_line, current = {}, None
    for n, line in enumerate(lines, 1):
        m = DOC_NOTE.match(line)
        if m:
            current = m.group(1)
        doc_of_line[n] = current
    return lines, doc_of_line


def main():
    bundle = json.loads((HERE / "bundle.json").read_text(encoding="utf-8"))
    seed = json.loads(SEED.read_text(encoding="utf-8"))
    lines, doc_of_line = load_source()
    theme_slugs = {t["slug"] for t in seed["themes"]}
    seed_orgs = {o["name"] for o in seed["organisations"]}
    seed_people = {p["name"]: p for p in seed["people"]}

    if bundle.get("format") != "briefing-facts/2":
        err("bundle", f"format is {bundle.get('format')!r}")
    if not lines or not lines[0].startswith("# "):
        err("source.en.txt", "line 1 should be a '# ' header (title, publisher, URL)")
    documents = {t for t in doc_of_line.values() if t}

    # events
    events = {}
    for e in bundle.get("events", []):
        events[e["name"]] = e
        for lang in ("fr", "ru"):
            if not e.get("names", {}).get(lang):
                err(f"event {e['name']}", f"no {lang} name")
        if e.get("kind") not in (
            "summit",
            "bilateral-visit",
            "ministerial",
            "call",
            "conference",
            "other",
        ):
            err(f"event {e['name']}", f"bad kind {e.get('kind')!r}")
        if not DATE.match(e.get("start_date") or ""):
            err(f"event {e['name']}", "bad start_date")

    # people
    people = {}
    for p in bundle.get("people", []):
        where = f"person {p.get('name')}"
        people[p["name"]] = p
        for lang in LANGS:
            if not p.get("names", {}).get(lang):
                err(where, f"no {lang} name")
            if not p.get("bio", {}).get(lang):
                err(where, f"no {lang} bio")
        for lang in ("fr", "ru"):
            if not p.get("role_translations", {}).get(lang):
                err(where, f"no {lang} role")
        if not p.get("role"):
            err(where, "no role")
        if not COUNTRY.match(p.get("country") or ""):
            err(where, "bad country")
        if p.get("kind") != "head-of-state":
            err(where, f"kind {p.get('kind')!r}")
        if p["name"] in seed_people and seed_people[p["name"]]["country"] != p["country"]:
            err(where, "country differs from the seed's")
    for name, sp in seed_people.items():
        if sp["country"] in {"KZ", "KG", "TJ", "TM", "UZ"} and name not in people:
            err("people", f"seed name {name!r} ({sp['country']}) missing or spelt differently")

    # facts
    ids = collections.Counter()
    counts = collections.Counter()
    markings = collections.Counter()
    speakers = collections.Counter()
    themes_used = collections.Counter()
    for i, f in enumerate(bundle.get("facts", []), 1):
        where = f"fact {i} ({f.get('id')})"
        fid = f.get("id", "")
        ids[fid] += 1
        try:
            u = uuid.UUID(fid)
            if str(u) != fid:
                err(where, "id is not a canonical lower-case UUID")
            counts[f"uuid v{u.version}"] += 1
        except (ValueError, AttributeError, TypeError):
            err(where, "id is not a UUID")
        texts = {f.get("language"): f.get("statement")}
        texts.update(f.get("translations") or {})
        for lang in LANGS:
            if not (texts.get(lang) or "").strip():
                err(where, f"no {lang} text")
        if f.get("event") not in events:
            err(where, f"event {f.get('event')!r} not in bundle events")
        if not DATE.match(f.get("date") or ""):
            err(where, "bad date")
        for t in f.get("themes", []):
            themes_used[t] += 1
            if t not in theme_slugs:
                err(where, f"theme {t!r} not in the seed's themes")
        if not f.get("themes"):
            err(where, "no themes")
        for c in f.get("countries", []):
            if not COUNTRY.match(c):
                err(where, f"bad country {c!r}")
        for name in f.get("people", []):
            if name not in people:
                err(where, f"person {name!r} not in bundle people")
        for o in f.get("organisations", []):
            if o not in seed_orgs:
                err(where, f"organisation {o!r} not in the seed's organisations")
        marking = f.get("marking")
        markings[marking] += 1
        if marking not in MARKINGS:
            err(where, f"bad marking {marking!r}")
        if f.get("confidence") != "confirmed":
            err(where, f"confidence {f.get('confidence')!r}")
        if f.get("key"):
            counts["key"] += 1
        sp = f.get("speaker")
        if sp is None:
            speakers["none"] += 1
        elif "person" in sp:
            speakers["person"] += 1
            if sp["person"] not in people:
                err(where, f"speaker {sp['person']!r} not in bundle people")
            if sp["person"] not in f.get("people", []):
                err(where, "speaker not listed in the fact's people")
        elif "document" in sp:
            speakers["document"] += 1
            if sp["document"] not in documents:
                err(where, f"speaker document {sp['document']!r} is not a document of the source")
        elif "country" in sp:
            speakers["country"] += 1
            if not COUNTRY.match(sp["country"]):
                err(where, "bad speaker country")
        else:
            err(where, f"bad speaker {sp!r}")
        for fig in f.get("figures", []):
            counts["figures"] += 1
            if (
                not isinstance(fig.get("value"), (int, float))
                or not fig.get("label")
                or not fig.get("unit")
            ):
                err(where, f"bad figure {fig!r}")
            if fig.get("qualifier") not in QUALIFIERS:
                err(where, f"bad qualifier {fig.get('qualifier')!r}")
            for lang in ("fr", "ru"):
                if not fig.get("translations", {}).get(lang):
                    err(where, f"figure without {lang} label")
        src = f.get("source") or {}
        m = re.fullmatch(r"§(\d+)", src.get("locator", ""))
        if not m:
            err(where, f"bad locator {src.get('locator')!r}")
            continue
        n = int(m.group(1))
        if not 1 <= n <= len(lines):
            err(where, f"locator §{n} beyond the source's {len(lines)} lines")
            continue
        line = lines[n - 1]
        if line.startswith("#"):
            err(where, f"locator §{n} is a note line, not text")
        quote = src.get("quote") or ""
        if not quote or quote not in line:
            err(where, f"quote not found verbatim on line {n}: {quote!r}")
        if src.get("title") != doc_of_line.get(n):
            err(
                where,
                f"source title {src.get('title')!r} but line {n} belongs to {doc_of_line.get(n)!r}",
            )

    for fid, k in ids.items():
        if k > 1:
            err("facts", f"id {fid} used {k} times")

    facts = bundle.get("facts", [])
    print(f"source.en.txt: {len(lines)} lines, documents: {len(documents)}")
    for d in sorted(documents):
        print(f"  - {d}: {sum(1 for f in facts if f['source']['title'] == d)} facts")
    print(f"events: {len(events)}, people: {len(people)}, facts: {len(facts)}")
    print(f"key facts: {counts['key']}, figures: {counts['figures']}")
    print("markings: " + ", ".join(f"{m} {markings[m]}" for m in MARKINGS if markings[m]))
    print("speakers: " + ", ".join(f"{k} {v}" for k, v in sorted(speakers.items())))
    print("themes: " + ", ".join(f"{k} {v}" for k, v in sorted(themes_used.items())))
    print(
        "ids: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items()) if k.startswith("uuid"))
    )
    if errors:
        print(f"\n{len(errors)} error(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
