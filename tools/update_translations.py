"""Refresh the interface translations: lupdate over briefing/gui/*.py, then lrelease.

Line numbers are left out of the .ts files (``-locations none``) so that two branches
adding strings do not conflict on every line number below them.

Run after merging branches that add or move interface strings:

    /work/venv/bin/python tools/update_translations.py

English needs only its plural forms ("1 fact" / "%n facts"): briefing_en.ts is updated
with ``-pluralonly`` and only its %n messages are counted as waiting.

Existing translations are kept. Strings that left the code stay in the .ts marked
"vanished" on purpose: when a class is split or renamed its strings change context, and
lupdate's same-text heuristic fills the new context from the vanished entries. Prints, per
language, how many strings still wait for a translator (type="unfinished" and empty).
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUI = ROOT / "briefing" / "gui"
TRANSLATIONS = GUI / "translations"
LANGUAGES = ("fr", "ru")
# The source language: only the messages with a %n plural go into its .ts, so that
# "%n facts" reads "1 fact" without the file repeating every other English string.
PLURAL_ONLY = ("en",)
LUPDATE_OPTIONS = ("-locations", "none")
BIN = Path(sys.executable).parent  # pyside6-lupdate is installed next to the venv's python


def tool(name: str) -> str:
    found = BIN / name
    return str(found) if found.exists() else name


def untranslated(ts: Path, plural_only: bool = False) -> tuple[list[str], list[str]]:
    """(source texts with no translation, texts lupdate filled from the same text in
    another context and marked unfinished: compiled, but worth a translator's look).
    With ``plural_only`` only messages with plural forms count."""
    missing, guessed = [], []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("vanished", "obsolete"):
            continue
        if plural_only and message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        if not (translation.text or "").strip() and not list(translation):
            missing.append(source)
        elif translation.get("type") == "unfinished":
            guessed.append(source)
    return missing, guessed


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in GUI.glob("*.py"))
    status = 0
    for language in LANGUAGES + PLURAL_ONLY:
        ts = TRANSLATIONS / f"briefing_{language}.ts"
        plural_only = language in PLURAL_ONLY
        options = (*LUPDATE_OPTIONS, "-pluralonly") if plural_only else LUPDATE_OPTIONS
        subprocess.run(
            [tool("pyside6-lupdate"), *sources, *options, "-ts", str(ts)],
            cwd=ROOT,
            check=True,
        )
        subprocess.run(
            [tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
            cwd=ROOT,
            check=True,
        )
        missing, guessed = untranslated(ts, plural_only)
        print(f"{language}: {len(missing)} string(s) without a translation")
        for source in missing:
            print(f"  {source!r}")
        print(f"{language}: {len(guessed)} filled from the same text elsewhere (unfinished)")
        for source in guessed:
            print(f"  {source!r}")
        status = status or (1 if missing else 0)
    return status


if __name__ == "__main__":
    sys.exit(main())
