"""Importing a document through the review queue, the CLI commands, and quote checks."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from briefing.cli import main
from briefing.errors import Cancelled, ValidationError
from briefing.ingest.document_read import DocumentError, read_text
from briefing.ingest.importer import check_facts, import_document
from briefing.store import Store
from briefing.store.review import ReviewQueue

SEED_EVENT = "Second Central Asia – Russia summit"
COMMUNIQUE = (
    "Joint statement of Kazakhstan and Uzbekistan\n\n"
    "The Presidents agreed to strengthen cooperation against terrorism and extremism.\n\n"
    "Trade between Kazakhstan and Uzbekistan exceeded 4 billion US dollars in 2022.\n"
)


def _run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), out=out), out.getvalue()


def _rows(store: Store, table: str) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(text(f"select count(*) from {table}")).scalar() or 0)


def test_queue_accept_and_reject_keep_the_document_as_source(seeded: Store) -> None:
    doc = read_text(COMMUNIQUE, name="communique")
    result = import_document(seeded, doc, language="en", source_title="KZ–UZ joint statement")
    queued = result.queued
    assert len(queued) == 3 and all(r.status == "pending" for r in queued)
    queue = ReviewQueue(seeded)
    trade = next(r for r in queued if "4 billion" in r.statement)
    assert trade.data["figures"] == [
        {"label": "Trade between Kazakhstan and Uzbekistan", "value": 4000000000, "unit": "USD",
         "qualifier": "more-than"}
    ]  # fmt: skip
    queue.edit(trade.uuid, {"statement": "KZ–UZ trade exceeded USD 4 billion in 2022."})
    title = next(r for r in queued if r.statement.startswith("Joint statement"))
    queue.reject([title.uuid])
    terror = next(r for r in queued if "terrorism" in r.statement)
    before = seeded.count()
    facts = queue.accept([trade.uuid, terror.uuid])
    assert seeded.count() == before + 2
    made = seeded.get(facts[0])
    assert made.statement == "KZ–UZ trade exceeded USD 4 billion in 2022."
    assert made.source.title == "KZ–UZ joint statement"
    assert made.source.quote == trade.data["quote"] and made.source.locator == "§3"
    assert made.figures[0].value == 4e9 and made.countries == ("KZ", "UZ")
    assert seeded.source_text("KZ–UZ joint statement") == doc.text
    source = next(s for s in seeded.sources() if s.title == "KZ–UZ joint statement")
    assert source.language == "en"
    statuses = {r.uuid: (r.status, r.fact_uuid) for r in queue.candidates(status=None)}
    assert statuses[title.uuid] == ("rejected", None)
    assert statuses[trade.uuid] == ("accepted", facts[0])
    # an accepted candidate is not accepted twice
    with pytest.raises(ValidationError, match="already accepted"):
        queue.accept([trade.uuid])


def test_accept_is_all_or_nothing(seeded: Store) -> None:
    result = import_document(seeded, read_text(COMMUNIQUE), language="en", source_title="T")
    queue = ReviewQueue(seeded)
    good = next(r for r in result.queued if "terrorism" in r.statement)
    no_theme = queue.edit(result.queued[0].uuid, {"themes": []})
    before = seeded.count()
    with pytest.raises(ValidationError, match="at least one theme"):
        queue.accept([good.uuid, no_theme.uuid])
    assert seeded.count() == before
    assert {r.status for r in queue.candidates(status=None)} == {"pending"}


def test_restated_facts_are_flagged_and_not_imported_silently(seeded: Store) -> None:
    seed_text = seeded.source_text(
        "Deuxième sommet « Asie centrale – Russie » à Douchanbé (article)"
    )
    assert seed_text
    result = import_document(
        seeded, read_text(seed_text), event=SEED_EVENT, source_title="same article again"
    )
    flagged = [c for c in result.extraction.candidates if c.duplicate_of]
    assert len(flagged) >= len(result.extraction.candidates) // 2
    trade = next(c for c in result.extraction.candidates if "45 milliards" in c.quote)
    assert seeded.get(trade.duplicate_of or "").figures[0].value == 45e9
    queue = ReviewQueue(seeded)
    uuid = next(r.uuid for r in result.queued if r.data["quote"] == trade.quote)
    with pytest.raises(ValidationError, match="restates fact"):
        queue.accept([uuid])


def test_a_translation_finds_the_fact_across_languages(seeded: Store) -> None:
    english = (
        "Readout\n\nThe second Central Asia – Russia summit was held in Dushanbe "
        "(Tajikistan) on 9 October 2025.\n"
    )
    result = import_document(seeded, read_text(english), source_title="EN readout", dry_run=True)
    held = next(c for c in result.extraction.candidates if "was held" in c.quote)
    assert held.duplicate_of == "590642ec-471d-5152-9336-70ab5299115a"


def test_dry_run_and_bad_input_write_nothing(seeded_path: Path, tmp_path: Path) -> None:
    def counts() -> tuple[int, int]:
        with sqlite3.connect(seeded_path) as conn:
            return (
                conn.execute("select count(*) from import_candidates").fetchone()[0],
                conn.execute("select count(*) from sources").fetchone()[0],
            )

    before = counts()
    doc = tmp_path / "statement.txt"
    doc.write_text(COMMUNIQUE, encoding="utf-8")
    code, out = _run("--db", str(seeded_path), "import", "document", str(doc), "--dry-run",
                     "--format", "json")  # fmt: skip
    assert code == 0
    data = json.loads(out)
    assert [c["locator"]["paragraph"] for c in data] == [1, 2, 3]
    keys = "statement language quote locator date countries people organisations themes figures"
    assert set(data[0]) >= {*keys.split(), "duplicate_of", "why"}
    assert counts() == before
    bad = tmp_path / "scan.txt"
    bad.write_bytes("Délégation".encode("latin-1"))
    assert _run("--db", str(seeded_path), "import", "document", str(bad))[0] == 2
    assert counts() == before
    with pytest.raises(DocumentError):
        import_document(Store.open(f"sqlite:///{seeded_path}"), bad)


def test_cli_queue_list_accept_reject(seeded_path: Path, tmp_path: Path) -> None:
    db = str(seeded_path)
    doc = tmp_path / "statement.txt"
    doc.write_text(COMMUNIQUE, encoding="utf-8")
    code, out = _run("--db", db, "import", "document", str(doc), "--source-title", "S1", "-q")
    assert code == 0 and "Trade between Kazakhstan" in out
    code, out = _run("--db", db, "import", "list", "--format", "json")
    pending = json.loads(out)
    assert len(pending) == 3
    code, out = _run("--db", db, "import", "accept", *[c["id"][:8] for c in pending[1:]])
    assert code == 0 and "2 facts added" in out
    code, out = _run("--db", db, "import", "reject", "--all")
    assert code == 0 and "1 candidates rejected" in out
    code, out = _run("--db", db, "import", "list")
    assert out.strip().splitlines() == [out.strip().splitlines()[0]]  # header only: none pending
    code, out = _run("--db", db, "facts", "check")
    assert code == 0 and "0 mismatches" in out


def test_facts_check_lists_quotes_that_moved_or_changed(seeded: Store, seeded_url: str) -> None:
    results = check_facts(seeded)
    assert len(results) == 58 and {c.status for _, c in results} == {"ok"}
    first = results[0][0]
    record = seeded.get(first.uuid)
    draft = record.to_draft()
    draft.locator = "§5"
    seeded.update(record.uuid, draft, record.version)
    second = seeded.get(results[1][0].uuid)
    draft = second.to_draft()
    draft.quote = "une phrase que l’article ne contient pas"
    seeded.update(second.uuid, draft, second.version)
    code, out = _run("--db", seeded_url, "facts", "check", "--format", "json")
    assert code == 1
    report = json.loads(out)
    found = {m["id"]: (m["status"], m["found_at"]) for m in report["mismatches"]}
    assert found == {first.uuid: ("elsewhere", "§1"), second.uuid: ("missing", None)}


def test_merge_and_split_keep_quotes_verbatim(seeded: Store) -> None:
    text = (
        "Communiqué\n\nThe sides agreed to build a nuclear power plant in Uzbekistan, "
        "and Russia will train its engineers at Russian universities.\n"
    )
    result = import_document(seeded, read_text(text), language="en", source_title="M")
    queue = ReviewQueue(seeded)
    parts = [r for r in result.queued if r.data["locator"]["paragraph"] == 2]
    assert len(parts) == 2
    merged = queue.merge([p.uuid for p in parts])
    assert merged.data["quote"] == text[text.index("The sides") : text.rindex(".") + 1]
    assert set(merged.data["themes"]) >= {"nuclear-energy", "education"}
    assert queue.candidates(uuids=[parts[1].uuid])[0].status == "rejected"
    at = merged.data["quote"].index("and Russia")
    first, second = queue.split(merged.uuid, at)
    assert first.data["quote"] == "The sides agreed to build a nuclear power plant in Uzbekistan"
    assert second.data["quote"] == "and Russia will train its engineers at Russian universities."
    source = seeded.source_text("M") or ""
    for r in (first, second):
        assert source[r.data["start"] : r.data["end"]] == r.data["quote"]
    order = [r.uuid for r in queue.candidates(status="pending", source="M")]
    assert order.index(first.uuid) + 1 == order.index(second.uuid)
    with pytest.raises(ValidationError, match="between words"):
        queue.split(first.uuid, 0)
    facts = queue.accept([first.uuid, second.uuid])
    assert {c.status for _, c in check_facts(seeded) if _.uuid in facts} == {"ok"}


def test_cancel_while_a_pdf_is_read_stops_between_pages_and_queues_nothing(
    seeded: Store, tmp_path: Path
) -> None:
    """Reading a long PDF was the one stage Cancel could not stop: it is now asked before
    each page, and a cancelled import leaves the review queue as it was."""
    from reportlab.pdfgen import canvas

    path = tmp_path / "long.pdf"
    c = canvas.Canvas(str(path))
    for n in range(1, 11):
        c.drawString(72, 750, f"On day {n} the parties agreed to extend cooperation on energy.")
        c.showPage()
    c.save()
    before = ReviewQueue(seeded).candidates()
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 3  # Cancel pressed while the fourth page is read

    analysed: list[int] = []
    with pytest.raises(Cancelled):
        import_document(seeded, path, language="en", source_title="Long",
                        progress=lambda done, _total: analysed.append(done),
                        cancelled=cancelled)  # fmt: skip
    assert len(asked) == 4  # stopped at once, before the other six pages
    assert analysed == []  # while reading: no paragraph was analysed
    assert ReviewQueue(seeded).candidates() == before
    read = import_document(seeded, path, language="en", source_title="Long")
    assert "On day 10" in read.document.text
    assert len(ReviewQueue(seeded).candidates()) > len(before)  # so the check above could fail
