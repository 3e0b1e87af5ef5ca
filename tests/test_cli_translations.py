"""``briefing facts --untranslated/--outdated`` and ``facts confirm-translation``."""

from __future__ import annotations

import io
import json
from pathlib import Path

from briefing.cli import main
from briefing.store import FactQuery, Store


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), out), out.getvalue()


def _ids(db: str, *flags: str) -> set[str]:
    status, out = run("--db", db, "facts", *flags, "--format", "json")
    assert status == 0, out
    return {f["id"] for f in json.loads(out)["facts"]}


def test_edited_original_is_listed_outdated_until_confirmed(seeded_path: Path) -> None:
    db = str(seeded_path)
    store = Store.open(f"sqlite:///{db}")
    record = next(r for r in store.facts() if "en" in r.translations)
    draft = record.to_draft()
    draft.statement += " (corrigé)"
    store.update(record.uuid, draft, record.version)
    missing_ru = {r.uuid for r in store.facts(FactQuery(untranslated=("ru",)))}
    store.close()

    assert _ids(db, "--outdated", "en") == {record.uuid}
    assert _ids(db, "--untranslated", "ru") == missing_ru
    assert _ids(db, "--untranslated", "ru", "--outdated", "en") == missing_ru | {record.uuid}
    status, shown = run("--db", db, "facts", "show", record.uuid[:8])
    assert status == 0
    assert "translation (en, outdated)" in shown

    status, said = run("--db", db, "facts", "confirm-translation", record.uuid[:8], "EN")
    assert status == 0, said
    assert _ids(db, "--outdated", "en") == set()
    _, shown = run("--db", db, "facts", "show", record.uuid)
    assert "translation (en)" in shown and "(en, outdated)" not in shown


def test_bad_language_or_missing_translation_is_a_one_line_error(seeded_path: Path) -> None:
    db = str(seeded_path)
    status, _ = run("--db", db, "facts", "--outdated", "xx1")
    assert status != 0
    store = Store.open(f"sqlite:///{db}")
    record = next(r for r in store.facts() if "de" not in r.translations)
    store.close()
    status, _ = run("--db", db, "facts", "confirm-translation", record.uuid, "de")
    assert status != 0
    assert _ids(db, "--outdated", "de") == set()


def test_facts_add_stamps_its_translations(seeded_path: Path) -> None:
    db = str(seeded_path)
    status, out = run(
        *("--db", db, "facts", "add", "--statement", "Un fait neuf.", "--language", "fr"),
        *("--theme", "energy", "--country", "TJ", "--translation", "en=A new fact."),
        *("--translation", "ru=Новый факт."),
    )
    assert status == 0, out
    store = Store.open(f"sqlite:///{db}")
    record = store.get(out.strip())
    store.close()
    assert record.translations == {"en": "A new fact.", "ru": "Новый факт."}
    assert record.translation_state("en") == record.translation_state("ru") == "current"
    assert set(record.translation_sources) == {"en", "ru"}
    status, _ = run("--db", db, "facts", "add", "--statement", "x", "--theme", "energy",
                    "--country", "TJ", "--translation", "no equals sign")  # fmt: skip
    assert status != 0
