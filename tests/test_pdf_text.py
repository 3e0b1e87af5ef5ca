"""The PDF's text shortcuts (``pdf_text``) write the bytes reportlab's own path writes:
subset codes, plain strings, paragraphs of plain lines, saved graphics states, and a whole
brief drawn with all of them against the same brief drawn by reportlab alone."""

from __future__ import annotations

import dataclasses
import io
import random
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from reportlab import rl_config
from reportlab.lib.colors import CMYKColor, Color, HexColor
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from briefing.dossier import pdf_flowables, pdf_page, pdf_para
from briefing.dossier.coverage import needs_fallback
from briefing.dossier.document import FactSection
from briefing.dossier.fonts import FONT_DIR, pdf_fonts
from briefing.dossier.markup import parse_blocks
from briefing.dossier.pdf_flowables import Para
from briefing.dossier.pdf_page import BriefCanvas
from briefing.dossier.pdf_styles import PdfStyles
from briefing.dossier.pdf_text import FastTTFont, fill_code, paragraph_code, string_code
from briefing.dossier.render_pdf import render_pdf
from tests.sample_dossier import sample_dossier

# Latin, accented, Cyrillic and Greek letters (more than a subset's 256 codes in all),
# punctuation, a no-break space and characters Noto Serif lacks (CJK, an emoji)
ALPHABET = (
    [chr(c) for c in range(0x20, 0x7F)]
    + [chr(c) for c in range(0xC0, 0x180)]
    + [chr(c) for c in range(0x410, 0x450)]
    + [chr(c) for c in range(0x3B1, 0x3CA)]
    + ["«", "»", "—", "–", "’", "…", "\xa0", "中", "文", "😀"]
)


class _Doc:
    pass


def _strings(rng: random.Random, count: int) -> list[str]:
    out = []
    for _ in range(count):
        # runs from a narrow window of the alphabet, as real text is, plus odd characters
        start = rng.randrange(len(ALPHABET))
        window = ALPHABET[start : start + rng.randint(1, 60)]
        out.append("".join(rng.choice(window) for _ in range(rng.randint(0, 40))))
    return out


