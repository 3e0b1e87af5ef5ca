"""Property tests: whatever the store accepts, both renderers print (issue 9 item 3).

Hypothesis draws facts in the interchange shape of docs/formats.md (FACT) with arbitrary
but plausible values — Markdown, Latin, Cyrillic and Greek text, very long words, odd
figures, long sources — keeps only those the store accepts, imports them into a fresh
database and prints a dossier of a drawn spec (language, layout, written section, ceiling)
to PDF and DOCX. Both files must reopen, print the opening of every fact they hold and
nothing marked above the ceiling.
"""

from __future__ import annotations

import functools
import html
import re
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import docx
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.pdfbase.ttfonts import TTFont

from briefing.dossier.assemble import assemble
from briefing.dossier.export import write_dossier
from briefing.dossier.layouts import by_country, by_theme
from briefing.dossier.markup import Block, ListBlock, Paragraph, TableBlock
from briefing.dossier.spec import DossierSpec
from briefing.errors import ValidationError
from briefing.paths import fonts_dir
from briefing.store import FactDraft, Store
from briefing.store.validation import LIMITS, MAX_FIGURE, forbidden_character

pytestmark = pytest.mark.export

MARKINGS = ("UNCLASSIFIED", "RESTRICTED", "CONFIDENTIAL", "SECRET")
THEMES = ("security", "counter-terrorism", "energy")  # the taxonomy of tests/conftest.py
COUNTRIES = ("TJ", "RU", "KZ", "UZ", "FR", "GR")
LANGUAGES = ("en", "fr", "ru", "de", "el", "uz")
PEOPLE = ("Emomali Rahmon", "Владимир Путин", "Κυριάκος Μητσοτάκης", "Jean-Noël O'Brien")
EVENTS = ("Second Central Asia – Russia summit", "Sommet « C5+1 »", "Встреча в Астане")
DOCUMENTS = ("Dushanbe Declaration", "Совместное заявление")
# A marker planted in every fact marked above the dossier's ceiling: it must print nowhere.
TOKEN = "QZXCEILINGTOKEN"

# ---------------------------------------------------------------------- text strategies

# What the bundled Noto Serif / Sans cover: Latin (with the Latin-1 and Extended-A
# letters), Greek, Cyrillic and common punctuation.
_COVERED = (
    [chr(c) for c in range(0x20, 0x7F)]
    + [chr(c) for c in range(0xA1, 0x180) if c != 0xAD]
    + [chr(c) for c in range(0x386, 0x3CF) if chr(c).isalpha()]
    + [chr(c) for c in range(0x400, 0x460)]
    + list("‐‑‒–—―‘’‚“”„†‡•…‰′″‹›€№™")
)
LETTERS = st.sampled_from([c for c in _COVERED if c.isalpha()])
COVERED = st.sampled_from(_COVERED)
MARKDOWN_BITS = st.sampled_from(
    ["*", "**", "_", "__", "[", "]", "(", ")", "`", "#", "|", "<", ">", "&", "\\", "- ", "1. ",
     "\n", "\n\n", "  ", "---", "[link](http://example.org)", "<b>", "&amp;", "|---|", "> "]
)  # fmt: skip


def _long_word() -> st.SearchStrategy[str]:
    """A word too long for any line: a run of one letter, or a few letters repeated."""
    return st.one_of(
        st.builds(lambda c, n: c * n, LETTERS, st.integers(60, 2500)),
        st.builds(lambda w, n: w * n, st.text(LETTERS, min_size=2, max_size=8), st.integers(8, 60)),
    )


WORD = st.one_of(
    st.text(LETTERS, min_size=1, max_size=12),
    st.text(COVERED, min_size=1, max_size=12),
    MARKDOWN_BITS,
    _long_word(),
)


def prose(max_words: int = 25) -> st.SearchStrategy[str]:
    """Words and Markdown punctuation joined by spaces and line breaks."""
    seps = st.sampled_from([" ", " ", " ", "\n", "\n\n", "\t", "\u00a0"])
    return st.lists(st.tuples(WORD, seps), min_size=1, max_size=max_words).map(
        lambda pairs: "".join(w + s for w, s in pairs)
    )


# Any character the store accepts (no C0 controls but tab and line breaks, no U+FFFE/FFFF,
# no lone surrogates): astral planes, private use, combining marks, RTL, CJK...
STORABLE = st.characters(
    exclude_categories=("Cs",),
    exclude_characters="".join(map(chr, [*range(9), 0x0B, 0x0C, *range(0x0E, 0x20)]))
    + "\ufffe\uffff",
)


