"""tools/check_seed.py, run as its README line runs it: the shipped seed passes, and a
seed broken in one place fails naming that place (record, locator, field)."""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
TOOL = ROOT / "tools" / "check_seed.py"
SEED = ROOT / "resources" / "seed" / "dushanbe-summit-2025.json"

Seed = dict[str, Any]


def run(seed: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(TOOL), str(seed)], capture_output=True, text=True, timeout=120
    )


def shipped() -> Seed:
    data: Seed = json.loads(SEED.read_text(encoding="utf-8"))
    return data


def write(tmp_path: Path, seed: Seed) -> Path:
    article = SEED.parent / seed["source"]["text_file"]
    shutil.copy(article, tmp_path / article.name)
    path = tmp_path / "seed.json"
    path.write_text(json.dumps(seed, ensure_ascii=False), encoding="utf-8")
    return path


def test_the_shipped_seed_passes() -> None:
    result = run(SEED)
    assert result.returncode == 0, result.stdout
    assert result.stdout.rstrip().endswith("OK")
    assert "0 error(s)" in result.stdout


def _quote(seed: Seed) -> None:
    seed["facts"][3]["source"]["quote"] += " (ajouté)"


def _translation(seed: Seed) -> None:
    seed["facts"][5]["translations"].pop("ru")


def _speaker(seed: Seed) -> None:
    seed["facts"][7]["speaker"] = {"person": "Nobody Known"}


def _figure(seed: Seed) -> None:
    seed["facts"][10]["figures"] = [{"value": "45", "label": "x", "unit": "EUROS"}]


def _theme(seed: Seed) -> None:
    seed["themes"][0]["slug"] = "Bad Slug"


def _spec(seed: Seed) -> None:
    seed["specs"][0]["spec"]["sections"][0]["kind"] = "appendix"


def _note(seed: Seed) -> None:
    seed["country_notes"][0]["marking"] = "TOP"


BREAKS: list[tuple[Callable[[Seed], None], str]] = [
    (_quote, "quote not verbatim in its paragraph"),
    (_translation, "missing 'ru' translation"),
    (_speaker, "speaker person 'Nobody Known' is not defined"),
    (_figure, "figures[0]: value must be a JSON number, got '45'"),
    (_theme, "slug must be lower-case words joined by '-'"),
    (_spec, "sections[0]: kind must be one of"),
    (_note, "country_notes[0]"),
]


@pytest.mark.parametrize(("breaks", "named"), BREAKS, ids=[b.__name__[1:] for b, _ in BREAKS])
def test_one_broken_record_fails_and_is_named(
    tmp_path: Path, breaks: Callable[[Seed], None], named: str
) -> None:
    seed = copy.deepcopy(shipped())
    breaks(seed)
    result = run(write(tmp_path, seed))
    assert result.returncode == 1
    errors = [line for line in result.stdout.splitlines() if line.startswith("ERROR")]
    assert errors, result.stdout
    assert any(named in line for line in errors), errors
    assert result.stdout.rstrip().endswith("FAILED")
