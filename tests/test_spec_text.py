"""A spec's own words (cover lines, written sections) pass the same door as facts."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.dossier.spec import COVER_LIMITS, MAX_TEXT, DossierSpec, SectionSpec
from briefing.errors import ValidationError
from briefing.store import Store

BASE = DossierSpec(sections=(SectionSpec("text", title="Purpose", text="Why we go."),))


def _errors(spec: DossierSpec) -> list[str]:
    with pytest.raises(ValidationError) as caught:
        spec.check()
    return [str(e) for e in caught.value.errors]


@pytest.mark.parametrize("field", sorted(COVER_LIMITS))
@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("bad \x1b[2J escape", "cannot be printed (U+001B)"),
        ("lone \ud800 surrogate", "cannot be printed (U+D800)"),
    ],
)
def test_cover_lines_refuse_what_cannot_print(field: str, value: str, message: str) -> None:
    errors = _errors(BASE.__class__(**{**BASE.__dict__, field: value}))
    assert len(errors) == 1 and errors[0].startswith(f"{field}: ") and message in errors[0]


@pytest.mark.parametrize(("field", "limit"), sorted(COVER_LIMITS.items()))
def test_cover_lines_have_limits(field: str, limit: int) -> None:
    DossierSpec(**{**BASE.__dict__, field: "x" * limit}).check()
    errors = _errors(DossierSpec(**{**BASE.__dict__, field: "x" * (limit + 1)}))
    assert errors == [f"{field}: is longer than {limit} characters"]


def test_written_sections_are_checked() -> None:
    spec = BASE.with_sections(
        [
            SectionSpec("text", title="Pur\x00pose", text="ok"),
            SectionSpec("text", title="Key messages", text="- a\n- \ufffe b"),
            SectionSpec("text", title="Long", text="x" * (MAX_TEXT + 1)),
        ]
    )
    assert _errors(spec) == [
        "sections[0].title: contains a character that cannot be printed (U+0000)",
        "sections[1].text: contains a character that cannot be printed (U+FFFE)",
        f"sections[2].text: is longer than {MAX_TEXT} characters",
    ]


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"title": 5}, "title"),
        ({"subtitle": ["a"]}, "subtitle"),
        ({"countries": "TJ"}, "countries"),
        ({"themes": [1]}, "themes"),
        ({"include_background": "yes"}, "include_background"),
        ({"max_marking": {"code": "SECRET"}}, "max_marking"),
        ({"event": ["a"]}, "event"),
        ({"sections": [{"kind": "text", "title": 3, "text": "x"}]}, "sections[0].title"),
        ({"sections": [{"kind": "text", "title": "t", "text": ["x"]}]}, "sections[0].text"),
        ({"sections": [{"kind": "facts", "facts": "abc"}]}, "sections[0].facts"),
        ({"sections": [{"kind": "shared", "min_countries": "2"}]}, "sections[0].min_countries"),
        ({"sections": [{"kind": "shared", "min_countries": True}]}, "sections[0].min_countries"),
        ({"date": "2025-13-01"}, "date"),
    ],
)
def test_json_shapes_are_not_coerced(data: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        DossierSpec.from_json({"sections": [{"kind": "figures"}], **data})
    assert [e.field for e in caught.value.errors] == [field]


def test_specs_import_answers_in_one_line_and_saves_nothing(
    tmp_path: Path, store: Store, store_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = store_url
    path = tmp_path / "spec.json"
    path.write_text(
        json.dumps(
            {
                "name": "bad",
                "title": "Brief \u001b]0;pwned\u0007",
                "sections": [{"kind": "figures"}],
            }
        ),
        encoding="utf-8",
    )
    assert main(["--db", db, "specs", "import", str(path)], out=StringIO()) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "title:" in err and "U+001B" in err
    assert store.specs() == []


def test_export_title_option_is_checked(store: Store, tmp_path: Path) -> None:
    db = str(store.engine.url.database)
    out = tmp_path / "x.pdf"
    status = main(["--db", db, "export", "-o", str(out), "--title", "a\x07b"], out=StringIO())
    assert status == 2 and not out.exists()