def unicode_text(max_size: int) -> st.SearchStrategy[str]:
    """A letter then any storable Unicode (never blank, so the store keeps it)."""
    return st.builds(lambda a, t: a + t, LETTERS, st.text(STORABLE, max_size=max_size - 1))


def any_text(max_size: int) -> st.SearchStrategy[str]:
    """Mostly prose the fonts cover (repeated up to ``max_size``); sometimes any Unicode.

    Plain ``st.text()`` comes in rarely: the store refuses control characters, and the
    test keeps only what the store accepts.
    """
    return st.one_of(
        st.builds(lambda t, n: (t * n)[:max_size], prose(), st.integers(1, 40)),
        st.builds(lambda t, n: (t * n)[:max_size], prose(), st.integers(1, 40)),
        st.text(COVERED, min_size=1, max_size=min(max_size, 80)),
        unicode_text(min(max_size, 40)),
        st.text(min_size=1, max_size=min(max_size, 40)),
    )


def short_text(limit: int) -> st.SearchStrategy[str]:
    """A name or label: short, Markdown-ish, arbitrary, or right at ``limit``."""
    return st.one_of(
        st.text(COVERED, min_size=1, max_size=min(limit, 30)),
        prose(5).map(lambda t: t[:limit]),
        st.builds(lambda c, w: (c * limit)[: limit - len(w)] + w, LETTERS, st.text(LETTERS)),
        unicode_text(min(limit, 20)),
    )


# ---------------------------------------------------------------------- fact strategies

NUMBERS = st.one_of(
    st.floats(
        min_value=-MAX_FIGURE, max_value=MAX_FIGURE, allow_nan=False, allow_infinity=False,
        exclude_min=True, exclude_max=True,
    ),
    st.integers(min_value=-(10**15) + 1, max_value=10**15 - 1),
    st.sampled_from([0, 1, -1, 0.5, 1e-300, 5e-324, 999_999_999_999_999, 12_345.678]),
)  # fmt: skip

FIGURES = st.fixed_dictionaries(
    {
        "label": short_text(LIMITS["figures.label"]),
        "value": NUMBERS,
        "unit": st.one_of(
            st.sampled_from(["USD", "%", "km²", "млрд руб.", "t CO₂", "", "€/MWh"]),
            short_text(LIMITS["figures.unit"]),
        ),
        "qualifier": st.one_of(st.none(), short_text(LIMITS["figures.qualifier"])),
        "translations": st.dictionaries(
            st.sampled_from(("fr", "ru", "en")), short_text(LIMITS["figures.label"]), max_size=2
        ),
    }
)

SOURCES = st.one_of(
    st.none(),
    st.fixed_dictionaries(
        {"title": short_text(LIMITS["source.title"])},
        optional={
            "quote": any_text(3000),
            "locator": short_text(LIMITS["source.locator"]),
        },
    ),
)

SPEAKERS = st.one_of(
    st.none(),
    st.builds(lambda n: {"person": n}, st.one_of(st.sampled_from(PEOPLE), short_text(200))),
    st.builds(lambda n: {"document": n}, st.one_of(st.sampled_from(DOCUMENTS), short_text(300))),
    st.builds(lambda c: {"country": c}, st.sampled_from(COUNTRIES)),
)

FACTS = st.fixed_dictionaries(
    {
        "id": st.uuids(version=4).map(str),
        "statement": any_text(3500),
        "language": st.sampled_from(LANGUAGES),
        "translations": st.dictionaries(
            st.sampled_from(("en", "fr", "ru")), any_text(3000), max_size=2
        ),
        "date": st.one_of(st.none(), st.dates().map(lambda d: d.isoformat())),
        "event": st.one_of(st.none(), st.sampled_from(EVENTS)),
        "themes": st.lists(st.sampled_from(THEMES), min_size=1, max_size=3, unique=True),
        "countries": st.lists(st.sampled_from(COUNTRIES), max_size=6, unique=True),
        "people": st.lists(st.sampled_from(PEOPLE), max_size=3, unique=True),
        "organisations": st.lists(short_text(60), max_size=2),
        "documents": st.lists(st.sampled_from(DOCUMENTS), max_size=2, unique=True),
        "marking": st.sampled_from(MARKINGS),
        "confidence": st.sampled_from(("confirmed", "reported", "assessed")),
        "key": st.booleans(),
        "speaker": SPEAKERS,
        "source": SOURCES,
        "figures": st.lists(FIGURES, max_size=3),
    }
)

