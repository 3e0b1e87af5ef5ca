"""The form flags a saved quote its source no longer holds; the export names such facts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from briefing.dossier.layouts import by_theme
from briefing.dossier.spec import DossierSpec
from briefing.gui.export import ExportTask
from briefing.gui.jobs import JobRunner
from briefing.gui.mainwindow import MainWindow
from briefing.ingest.quote_check import check_facts
from briefing.store import FactDraft, Store
from tests.gui.conftest import Dialogs
from tests.gui.helpers import select_key

EVENT = "Second Central Asia – Russia summit"
WRONG = "une phrase que l’article ne contient pas"


def _edit(store: Store, uuid: str, **changes: str) -> None:
    record = store.get(uuid)
    draft = record.to_draft()
    for name, value in changes.items():
        setattr(draft, name, value)
    store.update(uuid, draft, record.version)


def test_form_flags_a_quote_not_in_its_source_and_clears_once_fixed(
    qtbot: QtBot, window: MainWindow, seeded: Store
) -> None:
    checked = [f.uuid for f, _ in check_facts(seeded)]
    broken, moved, fine = checked[3], checked[5], checked[7]
    good_quote = seeded.get(broken).source.quote or ""
    _edit(seeded, broken, quote=WRONG)
    _edit(seeded, moved, locator="§7")
    flag = window.form.quote_flag

    select_key(qtbot, window, seeded.get(fine).key)
    assert flag.isHidden() and flag.problem is None
    select_key(qtbot, window, seeded.get(broken).key)
    assert flag.isVisible() and flag.problem is not None
    assert flag.problem.kind == "quote-not-found"
    assert "Deuxième sommet" in flag.text() and "not in the stored text" in flag.text()
    select_key(qtbot, window, seeded.get(moved).key)
    assert flag.isVisible() and "§7" in flag.text() and "§2" in flag.text()

    # the user puts the source's words back and saves: checked again, the flag goes
    select_key(qtbot, window, seeded.get(broken).key)
    window.form.quote.setPlainText(good_quote)
    qtbot.waitUntil(window.form.save_button.isEnabled, timeout=3000)
    qtbot.mouseClick(window.form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: seeded.get(broken).source.quote == good_quote, timeout=3000)
    assert flag.isHidden()


def test_new_fact_shows_no_flag(qtbot: QtBot, window: MainWindow, seeded: Store) -> None:
    checked = [f.uuid for f, _ in check_facts(seeded)]
    _edit(seeded, checked[3], quote=WRONG)
    select_key(qtbot, window, seeded.get(checked[3]).key)
    assert window.form.quote_flag.isVisible()
    window.form.new_fact(FactDraft(statement="", themes=["energy"]))
    assert window.form.quote_flag.isHidden()


def _export(qtbot: QtBot, store: Store, target: Path) -> ExportTask:
    spec = by_theme(store, DossierSpec(title="Brief", event=EVENT))
    task = ExportTask(store, spec, target, "pdf", JobRunner(1))
    with qtbot.waitSignal(task.finished, timeout=60_000):
        task.start()
    return task


def test_export_names_quotes_to_check_with_the_glyph_warning(
    qtbot: QtBot, seeded: Store, tmp_path: Path, dialogs: Dialogs
) -> None:
    broken = [f.uuid for f, _ in check_facts(seeded)][3]
    _edit(seeded, broken, quote=WRONG)
    emoji = seeded.add(FactDraft(statement="Accord conclu 🤝 à Douchanbé.", language="fr",
                                 themes=["energy"], countries=["TJ"], event=EVENT))  # fmt: skip
    task = _export(qtbot, seeded, tmp_path / "brief.pdf")
    assert [q.fact for q in task.quotes] == [broken]
    assert [m.fact for m in task.missing] == [emoji.uuid]
    assert dialogs.kinds() == ["warning", "export_done"]  # one box for both
    text = dialogs.asked[0][1]
    assert f"fact {broken[:8]}: quote not found in “Deuxième sommet" in text
    assert f"fact {emoji.uuid[:8]}: 🤝" in text


def test_a_correct_seed_exports_without_a_warning(
    qtbot: QtBot, seeded: Store, tmp_path: Path, dialogs: Dialogs
) -> None:
    task = _export(qtbot, seeded, tmp_path / "brief.pdf")
    assert task.quotes == () and task.missing == ()
    assert dialogs.kinds() == ["export_done"]
