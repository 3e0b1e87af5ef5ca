"""Who said it, as a dossier prints it before a statement ("According to Vladimir Putin: ").

One Qt-free function shared by ``assemble`` and the fact form's preview, so the preview
shows exactly the words the printed dossier will carry.
"""

from __future__ import annotations

from collections.abc import Mapping

from briefing.dossier.labels import labels_for
from briefing.store.entities import DocumentRecord, PersonRecord
from briefing.store.records import Speaker


def lead_in(
    speaker: object,
    language: str,
    *,
    people: Mapping[str, PersonRecord],
    documents: Mapping[str, DocumentRecord],
    country_names: Mapping[str, str],
) -> str | None:
    """The words printed before a statement ``speaker`` makes; None for no speaker.

    A person prints as the dossier language writes the name ("Selon Vladimir Poutine : "),
    a document by its title in that language, a delegation by its country's name.
    """
    if not isinstance(speaker, Speaker) or not speaker.ref.strip():
        return None
    ref = speaker.ref.strip()
    colon = " : " if language == "fr" else ": "  # French sets a space before the colon
    if speaker.kind == "person":
        person = people.get(ref)
        return labels_for(language).according_to.format(
            name=person.name_in(language) if person else ref
        )
    if speaker.kind == "document":
        doc = documents.get(ref)
        return (doc.title_in(language) if doc else ref) + colon
    if speaker.kind == "country":
        return country_names.get(ref.upper(), ref) + colon
    return None
