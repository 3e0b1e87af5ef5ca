"""tools/update_translations.py: rerunning lupdate keeps every translation (fr, ru), plurals
included, whatever lupdate makes of them."""

from __future__ import annotations

import importlib.util
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
TOOL = ROOT / "tools" / "update_translations.py"


def load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("update_translations", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_rerun_keeps_every_translation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tool = load_tool()
    if shutil.which(tool.tool("pyside6-lupdate")) is None:
        pytest.skip("pyside6-lupdate is not installed")
    for ts in (ROOT / "briefing" / "gui" / "translations").glob("*.ts"):
        shutil.copy(ts, tmp_path / ts.name)
    tool.TRANSLATIONS = tmp_path  # refresh copies, never the shipped files
    assert tool.main() == 0
    out = capsys.readouterr().out
    assert "fr: 0 string(s) without a translation" in out
    assert "ru: 0 string(s) without a translation" in out
    assert (tmp_path / "briefing_ru.qm").stat().st_size > 10_000
    # every plural keeps its translated forms (PySide6 6.11's lupdate turned plurals
    # written with QCoreApplication.translate into untranslated singulars)
    shipped = ROOT / "briefing" / "gui" / "translations"
    for ts in shipped.glob("*.ts"):
        assert tool.plural_forms(tmp_path / ts.name) == tool.plural_forms(ts), ts.name


CODE = """
from PySide6.QtCore import QCoreApplication, QObject

class ListFlows:
    def count(self, n):
        return QCoreApplication.translate("MainWindow", "%Ln facts shown", "", n)

class Dialog(QObject):
    def gone(self, n):
        return self.tr("Deleted %n facts", "", n), self.tr("plain")
"""

# What PySide6 6.11's lupdate writes for CODE over a file that had the plural translated:
# the old plural retired ("vanished"), a new singular message in its place.
AFTER_LUPDATE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln facts shown</source>
        <translation type="vanished">
            <numerusform>показан %Ln факт</numerusform>
            <numerusform>показано %Ln факта</numerusform>
            <numerusform>показано %Ln фактов</numerusform>
        </translation>
    </message>
    <message>
        <source>%Ln facts shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialog</name>
    <message>
        <source>plain</source>
        <translation>простой</translation>
    </message>
</context>
</TS>
"""


def test_plural_calls_are_found_in_both_forms(tmp_path: Path) -> None:
    source = tmp_path / "flows.py"
    source.write_text(CODE, encoding="utf-8")
    assert load_tool().plural_calls([source]) == {
        ("MainWindow", "%Ln facts shown"),
        ("Dialog", "Deleted %n facts"),
    }


def test_a_retired_plural_comes_back_with_its_forms_and_a_new_one_waits(tmp_path: Path) -> None:
    updater = load_tool()
    ts = tmp_path / "briefing_ru.ts"
    ts.write_text(AFTER_LUPDATE, encoding="utf-8")
    before = {
        ("MainWindow", "%Ln facts shown"): [
            "показан %Ln факт",
            "показано %Ln факта",
            "показано %Ln фактов",
        ]
    }
    calls = {("MainWindow", "%Ln facts shown"), ("Dialog", "Deleted %n facts")}
    assert updater.restore_plurals(ts, calls, before, 3) == 2
    messages = {
        (c.findtext("name"), m.findtext("source")): m
        for c in ET.parse(ts).getroot().iter("context")
        for m in c.iter("message")
    }
    shown = messages[("MainWindow", "%Ln facts shown")]
    assert shown.get("numerus") == "yes"
    assert [f.text for f in shown.iter("numerusform")] == before[("MainWindow", "%Ln facts shown")]
    assert shown.find("translation").get("type") is None  # compiled by lrelease
    assert sum(1 for c, s in messages if s == "%Ln facts shown") == 1
    new = messages[("Dialog", "Deleted %n facts")]
    assert new.get("numerus") == "yes" and len(list(new.iter("numerusform"))) == 3
    assert updater.untranslated(ts)[0] == ["Deleted %n facts"]  # waits for a translator
    assert messages[("Dialog", "plain")].findtext("translation") == "простой"
    assert updater.restore_plurals(ts, calls, before, 3) == 0  # a second pass changes nothing
