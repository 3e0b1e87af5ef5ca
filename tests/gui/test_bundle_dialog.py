"""File > Import a bundle… reviews the dry run and asks per conflict; Export asks the ceiling."""

from __future__ import annotations

import copy
import json
import threading
import uuid
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QLabel, QMenu
from pytestqt.qtbot import QtBot

from briefing.gui import bundle_dialog
from briefing.gui.bundle_dialog import KEEP, TAKE, BundleExportDialog, BundleImportDialog
from briefing.gui.import_progress import ProgressPanel
from briefing.gui.mainwindow import MainWindow
from briefing.store import Store, bulk
from briefing.store.exchange import Scope


def bundle_of(store: Store) -> dict[str, Any]:
    return store.export_bundle(Scope())


def settled(qtbot: QtBot, dialog: BundleImportDialog) -> BundleImportDialog:
    """Wait for the dry run or the import running on the dialog's worker."""
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20_000)
    return dialog


def test_review_then_import_takes_each_conflict_as_chosen(
    qtbot: QtBot, seeded: Store, tmp_path: Path
) -> None:
    data = bundle_of(seeded)
    first, second = data["facts"][0], data["facts"][1]
    first["statement"] = "The bundle's first statement."
    second["statement"] = "The bundle's second statement."
    new = copy.deepcopy(data["facts"][2])
    new["id"] = str(uuid.uuid4())
    new["statement"] = "A fact only the bundle has."
    data["facts"].append(new)
    before = seeded.count()

    dialog = BundleImportDialog(seeded, tmp_path / "trip.json", data)
    qtbot.addWidget(dialog)
    settled(qtbot, dialog)
    assert seeded.count() == before  # the dry run wrote nothing
    assert dialog.report is not None
    assert {c.ident for c in dialog.report.conflicts} == {first["id"], second["id"]}
    assert "new facts to add: 1;" in dialog.summary.text()
    labels = [w.text() for w in dialog.findChildren(QLabel)]
    assert "The bundle's first statement." in labels  # both versions shown side by side
    assert seeded.get(first["id"]).statement in labels

    dialog.choose(first["id"], TAKE)
    dialog.choose(second["id"], KEEP)
    dialog.import_button.click()
    settled(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert seeded.get(first["id"]).statement == "The bundle's first statement."
    assert seeded.get(second["id"]).statement != "The bundle's second statement."
    assert seeded.get(new["id"]).statement == "A fact only the bundle has."
    assert seeded.count() == before + 1
    assert seeded.revisions(first["id"])[0][2] == "import"  # the replaced version kept


def test_a_save_during_review_stops_the_import(qtbot: QtBot, seeded: Store, tmp_path: Path) -> None:
    data = bundle_of(seeded)
    data["facts"][0]["statement"] = "The bundle's statement."
    dialog = settled(qtbot, BundleImportDialog(seeded, tmp_path / "trip.json", data))
    qtbot.addWidget(dialog)
    other = seeded.get(data["facts"][1]["id"])  # someone edits another fact meanwhile
    draft = other.to_draft()
    draft.statement = "Edited here during the review."
    seeded.update(other.uuid, draft, other.version)
    dialog.choose(data["facts"][0]["id"], TAKE)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: "changed while you reviewed" in dialog.summary.text(), timeout=20_000)
    settled(qtbot, dialog)  # the review shown again, with the new conflict
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "changed while you reviewed" in dialog.summary.text()
    assert seeded.get(other.uuid).statement == "Edited here during the review."
    assert seeded.get(data["facts"][0]["id"]).statement != "The bundle's statement."


def test_a_bad_record_is_named_and_nothing_can_be_imported(
    qtbot: QtBot, seeded: Store, tmp_path: Path
) -> None:
    data = bundle_of(seeded)
    data["facts"][3]["themes"] = ["no-such-theme-anywhere"]
    dialog = BundleImportDialog(seeded, tmp_path / "bad.json", data)
    qtbot.addWidget(dialog)
    settled(qtbot, dialog)
    assert "facts[3].themes" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()


def test_export_asks_the_ceiling_and_narrows_to_the_selection(
    qtbot: QtBot, seeded: Store, tmp_path: Path
) -> None:
    theme = seeded.facts()[0].themes[0]
    dialog = BundleExportDialog(seeded, themes=[theme])
    qtbot.addWidget(dialog)
    assert dialog.ceiling.currentData() == "UNCLASSIFIED"
    path = tmp_path / "out.json"
    dialog.write(path)
    written = json.loads(path.read_text(encoding="utf-8"))
    assert written["ceiling"] == "UNCLASSIFIED"
    assert written["facts"] and all(f["marking"] == "UNCLASSIFIED" for f in written["facts"])
    everything = bundle_of(seeded)["facts"]
    assert len(written["facts"]) < len(everything)
    box, _values = dialog.filters["themes"]
    box.setChecked(False)  # the selection is a suggestion, not a must
    dialog.write(path)
    assert len(json.loads(path.read_text(encoding="utf-8"))["facts"]) == len(everything)


def test_file_menu_offers_both(window: MainWindow) -> None:
    file_menu = window.menuBar().findChildren(QMenu)[0]
    names = [a.text() for a in file_menu.actions()]
    assert "&Import a bundle…" in names and "E&xport a bundle…" in names


