"""The navigator: counts that match what a click lists, many events kept usable."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from briefing.gui.navigator import children
from briefing.gui.prefs import Prefs
from briefing.store import FactDraft, FactQuery, Store
from tests.gui.helpers import open_window, wait_loaded
from tests.gui.test_mainwindow import click_navigator


def test_a_theme_count_is_what_clicking_it_lists(qtbot: QtBot, seeded: Store, prefs: Prefs) -> None:
    # a fact on the sub-theme only: the parent's direct count misses it, the click does not
    seeded.add(FactDraft("Rogun's second unit started.", themes=["hydropower"], countries=["TJ"]))
    window = open_window(qtbot, seeded, prefs)
    for slug in ("energy", "hydropower", "security"):
        click_navigator(qtbot, window, "theme", slug)
        expected = seeded.fact_ids(FactQuery(themes=(slug,)))
        qtbot.waitUntil(lambda e=expected: window.model.keys() == e, timeout=5000)
        shown = window.navigator.item_for("theme", slug).text(1)  # type: ignore[union-attr]
        assert shown == str(len(expected)), slug
    assert seeded.counts_by_theme()["energy"] < len(seeded.fact_ids(FactQuery(themes=("energy",))))
    window.close()


def test_many_events_are_grouped_by_year_and_the_filter_box_finds_one(
    qtbot: QtBot, seeded: Store, prefs: Prefs
) -> None:
    for n in range(40):
        seeded.save_event(
            f"Consultations round {n}", start_date=dt.date(2010 + n % 8, 3, 1 + n % 28)
        )
    window = open_window(qtbot, seeded, prefs)
    nav = window.navigator
    years = children(nav.item_for("event", "Consultations round 0").parent().parent())  # type: ignore[union-attr]
    assert len(years) >= 8
    assert years[0].text(0) == "2025" and years[0].isExpanded()  # the seed's summit year
    assert not any(y.isExpanded() for y in years[1:])
    assert nav.item_for("marking", "SECRET").parent().isExpanded()  # type: ignore[union-attr]

    assert nav.filter_box is not None
    nav.filter_box.setText("round 17")
    target = nav.item_for("event", "Consultations round 17")
    assert target is not None and not target.isHidden()
    assert target.parent().isExpanded() and not target.parent().isHidden()  # type: ignore[union-attr]
    assert nav.item_for("event", "Consultations round 16").isHidden()  # type: ignore[union-attr]
    assert nav.item_for("country", "TJ").isHidden()  # type: ignore[union-attr]
    click_navigator(qtbot, window, "event", "Consultations round 17")
    wait_loaded(qtbot, window)
    assert window.navigator.filters().events == ("Consultations round 17",)
    nav.filter_box.clear()
    assert not nav.item_for("country", "TJ").isHidden()  # type: ignore[union-attr]
    window.close()


# Two bases at once: the PostgreSQL parameter has one test database, so SQLite only.
@pytest.mark.sqlite_only
def test_the_builder_reopens_the_last_dossier_of_its_database(
    qtbot: QtBot, seeded: Store, store: Store, prefs: Prefs
) -> None:
    window = open_window(qtbot, seeded, prefs)
    name = next(n for n, _ in seeded.specs() if n.endswith("(EN)"))
    window.open_spec(name)
    window.builder.close()  # type: ignore[union-attr]
    window.close()

    again = open_window(qtbot, seeded, Prefs.at(prefs.qsettings.fileName()))
    assert again.show_builder().spec_name.currentText() == name
    again.builder.close()  # type: ignore[union-attr]
    again.close()

    store.add(FactDraft("Energy talks were held in Paris.", themes=["energy"], countries=["FR"]))
    other = open_window(qtbot, store, Prefs.at(prefs.qsettings.fileName()))
    assert other.show_builder().spec_name.currentText() == ""
    other.builder.close()  # type: ignore[union-attr]
    other.close()
