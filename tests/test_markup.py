"""The shared statement parser: Markdown becomes styled runs; anything else stays text."""

from __future__ import annotations

import pytest

from briefing.dossier.markup import (
    ListBlock,
    Paragraph,
    Run,
    parse_blocks,
    parse_inline,
    plain_text,
)


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("plain", [Run("plain")]),
        ("**bold** and *it*", [Run("bold", bold=True), Run(" and "), Run("it", italic=True)]),
        ("__b__ _i_", [Run("b", bold=True), Run(" "), Run("i", italic=True)]),
        ("`co*de*`", [Run("co*de*", code=True)]),
        ("[EDB](https://eabr.org) ok", [Run("EDB", href="https://eabr.org"), Run(" ok")]),
        ("**[bank](https://x.org)**", [Run("bank", bold=True, href="https://x.org")]),
        # not markup: printed exactly as typed
        ("a <b>x</b> & <script>", [Run("a <b>x</b> & <script>")]),
        ("2 * 3 * 4", [Run("2 * 3 * 4")]),
        ("snake_case_name", [Run("snake_case_name")]),
        ("unclosed **bold", [Run("unclosed **bold")]),
        (r"esc \*no\*", [Run("esc *no*")]),
        ("[x](javascript:alert(1))", [Run("[x](javascript:alert(1))")]),
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
