"""The builder's section counts and the dossier's scope: the event, background, ceiling and
countries change what each section counts, unknown ones are said, unticked facts are
left out, and counts and preview follow a fact re-marked while they are shown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from briefing.dossier.assemble import assemble
from briefing.dossier.document import FactSection
from briefing.dossier.selection import dossier_scope, section_total
from briefing.dossier.spec import DossierSpec, SectionSpec
from briefing.gui.builder import DossierBuilder
from briefing.gui.builder_sections import UUID_ROLE
from briefing.gui.mainwindow import MainWindow
from briefing.store import FactQuery, Store
from tests.gui.builder_helpers import lay_out, row_of, wait_preview
from tests.gui.conftest import SecondEvent
from tests.gui.helpers import select_row, select_rows


def wait_count(qtbot: QtBot, builder: DossierBuilder, row: int, text: str) -> None:
    qtbot.waitUntil(lambda: builder.sections.count_text(row) == text, timeout=10_000)


def expected_total(store: Store, builder: DossierBuilder, section: SectionSpec) -> int:
    total = section_total(store, section, dossier_scope(store, builder.current_spec()).query)
    assert total is not None
    return total


def test_choosing_an_event_changes_the_counts(
    qtbot: QtBot, second_event: SecondEvent, builder: DossierBuilder, seeded: Store
) -> None:
    summit = next(e.name for e in seeded.events() if e.name != second_event.name)
    builder.cover.select_event(summit)
    builder.add_section(SectionSpec("country", "TJ"))
    row = row_of(builder, "country", "TJ")
    summit_total = expected_total(seeded, builder, SectionSpec("country", "TJ"))
    assert summit_total > 1
    wait_count(qtbot, builder, row, f"{summit_total} facts")

    builder.cover.select_event(second_event.name)
    wait_count(qtbot, builder, row, "1 fact")
    builder.include_background.setChecked(True)  # + the fact of no event
    wait_count(qtbot, builder, row, "2 facts")

    builder.cover.select_event("")  # no event: every fact
    wait_count(qtbot, builder, row, f"{summit_total + 2} facts")


def test_an_unknown_event_shows_a_message_instead_of_counts(
    qtbot: QtBot, builder: DossierBuilder, tmp_path: Path
) -> None:
    spec = DossierSpec(
        event="Third summit", sections=(SectionSpec("country", "TJ"), SectionSpec("figures"))
    )
    builder.set_spec(spec)
    qtbot.waitUntil(lambda: builder.scope_banner.isVisible(), timeout=10_000)
    assert "no event “Third summit” in the base" in builder.scope_banner.text()
    assert builder.sections.count_text(0) == "—"
    assert builder.current_spec().event == "Third summit"  # kept, not silently dropped
    assert builder.export_to(tmp_path / "x.pdf", "pdf") is None
    assert "no event “Third summit”" in builder.error_text("event")

    builder.cover.select_event("")
    qtbot.waitUntil(lambda: not builder.scope_banner.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: builder.sections.count_text(0).endswith("facts"), timeout=10_000)


def test_an_unknown_ceiling_shows_a_message(qtbot: QtBot, builder: DossierBuilder) -> None:
    builder.set_spec(DossierSpec(max_marking="TOP", sections=(SectionSpec("shared"),)))
    qtbot.waitUntil(lambda: builder.scope_banner.isVisible(), timeout=10_000)
    assert "unknown marking ceiling “TOP”" in builder.scope_banner.text()
    assert builder.current_spec().max_marking == "TOP"


def test_unticking_a_fact_excludes_it(qtbot: QtBot, builder: DossierBuilder) -> None:
    builder.set_spec(DossierSpec(event=builder.current_spec().event))
    builder.add_section(SectionSpec("country", "AF"))
    item = builder.section_items()[0]
    item.setExpanded(True)  # the facts are listed from a worker
    qtbot.waitUntil(lambda: item.childCount() == 3 and item.child(0).text(0) != "Loading…")  # type: ignore[union-attr]
    uuid = item.child(1).data(0, UUID_ROLE)  # type: ignore[union-attr]
    item.child(1).setCheckState(0, Qt.CheckState.Unchecked)  # type: ignore[union-attr]
    assert builder.current_spec().sections[0].exclude == (uuid,)
    qtbot.waitUntil(lambda: item.text(2) == "2 of 3")
    builder.refresh_preview()
    wait_preview(qtbot, builder)
    assert builder.preview_summary is not None and builder.preview_summary.facts == 2
    dossier = assemble(builder.current_spec(), builder.store)
    printed = {f.uuid for s in dossier.fact_sections() for f in s.facts}
    assert uuid not in printed and len(printed) == 2


def test_counts_agree_with_what_prints(
    qtbot: QtBot, builder: DossierBuilder, seeded: Store
) -> None:
    """A fact prints once, in the first section holding it: later ones say it is above."""
    assert builder.load_spec(next(n for n, _ in seeded.specs() if n.endswith("(EN)")))
    rows = [i for i, s in enumerate(builder.current_spec().sections) if s.kind == "theme"]
    qtbot.waitUntil(
        lambda: all("fact" in builder.sections.count_text(r) for r in rows), timeout=10_000
    )
    dossier = assemble(builder.current_spec(), seeded)
    printed = [s for s in dossier.sections if isinstance(s, FactSection)]
    assert len(printed) == len(rows)
    shown = [builder.sections.count_text(r) for r in rows]
    expected = []
    for section in printed:
        here = len(section.facts) + sum(len(sub.facts) for sub in section.subsections)
        above = len(section.see_also)
        text = f"{here + above} facts" if here + above != 1 else "1 fact"
        expected.append(text + (f" · {above} above" if above else ""))
    assert shown == expected
    assert any("above" in text for text in shown)


def test_ceiling_and_scope_reach_the_spec(
    qtbot: QtBot, builder: DossierBuilder, seeded: Store
) -> None:
    builder.ceiling.setCurrentIndex(builder.ceiling.findData("RESTRICTED"))
    builder.scope_countries.set_checked("TJ")
    lay_out(qtbot, builder, "theme")
    spec = builder.current_spec()
    assert spec.max_marking == "RESTRICTED" and spec.countries == ("TJ",)
    event = seeded.event(spec.event or "")
    total = seeded.count(
        FactQuery(
            countries=("TJ",),
            themes=("institutions",),
            events=(event.uuid,),
            max_marking="RESTRICTED",
        )
    )
    row = row_of(builder, "theme", "institutions")
    qtbot.waitUntil(
        lambda: builder.sections.count_text(row).startswith(f"{total} facts"), timeout=10_000
    )


def mark_secret(window: MainWindow, store: Store, uuids: list[str]) -> None:
    """Re-mark facts SECRET through the store, then tell the app (as a save does)."""
    from dataclasses import replace as dc_replace

    from briefing.gui.bus import Changes

    for uuid in uuids:
        record = store.get(uuid)
        store.update(uuid, dc_replace(record.to_draft(), marking="SECRET"), record.version)
    window.bus.publish(Changes(facts=True, uuids=frozenset(uuids)), None)


def test_the_ceiling_withholds_facts_and_the_builder_says_how_many(
    qtbot: QtBot, window: MainWindow, builder: DossierBuilder, seeded: Store
) -> None:
    builder.ceiling.setCurrentIndex(builder.ceiling.findData("RESTRICTED"))
    lay_out(qtbot, builder, "theme")
    row = row_of(builder, "theme", "institutions")
    spec = builder.current_spec()
    event = seeded.event(spec.event or "")
    inside = seeded.facts(FactQuery(themes=("institutions",), events=(event.uuid,)))
    total = len(inside)
    text = builder.sections.count_text
    qtbot.waitUntil(lambda: text(row).startswith(f"{total} facts"), timeout=10_000)
    assert "withheld" not in text(row)
    qtbot.waitUntil(lambda: "prints" in builder.summary.text(), timeout=10_000)
    assert "withheld" not in builder.summary.text()

    mark_secret(window, seeded, [inside[0].uuid, inside[1].uuid])
    qtbot.waitUntil(lambda: text(row).startswith(f"{total - 2} facts · 2 withheld"), timeout=10_000)
    dossier = assemble(builder.current_spec(), seeded)
    printed = {f.uuid for s in dossier.sections if isinstance(s, FactSection) for f in s.facts}
    printed |= {
        f.uuid
        for s in dossier.sections
        if isinstance(s, FactSection)
        for sub in s.subsections
        for f in sub.facts
    }
    qtbot.waitUntil(lambda: "2 more are withheld" in builder.summary.text(), timeout=10_000)
    assert f"The dossier prints {len(printed)} facts." in builder.summary.text()
    assert "Restricted" in builder.summary.text()


def test_hand_picked_facts_obey_the_ceiling_in_the_counts(
    qtbot: QtBot, window: MainWindow, builder: DossierBuilder, seeded: Store
) -> None:
    select_row(qtbot, window, 0)
    select_rows(window, [1, 2])
    picked = window.selected_uuids()
    window.act_add_to_dossier.trigger()
    row = len(builder.current_spec().sections) - 1
    wait_count(qtbot, builder, row, "3 facts")
    builder.ceiling.setCurrentIndex(builder.ceiling.findData("RESTRICTED"))
    mark_secret(window, seeded, picked[:1])
    wait_count(qtbot, builder, row, "2 facts · 1 withheld")


def test_the_preview_follows_a_fact_re_marked_while_it_is_shown(
    qtbot: QtBot, window: MainWindow, builder: DossierBuilder, seeded: Store
) -> None:
    lay_out(qtbot, builder, "theme")
    builder.tabs.setCurrentIndex(1)
    wait_preview(qtbot, builder)
    first = builder.preview_summary
    assert first is not None and first.marking == "UNCLASSIFIED"
    dossier = assemble(builder.current_spec(), seeded)
    uuid = next(f.uuid for s in dossier.sections if isinstance(s, FactSection) for f in s.facts)
    mark_secret(window, seeded, [uuid])
    qtbot.waitUntil(
        lambda: builder.preview_summary is not first and builder.preview_summary is not None,
        timeout=20_000,
    )
    assert builder.preview_summary.marking == "SECRET"  # type: ignore[union-attr]
