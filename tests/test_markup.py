"""The shared statement parser: Markdown (Python-Markdown) becomes styled runs in blocks;
anything that is not Markdown, HTML above all, stays text exactly as typed."""

from __future__ import annotations

import threading

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.dossier import markup
from briefing.dossier.markup import (
    Block,
    ListBlock,
    Paragraph,
    Run,
    TableBlock,
    parse_blocks,
    parse_inline,
    plain_text,
)

HOSTILE = "<b>not bold</b> & <script>alert(1)</script> &amp; 5 < 6 > 4"


def para(*runs: Run) -> Paragraph:
    return Paragraph(tuple(runs))


def item(*texts: str) -> tuple[tuple[Run, ...], ...]:
    return tuple((Run(t),) for t in texts)


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("plain", [Run("plain")]),
        ("**bold** and *it*", [Run("bold", bold=True), Run(" and "), Run("it", italic=True)]),
        ("__b__ _i_", [Run("b", bold=True), Run(" "), Run("i", italic=True)]),
        ("***both***", [Run("both", bold=True, italic=True)]),
        ("`co*de*`", [Run("co*de*", code=True)]),
        ("``a ` b``", [Run("a ` b", code=True)]),
        ("[EDB](https://eabr.org) ok", [Run("EDB", href="https://eabr.org"), Run(" ok")]),
        ("**[bank](https://x.org)**", [Run("bank", bold=True, href="https://x.org")]),
        # not markup: printed exactly as typed
        ("a <b>x</b> & <script>", [Run("a <b>x</b> & <script>")]),
        ("2 * 3 * 4", [Run("2 * 3 * 4")]),
        ("snake_case_name", [Run("snake_case_name")]),
        (
            "see file_name_v2 and __init__.py",
            [Run("see file_name_v2 and "), Run("init", bold=True), Run(".py")],
        ),
        ("unclosed **bold", [Run("unclosed **bold")]),
        (r"esc \*no\*", [Run("esc *no*")]),
        # a link to anything but http(s)/mailto is its text, unlinked
        ("[x](javascript:alert(1))", [Run("x")]),
        # block syntax is text inside one line
        ("- a **b**", [Run("- a "), Run("b", bold=True)]),
        ("# 1. not a heading", [Run("# 1. not a heading")]),
        ("two\nlines", [Run("two lines")]),
        ("", []),
    ],
)
def test_inline(text: str, runs: list[Run]) -> None:
    assert list(parse_inline(text)) == runs


def test_blocks_paragraphs_and_lists() -> None:
    blocks = parse_blocks("Intro line\ncontinued.\n\n- one\n- **two**\n\n3. three\n4. four")
    assert blocks[0] == Paragraph((Run("Intro line continued."),))
    assert blocks[1] == ListBlock(False, ((Run("one"),), (Run("two", bold=True),)))
    assert blocks[2] == ListBlock(True, ((Run("three"),), (Run("four"),)), start=3)
    assert plain_text(blocks) == "Intro line continued.\none\ntwo\nthree\nfour"


def test_empty_and_whitespace() -> None:
    assert parse_blocks("") == ()
    assert parse_blocks("  \n\n ") == ()
    assert parse_blocks(" \t\n \u00a0 \n") == ()
    assert parse_blocks(" \n \u00a0 \n") == ()  # the fast path agrees


# --------------------------------------------------------------------------------------
# Safety: HTML, entities and odd links are text


def test_html_and_entities_are_literal_text() -> None:
    assert parse_blocks(HOSTILE) == (para(Run(HOSTILE)),)
    assert parse_inline(HOSTILE) == (Run(HOSTILE),)
    # an HTML block is a paragraph of text too, not raw HTML passed through
    assert parse_blocks("<div>\n<p>x &lt; y</p>\n</div>") == (
        para(Run("<div> <p>x &lt; y</p> </div>")),
    )
    assert parse_blocks("&copy; &#169; &#xA9; &nbsp;") == (
        para(Run("&copy; &#169; &#xA9; &nbsp;")),
    )