def test_round_trip_through_the_file_menu(
    qtbot: QtBot, window: MainWindow, seeded: Store, tmp_path: Path, monkeypatch: Any
) -> None:
    path = tmp_path / "trip.json"
    monkeypatch.setattr(BundleExportDialog, "exec", lambda _self: 1)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(path), ""))
    assert bundle_dialog.export_from(window) == path
    data = json.loads(path.read_text(encoding="utf-8"))
    data["facts"][0]["statement"] = "Brought back from the trip."
    path.write_text(json.dumps(data), encoding="utf-8")

    def review(dialog: BundleImportDialog) -> int:
        settled(qtbot, dialog)
        dialog.choose(data["facts"][0]["id"], TAKE)
        dialog.import_button.click()
        settled(qtbot, dialog)
        return int(dialog.result())

    monkeypatch.setattr(BundleImportDialog, "exec", review)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))
    report = bundle_dialog.import_into(window)
    assert report is not None and len(report.conflicts) == 1
    assert seeded.get(data["facts"][0]["id"]).statement == "Brought back from the trip."
    assert "Bundle imported" in window.statusBar().currentMessage()


def grown(store: Store, extra: int) -> dict[str, Any]:
    """The base's bundle plus ``extra`` facts only the bundle has (one conflict kept)."""
    data = bundle_of(store)
    data["facts"][0]["statement"] = "The bundle's version of the first fact."
    template = data["facts"][2]
    for n in range(extra):
        fact = copy.deepcopy(template)
        fact["id"] = str(uuid.uuid4())
        fact["statement"] = f"Fact number {n} brought by the bundle."
        data["facts"].append(fact)
    return data


def test_bundle_progress_counts_every_fact_up_to_the_total(
    qtbot: QtBot, seeded: Store, tmp_path: Path, monkeypatch: Any
) -> None:
    reports: list[tuple[int, int]] = []
    busy: list[tuple[int, str]] = []  # (bar maximum, line) once writing starts
    real = ProgressPanel.report

    def record(panel: ProgressPanel, done: int, total: int) -> None:
        reports.append((done, total))
        real(panel, done, total)
        if (done, total) == (0, 0):
            busy.append((panel.bar.maximum(), panel.label.text()))

    monkeypatch.setattr(ProgressPanel, "report", record)
    data = grown(seeded, 700)
    dialog = settled(qtbot, BundleImportDialog(seeded, tmp_path / "big.json", data))
    qtbot.addWidget(dialog)
    total = len(data["facts"])
    counted = [r for r in reports if r != (0, 0)]
    assert counted[-1] == (total, total)  # the dry run compared them all
    assert len({done for done, _ in counted}) > 2  # and said so on the way
    assert [done for done, _ in counted] == sorted(done for done, _ in counted)
    # then it tries the writing out: no count, so the bar is busy, not sitting full
    assert reports[-1] == (0, 0)
    assert busy == [(0, "Trying the import out (nothing is kept)…")]
    assert "700" in dialog.summary.text()
    assert dialog.progress.isHidden()

    reports.clear()
    busy.clear()
    dialog.import_button.click()
    settled(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    counted = [r for r in reports if r != (0, 0)]
    assert counted[-1] == (total - 1, total - 1)  # the conflict kept is not imported
    assert busy[-1] == (0, "Writing the facts…")
    assert seeded.count() == len(bundle_of(seeded)["facts"])


def test_cancelled_import_leaves_the_base_unchanged(
    qtbot: QtBot, seeded: Store, tmp_path: Path, monkeypatch: Any
) -> None:
    """Cancel pressed while the import writes: the rows it inserted roll back."""
    data = grown(seeded, 300)
    first = data["facts"][0]["id"]
    before_count = seeded.count()
    before_statement = seeded.get(first).statement
    dialog = settled(qtbot, BundleImportDialog(seeded, tmp_path / "trip.json", data))
    qtbot.addWidget(dialog)
    dialog.choose(first, TAKE)

    writing, go_on = threading.Event(), threading.Event()
    calls = 0
    real = bulk.insert_facts

    def held(*args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        result = real(*args, **kwargs)
        if calls == 2:  # the import itself (the first call is the check's dry run)
            writing.set()
            go_on.wait(20)
        return result

    monkeypatch.setattr(bulk, "insert_facts", held)
    dialog.import_button.click()
    qtbot.waitUntil(writing.is_set, timeout=20_000)
    assert not dialog.progress.isHidden() and dialog.progress.cancel.isEnabled()
    dialog.progress.cancel.click()
    go_on.set()
    settled(qtbot, dialog)

    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.imported is None
    assert "nothing was imported" in dialog.summary.text()
    assert seeded.count() == before_count
    assert seeded.get(first).statement == before_statement
    assert not {f["id"] for f in data["facts"][-300:]} & {f.uuid for f in seeded.facts()}
    # the review stays: importing again works
    monkeypatch.setattr(bulk, "insert_facts", real)
    dialog.import_button.click()
    settled(qtbot, dialog)
    assert seeded.count() == before_count + 300


def test_cancel_during_the_dry_run_closes_without_importing(
    qtbot: QtBot, seeded: Store, tmp_path: Path, monkeypatch: Any
) -> None:
    data = grown(seeded, 300)
    before = seeded.count()
    comparing, go_on = threading.Event(), threading.Event()
    real = Store.merge_bundle

    def held(store: Store, *args: Any, **kwargs: Any) -> Any:
        comparing.set()
        go_on.wait(20)
        return real(store, *args, **kwargs)

    monkeypatch.setattr(Store, "merge_bundle", held)
    dialog = BundleImportDialog(seeded, tmp_path / "trip.json", data)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(comparing.is_set, timeout=20_000)
    dialog.reject()  # the dialog's Cancel while the dry run runs
    go_on.set()
    settled(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Rejected
    assert dialog.imported is None and dialog.report is None
    assert seeded.count() == before
