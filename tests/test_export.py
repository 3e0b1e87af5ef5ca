"""The summit seed printed end to end (CLI → file → read back as a reader would)."""

from __future__ import annotations

import io
import itertools
import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from briefing.cli import main
from briefing.dossier.assemble import assemble
from briefing.dossier.export import write_dossier
from briefing.dossier.layouts import by_country, by_theme
from briefing.dossier.markup import plain_text
from briefing.dossier.output import ExportCancelled
from briefing.dossier.spec import DossierSpec
from briefing.store import FactDraft, Store

pytestmark = pytest.mark.export
EVENT = "Second Central Asia – Russia summit"


def squash(text: str) -> str:
    """Whitespace-insensitive text: PDF extraction breaks lines anywhere."""
    return re.sub(r"\s+", "", text.replace("\u00ad", ""))


def pdf_pages(path: Path) -> list[str]:
    return [squash(page.extract_text() or "") for page in PdfReader(path).pages]


def cli(*argv: str) -> int:
    return main(list(argv), io.StringIO())


@pytest.mark.parametrize("layout", ["theme", "country"])
def test_pdf_has_every_heading_and_statement_and_toc_pages_are_right(
    seeded: Store, tmp_path: Path, layout: str
) -> None:
    spec = DossierSpec(title="Dushanbe brief", event=EVENT, language="fr")
    spec = (by_theme if layout == "theme" else by_country)(seeded, spec)
    dossier = assemble(spec, seeded)
    path = write_dossier(dossier, tmp_path / "brief.pdf", "pdf")
    pages = pdf_pages(path)
    whole = "".join(pages)
    toc = pages[1]
    entries = []
    for section in dossier.sections:
        entries.append(squash(f"{section.number}{section.title}"))
        entries += [squash(f"{x.number}{x.title}") for x in getattr(section, "subsections", ())]
    entries.append("Sources")
    for heading, following in itertools.pairwise(entries):
        assert heading in whole
        # the contents page gives the page where the heading really is
        match = re.search(re.escape(heading) + r"\.*(\d+)" + re.escape(following), toc)
        assert match, heading
        page = int(match.group(1))
        assert heading in pages[page - 1], (heading, page)
    for section in dossier.fact_sections():
        for fact in section.facts:
            assert squash(plain_text(fact.body))[:60] in whole
    assert f"Page{len(pages)}sur{len(pages)}" in pages[-1]
    assert "Tabledesmatières" in toc


def test_ceiling_keeps_restricted_facts_out_of_both_formats(seeded: Store, tmp_path: Path) -> None:
    secret = "Une note secrète sur le gazoduc transcaspien ne doit pas sortir."
    seeded.add(FactDraft(statement=secret, language="fr", themes=["energy"], countries=["TJ"],
                         marking="SECRET", event=EVENT))  # fmt: skip
    spec = by_theme(seeded, DossierSpec(title="T", event=EVENT, max_marking="RESTRICTED"))
    dossier = assemble(spec, seeded)
    assert dossier.marking == "UNCLASSIFIED"
    pdf = write_dossier(dossier, tmp_path / "b.pdf", "pdf")
    doc = write_dossier(dossier, tmp_path / "b.docx", "docx")
    assert squash("gazoduc transcaspien") not in "".join(pdf_pages(pdf))
    assert "gazoduc" not in "\n".join(p.text for p in docx.Document(str(doc)).paragraphs)
    full = assemble(by_theme(seeded, DossierSpec(title="T", event=EVENT)), seeded)
    assert full.marking == "SECRET"
    pages = pdf_pages(write_dossier(full, tmp_path / "s.pdf", "pdf"))
    assert squash("gazoduc transcaspien") in "".join(pages)
    assert all("SECRET" in page for page in pages)  # every page carries the marking


