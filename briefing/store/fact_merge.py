"""Three-way merge of two edits of one fact: what each side changed since the version both
started from, and which fields both changed (the user's to settle).

Works on drafts, the form the editor and the store exchange, so it needs no session and no
Qt: the GUI's conflict dialog and any other caller compare the same way. A field changed on
one side only is taken from that side; a field changed on both sides to different values is
a conflict, proposed as "mine" until the user picks. Without a base (a bundle that travelled
without the version it started from) every differing field is a conflict.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from briefing.store.records import FactDraft, FigureDraft, Speaker

# The draft's fields a person edits, in the order the form shows them; translation_sources
# is bookkeeping the store derives, so it is never compared.
FIELDS = (
    "statement",
    "language",
    "translations",
    "date",
    "event",
    "themes",
    "countries",
    "people",
    "organisations",
    "documents",
    "speaker",
    "figures",
    "source_title",
    "quote",
    "locator",
    "marking",
    "confidence",
    "is_key",
)
# Lists whose order carries no meaning: a reordering alone is no change.
_UNORDERED = frozenset(("themes", "countries", "people", "organisations", "documents"))

MINE = "mine"
THEIRS = "theirs"


def comparable(name: str, value: Any) -> Any:
    """``value`` of field ``name`` in a form where equal meaning compares equal.

    The form hands back dates as typed text and figure values as text; the store hands
    back dates and numbers. Both go through their text so "2024-05-01" equals the date.
    """
    if value in (None, "", [], (), {}):
        return None
    if name in _UNORDERED:
        return tuple(sorted(str(v) for v in value))
    if name == "figures":
        return tuple(_figure(f) for f in value)
    if name == "translations":
        return tuple(sorted((k, v) for k, v in dict(value).items() if v))
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Speaker):
        return (value.kind, value.ref)
    if name == "speaker" and isinstance(value, Mapping) and len(value) == 1:
        ((kind, ref),) = value.items()
        return (kind, ref)
    if name == "is_key":
        return bool(value) or None
    if isinstance(value, str):
        return value.strip() or None
    return value


def _figure(f: Any) -> tuple[Any, ...]:
    if isinstance(f, FigureDraft):
        translations = tuple(sorted(f.translations.items()))
        return (f.label, _number(f.value), f.unit or "", f.qualifier or "", translations)
    return (str(f),)


def _number(value: Any) -> str:
    text = str(value).strip()
    try:
        number = float(text)
    except ValueError:
        return text
    return repr(int(number)) if number.is_integer() else repr(number)


def shown(value: Any) -> str:
    """A field's value as one readable text (lists one item a line) for side-by-side views."""
    if value in (None, "", [], (), {}):
        return ""
    if isinstance(value, Speaker):
        return f"{value.kind}: {value.ref}"
    if isinstance(value, bool):
        return "✓" if value else ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, FigureDraft):
        text = f"{value.label}: {value.value} {value.unit}".strip()
        return f"{text} ({value.qualifier})" if value.qualifier else text
    if isinstance(value, Mapping):
        if {"label", "value"} <= set(value):
            figure = FigureDraft(str(value["label"]), value["value"], str(value.get("unit") or ""))
            return shown(replace(figure, qualifier=value.get("qualifier")))
        return "\n".join(f"{k}: {shown(v)}" for k, v in value.items() if shown(v))
    if isinstance(value, Sequence) and not isinstance(value, str):
        items = [shown(v) for v in value]
        # names and codes read best on one line; figures and texts one a line
        short = all(len(i) <= 40 and "\n" not in i for i in items)
        return (", " if short and not _is_figures(value) else "\n").join(items)
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, default=str)


def _is_figures(value: Sequence[Any]) -> bool:
    return any(isinstance(v, FigureDraft | Mapping) for v in value)


@dataclass(frozen=True)
class FieldMerge:
    """One field of the proposal: both sides, the base, and who changed it."""

    name: str
    mine: Any
    theirs: Any
    base: Any
    mine_changed: bool
    theirs_changed: bool

    @property
    def differs(self) -> bool:
        """The two sides hold different values now."""
        return bool(comparable(self.name, self.mine) != comparable(self.name, self.theirs))

    @property
    def conflict(self) -> bool:
        """Both sides changed the field, differently: the user picks."""
        return self.differs and self.mine_changed and self.theirs_changed

    @property
    def proposed(self) -> str:
        """The side taken unless the user says otherwise."""
        if self.theirs_changed and not self.mine_changed:
            return THEIRS
        return MINE


@dataclass(frozen=True)
class MergeProposal:
    """Every compared field; ``merged`` builds the draft for a choice of sides."""

    mine: FactDraft
    theirs: FactDraft
    fields: tuple[FieldMerge, ...]

    @property
    def conflicts(self) -> list[FieldMerge]:
        """The fields both sides changed differently."""
        return [f for f in self.fields if f.conflict]

    @property
    def differing(self) -> list[FieldMerge]:
        """The fields whose two versions differ (conflicts and one-sided changes)."""
        return [f for f in self.fields if f.differs]

    def merged(self, picks: Mapping[str, str] | None = None) -> FactDraft:
        """The draft holding, per field, the picked side (``picks``: field → mine/theirs;
        fields left out take the proposal's side)."""
        picks = picks or {}
        values = {}
        sides = {}
        for f in self.fields:
            side = picks.get(f.name, f.proposed)
            if side not in (MINE, THEIRS):
                raise ValueError(f"{f.name}: pick {MINE!r} or {THEIRS!r}, not {side!r}")
            values[f.name] = f.theirs if side == THEIRS else f.mine
            sides[f.name] = side
        # a translation keeps the source its side knew; the store stamps the rest
        keep = self.theirs if sides["translations"] == THEIRS else self.mine
        sources = {k: v for k, v in keep.translation_sources.items() if k in values["translations"]}
        return replace(self.mine, **values, translation_sources=sources)


def propose(mine: FactDraft, theirs: FactDraft, base: FactDraft | None = None) -> MergeProposal:
    """Compare ``mine`` and ``theirs`` field by field against ``base`` (both started from)."""
    out = []
    for name in FIELDS:
        m, t = getattr(mine, name), getattr(theirs, name)
        if base is None:
            m_changed = t_changed = True
        else:
            b = comparable(name, getattr(base, name))
            m_changed = comparable(name, m) != b
            t_changed = comparable(name, t) != b
        out.append(FieldMerge(name, m, t, getattr(base, name, None), m_changed, t_changed))
    return MergeProposal(mine, theirs, tuple(out))
