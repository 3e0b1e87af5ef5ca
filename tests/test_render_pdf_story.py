"""The PDF's story is made as reportlab lays it out (``pdf_story.Story``): the same file
as the whole story made up front, holding a few dozen flowables at a time, not every one."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest
from reportlab import rl_config
from reportlab.platypus import Flowable

from briefing.dossier import pdf_story, render_pdf
from briefing.dossier.document import Dossier
from tests.sample_dossier import sample_dossier


def _render(dossier: Dossier) -> bytes:
    out = io.BytesIO()
    render_pdf.render_pdf(dossier, out)
    return out.getvalue()


def _whole(parts: Iterator[list[Flowable]]) -> list[Flowable]:
    return [flowable for part in parts for flowable in part]


@pytest.fixture
def dossier(monkeypatch: pytest.MonkeyPatch) -> Dossier:
    monkeypatch.setattr(rl_config, "invariant", 1)
    return sample_dossier(facts_per_section=12, long_text=True)


@pytest.mark.parametrize("ahead", [1, 3, 64])
def test_the_story_made_as_it_goes_prints_the_same_file(
    ahead: int, dossier: Dossier, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as m:
        m.setattr(render_pdf, "Story", _whole)
        whole = _render(dossier)
    monkeypatch.setattr(pdf_story.Story, "AHEAD", ahead)
    assert _render(dossier) == whole


def test_the_story_never_runs_dry_inside_a_kept_run(
    dossier: Dossier, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the test above relies on: reportlab keeps a run of flowables that keep with
    the next (a heading, a "see also" line) together with the one after it, so the list
    is filled past such a run, which this sample has at the list's end."""
    kept: list[bool] = []
    keeps = pdf_story.keeps_with_next

    def spy(flowable: Flowable) -> bool:
        kept.append(keeps(flowable))
        return kept[-1]

    monkeypatch.setattr(pdf_story.Story, "AHEAD", 1)
    monkeypatch.setattr(pdf_story, "keeps_with_next", spy)
    _render(dossier)
    assert any(kept) and not all(kept)


def test_the_story_holds_a_few_dozen_flowables_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    dossier = sample_dossier(facts_per_section=150)
    stories: list[pdf_story.Story] = []
    held: list[int] = []
    made = pdf_story.Story.__init__

    def init(self: pdf_story.Story, parts: Iterator[list[Flowable]]) -> None:
        made(self, parts)
        stories.append(self)

    done = render_pdf._Renderer.flowable_done

    def count(self: render_pdf._Renderer, flowable: Flowable) -> None:
        held.append(list.__len__(stories[0]))
        done(self, flowable)

    monkeypatch.setattr(pdf_story.Story, "__init__", init)
    monkeypatch.setattr(render_pdf._Renderer, "flowable_done", count)
    _render(dossier)
    assert len(held) > 400  # flowables laid out
    assert max(held) < pdf_story.Story.AHEAD + 16
    assert held[-1] == 0
