"""The GUI export names what no font can print, as the CLI does (issue 8)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from briefing.dossier.layouts import by_theme
from briefing.dossier.spec import DossierSpec
from briefing.gui import i18n
from briefing.gui.export import ExportTask
from briefing.gui.jobs import JobRunner
from briefing.store import FactDraft, Store
from tests.gui.conftest import Dialogs

EVENT = "Second Central Asia – Russia summit"


def test_export_warns_about_characters_no_font_prints(
    qtbot: QtBot, seeded: Store, tmp_path: Path, dialogs: Dialogs
) -> None:
    fact = seeded.add(FactDraft(statement="Accord conclu 🤝 à Douchanbé.", language="fr",
                                themes=["energy"], countries=["TJ"], event=EVENT))  # fmt: skip
    spec = by_theme(seeded, DossierSpec(title="Brief", event=EVENT))
    runner = JobRunner(1)
    target = tmp_path / "brief.pdf"
    task = ExportTask(seeded, spec, target, "pdf", runner)
    with qtbot.waitSignal(task.finished, timeout=60_000):
        task.start()
    assert [m.fact for m in task.missing] == [fact.uuid]
    assert dialogs.kinds() == ["warning", "export_done"]
    assert f"fact {fact.uuid[:8]}: 🤝" in dialogs.asked[0][1]
    assert dialogs.exported == [target]


def test_the_warning_names_each_item_in_the_interface_language(
    qtbot: QtBot, qapp: QApplication, seeded: Store, tmp_path: Path, dialogs: Dialogs
) -> None:
    fact = seeded.add(FactDraft(statement="Соглашение 🤝 подписано.", language="ru",
                                themes=["energy"], countries=["TJ"], event=EVENT))  # fmt: skip
    spec = by_theme(seeded, DossierSpec(title="Справка 🧭", event=EVENT, language="ru"))
    translators = i18n.install(qapp, "ru")
    try:
        task = ExportTask(seeded, spec, tmp_path / "brief.pdf", "pdf", JobRunner(1))
        with qtbot.waitSignal(task.finished, timeout=60_000):
            task.start()
    finally:
        i18n.remove(qapp, translators)
    warning = dialogs.asked[0][1]
    assert f"факт {fact.uuid[:8]}: 🤝" in warning
    assert "заголовок: 🧭" in warning
    assert "fact " not in warning and "the title" not in warning
