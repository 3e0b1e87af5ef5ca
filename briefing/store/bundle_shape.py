"""The facts bundle as written (``briefing-facts/2``, docs/formats.md): its shape only.

Apart from ``bundle`` (which reads bundles and needs the ORM and the validators), so
``briefing facts --format json`` can print one from a Core-only ``Reader``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from briefing.store.entities import EventRecord, PersonRecord

BUNDLE_FORMAT = "briefing-facts/2"


def bundle_json(
    facts: Sequence[dict[str, Any]], events: Sequence[EventRecord], people: Sequence[PersonRecord]
) -> dict[str, Any]:
    """The bundle object for ``facts`` with the events and people they name."""
    named_events = {f.get("event") for f in facts}
    named_people = {p for f in facts for p in f.get("people") or ()}
    named_people |= {
        (f.get("speaker") or {}).get("person") for f in facts if f.get("speaker") is not None
    }
    return {
        "format": BUNDLE_FORMAT,
        "events": [e.to_json() for e in events if e.name in named_events],
        "people": [p.to_json() for p in people if p.name in named_people],
        "facts": list(facts),
    }