def test_html_and_entities_stay_literal_inside_markup() -> None:
    blocks = parse_blocks(
        f"# {HOSTILE}\n\n**{HOSTILE}**\n\n- {HOSTILE}\n\n"
        f"| h |\n|---|\n| {HOSTILE.replace('>', '&gt;')} |\n\n> {HOSTILE}"
    )
    assert blocks == (
        para(Run(HOSTILE, bold=True)),
        para(Run(HOSTILE, bold=True)),
        ListBlock(False, ((Run(HOSTILE),),)),
        TableBlock(((Run("h"),),), (((Run(HOSTILE.replace(">", "&gt;")),),),)),
        para(Run(HOSTILE, italic=True)),
    )


def test_code_is_unescaped_exactly_once() -> None:
    # Python-Markdown escapes code text for HTML; the walk undoes that once, no more
    assert parse_inline("`<b> & &amp; &lt;`") == (Run("<b> & &amp; &lt;", code=True),)
    assert parse_blocks("Code:\n\n    if a < b && c:\n        print('&amp;')") == (
        para(Run("Code:")),
        para(Run("if a < b && c:\n    print('&amp;')", code=True)),
    )


def test_link_label_and_target_keep_their_characters() -> None:
    assert parse_inline('[<b> &amp;](https://a.org/?a=1&amp;b=2 "title")') == (
        Run("<b> &amp;", href="https://a.org/?a=1&amp;b=2"),
    )


@pytest.mark.parametrize(
    "href",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "&#106;avascript:alert(1)",
        "data:text/html,<b>x</b>",
        "vbscript:x",
        "file:///etc/passwd",
        "/relative/path",
        "#anchor",
        "ftp://example.org",
    ],
)
def test_unsafe_links_print_their_text_without_a_link(href: str) -> None:
    runs = parse_inline(f"see [the report]({href}) now")
    assert runs == (Run("see the report now"),)
    assert parse_blocks(f"- [x]({href})") == (ListBlock(False, item("x")),)


def test_safe_links_and_autolinks() -> None:
    assert parse_inline("[a](HTTPS://x.org) [b](mailto:desk@example.org)") == (
        Run("a", href="HTTPS://x.org"),
        Run(" "),
        Run("b", href="mailto:desk@example.org"),
    )
    assert parse_inline("<https://x.org/a?b=1&c=2> and <desk@example.org>") == (
        Run("https://x.org/a?b=1&c=2", href="https://x.org/a?b=1&c=2"),
        Run(" and "),
        Run("desk@example.org", href="mailto:desk@example.org"),
    )
    assert parse_inline("<ftp://x.org>") == (Run("ftp://x.org"),)


def test_reference_links_do_not_leak_between_statements() -> None:
    assert parse_blocks("[EDB][1] report\n\n[1]: https://eabr.org") == (
        para(Run("EDB", href="https://eabr.org"), Run(" report")),
    )
    assert parse_blocks("[EDB][1] again") == (para(Run("[EDB][1] again")),)


def test_markdown_internal_markers_in_input_are_dropped() -> None:
    # STX/ETX delimit Python-Markdown's own placeholders: input cannot forge one
    text = "a \x02wzxhzdk:0\x03 b \x0260\x03 *c*"
    assert parse_blocks(text) == (para(Run("a wzxhzdk:0 b 60 "), Run("c", italic=True)),)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (r"\*not italic\*", r"*not italic*"),
        (r"\_a\_ \`b\` \[c\](d)", "_a_ `b` [c](d)"),
        (r"\<b\> \& \\ \|", r"<b> & \ |"),
        (r"C:\Users\desk", r"C:\Users\desk"),  # not an escape: the backslash stays
    ],
)
def test_backslash_escapes(text: str, expected: str) -> None:
    assert parse_blocks(text) == (para(Run(expected)),)


def test_backslash_escapes_block_syntax() -> None:
    assert parse_blocks("\\# not a heading\n\n1\\. not a list\n\n\\- not a bullet") == (
        para(Run("# not a heading")),
        para(Run("1. not a list")),
        para(Run("- not a bullet")),
    )


# --------------------------------------------------------------------------------------
# Blocks


def test_bullet_lists_with_any_marker() -> None:
    for sign in "-*+":
        assert parse_blocks(f"{sign} one\n{sign} *two*") == (
            ListBlock(False, ((Run("one"),), (Run("two", italic=True),))),
        )


