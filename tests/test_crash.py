"""kill -9 during an import with a concurrent writer, an export and a first start: a few
rounds of tools/crash_rounds.py (run it for many; its numbers are in the issue's note)."""

from __future__ import annotations

from tools.crash_rounds import run


def test_kill_9_loses_and_damages_nothing() -> None:
    rounds = {"import": 3, "pdf": 2, "docx": 2, "init": 2}
    tally = run(rounds, facts=1500, series=3, seed=11)
    assert tally.rounds == rounds
    assert tally.problems == []
    assert tally.failures() == 0
    assert tally.imports_whole + tally.imports_absent == 3
    assert tally.acknowledged > 0  # the concurrent writer did get writes in
