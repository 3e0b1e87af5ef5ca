"""Quotes that stay true (issue 13): one check for `facts check`, the form and an export."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.dossier.assemble import assemble
from briefing.dossier.export import export
from briefing.dossier.layouts import by_theme
from briefing.dossier.spec import DossierSpec, SectionSpec
from briefing.ingest.quote_check import (
    check_facts,
    quote_problem,
    quote_problems,
    warning_line,
)
from briefing.store import FactDraft, Store

EVENT = "Second Central Asia – Russia summit"


def _run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), out=out), out.getvalue()


def _edit(store: Store, uuid: str, **changes: str) -> None:
    record = store.get(uuid)
    draft = record.to_draft()
    for name, value in changes.items():
        setattr(draft, name, value)
    store.update(uuid, draft, record.version)


def _seed_fact(store: Store, index: int) -> str:
    return check_facts(store)[index][0].uuid


def test_an_edited_quote_and_a_wrong_locator_are_the_two_problems(seeded: Store) -> None:
    retyped, moved, fine = (_seed_fact(seeded, i) for i in (3, 5, 7))
    quote = seeded.get(retyped).source.quote or ""
    _edit(seeded, retyped, quote=quote.replace("sommet", "forum", 1))
    _edit(seeded, moved, locator="§7")

    problem = quote_problem(seeded, retyped)
    assert problem is not None
    assert (problem.kind, problem.found_at) == ("quote-not-found", None)
    assert problem.source.startswith("Deuxième sommet")
    elsewhere = quote_problem(seeded, moved)
    assert elsewhere is not None
    assert (elsewhere.kind, elsewhere.locator, elsewhere.found_at) == (
        "locator-elsewhere",
        "§7",
        "§2",
    )
    assert quote_problem(seeded, fine) is None
    # a set: in the order asked, facts without a stored text or unknown passed over
    plain = seeded.add(FactDraft(statement="No source here.", themes=["energy"]))
    asked = [moved, plain.uuid, fine, "not-a-fact", retyped]
    assert [p.fact for p in quote_problems(seeded, asked)] == [moved, retyped]
    assert {p.fact for p in quote_problems(seeded)} == {moved, retyped}


def test_quotes_retyped_with_other_marks_and_spaces_still_match(seeded: Store) -> None:
    uuid = _seed_fact(seeded, 5)
    quote = seeded.get(uuid).source.quote or ""
    assert "«" in quote and "’" in quote
    retyped = quote.replace("« ", '"').replace(" »", '"').replace("’", "'").replace(" ", "  ")
    _edit(seeded, uuid, quote=retyped)
    assert quote_problem(seeded, uuid) is None


def test_facts_check_lists_the_edited_quote(seeded: Store, seeded_url: str) -> None:
    uuid = _seed_fact(seeded, 3)
    _edit(seeded, uuid, quote="une phrase que l’article ne contient pas")
    code, out = _run("--db", seeded_url, "facts", "check", "--format", "json")
    assert code == 1
    report = json.loads(out)
    assert report["checked"] == 58
    assert [(m["id"], m["kind"]) for m in report["mismatches"]] == [(uuid, "quote-not-found")]
    code, out = _run("--db", seeded_url, "facts", "check")
    assert code == 1 and uuid[:8] in out and "1 mismatches" in out


def test_cli_export_warns_in_one_line_and_still_writes(
    seeded: Store, seeded_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    retyped, moved = _seed_fact(seeded, 3), _seed_fact(seeded, 5)
    _edit(seeded, retyped, quote="une phrase que l’article ne contient pas")
    _edit(seeded, moved, locator="§7")
    target = tmp_path / "brief.pdf"
    code, out = _run("--db", seeded_url, "export", "-o", str(target), "--format", "json")
    assert code == 0 and target.stat().st_size > 10_000
    err = capsys.readouterr().err.strip().splitlines()
    quote_lines = [line for line in err if "quote" in line]
    assert len(quote_lines) == 1
    assert retyped[:8] in quote_lines[0] and moved[:8] in quote_lines[0]
    assert "locator §7 but the quote is in §2" in quote_lines[0]
    summary = json.loads(out)
    assert {(q["fact"], q["kind"]) for q in summary["quotes"]} == {
        (retyped, "quote-not-found"),
        (moved, "locator-elsewhere"),
    }


@pytest.mark.sqlite_only
def test_a_correct_seed_exports_without_a_warning(
    seeded_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "brief.docx"
    code, out = _run("--db", str(seeded_path), "export", "-o", str(target), "--format", "json")
    assert code == 0 and target.exists()
    assert json.loads(out)["quotes"] == []
    assert capsys.readouterr().err == ""


def test_export_result_names_only_the_facts_it_prints(seeded: Store, tmp_path: Path) -> None:
    retyped = _seed_fact(seeded, 3)
    _edit(seeded, retyped, quote="une phrase que l’article ne contient pas")
    spec = by_theme(seeded, DossierSpec(title="Brief", event=EVENT))
    result = export(seeded, spec, tmp_path / "brief.pdf", "pdf")
    assert [q.fact for q in result.warnings.quotes] == [retyped]
    assert result.path.exists() and bool(result.warnings)
    # a pack that does not print the fact says nothing about it
    others = [u for u in result.dossier.fact_ids() if u != retyped][:3]
    small = spec.with_sections([SectionSpec("facts", title="Picked", facts=tuple(others))])
    assert export(seeded, small, tmp_path / "small.pdf", "pdf").warnings.quotes == ()


def test_a_key_point_printed_nowhere_else_is_checked(seeded: Store) -> None:
    uuid = _seed_fact(seeded, 3)
    record = seeded.get(uuid)
    draft = record.to_draft()
    draft.is_key = True
    draft.quote = "une phrase que l’article ne contient pas"
    seeded.update(uuid, draft, record.version)
    spec = DossierSpec(title="Brief", event=EVENT).with_sections([SectionSpec("key-points")])
    dossier = assemble(spec, seeded)
    assert dossier.fact_count() == 0 and uuid in dossier.fact_ids()
    assert [p.fact for p in quote_problems(seeded, dossier.fact_ids())] == [uuid]


def test_warning_line_counts_and_shortens() -> None:
    from briefing.ingest.quote_check import QuoteProblem

    problems = [
        QuoteProblem(f"{i:08d}-0000", "quote-not-found", "S", "q", "§1", None, "") for i in range(7)
    ]
    line = warning_line(problems)
    assert line.startswith("7 facts' quotes or locators no longer match their sources")
    assert "00000004" in line and "00000005" not in line and line.endswith("and 2 more")
    assert "\n" not in line and warning_line([]) == ""
