"""Line breaking of plain paragraphs: reportlab's own lines, found with fewer calls.

Most paragraphs of a brief (statements, fact lines, annex entries, quotes) are text in one
font without markup. reportlab breaks them in ``Paragraph.breakLines`` word by word, each
word measured through three Python calls; a 1,000-fact brief measures 84,000 words that
way, mostly the same few thousand. ``plain_lines`` makes the same greedy pass with each
word's width looked up in a table per font and size (measured once, by reportlab's
``stringWidth``, so the widths are the very same numbers) and returns the structure
reportlab returns. Whatever it does not handle exactly as reportlab does — soft
hyphens, a word wider than its line, bullets, hyphenation, shaping, bidi — it
leaves to reportlab (``None``).
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.platypus.paragraph import _processed_frags, split, strip

__all__ = ["plain_lines"]

# width of each word by (font name, font size); the words of a brief repeat a great deal
_WORD_WIDTHS: dict[tuple[str, float], dict[str, float]] = {}
_ASCENTS: dict[tuple[str, float], tuple[float, float]] = {}
_SPACES: dict[tuple[str, float], float] = {}
_MAX_WORDS = 100_000  # per font and size: a few MB at most, then measured afresh


def _simple(paragraph: Any) -> Any | None:
    """The paragraph's one fragment when reportlab would take its single-style path with
    nothing this module leaves to it, else None."""
    style = paragraph.style
    if (
        paragraph.bulletText
        or style.wordWrap
        or style.endDots
        or style.shaping
        or style.hyphenationLang
        or style.uriWasteReduce
        or style.embeddedHyphenation
    ):
        return None
    frags = paragraph.frags
    if len(frags) != 1 or _processed_frags(frags):
        return None
    frag = frags[0]
    if hasattr(frag, "cbDefn") or hasattr(frag, "backColor"):
        return None
    return frag


def _words(frag: Any) -> list[str] | None:
    """The words reportlab breaks (None: text it treats specially, or none at all)."""
    if hasattr(frag, "text"):
        text = strip(frag.text)
        # reportlab breaks at soft hyphens: left to it
        if not text or "\xad" in text:
            return None
        # reportlab's own split: at any white space, or (text with a no-break space, a
        # French quotation's «\xa0…\xa0») at white space other than the no-break space
        words: list[str] = split(text)
        return words
    words = frag.words
    # the rest of a split paragraph: plain words only (no split or hyphenated pieces)
    if not words or not all(type(w) is str and "\xad" not in w for w in words):
        return None
    if not any(strip(w) for w in words):
        return None
    return list(words)


def plain_lines(paragraph: Any, width: float | list[float] | tuple[float, ...]) -> Any | None:
    """``paragraph.breakLines(width)`` for a plain paragraph, or None to leave it to
    reportlab. Sets the same attributes on ``paragraph`` that reportlab sets."""
    frag = _simple(paragraph)
    if frag is None:
        return None
    words = _words(frag)
    if words is None:
        return None
    font, size = frag.fontName, frag.fontSize
    key = (font, size)
    widths = _WORD_WIDTHS.get(key)
    if widths is None or len(widths) > _MAX_WORDS:  # a warm preview process renders on
        widths = _WORD_WIDTHS[key] = {}
    encoding = paragraph.encoding
    space = _SPACES.get(key)
    if space is None:
        space = _SPACES[key] = stringWidth(" ", font, size, encoding)
    shrink = paragraph.style.spaceShrinkage * space
    max_widths = list(width) if isinstance(width, list | tuple) else [width]
    last = len(max_widths) - 1
    # every word's width, looked up in one pass (measured once per font and size)
    word_widths: list[Any] = list(map(widths.get, words))
    if None in word_widths:
        for i, found in enumerate(word_widths):
            if found is None:
                found = widths.get(words[i])  # a repeat of a word measured just now
                if found is None:
                    found = widths[words[i]] = stringWidth(words[i], font, size, encoding)
                word_widths[i] = found
    # reportlab's greedy pass, the current line being words[start:i]
    lines: list[tuple[float, list[str]]] = []
    start = 0
    current = -space  # no space before the first word of a line
    widest = 0.0
    lineno = 0
    max_width = max_widths[0]
    for i, word_width in enumerate(word_widths):
        new = current + space + word_width
        if new > max_width + shrink * (i - start):
            if word_width > max_widths[min(lineno, last)]:
                return None  # a word wider than its line: reportlab cuts it
            if i > start:  # the word starts the next line
                widest = max(widest, current)
                lines.append((max_width - current, words[start:i]))
                start = i
                current = word_width
                lineno += 1
                max_width = max_widths[min(last, lineno)]
                continue
        current = new
    if start < len(words):
        widest = max(widest, current)
        lines.append((max_width - current, words[start:]))
    ascent = _ASCENTS.get(key)
    if ascent is None:
        ascent = _ASCENTS[key] = getAscentDescent(font, size)
    paragraph._width_max = widest
    paragraph._splitLongWordCount = paragraph._hyphenations = 0
    paragraph.height = 0
    # ``frag.clone(...)``: ABag's clone goes through keyword arguments (20 µs a paragraph)
    out = object.__new__(type(frag))
    out.__dict__.update(frag.__dict__)
    out.__dict__.update(kind=0, lines=lines, ascent=ascent[0], descent=ascent[1], fontSize=size)
    return out
