"""Figures a clause states: value, unit, qualifier ("plus de 20 milliards de dollars US").

Digits are read with the language's separators ("212 000", "1,5" in French; "1,000",
"1.5" in English); scale words multiply ("milliards", "billion", "млрд"); the unit is a
currency (words and signs in ``resources/lexicon/units.json``), a percentage, or what the
number counts ("212 000 étudiants" → students). Number words go through text2num
("quarante-cinq milliards", French and English). What is not a figure: a year ("2027",
"2025–2027"), a day of a date ("9 octobre"), an ordinal ("2e", "3rd", "2-й"), a number
glued to letters ("C5+1"), a bare small number with nothing counted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from briefing.ingest.gazetteer import load_lexicon
from briefing.ingest.match import fold, key

_QUALIFIERS = {
    "more-than": ["plus de", "plus d’", "plus d'", "au-delà de", "dépassé", "dépasse",
                  "more than", "over", "above", "exceeded", "exceeds", "более", "свыше", "больше",
                  "более чем", "превысил", "превысила", "превысило", "превысили", "превышает"],
    "at-least": ["au moins", "at least", "не менее", "не меньше"],
    "less-than": ["moins de", "moins d’", "less than", "fewer than", "under", "below", "менее",
                  "меньше"],
    "about": ["près de", "environ", "quelque", "presque", "nearly", "almost", "about",
              "around", "approximately", "some", "около", "почти", "порядка", "примерно"],
    "up-to": ["jusqu’à", "jusqu'à", "up to", "до"],
}  # fmt: skip
_SCALES = [
    (r"milliards?|mds?|billions?|bn|млрд\.?|миллиард\w*", 1e9),
    (r"millions?|mln|m|млн\.?|миллион\w*", 1e6),
    (r"trillions?|trln|трлн\.?|триллион\w*", 1e12),
    (r"mille|thousand|k|тыс\.?|тысяч\w*", 1e3),
]
MONTHS = (
    r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|"
    r"январ\w*|феврал\w*|март\w*|апрел\w*|ма[яй]|июн\w*|июл\w*|август\w*|сентябр\w*|"
    r"октябр\w*|ноябр\w*|декабр\w*"
)
_NUMBER = re.compile(
    r"(?<![\w.,+§/-])(?P<num>\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d{1,3}(?:,\d{3})+(?![\d.])"
    r"|\d+(?:[.,]\d+)?)(?![\w\-/]|[.,]\d)"
)
_STOP = frozenset(
    [
        "de",
        "des",
        "du",
        "la",
        "le",
        "les",
        "l",
        "d",
        "à",
        "a",
        "au",
        "aux",
        "en",
        "et",
        "un",
        "une",
        "of",
        "the",
        "an",
        "in",
        "to",
        "for",
        "on",
        "its",
        "their",
        "by",
        "с",
        "в",
        "на",
        "и",
        "по",
        "о",
        "об",
        "к",
        "для",
    ]
)


@dataclass(frozen=True)
class FigureFound:
    """A figure read from the text, with the words that gave it."""

    label: str
    value: float
    unit: str
    qualifier: str | None
    words: str


@cache
def _currencies() -> list[tuple[str, str]]:
    data = load_lexicon("units")["currencies"]
    pairs = [(w, code) for code, words in data.items() for w in words]  # type: ignore[attr-defined]
    return sorted(pairs, key=lambda p: -len(p[0]))


@cache
def _counted() -> dict[str, str]:
    data = load_lexicon("units")["counted"]
    return {key(w): unit for unit, words in data.items() for w in words}  # type: ignore[attr-defined]


def _value(raw: str, language: str) -> float:
    raw = re.sub(r"[ \u00a0\u202f]", "", raw)
    if re.fullmatch(r"\d{1,3}(,\d{3})+", raw) and language == "en":
        raw = raw.replace(",", "")
    return float(raw.replace(",", "."))


def _qualifier(before: str) -> tuple[str | None, int]:
    """The qualifier ending ``before`` and how many characters it takes."""
    low = before.casefold().rstrip()
    for name, words in _QUALIFIERS.items():
        for w in sorted(words, key=len, reverse=True):
            if low.endswith(w) and (len(low) == len(w) or not low[-len(w) - 1].isalnum()):
                return name, len(before) - len(before.rstrip()) + len(w)
    return None, 0


def _currency_at(text: str, pos: int) -> tuple[str, int] | None:
    """A currency written at ``pos`` (after "de", "d'", "of"), and where it ends."""
    m = re.match(r"\s*(?:(?:de|d’|d'|of)\s*)?", text[pos:])
    at = pos + (m.end() if m else 0)
    for written, code in _currencies():
        end = at + len(written)
        if text[at:end].casefold() == written.casefold() and (
            end >= len(text) or not text[end].isalnum() or not written[-1].isalnum()
        ):
            return code, end
    return None


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+(?:[’'-][^\W_]+)*", text)


def _label(text: str, start: int, end: int) -> str:
    """The words just before a figure, up to punctuation, without leading articles
    (before an opening bracket when the bracket holds the figure alone)."""
    before = text[:start]
    cut = max(before.rfind(ch) for ch in ',;:(«“"')
    words = _words(before[cut + 1 :])
    if len(words) < 2 and cut >= 0:
        words = _words(before[:cut])
    return _trim_words(words[-6:])


def _label_after(text: str, start: int) -> str:
    """What a figure counts, as the text goes on: "étudiants de la région en Russie"."""
    return _trim_words(_words(re.split(r"[,;:)»(]", text[start:], maxsplit=1)[0])[:6])


def _trim_words(words: list[str]) -> str:
    while words and fold(words[0]) in _STOP:
        words = words[1:]
    while words and fold(words[-1]) in _STOP:
        words = words[:-1]
    return " ".join(words)


def figures_in(text: str, language: str) -> list[FigureFound]:
    """The figures of one clause (number words included, in French and English)."""
    found = _figures(text, language)
    if language in ("fr", "en"):
        from text_to_num import alpha2digit

        # Figures already read are masked first: text2num would otherwise turn the
        # "milliards" of "45 milliards" into a number of its own.
        masked = text
        for f in found:
            masked = masked.replace(f.words, "¤" * len(f.words), 1)
        converted = alpha2digit(masked, language)
        if converted != masked:
            found += _figures(converted, language)
    return found


def _figures(text: str, language: str) -> list[FigureFound]:
    out: list[FigureFound] = []
    for m in _NUMBER.finditer(text):
        raw = m.group("num")
        value = _value(raw, language)
        start, end = m.start(), m.end()
        rest = text[end:]
        if re.match(rf"\s*(?:{MONTHS})\b", rest, re.IGNORECASE) or re.search(
            rf"\b(?:{MONTHS})\.?\s*$", text[:start], re.IGNORECASE
        ):
            continue  # the day of a date
        if re.match(r"\s*[–—-]\s*\d{4}\b", rest) or re.search(r"\d{4}\s*[–—-]\s*$", text[:start]):
            continue  # a span of years
        unit, scale, noun_at = "", 1.0, 0
        prefix = re.search(r"(US\$|\$|€|£|₽)\s*$", text[:start])
        if prefix:
            unit = {"US$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "₽": "RUB"}[prefix.group(1)]
            start = prefix.start()
        for pattern, factor in _SCALES:
            sm = re.match(rf"\s*(?:{pattern})(?![\w])\.?", rest, re.IGNORECASE)
            if sm and not (factor == 1e6 and sm.group().strip() == "m" and language != "en"):
                scale = factor * (1e3 if language == "fr" and "billion" in sm.group() else 1)
                end += sm.end()
                break
        percent = re.match(r"\s*(%|pour cent|per ?cent|процент\w*)", text[end:], re.IGNORECASE)
        if percent:
            unit, end = "%", end + percent.end()
        elif not unit:
            currency = _currency_at(text, end)
            if currency:
                unit, end = currency
        if not unit:
            # what is counted: the next word, or one of the two after it
            # ("5 тысяч кыргызских студентов", "20 joint industrial projects")
            more = r"(?:\s+([^\W\d_]+))?"
            nxt = re.match(rf"\s*(?:(?:de|d’|d'|of)\s+)?([^\W\d_]+){more}{more}", text[end:])
            counted = None
            for group in (1, 2, 3):
                word = nxt.group(group) if nxt else None
                counted = _counted().get(key(word)) if word else None
                if counted and nxt:
                    unit = counted
                    noun_at = end + nxt.start(1)
                    end += nxt.end(group)
                    break
            small = value < 1000 or (1900 <= value <= 2100 and "." not in raw)
            if not counted and scale == 1.0 and small:
                continue  # a bare small number or a year: nothing says what it counts
        qualifier, taken = _qualifier(text[:start])
        words_start = start - taken if qualifier else start
        label = _label(text, words_start, end) if not noun_at else _label_after(text, noun_at)
        out.append(
            FigureFound(label, value * scale, unit, qualifier, text[words_start:end].strip())
        )
    return out
