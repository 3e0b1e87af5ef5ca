"""Dates typed as each locale writes them (briefing/dates.py), in the GUI and the CLI."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from briefing import dates
from briefing.cli import main

DAY = dt.date(2025, 10, 9)


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("09/10/2025", "fr"),
        ("9/10/2025", "fr_FR"),
        ("09/10/2025", "en"),
        ("09/10/2025", "en_GB"),
        ("10/09/2025", "en_US"),
        ("9.10.2025", "ru"),
        ("09.10.2025", "ru_RU"),
        ("09.10.25", "ru"),
        ("2025-10-09", "ru"),
        ("2025-10-09", "en_US"),
        ("9 octobre 2025", "fr"),
        ("9 oct. 2025", "fr"),
        ("9 октября 2025 г.", "ru"),
        ("9 October 2025", "en"),
        ("October 9, 2025", "en_US"),
        ("13/10/2025", "ru"),  # another separator, but only one reading
    ],
)
def test_a_date_as_the_locale_writes_it(text: str, locale: str) -> None:
    expected = dt.date(2025, 10, 13) if text.startswith("13") else DAY
    assert dates.parse_date(text, locale) == expected


@pytest.mark.parametrize(
    ("text", "locale"),
    [("09.10.2025", "en_US"), ("09/10/2025", "ru"), ("10-09-2025", "fr")],
)
def test_a_date_that_reads_two_ways_is_refused_with_the_locale_form(text: str, locale: str) -> None:
    with pytest.raises(dates.DateError) as caught:
        dates.parse_date(text, locale)
    error = caught.value.error
    assert error.code == "date_ambiguous"
    example = dates.format_numeric(dt.date.today().replace(month=12, day=31), locale)
    assert "ambiguous" in error.message and example in error.message
    assert "неоднозначна" in error.text("ru")


@pytest.mark.parametrize("text", ["31/02/2025", "9 October", "2 Nov", "1/2/202", "tomorrow"])
def test_not_a_date(text: str) -> None:
    with pytest.raises(dates.DateError) as caught:
        dates.parse_date(text, "fr")
    assert caught.value.error.code == "date_invalid"


def test_hints_and_figures_per_locale() -> None:
    assert dates.hint("fr") == "JJ/MM/AAAA" and dates.hint("fr", iso=True) == "AAAA-MM-JJ"
    assert dates.hint("ru") == "ДД.ММ.ГГГГ"
    assert dates.hint("en_US") == "MM/DD/YYYY" and dates.hint("en") == "DD/MM/YYYY"
    assert dates.format_numeric(DAY, "ru") == "09.10.2025"
    assert dates.format_numeric(DAY, "en_US") == "10/09/2025"
    assert dates.parse_date("", "fr") is None


def test_the_cli_reads_the_terminals_locale(
    seeded_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_TIME", raising=False)
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    out = io.StringIO()
    args = ["--db", str(seeded_path), "facts", "add", "--statement", "Встреча.", "--theme",
            "energy", "--country", "TJ", "--language", "ru", "--date", "9.10.2025"]  # fmt: skip
    assert main(args, out) == 0
    new_id = out.getvalue().strip()
    listed = io.StringIO()
    main(["--db", str(seeded_path), "facts", "show", new_id, "--format", "json"], listed)
    shown = json.loads(listed.getvalue())
    assert shown["facts"][0]["date"] == "2025-10-09"
    args[-1] = "09/10/2025"  # a slash in a Russian locale: day or month first?
    assert main(args, io.StringIO()) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "ambiguous" in err and "31.12." in err
