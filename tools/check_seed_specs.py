"""The seed's country notes and saved dossier specs, as docs/formats.md describes them."""

from __future__ import annotations

from collections import Counter
from typing import Any

from seed_format import (
    CYRILLIC,
    LANGUAGES,
    MARKINGS,
    PAGE_SIZES,
    REQUIRED_COUNTRIES,
    SECTION_KEYS,
    SECTION_KINDS,
    Report,
    check_trilingual,
)


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
