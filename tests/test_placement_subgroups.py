"""A theme section's sub-sections: each fact goes to the first sub-theme, in theme order,
that it has. ``Placement._subgroups`` groups in one pass over the facts; this checks it
against the rule as it was first written (one scan of the section per sub-theme, a fact
taken by the first that holds it) on random theme memberships, in several languages.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import pytest

from briefing.dossier.placement import Placement
from briefing.dossier.spec import SectionSpec
from briefing.store.entities import ThemeRecord


@dataclass(frozen=True)
class Fact:
    uuid: str
    themes: tuple[str, ...]
    event: str | None = None


def _theme(id_: int, slug: str, parent: ThemeRecord | None, position: int) -> ThemeRecord:
    return ThemeRecord(
        id=id_,
        slug=slug,
        name_en=f"{slug} (en)",
        name_fr=f"{slug} (fr)",
        name_ru=f"{slug} (ru)",
        parent_id=parent.id if parent else None,
        parent=parent.slug if parent else None,
        position=position,
    )


def _placing(themes: list[ThemeRecord], language: str) -> Placement:
    placing = Placement()
    placing.themes = themes
    placing.theme_by_slug = {t.slug: t for t in themes}
    placing.language = language
    return placing


def _one_scan_per_child(
    placing: Placement, parent: ThemeRecord, facts: list[Fact]
) -> list[tuple[str, list[Fact]]]:
    out: list[tuple[str, list[Fact]]] = []
    taken: set[str] = set()
    for child in (t for t in placing.themes if t.parent_id == parent.id):
        rs = [f for f in facts if child.slug in f.themes and f.uuid not in taken]
        if rs:
            taken.update(f.uuid for f in rs)
            out.append((child.name(placing.language), rs))
    return out


@pytest.mark.parametrize("seed", range(8))
def test_one_pass_grouping_matches_a_scan_per_sub_theme(seed: int) -> None:
    rng = random.Random(seed)
    security = _theme(1, "security", None, 0)
    trade = _theme(2, "trade", None, 1)
    children = [_theme(10 + n, f"sub-{n}", security, n) for n in range(rng.randint(1, 11))]
    other = _theme(40, "corridors", trade, 0)
    rng.shuffle(children)  # the list's order is the theme order that decides
    themes = [security, trade, other, *children]
    slugs = [t.slug for t in themes]
    facts = [Fact(f"u{n}", tuple(rng.sample(slugs, rng.randint(1, 4)))) for n in range(400)]
    for language in ("en", "fr", "ru"):
        placing = _placing(themes, language)
        got = placing._subgroups(SectionSpec(kind="theme", key="security"), facts)
        assert got == _one_scan_per_child(placing, security, facts)
        # every fact with a sub-theme is in exactly one sub-section
        assert sum(len(rs) for _, rs in got) == sum(
            1 for f in facts if any(s.startswith("sub-") for s in f.themes)
        )


def test_a_theme_without_sub_themes_or_unknown_has_no_sub_sections() -> None:
    security = _theme(1, "security", None, 0)
    placing = _placing([security], "en")
    facts = [Fact("u1", ("security",))]
    assert placing._subgroups(SectionSpec(kind="theme", key="security"), facts) == []
    assert placing._subgroups(SectionSpec(kind="theme", key="absent"), facts) == []