def test_docx_headings_styles_and_facts(seeded: Store, tmp_path: Path) -> None:
    dossier = assemble(
        by_country(seeded, DossierSpec(title="T", event=EVENT, language="ru")), seeded
    )
    path = write_dossier(dossier, tmp_path / "brief.docx", "docx")
    document = docx.Document(str(path))
    headings = [(p.style.name, p.text) for p in document.paragraphs
                if p.style.name.startswith("Heading")]  # fmt: skip
    expected = []
    for section in dossier.sections:
        expected.append(("Heading 1", f"{section.number}\t{section.title}"))
        for sub in getattr(section, "subsections", ()):
            expected.append(("Heading 2", f"{sub.number}\t{sub.title}"))
    assert headings[: len(expected)] == expected
    body = "\n".join(p.text for p in document.paragraphs)
    for section in dossier.fact_sections():
        for fact in section.facts:
            assert plain_text(fact.body).split("\n")[0] in body
    assert "Содержание" in body
    assert document.core_properties.title == "T"


@pytest.mark.libreoffice
def test_libreoffice_converts_the_seed_docx(seeded_url: str, tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice not installed")
    assert cli("--db", seeded_url, "export", "docx", "-o",
               str(tmp_path / "brief.docx"), "--by", "theme", "--language", "fr") == 0  # fmt: skip
    done = subprocess.run(
        [soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to",
         "pdf", "--outdir", str(tmp_path), str(tmp_path / "brief.docx")],
        capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    pages = pdf_pages(tmp_path / "brief.pdf")
    assert len(pages) >= 5
    whole = "".join(pages)
    assert squash("Table des matières") in whole
    assert squash("Chiffres clés") in whole
    assert squash("45 milliards USD") in whole


def test_cli_export_both_formats_and_saved_spec(seeded_path: Path, tmp_path: Path) -> None:
    db = str(seeded_path)
    pdf, word = tmp_path / "tj.pdf", tmp_path / "tj.docx"
    assert cli("--db", db, "export", "pdf", "-o", str(pdf), "--by", "country",
               "--save-spec", "Country brief", "--page-size", "Letter") == 0  # fmt: skip
    assert cli("--db", db, "export", "docx", "-o", str(word), "--spec", "Country brief") == 0
    reader = PdfReader(pdf)
    assert round(float(reader.pages[0].mediabox.width)) == 612  # Letter
    assert squash("Common to the participants") in "".join(pdf_pages(pdf))
    assert docx.Document(str(word)).paragraphs
    out = io.StringIO()
    assert main(["--db", db, "specs"], out) == 0
    assert "Country brief" in out.getvalue()


def test_cli_export_errors(
    seeded_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(seeded_path)
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    assert cli("--db", db, "export", "pdf", "-o", str(tmp_path / "x.pdf"), "--theme", "nope") == 2
    assert cli("--db", db, "export", "pdf", "-o", str(tmp_path / "x.pdf"),
               "--max-marking", "COSMIC") == 2  # fmt: skip
    assert cli("--db", db, "export", "pdf", "-o", str(tmp_path / "x.pdf"), "--spec", "none") == 2
    assert cli("--db", db, "export", "pdf", "-o", str(tmp_path / "no" / "x.pdf")) == 1
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 4
    assert not list(tmp_path.iterdir())


def test_failed_or_cancelled_export_leaves_the_old_file(seeded: Store, tmp_path: Path) -> None:
    dossier = assemble(by_theme(seeded, DossierSpec(title="T", event=EVENT)), seeded)
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    for fmt in ("pdf", "docx"):
        target = tmp_path / f"brief.{fmt}"
        target.write_bytes(b"previous version")

        def cancel(done: int, total: int) -> None:
            if done > 0:
                raise ExportCancelled

        with pytest.raises(ExportCancelled):
            write_dossier(dossier, target, fmt, cancel)  # type: ignore[arg-type]
        assert target.read_bytes() == b"previous version"
        assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
            p.name for p in tmp_path.iterdir() if not p.name.endswith(".part")
        )
    assert {p.name for p in tmp_path.iterdir()} == {"brief.pdf", "brief.docx"}


def test_exported_file_has_normal_permissions(seeded: Store, tmp_path: Path) -> None:
    import os
    import stat

    dossier = assemble(by_theme(seeded, DossierSpec(title="T")), seeded)
    path = write_dossier(dossier, tmp_path / "brief.pdf", "pdf")
    umask = os.umask(0o022)
    os.umask(umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask
