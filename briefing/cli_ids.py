"""Short ids, like git's: the shortest prefix unique in the base, at least 8 characters.

Facts added one after another get UUIDv7 ids whose first eight characters are a time
stamp, so a fixed 8-character prefix is the same for all of them; the length is worked
out over every id in the base instead. Wherever the command line takes an id it takes
such a prefix (4 characters or more); one that matches several is an error naming them.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence

from briefing.cli_common import UsageError

SHORT_ID = 8  # never shown shorter
MIN_PREFIX = 4  # never accepted shorter
_ID_CHARS = re.compile(r"[0-9a-f-]+")
_UUID_DASHES = (8, 12, 16, 20)


def short_ids(ids: Iterable[str], minimum: int = SHORT_ID) -> dict[str, str]:
    """Each id mapped to its shortest prefix that no other id in ``ids`` starts with.

    Never shorter than ``minimum``, and never ending on a hyphen (``01a23493-`` reads as a
    typo; one more character is shown instead).
    """
    ordered = sorted(set(ids))
    short: dict[str, str] = {}
    for i, ident in enumerate(ordered):
        shared = 0  # in sorted order, the longest shared prefix is with a neighbour
        for j in (i - 1, i + 1):
            if 0 <= j < len(ordered):
                shared = max(shared, _common_prefix(ident, ordered[j]))
        size = min(len(ident), max(minimum, shared + 1))
        if size < len(ident) and ident[size - 1] == "-":
            size += 1
        short[ident] = ident[:size]
    return short


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def looks_like_id(text: str) -> bool:
    """True when ``text`` could be an id prefix (hexadecimal, long enough)."""
    prefix = text.strip().lower()
    return _ID_CHARS.fullmatch(prefix) is not None and len(prefix.replace("-", "")) >= MIN_PREFIX


def normalise_prefix(text: str, what: str = "fact") -> str:
    """An id or id prefix as typed, in the stored form (lower case, hyphens in place).

    ``01A23493`` and ``01a234931b2c`` (hyphens left out) are both accepted.
    """
    prefix = text.strip().lower()
    if not prefix or _ID_CHARS.fullmatch(prefix) is None:
        raise UsageError(f"{text!r} is not a {what} id (hexadecimal digits, e.g. 590642ec)")
    if "-" not in prefix and len(prefix) > _UUID_DASHES[0]:
        cuts = [0, *(c for c in _UUID_DASHES if c < len(prefix)), len(prefix)]
        prefix = "-".join(prefix[a:b] for a, b in itertools.pairwise(cuts))
    if len(prefix.replace("-", "")) < MIN_PREFIX:
        raise UsageError(f"id {text!r} is too short: give at least {MIN_PREFIX} characters")
    return prefix


def pick(text: str, matches: Sequence[str], short: dict[str, str], what: str = "fact") -> str:
    """The one id among ``matches`` (the ids starting with ``text``'s prefix).

    ``short`` gives how to name the candidates of an ambiguous prefix.
    """
    prefix = normalise_prefix(text, what)
    if prefix in matches:
        return prefix
    if not matches:
        raise UsageError(f"no {what} with id {text!r} (ids are listed by 'briefing {what}s')")
    if len(matches) > 1:
        shown = [short.get(m, m) for m in matches[:10]]
        more = f" and {len(matches) - 10} more" if len(matches) > 10 else ""
        raise UsageError(
            f"id {text!r} matches {len(matches)} {what}s: {', '.join(shown)}{more}; "
            "give more characters"
        )
    return matches[0]