def test_numbered_lists_keep_their_start() -> None:
    assert parse_blocks("7. seven\n8. eight") == (ListBlock(True, item("seven", "eight"), 7),)
    assert parse_blocks("1) one\n2) two") == (ListBlock(True, item("one", "two"), 1),)


def test_list_right_under_its_introduction() -> None:
    assert parse_blocks("Steps:\n- a\n- b\n1. c\n2. d") == (
        para(Run("Steps:")),
        ListBlock(False, item("a", "b")),
        ListBlock(True, item("c", "d")),
    )
    # as in CommonMark, only "1." interrupts a paragraph: a year is not a list
    assert parse_blocks("We met in\n2025. It went well.") == (
        para(Run("We met in 2025. It went well.")),
    )


def test_loose_list_items_and_continuation_paragraphs() -> None:
    assert parse_blocks("- a\n\n- b\n\n  more b\n- c") == (
        ListBlock(False, ((Run("a"),), (Run("b\nmore b"),), (Run("c"),))),
    )


def test_nested_lists_follow_their_parent_item() -> None:
    blocks = parse_blocks("1. a\n   - x\n   - **y**\n2. b\n    1. b1\n3. c")
    assert blocks == (
        ListBlock(True, item("a"), 1, level=0),
        ListBlock(False, ((Run("x"),), (Run("y", bold=True),)), 1, level=1),
        ListBlock(True, item("b"), 2, level=0),
        ListBlock(True, item("b1"), 1, level=1),
        ListBlock(True, item("c"), 3, level=0),
    )
    assert plain_text(blocks) == "a\nx\ny\nb\nb1\nc"


def test_deeply_nested_two_space_lists() -> None:
    assert parse_blocks("- a\n  - b\n    - c\n  - d\n- e") == (
        ListBlock(False, item("a"), level=0),
        ListBlock(False, item("b"), level=1),
        ListBlock(False, item("c"), level=2),
        ListBlock(False, item("d"), level=1),
        ListBlock(False, item("e"), level=0),
    )


def test_tables_with_inline_markup_in_cells() -> None:
    text = (
        "Figures:\n\n| Indicator | Value |\n|:---|---:|\n"
        "| **Trade** | USD 45 bn |\n| students | `212 000` |\n| [EDB](https://eabr.org) | |"
    )
    blocks = parse_blocks(text)
    assert blocks == (
        para(Run("Figures:")),
        TableBlock(
            header=((Run("Indicator"),), (Run("Value"),)),
            rows=(
                ((Run("Trade", bold=True),), (Run("USD 45 bn"),)),
                ((Run("students"),), (Run("212 000", code=True),)),
                ((Run("EDB", href="https://eabr.org"),), ()),
            ),
        ),
    )
    assert plain_text(blocks).splitlines()[1:3] == ["Indicator | Value", "Trade | USD 45 bn"]


def test_headings_quotes_code_rules_images_and_breaks() -> None:
    text = (
        "Title\n=====\n\n## Sub *part*\n\n> Quoted **firmly**\n> still quoted\n\n"
        "---\n\n![Map of the *corridor*](map.png) shown\n\nline one  \nline two"
    )
    assert parse_blocks(text) == (
        para(Run("Title", bold=True)),
        para(Run("Sub ", bold=True), Run("part", bold=True, italic=True)),
        para(
            Run("Quoted ", italic=True),
            Run("firmly", bold=True, italic=True),
            Run(" still quoted", italic=True),
        ),
        para(Run("Map of the *corridor* shown")),
        para(Run("line one\nline two")),
    )


def test_scripts_other_than_latin() -> None:
    text = (
        "Президент **Эмомали Рахмон** открыл саммит.\n\n"
        "Η σύνοδος *κορυφής* στη Ντουσάνμπε.\n\n"
        "- قمة **آسيا الوسطى** وروسيا\n- второй пункт"
    )
    assert parse_blocks(text) == (
        para(Run("Президент "), Run("Эмомали Рахмон", bold=True), Run(" открыл саммит.")),
        para(Run("Η σύνοδος "), Run("κορυφής", italic=True), Run(" στη Ντουσάνμπε.")),
        ListBlock(
            False,
            (
                (Run("قمة "), Run("آسيا الوسطى", bold=True), Run(" وروسيا")),
                (Run("второй пункт"),),
            ),
        ),
    )


