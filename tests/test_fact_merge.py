"""Three-way merge of two edits of one fact (briefing.store.fact_merge)."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.store import FactDraft
from briefing.store.fact_merge import MINE, THEIRS, propose
from briefing.store.records import FigureDraft


def base() -> FactDraft:
    return FactDraft(
        statement="Exports rose.",
        themes=["trade", "energy"],
        countries=["FR"],
        date=dt.date(2024, 5, 1),
        figures=[FigureDraft("Exports", 12, "bn EUR")],
        quote="they rose",
    )


def test_one_sided_changes_merge_without_asking() -> None:
    mine = base()
    mine.statement = "Exports rose sharply."
    theirs = base()
    theirs.countries = ["FR", "DE"]
    theirs.themes = ["energy", "trade"]  # reordered only: no change
    proposal = propose(mine, theirs, base())
    assert proposal.conflicts == []
    assert {f.name for f in proposal.differing} == {"statement", "countries"}
    merged = proposal.merged()
    assert merged.statement == "Exports rose sharply."
    assert merged.countries == ["FR", "DE"]


def test_both_sides_changing_a_field_is_a_conflict_the_pick_settles() -> None:
    mine, theirs = base(), base()
    mine.statement, theirs.statement = "Mine.", "Theirs."
    theirs.quote = "their quote"
    proposal = propose(mine, theirs, base())
    assert [f.name for f in proposal.conflicts] == ["statement"]
    assert proposal.merged().statement == "Mine."  # proposed: mine until picked
    merged = proposal.merged({"statement": THEIRS})
    assert (merged.statement, merged.quote) == ("Theirs.", "their quote")
    assert proposal.merged({"quote": MINE}).quote == "they rose"
    with pytest.raises(ValueError, match="statement"):
        proposal.merged({"statement": "both"})


def test_typed_text_equals_the_stored_value() -> None:
    mine = base()
    mine.date = "2024-05-01"  # the form hands back text
    mine.figures = [FigureDraft("Exports", "12", "bn EUR")]
    assert propose(mine, base(), base()).differing == []


def test_same_change_on_both_sides_is_no_conflict() -> None:
    mine, theirs = base(), base()
    mine.marking = theirs.marking = "RESTRICTED"
    proposal = propose(mine, theirs, base())
    assert proposal.conflicts == [] and proposal.differing == []
    assert proposal.merged().marking == "RESTRICTED"


def test_without_a_base_every_difference_is_a_conflict() -> None:
    mine, theirs = base(), base()
    theirs.quote = "other"
    assert [f.name for f in propose(mine, theirs).conflicts] == ["quote"]