def test_subset_codes_are_reportlabs(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same strings through a FastTTFont and a plain TTFont of one file, in one order:
    the same chunks, and the same codes given (new characters go through reportlab)."""
    path = str(FONT_DIR / "NotoSerif-Regular.ttf")
    fast, plain = FastTTFont("t-fast", path), TTFont("t-plain", path)
    fast_doc, plain_doc = _Doc(), _Doc()  # the state is per document (a weak key)
    slow = []
    whole = TTFont.splitString

    def counted(self: TTFont, text: str, doc: Any, encoding: str = "utf-8") -> Any:
        if self is fast:
            slow.append(text)
        return whole(self, text, doc, encoding)

    monkeypatch.setattr(TTFont, "splitString", counted)
    texts = _strings(random.Random(3), 4000)
    for text in texts:
        ours = fast.splitString(text, fast_doc)
        assert ours == plain.splitString(text, plain_doc), text
    ours_state, theirs = fast.state[fast_doc], plain.state[plain_doc]
    assert ours_state.assignments == theirs.assignments
    assert ours_state.subsets == theirs.subsets and len(theirs.subsets) > 1
    assert ours_state.nextCode == theirs.nextCode
    assert len(slow) < len(texts) / 4  # the shortcut answered the rest


def _canvas(cls: type[Canvas] = BriefCanvas) -> Canvas:
    kwargs: dict[str, Any] = {"before_save": lambda canv: None} if cls is BriefCanvas else {}
    return cls(io.BytesIO(), invariant=1, **kwargs)


def test_strings_are_drawn_as_reportlab_draws_them() -> None:
    fonts = pdf_fonts()
    ours, theirs = _canvas(), _canvas(Canvas)
    rng = random.Random(5)
    written = 0
    for i, text in enumerate(_strings(rng, 400)):
        for canv in (ours, theirs):
            canv.setFont(fonts.sans.bold if i % 3 else fonts.serif.regular, 7 + i % 5)
        x, y = rng.uniform(0, 500), rng.uniform(0, 800)
        written += string_code(ours, x, y, text) is not None
        ours.drawString(x, y, text)
        Canvas.drawString(theirs, x, y, text)
        assert ours._code == theirs._code, text
    assert written == 400
    ours.setFont("Helvetica", 9)  # not a font pdf_text writes: reportlab draws it
    assert string_code(ours, 1, 1, "x") is None


def test_fill_colours_are_set_as_reportlab_sets_them() -> None:
    ours, theirs = _canvas(), _canvas(Canvas)
    for color in (HexColor("#1f3a5f"), Color(0.1, 0.2, 0.3), Color(0.5, 0.5, 0.5, alpha=1)):
        code = fill_code(ours, color)
        theirs.setFillColor(color)
        assert code is not None and [code] == theirs._code[-1:]
    # anything that would set more than the colour is left to reportlab
    assert fill_code(ours, CMYKColor(0.1, 0.2, 0.3, 0.4)) is None
    assert fill_code(ours, Color(0.1, 0.2, 0.3, alpha=0.5)) is None
    ours.setFillAlpha(0.5)
    assert fill_code(ours, Color(0.1, 0.2, 0.3)) is None


def _paragraphs(rng: random.Random) -> Iterator[tuple[str, ParagraphStyle, dict[str, Any]]]:
    styles = PdfStyles.build()
    bases = [styles.body, styles.meta, styles.quote, styles.source, styles.h1, styles.cell]
    words = ["the", "Central", "Asia", "Душанбе", "sécurité", "2025–2027", "«quote»", "Ωμέγα"]
    words += ["co\u00adoperation", "a\u00a0b", "x" * 30]
    for n in range(600):
        base = rng.choice(bases)
        extra: dict[str, Any] = {"alignment": rng.choice([TA_LEFT, TA_JUSTIFY, TA_CENTER])}
        if rng.random() < 0.1:
            extra["alignment"] = TA_RIGHT
        if rng.random() < 0.2:
            extra["leftIndent"] = rng.choice([0, 6.5, 18])
        if rng.random() < 0.05:
            extra["firstLineIndent"] = 12
        if rng.random() < 0.05:
            extra["justifyLastLine"] = 3
        style = ParagraphStyle(f"s{n}", parent=base, **extra)
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 70)))
        kwargs: dict[str, Any] = {}
        if rng.random() < 0.05:
            kwargs["bulletText"] = "•"
        if rng.random() < 0.05:
            text = f"<b>{text}</b> tail"  # markup: several fragments
        elif rng.random() < 0.15:  # one internal link (a citation cell, a see-also line)
            text = f'<a href="#f-{n}" color="#1f4e79">{text}</a>'
        yield text, style, kwargs


def test_paragraphs_are_drawn_as_reportlab_draws_them() -> None:
    """Random paragraphs drawn through ``Para`` (the shortcut where it applies) and through
    reportlab's ``Paragraph`` write the same page content, whole and split."""
    rng = random.Random(11)
    ours, theirs = _canvas(), _canvas(Canvas)
    links: dict[Canvas, list[Any]] = {ours: [], theirs: []}
    for canv in (ours, theirs):
        canv.bookmarkHorizontal("there", 0, 0)

        def record(*args: Any, canv: Canvas = canv, **kwargs: Any) -> None:
            # what reaches the page: the destination and the absolute rectangle
            rect = kwargs.get("Rect", args[2] if len(args) > 2 else None)
            links[canv].append((args[1], canv._absRect(rect, kwargs.get("relative", 1))))

        canv.linkRect = record  # type: ignore[method-assign]
    shortcut = linked = 0
    for text, style, kwargs in _paragraphs(rng):
        width = rng.choice([120.0, 300.0, 470.0])
        mine, rl = Para(text, style, **kwargs), Paragraph(text, style, **kwargs)
        assert mine.wrap(width, 1e6) == rl.wrap(width, 1e6)
        pairs = [(mine, rl)]
        room = style.leading * rng.randint(1, 4) + 0.5
        if rng.random() < 0.3:
            mine_parts, rl_parts = mine.split(width, room), rl.split(width, room)
            if len(mine_parts) == 2 and len(rl_parts) == 2:
                pairs = list(zip(mine_parts, rl_parts, strict=True))
                for a, b in pairs:
                    assert a.wrap(width, 1e6) == b.wrap(width, 1e6)
            else:  # laid out once, as a frame lays out what it draws whole
                # (reportlab breaks a paragraph of several fragments with soft hyphens
                # differently when wrapped again; Para keeps its first lines)
                pairs = [(Para(text, style, **kwargs), Paragraph(text, style, **kwargs))]
                for a, b in pairs:
                    assert a.wrap(width, 1e6) == b.wrap(width, 1e6)
        for a, b in pairs:
            a.canv = ours
            shortcut += paragraph_code(a) is not None
            linked += paragraph_code(a) is not None and bool(a.blPara.link)
            del a.canv
            a.drawOn(ours, 40, 300)
            b.drawOn(theirs, 40, 300)
            assert ours._code == theirs._code, (text, style.alignment)
            assert links[ours] == links[theirs], text
    assert shortcut > 300 and linked > 30


def test_saved_states_are_restored_as_reportlab_restores_them() -> None:
    fonts = pdf_fonts()
    ours, theirs = _canvas(), _canvas(Canvas)
    for canv in (ours, theirs):
        canv.setFont(fonts.serif.regular, 10)
        canv.saveState()
        canv.translate(10, 20)
        canv.setFont(fonts.sans.bold, 7)
        canv.setFillColorRGB(0.2, 0.3, 0.4)
        canv.setFillAlpha(0.5)
        canv.saveState()
        canv.setLineWidth(3)
        canv.restoreState()
        inner = {name: canv.__dict__[name] for name in Canvas.STATE_ATTRIBUTES}
        canv.restoreState()
        outer = {name: canv.__dict__[name] for name in Canvas.STATE_ATTRIBUTES}
        canv.drawString(5, 5, "after")
    assert ours._code == theirs._code
    for name in Canvas.STATE_ATTRIBUTES:
        if name != "_extgstate":
            assert ours.__dict__[name] == theirs.__dict__[name], name
    assert inner["_fontname"] == fonts.sans.bold and outer["_fontname"] == fonts.serif.regular
    assert ours._extgstate._d == theirs._extgstate._d == {}


_SHORTCUTS: list[tuple[Any, str, Any]] = [
    (pdf_para, "paragraph_code", lambda para: None),
    (pdf_para, "fill_code", lambda canv, color: None),
    (pdf_flowables, "fill_code", lambda canv, color: None),
    (pdf_flowables, "text_code", lambda *args: None),
    (pdf_page, "string_code", lambda *args: None),
    (FastTTFont, "splitString", TTFont.splitString),
    (BriefCanvas, "push_state_stack", Canvas.push_state_stack),
    (BriefCanvas, "pop_state_stack", Canvas.pop_state_stack),
]


@contextmanager
def _reportlab_only() -> Iterator[None]:
    """Every shortcut of ``pdf_text`` and ``BriefCanvas`` off: reportlab's own path."""
    saved = [(owner, name, getattr(owner, name)) for owner, name, _ in _SHORTCUTS]
    for owner, name, replacement in _SHORTCUTS:
        setattr(owner, name, replacement)
    try:
        yield
    finally:
        for owner, name, original in saved:
            setattr(owner, name, original)


def _with_scripts(language: str) -> Any:
    """The sample brief with statements in scripts the body fonts lack and odd spaces."""
    dossier = sample_dossier(language=language, long_text=True)
    extra = [
        "مرحبا بالعالم في القمة — Arabic statement",
        "שלום עולם, Hebrew",
        "No-break\u00a0spaces and soft hyph\u00adens in a long enough statement " * 4,
    ]
    sections = list(dossier.sections)
    for i, section in enumerate(sections):
        if isinstance(section, FactSection) and section.facts:
            first = section.facts[0]
            added = tuple(
                dataclasses.replace(
                    first, uuid=f"{first.uuid[:-2]}9{n}", anchor=f"x-{n}", body=parse_blocks(s)
                )
                for n, s in enumerate(extra)
            )
            sections[i] = dataclasses.replace(section, facts=section.facts + added)
            break
    return dataclasses.replace(dossier, sections=tuple(sections))


@pytest.mark.parametrize("language", ["en", "ru"])
def test_a_brief_is_the_same_file_with_and_without_the_shortcuts(
    language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(rl_config, "invariant", 1)
    dossier = _with_scripts(language)

    def render() -> bytes:
        out = io.BytesIO()
        render_pdf(dossier, out)
        return out.getvalue()

    fast = render()
    assert render() == fast  # invariant: the comparison means something
    with _reportlab_only():
        slow = render()
    assert slow == fast


def test_plain_text_fragments_are_the_parsers() -> None:
    """A plain paragraph's fragment, made from the style's template, is the one reportlab's
    parser makes of the text, with lists of its own (reportlab appends to them)."""
    styles = PdfStyles.build()
    rng = random.Random(8)
    made = []
    for text in _strings(rng, 300):
        text = text.replace("<", "").replace("&", "")
        if needs_fallback(text):  # set in fallback fonts: fragments of its own
            continue
        style = rng.choice([styles.body, styles.meta, styles.quote, styles.source, styles.h2])
        ours, theirs = Para(text, style), Paragraph(text, style)
        assert len(ours.frags) == len(theirs.frags)
        for a, b in zip(ours.frags, theirs.frags, strict=True):
            assert type(a) is type(b) and vars(a) == vars(b), text
            made.append(a)
    assert len(made) > 150
    assert len({id(f.link) for f in made}) == len(made)
    assert len({id(f.us_lines) for f in made}) == len(made)


def test_link_paragraph_fragments_are_the_parsers(monkeypatch: pytest.MonkeyPatch) -> None:
    """A paragraph that is one internal link (a citation cell, a "see also" line) gets the
    fragment reportlab's parser makes of it, without parsing each one."""
    from reportlab.platypus.paraparser import ParaParser

    styles = PdfStyles.build()
    rng = random.Random(9)
    parse = ParaParser.parse
    parsed: list[str] = []

    def counted(self: Any, text: str, style: Any) -> Any:
        parsed.append(text)
        return parse(self, text, style)

    cases = []
    for text in _strings(rng, 300):
        text = text.replace("<", "").replace("&", "")
        if needs_fallback(text) or not text.strip():
            continue
        dest = rng.choice(["annex.src.12", "f-3", "sec-b", "x y "])
        color = rng.choice(["#1f4e79", "#9b1c1c", "#000000"])
        style = rng.choice([styles.cell, styles.see_also, styles.body])
        cases.append((f'<a href="#{dest}" color="{color}">{text}</a>', style))
    monkeypatch.setattr(ParaParser, "parse", counted)
    ours = [Para(markup, style) for markup, style in cases]
    assert len(parsed) <= 9  # one template per style and colour
    monkeypatch.setattr(ParaParser, "parse", parse)
    for para, (markup, style) in zip(ours, cases, strict=True):
        theirs = Paragraph(markup, style)
        assert para.text == theirs.text
        assert [vars(f) for f in para.frags] == [vars(f) for f in theirs.frags], markup
    assert len(cases) > 150
    # anything else (an entity, a second tag) is parsed as before
    assert len(Para('<a href="#a" color="#000000">x &amp; y</a>', styles.cell).frags) > 1


@pytest.mark.parametrize("family", ["NotoSerif", "NotoSans"])
@pytest.mark.parametrize("face", ["Regular", "Bold", "Italic", "BoldItalic"])
def test_fonts_parsed_on_first_use_are_reportlabs(family: str, face: str) -> None:
    """A registered face is parsed when first used, into what reportlab's TTFont holds."""
    from briefing.dossier.fonts import _LazyTTFont

    path = str(FONT_DIR / f"{family}-{face}.ttf")
    lazy = _LazyTTFont(f"lazy-{family}-{face}", path, f"{family}-{face}".encode())
    eager = TTFont(f"lazy-{family}-{face}", path)
    assert "_lazy_path" in vars(lazy.face)  # registering reads only the name
    assert lazy.face.name == eager.face.name
    assert "_lazy_path" in vars(lazy.face)
    assert lazy.stringWidth("Sécurité «Ωμέγα» Душанбе", 10) == eager.stringWidth(
        "Sécurité «Ωμέγα» Душанбе", 10
    )
    assert "_lazy_path" not in vars(lazy.face)
    assert sorted(vars(lazy)) == sorted(vars(eager))
    assert {k: v for k, v in vars(lazy).items() if k not in ("face", "state", "encoding")} == {
        k: v for k, v in vars(eager).items() if k not in ("face", "state", "encoding")
    }
    ours, theirs = dict(vars(lazy.face)), dict(vars(eager.face))
    scale = ours.pop("_pdfScale"), theirs.pop("_pdfScale")  # a lambda made per parse
    assert ours == theirs
    assert scale[0](1000) == scale[1](1000)
    assert type(lazy.face).__mro__[1:] == type(eager.face).__mro__


def test_user_text_is_escaped_as_xml_escapes_it() -> None:
    """``text`` skips the translation when there is nothing to escape, and only then."""
    from xml.sax.saxutils import escape

    from briefing.dossier.pdf_styles import _CONTROL, text

    rng = random.Random(12)
    chars = [*"ab <>&;", "é", "\x00", "\x0b", "\ufffe", "«"]
    for _ in range(5000):
        value = "".join(rng.choice(chars) for _ in range(rng.randint(0, 12)))
        assert text(value) == escape(_CONTROL.sub(" ", value)), repr(value)


def test_subset_codes_of_documents_drawn_in_turn_are_each_their_own() -> None:
    """Two documents drawn in turn with one font (an export and a preview) each get the
    codes reportlab gives them, though the font remembers the last one drawn."""
    path = str(FONT_DIR / "NotoSans-Regular.ttf")
    fast, plain = FastTTFont("t2-fast", path), TTFont("t2-plain", path)
    docs = [(_Doc(), _Doc()), (_Doc(), _Doc())]
    rng = random.Random(13)
    for text in _strings(rng, 1500):
        ours, theirs = rng.choice(docs)
        assert fast.splitString(text, ours) == plain.splitString(text, theirs), text
    for ours, theirs in docs:
        assert fast.state[ours].assignments == plain.state[theirs].assignments