def test_very_long_input() -> None:
    chunk = "Trade **USD {i} bn** with *partners* and `code {i}`.\n\n- point {i}\n- [link](https://x.org/{i})\n\n"
    text = "".join(chunk.format(i=i) for i in range(1100))
    assert len(text) > 100_000
    blocks = parse_blocks(text)
    assert len(blocks) == 2200
    assert blocks[-2] == para(
        Run("Trade "),
        Run("USD 1099 bn", bold=True),
        Run(" with "),
        Run("partners", italic=True),
        Run(" and "),
        Run("code 1099", code=True),
        Run("."),
    )
    plain = "\n\n".join(f"Paragraph {i} of plain text, long enough to matter." for i in range(2000))
    assert len(plain) > 100_000
    assert len(parse_blocks(plain)) == 2000


# --------------------------------------------------------------------------------------
# Fast path and cache


def test_plain_text_skips_the_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_markdown(text: str) -> object:
        raise AssertionError("Python-Markdown was called for plain text")

    monkeypatch.setattr(markup, "_document_tree", no_markdown)
    monkeypatch.setattr(markup, "_inline_tree", no_markdown)
    text = (
        "First paragraph,\nstill the first.\n\n  \n"
        "Second one — 45 млрд; 2025–2027 (CIS).\n\n\nThird & last > 2"
    )
    assert parse_blocks(text) == (
        para(Run("First paragraph, still the first.")),
        para(Run("Second one — 45 млрд; 2025–2027 (CIS).")),
        para(Run("Third & last > 2")),
    )
    assert parse_inline("Plain & simple, 5 > 4.") == (Run("Plain & simple, 5 > 4."),)
    with pytest.raises(AssertionError):
        parse_blocks("now *with* markup, never parsed before 7f3a")


_PLAIN_ALPHABET = st.sampled_from(
    list("\r\tab Zé я ωع0189.,;:!?()-+=#|>&\"'%$@~^{}/\u00a0\n\n    ")
)


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.text(_PLAIN_ALPHABET, max_size=60))
def test_fast_path_agrees_with_python_markdown(text: str) -> None:
    if markup._is_plain(markup._normalise(text)):
        assert parse_blocks(text) == markup._parse_blocks_markdown.__wrapped__(text)


_HTMLISH = st.sampled_from(
    [*"ab я <>&;#/=\"' ", "y\nx", "y\n\nx", "&amp;", "<b>", "</script>", "&#60;", "<!-- c -->"]
)


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(_HTMLISH, max_size=30).map(lambda parts: "x" + "".join(parts)))
def test_html_like_text_is_never_interpreted(text: str) -> None:
    # whatever the mix of tags and entities, the words come out as typed
    blocks = parse_blocks(text)
    assert all(isinstance(b, Paragraph) for b in blocks)
    expected = [
        " ".join(line.strip(" ") for line in p.split("\n") if line.strip(" "))
        for p in text.split("\n\n")
    ]
    assert [plain_text((b,)) for b in blocks] == [e.strip() for e in expected if e.strip()]


def test_parsed_statements_are_cached() -> None:
    text = "Cached **statement** 91c2"
    first = parse_blocks(text)
    before = markup._parse_blocks_markdown.cache_info().hits
    assert parse_blocks(text) is first
    assert markup._parse_blocks_markdown.cache_info().hits == before + 1


def test_threads_get_the_same_results() -> None:
    texts = [f"Item {i}: **{i}** [l](https://x.org/{i})\n\n- a{i}\n- b{i}" for i in range(200)]
    expected = [markup._parse_blocks_markdown.__wrapped__(t) for t in texts]
    results: dict[int, list[tuple[Block, ...]]] = {}

    def work(n: int) -> None:
        results[n] = [markup._parse_blocks_markdown.__wrapped__(t) for t in texts]

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(r == expected for r in results.values())


@pytest.mark.parametrize("text", ["One line.", "Ещё одна строка", "x"])
def test_plain_paragraph_is_the_constructors_paragraph(text: str) -> None:
    made = markup._plain_paragraph(text)
    assert made == Paragraph((Run(text),))
    assert hash(made) == hash(Paragraph((Run(text),)))
    assert made.runs[0].href is None and not (made.runs[0].bold or made.runs[0].code)