# ---------------------------------------------------------------------- spec strategy


def printable(text: str) -> bool:
    """True for a text the store's door lets in (no forbidden character)."""
    return forbidden_character(text) is None


SPECS = st.fixed_dictionaries(
    {
        "language": st.sampled_from(("en", "fr", "ru")),
        "layout": st.sampled_from(("theme", "country")),
        "ceiling": st.one_of(st.none(), st.sampled_from(MARKINGS)),
        "page_size": st.sampled_from(("A4", "Letter")),
        # a spec's own words pass the door facts pass (DossierSpec.check)
        "text": st.one_of(st.none(), any_text(3000).filter(printable)),
        "text_title": short_text(120).filter(str.strip).filter(printable),  # titled
        "title": st.one_of(st.just(""), short_text(200).filter(printable)),
        "event": st.one_of(st.none(), st.sampled_from(EVENTS)),
        "include_background": st.booleans(),
        "prepared_for": st.one_of(st.just(""), short_text(100).filter(printable)),
    }
)

# ---------------------------------------------------------------------- fixtures, helpers


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated database with the test taxonomy; each example copies it."""
    path = tmp_path_factory.mktemp("properties") / "template.db"
    s = Store.open(f"sqlite:///{path}")
    s.save_theme("security", "Security", "Sécurité", "Безопасность")
    s.save_theme("counter-terrorism", "Counter-terrorism", "Antiterrorisme", "", parent="security")
    s.save_theme("energy", "Energy", "Énergie", "Энергетика")
    s.close()
    return path


class Fresh:
    """A private copy of the template database in its own directory."""

    def __init__(self, template: Path) -> None:
        self._dir = tempfile.TemporaryDirectory(prefix="briefing-prop-")
        self.dir = Path(self._dir.name)
        db = self.dir / "base.db"
        shutil.copy(template, db)
        self.store = Store.open(f"sqlite:///{db}")

    def close(self) -> None:
        self.store.close()
        self._dir.cleanup()


def squash(text: str) -> str:
    """Whitespace-insensitive text: PDF extraction breaks lines anywhere."""
    return re.sub(r"\s+", "", text.replace("\u00ad", ""))


@functools.cache
def font_coverage() -> frozenset[str]:
    """The characters every bundled Noto face has a glyph for (Latin, Greek, Cyrillic...)."""
    faces = [TTFont(f"cover-{p.stem}", str(p)).face for p in sorted(fonts_dir().glob("*.ttf"))]
    common = set.intersection(*(set(face.charToGlyph) for face in faces))
    return frozenset(chr(c) for c in common if c > 0x20)


def in_fonts(text: str) -> str:
    """``text`` without the characters no bundled font can draw (a PDF cannot show them)."""
    covered = font_coverage()
    return "".join(c for c in text if c in covered)


def pdf_text(path: Path) -> str:
    return "".join(page.extract_text() or "" for page in PdfReader(path).pages)


_W_T = re.compile(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>")


def docx_text(path: Path) -> str:
    """Every text run of the package's body, headers and footers (and it reopens)."""
    document = docx.Document(str(path))
    assert document.paragraphs  # python-docx reads it back
    with zipfile.ZipFile(path) as z:
        parts = [n for n in z.namelist() if n.startswith("word/") and n.endswith(".xml")]
        xml = "".join(z.read(n).decode("utf-8") for n in parts)
    return "".join(html.unescape(t) for t in _W_T.findall(xml))


def pieces(blocks: tuple[Block, ...]) -> list[str]:
    """The texts of ``blocks`` a reader sees unbroken: paragraphs, list items, table cells.

    ``plain_text`` joins them, but a PDF prints list numbers and bullets between items and
    draws table cells apart, so each piece is looked for on its own.
    """
    out: list[str] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            out.append("".join(r.text for r in block.runs))
        elif isinstance(block, ListBlock):
            out += ["".join(r.text for r in item) for item in block.items]
        elif isinstance(block, TableBlock):
            for row in (block.header, *block.rows):
                out += ["".join(r.text for r in cell) for cell in row]
    return out


def opening(blocks: tuple[Block, ...], keep: Callable[[str], str], size: int = 20) -> list[str]:
    """The first ``size`` non-space characters of the blocks (after ``keep``), by piece."""
    out: list[str] = []
    for piece in pieces(blocks):
        text = keep(squash(piece))[:size]
        if text:
            out.append(text)
            size -= len(text)
        if size <= 0:
            break
    return out


def rank(marking: str) -> int:
    return MARKINGS.index(marking)


def plant(fact: dict[str, Any], token: str) -> dict[str, Any]:
    """``fact`` with ``token`` at the head of every text of it that must stay unprinted."""
    fact = dict(fact)
    fact["statement"] = f"{token} {fact['statement']}"
    fact["translations"] = {k: f"{token} {v}" for k, v in fact["translations"].items()}
    if fact["source"] is not None and "quote" in fact["source"]:
        fact["source"] = {**fact["source"], "quote": f"{token} {fact['source']['quote']}"}
    fact["figures"] = [{**f, "label": f"{token} {f['label']}"} for f in fact["figures"]]
    return fact


def accepted(store: Store, fact: dict[str, Any]) -> bool:
    try:
        store.validate(FactDraft.from_json(fact))
    except ValidationError:
        return False
    return True


def build_spec(store: Store, drawn: dict[str, Any]) -> DossierSpec:
    spec = DossierSpec(
        title=drawn["title"],
        event=drawn["event"] if store_has_event(store, drawn["event"]) else None,
        include_background=drawn["include_background"],
        language=drawn["language"],
        page_size=drawn["page_size"],
        max_marking=drawn["ceiling"],
        prepared_for=drawn["prepared_for"],
    )
    spec = (by_theme if drawn["layout"] == "theme" else by_country)(store, spec)
    if drawn["text"] is not None:  # the purpose section gets a body (and maybe a title)
        sections = list(spec.sections)
        sections[0] = replace(sections[0], text=drawn["text"], title=drawn["text_title"])
        spec = spec.with_sections(sections)
    return spec


def store_has_event(store: Store, name: str | None) -> bool:
    return name is not None and any(e.name == name for e in store.events())


# ---------------------------------------------------------------------- the property


def check_both_renderers_print(
    template: Path, facts: list[dict[str, Any]], drawn: dict[str, Any]
) -> None:
    """The property: import ``facts`` into a copy of ``template``, print ``drawn`` twice."""
    base = Fresh(template)
    try:
        _check(base, facts, drawn)
    finally:
        base.close()


def _check(base: Fresh, facts: list[dict[str, Any]], drawn: dict[str, Any]) -> None:
    store = base.store
    ceiling = drawn["ceiling"]
    above = {f["id"] for f in facts if ceiling is not None and rank(f["marking"]) > rank(ceiling)}
    facts = [plant(f, TOKEN) if f["id"] in above else f for f in facts]
    assume(all(accepted(store, f) for f in facts))
    assume(not any(TOKEN in str(f) for f in facts if f["id"] not in above))
    assume(TOKEN not in str(drawn))
    store.import_facts({"format": "briefing-facts/2", "facts": facts})

    spec = build_spec(store, drawn)
    dossier = assemble(spec, store)
    pdf = write_dossier(dossier, base.dir / "brief.pdf", "pdf")
    doc = write_dossier(dossier, base.dir / "brief.docx", "docx")
    pdf_all = squash(pdf_text(pdf))
    doc_all = squash(docx_text(doc))
    pdf_fonts = in_fonts(pdf_all)

    printed = [fact for section in dossier.fact_sections() for fact in section.facts]
    assert not {f.uuid for f in printed} & above
    for fact in printed:
        # DOCX holds the text as written; a PDF only what the embedded fonts can draw.
        for text in opening(fact.body, str):
            assert text in doc_all, (fact.uuid, text)
        for text in opening(fact.body, in_fonts):
            assert text in pdf_fonts, (fact.uuid, text)
    assert TOKEN not in pdf_all
    assert TOKEN not in doc_all


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(facts=st.lists(FACTS, min_size=1, max_size=8, unique_by=lambda f: f["id"]), drawn=SPECS)
def test_whatever_the_store_accepts_both_renderers_print(
    template: Path, facts: list[dict[str, Any]], drawn: dict[str, Any]
) -> None:
    check_both_renderers_print(template, facts, drawn)


# ---------------------------------------------------------------------- speakers


@pytest.mark.parametrize(
    "speaker", [{"person": "Emomali\x01Rahmon"}, {"document": "Dushanbe\x02Declaration"}]
)
def test_the_store_refuses_a_speaker_it_cannot_print(
    template: Path, speaker: dict[str, str]
) -> None:
    base = Fresh(template)
    try:
        fact = {"statement": "Gas flows.", "themes": ["energy"], "speaker": speaker}
        with pytest.raises(ValidationError):
            base.store.validate(FactDraft.from_json(fact))
    finally:
        base.close()
