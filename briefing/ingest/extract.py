"""From a document to candidate facts: one per clause, each with its exact quote and why.

``Extractor.extract`` cuts the document into clauses (``segment``), and for each proposes
countries, people, organisations (``gazetteer``), themes (``themes``), figures
(``figures``) and a date (``dates``), and flags a restatement of a fact already in the
base (the ``duplicates`` function ``importer`` passes in). Every suggestion comes with the
words that produced it (``Candidate.why``); nothing is suggested that the text does not
say. Beyond the words of the clause itself, these stated rules (each leaves its why):

* the participants are the countries of the people the document names, and those a
  sentence lists with a collective word ("the foreign ministers of A, B and C met");
  a clause speaking of "the parties", "les six États", "стороны"… concerns them all, and
  one speaking of "the Presidents", "лидеры"… also names those people;
* with an event (``event_country``, its host), a clause naming no country outside the
  participants concerns them all, as the curated summit facts are filed;
* the person a sentence's first clause names goes on through the sentence; a clause
  opening on "Il"/"He"/"Он" with nobody named continues the person named last in that
  paragraph or the one before; in a transcript, what follows a speaker's label
  ("К.Токаев:") is that person's until the next label;
* a person named brings their country (from the base): "Poutine" concerns Russia.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from briefing.errors import check_cancel
from briefing.ingest.dates import dates_in, detect_language, first_full_date
from briefing.ingest.document_read import ReadDocument
from briefing.ingest.figures import figures_in
from briefing.ingest.gazetteer import Found, Gazetteer, load_lexicon
from briefing.ingest.match import TermIndex, tokens
from briefing.ingest.segment import Segment, segments
from briefing.ingest.themes import ThemeFinder
from briefing.store.entities import CountryRecord, OrganisationRecord, PersonRecord, ThemeRecord

_PRONOUN = re.compile(r"^(?:Il|Elle|He|She|Он|Она)\b")
# A transcript's speaker label: "К.Токаев:", "PRESIDENT PUTIN:", "M. Macron :"
_LABEL = re.compile(r"\s*([^:\n]{2,40}?)\s?:\s")  # used with match(): anchored already


@dataclass(frozen=True)
class FigureSuggestion:
    """A figure as proposed: the fact's figures take these fields."""

    label: str
    value: float
    unit: str
    qualifier: str | None

    def to_json(self) -> dict[str, Any]:
        """{label, value, unit, qualifier} with whole values as integers."""
        value: float | int = int(self.value) if float(self.value).is_integer() else self.value
        return {"label": self.label, "value": value, "unit": self.unit, "qualifier": self.qualifier}


@dataclass(frozen=True)
class Reason:
    """Why a value was suggested: the field, the value and the words of the text."""

    field: str
    value: str
    words: str

    def to_json(self) -> dict[str, str]:
        """{field, value, words}."""
        return {"field": self.field, "value": self.value, "words": self.words}


@dataclass(frozen=True)
class Candidate:
    """A proposed fact: the statement to review, its verbatim quote and where it is."""

    statement: str
    language: str
    quote: str
    start: int
    end: int
    paragraph: int
    page: int | None
    locator: str
    date: dt.date | None
    countries: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    figures: tuple[FigureSuggestion, ...] = ()
    duplicate_of: str | None = None
    why: tuple[Reason, ...] = field(default=())

    def to_json(self) -> dict[str, Any]:
        """The candidate as ``briefing import document --format json`` prints it."""
        return {
            "statement": self.statement,
            "language": self.language,
            "quote": self.quote,
            "locator": {"paragraph": self.paragraph, "page": self.page, "text": self.locator},
            "start": self.start,
            "end": self.end,
            "date": self.date.isoformat() if self.date else None,
            "countries": list(self.countries),
            "people": list(self.people),
            "organisations": list(self.organisations),
            "themes": list(self.themes),
            "figures": [f.to_json() for f in self.figures],
            "duplicate_of": self.duplicate_of,
            "why": [r.to_json() for r in self.why],
        }


@dataclass(frozen=True)
class Extraction:
    """What reading a document gave: its language and date, and the candidates."""

    language: str
    date: dt.date | None
    candidates: tuple[Candidate, ...]


