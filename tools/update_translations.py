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

Plural messages are checked against the code, not left to lupdate: PySide6 6.11's lupdate
marks only ``self.tr(text, "", n)`` as plural, not ``QCoreApplication.translate(context,
text, "", n)`` (which the MainWindow mixins need: PySide asks only the instance's class
for a plural, while it walks the class hierarchy for other strings). It then files the
message anew without plural forms and retires the translated one, and the interface
falls back to English ("58 facts shown"). ``restore_plurals`` finds every call with a
count in the code and keeps its message plural, with the forms already translated.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
GUI = ROOT / "briefing" / "gui"
TRANSLATIONS = GUI / "translations"
LANGUAGES = ("fr", "ru")
# The source language: only the messages with a %n plural go into its .ts, so that
# "%n facts" reads "1 fact" without the file repeating every other English string.
PLURAL_ONLY = ("en",)
LUPDATE_OPTIONS = ("-locations", "none")
BIN = Path(sys.executable).parent  # pyside6-lupdate is installed next to the venv's python


# plural forms per language (Qt's numerusform count)
PLURAL_FORMS = {"en": 2, "fr": 2, "ru": 3}


def plural_calls(paths: list[Path]) -> set[tuple[str, str]]:
    """(context, source) of every translation call with a count in ``paths``:
    ``self.tr(text, disambiguation, n)`` in a class (its name is the context) and
    ``QCoreApplication.translate(context, text, disambiguation, n)``."""
    found: set[tuple[str, str]] = set()

    def text(node: ast.expr) -> str | None:
        return (
            node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None
        )

    def visit(node: ast.AST, cls: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, ast.ClassDef) else cls
            if isinstance(child, ast.Call) and isinstance(child.func, ast.Attribute):
                args = child.args
                if child.func.attr == "tr" and len(args) >= 3 and cls and text(args[0]):
                    found.add((cls, text(args[0]) or ""))
                elif child.func.attr == "translate" and len(args) >= 4:
                    context, source = text(args[0]), text(args[1])
                    if context and source:
                        found.add((context, source))
            visit(child, inner)

    for path in paths:
        visit(ast.parse(path.read_text(encoding="utf-8")), None)
    return found


def plural_forms(ts: Path) -> dict[tuple[str, str], list[str]]:
    """(context, source) -> translated plural forms of every plural message in ``ts``."""
    found: dict[tuple[str, str], list[str]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            forms = [f.text or "" for f in message.iter("numerusform")]
            if message.get("numerus") == "yes" and any(f.strip() for f in forms):
                found[(name, message.findtext("source") or "")] = forms
    return found


def restore_plurals(
    ts: Path, calls: set[tuple[str, str]], before: dict[tuple[str, str], list[str]], forms: int
) -> int:
    """Keep every message of ``calls`` plural in ``ts``, with the forms ``before`` held
    (see the module's note); returns how many messages were mended."""
    tree = etree.parse(str(ts))
    root = tree.getroot()
    contexts = {c.findtext("name"): c for c in root.findall("context")}
    mended = 0
    for key in sorted(calls):
        context_name, source = key
        context = contexts.get(context_name)
        if context is None:
            context = etree.SubElement(root, "context")
            etree.SubElement(context, "name").text = context_name
            contexts[context_name] = context
        same = [m for m in context.findall("message") if m.findtext("source") == source]
        kept = [
            m
            for m in same
            if m.get("numerus") == "yes" and m.find("translation").get("type") != "vanished"
        ]
        if kept and len(same) == 1:
            continue  # lupdate kept it plural: nothing to mend
        for message in same:
            context.remove(message)
        message = etree.SubElement(context, "message", numerus="yes")
        etree.SubElement(message, "source").text = source
        translation = etree.SubElement(message, "translation")
        old = before.get(key)
        if old is None:
            translation.set("type", "unfinished")
        for text in old or [""] * forms:
            etree.SubElement(translation, "numerusform").text = text
        mended += 1
    if mended:
        _write_like_lupdate(root, ts)
    return mended


def _write_like_lupdate(root: etree._Element, ts: Path) -> None:
    """Write ``root`` laid out as lupdate lays out a .ts file (contexts at the margin,
    four spaces a level, apostrophes escaped), so the next lupdate run changes nothing."""
    root.text = "\n"
    for context in root:
        etree.indent(context, space="    ")
        context.tail = "\n"
    body = etree.tostring(root, encoding="unicode").replace("'", "&apos;")
    header = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
    ts.write_text(header + body + "\n", encoding="utf-8")


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
        forms = [(form.text or "").strip() for form in translation]
        if not (translation.text or "").strip() and not any(forms):
            missing.append(source)
        elif translation.get("type") == "unfinished":
            guessed.append(source)
    return missing, guessed


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in GUI.glob("*.py"))
    plurals = plural_calls([ROOT / s for s in sources])
    status = 0
    for language in LANGUAGES + PLURAL_ONLY:
        ts = TRANSLATIONS / f"briefing_{language}.ts"
        plural_only = language in PLURAL_ONLY
        options = (*LUPDATE_OPTIONS, "-pluralonly") if plural_only else LUPDATE_OPTIONS
        before = plural_forms(ts)
        subprocess.run(
            [tool("pyside6-lupdate"), *sources, *options, "-ts", str(ts)],
            cwd=ROOT,
            check=True,
        )
        restore_plurals(ts, plurals, before, PLURAL_FORMS[language])
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
