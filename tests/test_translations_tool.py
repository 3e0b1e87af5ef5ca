"""tools/update_translations.py: rerunning lupdate keeps every translation (fr, ru)."""

from __future__ import annotations

import importlib.util
import shutil
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