@dataclass(frozen=True)
class Reference:
    """The base's data the importer reads (frozen records from the store)."""

    countries: Sequence[CountryRecord]
    people: Sequence[PersonRecord]
    organisations: Sequence[OrganisationRecord]
    themes: Sequence[ThemeRecord]


DuplicateFinder = Callable[[str, str, str], str | None]
# countries, people, organisations, themes found in one clause
_Finds = tuple[list[Found], list[Found], list[Found], list[Found]]


def _unique(values: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


def statement_of(quote: str) -> str:
    """A first draft of the statement: the quote on one line, capitalised, with a stop."""
    text = " ".join(quote.split())
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?", "…", "»", "”", '"')) else text + "."


class Extractor:
    """Proposes candidate facts from documents, for one base's reference data."""

    def __init__(
        self, reference: Reference, keywords: dict[str, dict[str, list[str]]] | None = None
    ) -> None:
        self.gazetteer = Gazetteer(reference.countries, reference.people, reference.organisations)
        self.themes = ThemeFinder(reference.themes, keywords)
        self.collective: TermIndex[str] = TermIndex()  # value: "states" or "leaders"
        lexicon = load_lexicon("collective")
        for kind in ("states", "leaders"):
            by_language = lexicon.get(kind)
            if isinstance(by_language, dict):
                for words in by_language.values():
                    self.collective.add_all((w, kind) for w in words)

    def extract(
        self,
        doc: ReadDocument,
        language: str | None = None,
        date: dt.date | None = None,
        duplicates: DuplicateFinder | None = None,
        event_country: str | None = None,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> Extraction:
        """The candidates of ``doc`` (``language`` and ``date`` override what is detected).

        ``progress(done, total)`` counts the paragraphs read (finding names, countries and
        themes in each clause: most of the time); ``cancelled()`` is asked at every clause
        and, once true, raises Cancelled.

        ``event_country`` is set when the document is about an event (its host): then its
        participants are the host and the countries of the people the document names,
        and a clause naming no other country concerns them all (the why says so).
        """
        lang = language or detect_language(doc.text)
        doc_date = date or doc.date or first_full_date(doc.text, lang)
        segs = segments(doc.text, doc.paragraphs)
        total = len(doc.paragraphs)
        found: list[_Finds] = []
        for n, seg in enumerate(segs):
            check_cancel(cancelled)
            if progress is not None and (n == 0 or seg.paragraph != segs[n - 1].paragraph):
                progress(seg.paragraph.number - 1, total)  # paragraphs numbered from 1
            found.append(self._find(doc.text, seg))
        if progress is not None:
            progress(total, total)
        collectives = self._collective(doc.text, segs)
        participants = self._participants(found, segs, collectives)
        scope = dict(participants)
        if event_country:
            scope.setdefault(event_country, "host of the event")
        speakers = self._speakers(doc)
        leaders = self._leaders(found)
        # the person a sentence's first clause names or continues: the clauses after it
        # go on with what that person said
        sentence_people: dict[int, list[Found]] = {}
        out: list[Candidate] = []
        last_person: tuple[int, Found] | None = None
        for seg, (countries, people, orgs, themes) in zip(segs, found, strict=True):
            check_cancel(cancelled)
            quote = doc.text[seg.start : seg.end]
            collective = collectives.get(seg.sentence)
            people = list(people) or [
                Found(p.value, f"{p.words} (same sentence)", 0, 0)
                for p in sentence_people.get(seg.sentence, [])
            ]
            speaker = speakers.get(seg.paragraph.number)
            if not people and speaker:
                people = [Found(speaker.value, f"speaking: {speaker.words}", 0, 0)]
            if people:
                last_person = (seg.paragraph.number, people[-1])
            elif (
                _PRONOUN.match(quote) and last_person and seg.paragraph.number - last_person[0] <= 1
            ):
                earlier = last_person[1]
                people = [Found(earlier.value, f"{quote.split()[0]} → {earlier.words}", 0, 0)]
            if collective and collective.value == "leaders" and not people:
                people = [Found(n, f"{collective.words} → {w}", 0, 0) for n, w in leaders.items()]
            sentence_people.setdefault(seg.sentence, people[:1])
            codes = [c.value for c in countries]
            why = [Reason("countries", c.value, c.words) for c in countries]
            for p in people:
                why.append(Reason("people", p.value, p.words))
                code = self.gazetteer.country_of(p.value)
                if code:
                    codes.append(code)
                    why.append(Reason("countries", code, f"{p.words} ({p.value})"))
            if collective and participants:
                for code, named in participants.items():
                    codes.append(code)
                    why.append(Reason("countries", code, f"{collective.words} → {named}"))
            elif event_country and set(codes) <= set(scope):
                for code, named in scope.items():
                    codes.append(code)
                    why.append(Reason("countries", code, f"event participant ({named})"))
            why += [Reason("organisations", o.value, o.words) for o in orgs]
            why += [Reason("themes", t.value, t.words) for t in themes]
            figures = figures_in(quote, lang)
            why += [Reason("figures", f"{f.value:g} {f.unit}".strip(), f.words) for f in figures]
            when = dates_in(quote, lang, doc_date)
            why += [Reason("date", w.date.isoformat(), w.words) for w in when[:1]]
            statement = statement_of(quote)
            out.append(
                Candidate(
                    statement=statement,
                    language=lang,
                    quote=quote,
                    start=seg.start,
                    end=seg.end,
                    paragraph=seg.paragraph.number,
                    page=seg.paragraph.page,
                    locator=seg.paragraph.locator(),
                    date=when[0].date if when else doc_date,
                    countries=_unique(codes),
                    people=_unique([p.value for p in people]),
                    organisations=_unique([o.value for o in orgs]),
                    themes=_unique([t.value for t in themes]),
                    figures=tuple(
                        FigureSuggestion(f.label, f.value, f.unit, f.qualifier) for f in figures
                    ),
                    duplicate_of=duplicates(quote, statement, lang) if duplicates else None,
                    why=tuple(dict.fromkeys(why)),
                )
            )
        return Extraction(lang, doc_date, tuple(out))

    def _speakers(self, doc: ReadDocument) -> dict[int, Found]:
        """Paragraph number → the speaker whose label last came before it (transcripts)."""
        out: dict[int, Found] = {}
        current: Found | None = None
        for p in doc.paragraphs:
            label = _LABEL.match(doc.text, p.start, p.end)
            if label:
                named = self.gazetteer.people_in(
                    tokens(doc.text, label.start(1), label.end(1)), doc.text
                )
                current = named[0] if named else None
            if current:
                out[p.number] = current
        return out

    def _collective(self, text: str, segs: list[Segment]) -> dict[int, Found]:
        """Per sentence: the collective words it uses ("les parties", "the Presidents")."""
        out: dict[int, Found] = {}
        for seg in segs:
            if seg.sentence not in out:
                hit = next(iter(self.collective.find(tokens(text, seg.start, seg.end), text)), None)
                if hit:
                    out[seg.sentence] = Found(hit.value, hit.words, hit.start, hit.end)
        return out

    def _find(self, text: str, seg: Segment) -> _Finds:
        toks = tokens(text, seg.start, seg.end)
        g = self.gazetteer
        return (
            g.countries_in(toks, text),
            g.people_in(toks, text),
            g.organisations_in(toks, text),
            self.themes.themes_in(toks, text),
        )

    def _leaders(self, found: list[_Finds]) -> dict[str, str]:
        """The people of the base the document names: name → the words naming them first."""
        out: dict[str, str] = {}
        for _, people, _, _ in found:
            for p in people:
                out.setdefault(p.value, p.words)
        return out

    def _participants(
        self, found: list[_Finds], segs: list[Segment], collectives: dict[int, Found]
    ) -> dict[str, str]:
        """Who takes part: code → the words that say so. The countries of the people the
        document names, and those a sentence lists with a collective word ("the foreign
        ministers of Kazakhstan, Kyrgyzstan, … met") when it names three or more."""
        out: dict[str, str] = {}
        for _, people, _, _ in found:
            for p in people:
                code = self.gazetteer.country_of(p.value)
                if code and code not in out:
                    out[code] = p.words
        listed: dict[int, list[Found]] = {}
        for seg, (countries, _, _, _) in zip(segs, found, strict=True):
            if seg.sentence in collectives:
                listed.setdefault(seg.sentence, []).extend(countries)
        for sentence, countries in listed.items():
            if len({c.value for c in countries}) >= 3:
                for c in countries:
                    out.setdefault(c.value, f"{collectives[sentence].words} … {c.words}")
        return out
