"""Whether a fact's quote is still in its source's stored text, where its locator says.

Texts are compared after normalising Unicode, spaces (no-break and narrow ones included)
and quotation marks (« » “ ” „ ‘ ’ ' " all alike), so retyping a quote with straight
quotes or a pasted text with other spaces is no mismatch; any other difference is one.
A locator is "§N" or "p. P, §N" (paragraphs of the stored text, numbered as
``document_read.paragraph_spans`` numbers them); other locators are not checked.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from briefing.ingest.document_read import paragraph_spans

_QUOTES = str.maketrans(dict.fromkeys("«»“”„‟″", '"') | dict.fromkeys("‘’‚‛′ʼ`", "'"))
_LOCATOR = re.compile(r"^\s*(?:p\.\s*(\d+)\s*,\s*)?§\s*(\d+)\s*$")


def normalise(text: str) -> str:
    """``text`` for comparison: NFC, one kind of each quotation mark, single spaces."""
    text = unicodedata.normalize("NFC", text).translate(_QUOTES)
    text = " ".join(text.split())
    return re.sub(r'\s*"\s*', '"', text)


@dataclass(frozen=True)
class QuoteCheck:
    """The outcome for one fact: ``ok``, ``missing`` (quote not in the text), ``elsewhere``
    (found, but not in the paragraph the locator names) or ``unchecked`` (no quote, or a
    locator in another form); ``found_at`` is the locator where the quote really is."""

    status: str
    message: str
    found_at: str | None = None


def check_quote(text: str, quote: str | None, locator: str | None) -> QuoteCheck:
    """Check ``quote`` and ``locator`` against a source's stored ``text``."""
    if not quote or not quote.strip():
        return QuoteCheck("unchecked", "no quote")
    wanted = normalise(quote)
    paragraphs = paragraph_spans(text)
    holding = [p for p in paragraphs if wanted in normalise(text[p.start : p.end])]
    if not holding:
        if wanted in normalise(text):
            return QuoteCheck("ok" if not locator else "elsewhere", "quote spans paragraphs")
        return QuoteCheck("missing", "quote not found in the source's text")
    found_at = holding[0].locator()
    if not locator or not locator.strip():
        return QuoteCheck("ok", "found (no locator)", found_at)
    m = _LOCATOR.match(locator)
    if not m:
        return QuoteCheck("unchecked", f"locator {locator!r} is not of the form §N", found_at)
    number = int(m.group(2))
    if any(p.number == number for p in holding):
        return QuoteCheck("ok", "found where the locator says", f"§{number}")
    return QuoteCheck(
        "elsewhere", f"locator says {locator} but the quote is in {found_at}", found_at
    )
