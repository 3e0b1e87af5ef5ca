"""The builder's page preview: real pages from the preview child, newer requests winning,
Cancel, in-memory databases, and the temporary files removed."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from briefing.dossier.excerpt import excerpt
from briefing.dossier.layouts import by_theme
from briefing.dossier.render_pdf import render_pdf
from briefing.dossier.spec import DossierSpec
from briefing.gui.builder import DossierBuilder
from briefing.gui.outline import outline_of
from briefing.gui.outline_tree import fill_outline
from briefing.gui.page_preview import PagePreview
from briefing.gui.preview_process import PreviewPages, PreviewRunner, PreviewSummary
from briefing.store import Store
from tests.gui.builder_helpers import wait_preview
from tests.sample_dossier import sample_dossier


def page_one(path: str) -> str:
    return PdfReader(path).pages[0].extract_text()


def test_the_preview_shows_the_dossiers_pages(qtbot: QtBot, builder: DossierBuilder) -> None:
    builder.title.setText("Talking points for Dushanbe")
    builder.tabs.setCurrentIndex(1)
    pages = wait_preview(qtbot, builder)
    document = builder.page_view.document
    assert document is not None and document.pageCount() == pages.pages > 0
    assert "Talking points for Dushanbe" in document.getAllText(0).text()
    assert "Talking points for Dushanbe" in page_one(pages.path)
    assert builder.preview_runner.apart
    summary = builder.preview_summary
    assert summary is not None and summary.language == "en"
    assert f"{summary.facts} fact entries" in builder.preview_info.text()
    model = builder.page_view.thumbnail_model
    assert model.rowCount() == pages.pages
    qtbot.waitUntil(lambda: 0 in model._icons, timeout=5_000)  # drawn when shown


def test_a_large_dossier_shows_its_opening_first(
    qtbot: QtBot, builder: DossierBuilder, seeded: Store
) -> None:
    builder.set_spec(by_theme(seeded, DossierSpec(event=builder.current_spec().event)))
    shown: list[PreviewPages] = []
    builder.tabs.setCurrentIndex(1)
    original = builder.show_pages

    def record(pages: PreviewPages) -> None:
        shown.append(pages)
        original(pages)

    builder.show_pages = record  # type: ignore[method-assign]
    builder.refresh_preview()
    last = wait_preview(qtbot, builder)
    head = shown[0]
    assert not head.final and head.facts < last.facts == last.total  # the seed fits
    assert last.complete and not builder.preview_note.isVisible()
    assert not Path(head.path).exists()  # the opening's file went when the full one came


def test_a_newer_request_wins_and_stale_news_is_dropped(
    qtbot: QtBot, builder: DossierBuilder
) -> None:
    builder.tabs.setCurrentIndex(1)
    builder.title.setText("First title")
    builder.refresh_preview()
    first = builder.preview_runner.generation
    builder.title.setText("Second title")
    builder.refresh_preview()
    pages = wait_preview(qtbot, builder)
    assert builder.preview_runner.generation == first + 1
    assert "Second title" in page_one(pages.path)
    assert Path(pages.path).name == f"preview-{first + 1}.pdf"
    # news of the first request arriving late changes nothing
    stale = PreviewPages("/nonexistent.pdf", 3, 1, 1, True, True)
    builder._on_preview_message(first, "pages", stale)
    builder._on_preview_message(first, "failed", ("user", "stale", ""))
    assert builder.preview_pages is pages
    assert "stale" not in builder.preview_info.text()


def test_editing_the_cover_refreshes_the_shown_preview(
    qtbot: QtBot, builder: DossierBuilder
) -> None:
    builder.tabs.setCurrentIndex(1)
    wait_preview(qtbot, builder)
    generation = builder.preview_runner.generation
    qtbot.keyClicks(builder.title, "Typed")  # one refresh after the last keystroke
    qtbot.waitUntil(lambda: builder.preview_runner.generation == generation + 1, timeout=5_000)
    pages = wait_preview(qtbot, builder)
    assert "Typed" in page_one(pages.path)
    assert builder.preview_runner.generation == generation + 1


def test_cancel_lets_go_of_the_request(qtbot: QtBot, builder: DossierBuilder) -> None:
    builder.tabs.setCurrentIndex(1)
    runner = builder.preview_runner
    qtbot.waitUntil(lambda: runner._busy == runner.generation, timeout=20_000)
    builder.cancel_preview()
    assert not builder.preview_busy.isVisible()
    qtbot.waitUntil(lambda: not runner.busy, timeout=5_000)
    assert runner.process is not None and runner.process.is_alive()  # warm for the next


def test_a_child_stuck_on_an_unwanted_request_is_replaced(
    qtbot: QtBot, builder: DossierBuilder
) -> None:
    builder.tabs.setCurrentIndex(1)
    runner = builder.preview_runner
    runner.kill_after_ms = 0  # as if it were assembling a huge dossier: no time to let go
    qtbot.waitUntil(lambda: runner._busy == runner.generation, timeout=20_000)
    stuck = runner.process
    builder.title.setText("After the kill")
    builder.refresh_preview()
    qtbot.waitUntil(lambda: not stuck.is_alive(), timeout=5_000)
    assert runner.process is not stuck
    pages = wait_preview(qtbot, builder)  # the new child took the newer request
    assert "After the kill" in page_one(pages.path)


def test_closing_the_builder_ends_the_child_and_removes_the_files(
    qtbot: QtBot, builder: DossierBuilder
) -> None:
    builder.tabs.setCurrentIndex(1)
    pages = wait_preview(qtbot, builder)
    runner = builder.preview_runner
    child = runner.process
    assert Path(pages.path).exists()
    builder.mark_saved()
    builder.close()
    assert child is not None and not child.is_alive()
    assert not runner.folder.exists()
    assert builder.page_view.document is None


def test_the_in_thread_fallback_previews_without_a_child(
    qtbot: QtBot, builder: DossierBuilder
) -> None:
    """An in-memory database has no URL a child could open: the same steps run in a
    worker thread. (An in-memory SQLite engine gives each thread its own empty database,
    so this drives the fallback on the file base, readable from any thread.)"""
    memory = Store.open("sqlite://")
    apart = PreviewRunner(memory)
    try:
        assert not apart.apart
    finally:
        apart.close()
        memory.close()
    assert not apart.folder.exists()
    runner = builder.preview_runner
    runner.url = None
    builder.title.setText("From the thread")
    builder.tabs.setCurrentIndex(1)
    pages = wait_preview(qtbot, builder)
    assert runner.process is None
    assert "From the thread" in page_one(pages.path)
    folder = runner.folder
    builder.mark_saved()
    builder.close()
    assert not folder.exists()


def test_a_new_rendering_keeps_the_page_the_user_is_on(qtbot: QtBot, tmp_path: Path) -> None:
    view = PagePreview()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    dossier = sample_dossier(facts_per_section=12)
    head, full = tmp_path / "preview-1-head.pdf", tmp_path / "preview-1.pdf"
    with head.open("wb") as out:
        render_pdf(excerpt(dossier, 20).dossier, out)
    with full.open("wb") as out:
        render_pdf(dossier, out)
    assert view.show_file(str(head)) and view.current_page == 0
    view.go_to(2)
    qtbot.waitUntil(lambda: view.current_page == 2)
    assert view.show_file(str(full))
    assert view.current_page == 2 and view.pages > 3
    assert view.page_label.text() == f"Page 3 of {view.pages}"
    view.clear()
    assert view.document is None and view.pages == 0


def test_a_section_of_the_outline_shows_its_page(qtbot: QtBot, tmp_path: Path) -> None:
    view = PagePreview()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    dossier = sample_dossier(facts_per_section=12)
    path = tmp_path / "preview-1.pdf"
    with path.open("wb") as out:
        printed = render_pdf(dossier, out)
    assert view.show_file(str(path))
    fill_outline(view.outline, outline_of(dossier))
    last = dossier.sections[-1]
    item = view.outline.findItems(f"{last.number}  {last.title}", Qt.MatchFlag.MatchExactly)[0]
    view.outline.itemClicked.emit(item, 0)
    qtbot.waitUntil(lambda: view.current_page == printed.heading_pages[last.anchor] - 1)
    view.side.setCurrentIndex(1)  # the outline's long lines get a wider panel
    assert view.side.width() > 300


def test_the_preview_never_assembles_the_whole_dossier(
    seeded: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first pages come from ``Opening`` and print what the whole dossier prints
    there; the fuller pages follow, then the outline of the whole dossier, all from one
    placement: the whole dossier is never assembled (438 MB at 100,000 facts)."""
    from briefing.dossier import assemble as assembly
    from briefing.dossier.assemble import assemble
    from briefing.gui.preview_process import HEAD_ENTRIES, PreviewRequest, run_preview

    spec = by_theme(seeded, DossierSpec(title="Brief"))
    sent: list[tuple[int, str, object]] = []
    assembled: list[int] = []
    whole = assembly._Assembler.build

    def counted(self: assembly._Assembler) -> object:
        assembled.append(len(sent))
        return whole(self)

    monkeypatch.setattr(assembly._Assembler, "build", counted)
    # the fuller pages cut too, so the outline is built from the contents, not from them
    monkeypatch.setattr("briefing.gui.preview_process.MAX_ENTRIES", HEAD_ENTRIES + 5)
    request = PreviewRequest(1, spec.to_json(), str(tmp_path))
    assert run_preview(seeded, request, sent.append, lambda: 1) > HEAD_ENTRIES
    kinds = [kind for _, kind, _ in sent]
    assert kinds[0] == "started" and kinds[-1] == "done"
    first = kinds.index("pages")
    assert kinds.count("pages") == 2 and kinds.index("outline") > len(kinds) - 3
    assert assembled == []
    head = sent[first][2]
    assert isinstance(head, PreviewPages) and not head.final
    dossier = assemble(spec, seeded)
    summary = sent[kinds.index("outline")][2]
    assert isinstance(summary, PreviewSummary)
    assert summary.outline == outline_of(dossier)
    assert (summary.facts, summary.sources) == (dossier.fact_count(), len(dossier.sources))
    assert head.total == dossier.fact_count() > head.facts
    printed = tmp_path / "expected.pdf"
    with printed.open("wb") as out:
        render_pdf(excerpt(dossier, HEAD_ENTRIES).dossier, out)
    assert [p.extract_text() for p in PdfReader(head.path).pages] == [
        p.extract_text() for p in PdfReader(printed).pages
    ]
