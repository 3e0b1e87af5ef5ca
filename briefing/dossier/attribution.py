"""Who said it, as a dossier prints it before a statement ("According to Vladimir Putin: ").

One Qt-free function shared by ``assemble`` and the fact form's preview, so the preview
shows exactly the words the printed dossier will carry.
"""

from __future__ import annotations

from collections.abc import Mapping

from briefing.dossier.labels import DOCUMENT_SHORT, labels_for
from briefing.store.entities import DocumentRecord, PersonRecord
from briefing.store.records import Speaker


def lead_in(
    speaker: object,
    language: str,
    *,
    people: Mapping[str, PersonRecord],
    documents: Mapping[str, DocumentRecord],
    country_names: Mapping[str, str],
    event: str | None = None,
) -> str | None:
    """The words printed before a statement ``speaker`` makes; None for no speaker.

    A person prints as the dossier language writes the name ("Selon Vladimir Poutine : "),
    a delegation by its country's name, a document by its title in that language, or,
    when it is an outcome of ``event`` (the meeting the pack is about), by its short name
    ("The communiqué: ") so that a page of its points does not repeat a long title.
    """
    if not isinstance(speaker, Speaker) or not speaker.ref.strip():
        return None
    ref = speaker.ref.strip()
    colon = "\u00a0: " if language == "fr" else ": "  # French: a fixed space before the colon
    if speaker.kind == "person":
        person = people.get(ref)
        return labels_for(language).according_to.format(
            name=person.name_in(language) if person else ref
        )
    if speaker.kind == "document":
        doc = documents.get(ref)
        if doc is None:
            return ref + colon
        short = DOCUMENT_SHORT.get(language, {}).get(doc.kind)
        if short and event and doc.event == event:
            return short + colon
        return doc.title_in(language) + colon
    if speaker.kind == "country":
        return country_names.get(ref.upper(), ref) + colon
    return None


# Words that open a sentence and go lower-case after "According to X:" / "Selon X :".
_DETERMINERS = {
    "en": ("The ", "A ", "An ", "This ", "These ", "Those ", "It ", "They ", "Its "),
    "fr": (
        "Le ", "La ", "Les ", "L’", "L'", "Un ", "Une ", "Des ", "Ce ", "Cet ", "Cette ",
        "Ces ", "Il ", "Elle ", "Ils ", "Elles ", "Leur ", "Leurs ", "Son ", "Sa ", "Ses ",
    ),
}  # fmt: skip


def continue_after_lead(text: str, language: str) -> str:
    """``text`` as the continuation of a lead-in: "The trade…" becomes "the trade…".

    Only a leading article or pronoun is lowered, never a name ("Russia", "Vladimir").
    """
    if text.startswith(_DETERMINERS.get(language, ())):
        return text[:1].lower() + text[1:]
    return text
