"""Exports in a child process: cancelled at once, nothing written, errors carried back."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.dossier.layouts import by_country
from briefing.dossier.output import ExportCancelled
from briefing.dossier.spec import DossierSpec
from briefing.errors import UserFacingError
from briefing.gui.export_process import can_run_apart, export_apart
from briefing.store import Store


def spec_of(store: Store) -> DossierSpec:
    return by_country(store, DossierSpec(title="Brief", event=store.events()[0].name))


def test_a_child_export_writes_the_file_and_reports_progress(seeded: Store, tmp_path: Path) -> None:
    target = tmp_path / "brief.pdf"
    seen: list[tuple[int, int]] = []
    facts: list[int] = []
    written = export_apart(
        seeded,
        spec_of(seeded).to_json(),
        target,
        "pdf",
        lambda d, t: seen.append((d, t)),
        lambda: False,
        facts.append,
    )
    assert written == target and target.read_bytes().startswith(b"%PDF")
    assert facts and facts[0] > 0
    assert seen and seen[-1][0] == seen[-1][1] > 0  # determinate, and reaches its end


def test_cancelling_ends_the_child_and_keeps_the_earlier_file(
    seeded: Store, tmp_path: Path
) -> None:
    target = tmp_path / "brief.pdf"
    target.write_bytes(b"an earlier export")
    polls = iter([False, False, True])
    with pytest.raises(ExportCancelled):
        export_apart(
            seeded,
            spec_of(seeded).to_json(),
            target,
            "pdf",
            lambda d, t: None,
            lambda: next(polls, True),
        )
    assert target.read_bytes() == b"an earlier export"
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_a_user_error_in_the_child_comes_back_as_one(seeded: Store, tmp_path: Path) -> None:
    folder = tmp_path / "a-folder.pdf"
    folder.mkdir()
    assert can_run_apart(seeded)
    with pytest.raises(UserFacingError, match="folder"):
        export_apart(
            seeded, spec_of(seeded).to_json(), folder, "pdf", lambda d, t: None, lambda: False
        )
