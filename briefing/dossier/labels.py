"""Printed labels in the three dossier languages, and locale-aware dates (Babel / CLDR)."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, get_date_format

from briefing.dossier.document import Labels

LANGUAGES = ("en", "fr", "ru")

_LABELS: dict[str, Labels] = {
    "en": Labels(
        language="en",
        contents="Contents",
        sources="Sources",
        page_of="Page {page} of {total}",
        prepared_for="Prepared for",
        prepared_by="Prepared by",
        event="Event",
        date="Date",
        marking="Marking",
        key_figures="Key figures",
        participants="Participants",
        figure="Figure",
        value="Value",
        name="Name",
        role="Role",
        country="Country",
        fact="Fact",
        source="Source",
        locator="Locator",
        quote="Quote",
        confidence="Confidence",
        original_language="Original in {language}",
        no_facts="No facts in this section.",
        shared="Common to the participants",
        picked="Selected facts",
        briefing_book="Briefing book",
        key_points="Key points",
        who_is_who="Who’s who",
        prepared_on="Prepared on",
        reference="Reference",
        version="Version",
        see_also="See also",
        background="Background",
        chart="Chart",
        purpose="Purpose",
        key_messages="Key messages",
        according_to="According to {name}: ",
        see_entry="see {number}",
        more_refs="… and {count} more, in {sections}",
    ),
    "fr": Labels(
        language="fr",
        contents="Table des matières",
        sources="Sources",
        page_of="Page {page} sur {total}",
        prepared_for="À l’attention de",
        prepared_by="Rédigé par",
        event="Événement",
        date="Date",
        marking="Classification",
        key_figures="Chiffres clés",
        participants="Participants",
        figure="Indicateur",
        value="Valeur",
        name="Nom",
        role="Fonction",
        country="Pays",
        fact="Fait",
        source="Source",
        locator="Emplacement",
        quote="Citation",
        confidence="Fiabilité",
        original_language="Original en {language}",
        no_facts="Aucun fait dans cette section.",
        shared="Questions communes aux participants",
        picked="Faits choisis",
        briefing_book="Dossier d’information",
        key_points="Points clés",
        who_is_who="Qui est qui",
        prepared_on="Établi le",
        reference="Référence",
        version="Version",
        see_also="Voir aussi",
        background="Contexte",
        chart="Graphique",
        purpose="Objet",
        key_messages="Messages clés",
        according_to="Selon {name}\u00a0: ",
        see_entry="voir {number}",
        more_refs="… et {count} autres, en {sections}",
    ),
    "ru": Labels(
        language="ru",
        contents="Содержание",
        sources="Источники",
        page_of="Страница {page} из {total}",
        prepared_for="Для",
        prepared_by="Подготовил",
        event="Мероприятие",
        date="Дата",
        marking="Гриф",
        key_figures="Ключевые показатели",
        participants="Участники",
        figure="Показатель",
        value="Значение",
        name="Имя",
        role="Должность",
        country="Страна",
        fact="Факт",
        source="Источник",
        locator="Место в источнике",
        quote="Цитата",
        confidence="Достоверность",
        original_language="Оригинал: {language}",
        no_facts="В этом разделе нет фактов.",
        shared="Общие для участников",
        picked="Избранные факты",
        briefing_book="Справочные материалы",
        key_points="Главное",
        who_is_who="Кто есть кто",
        prepared_on="Дата подготовки",
        reference="Номер",
        version="Версия",
        see_also="См. также",
        background="Справочно",
        chart="Диаграмма",
        purpose="Цель",
        key_messages="Ключевые тезисы",
        according_to="{name}: ",
        see_entry="см. {number}",
        more_refs="… и ещё {count}: {sections}",
    ),
}

# The handling line printed on the cover under the dossier's highest marking.
HANDLING: dict[str, dict[str, str]] = {
    "en": {
        "RESTRICTED": "For official use only. Do not release outside government.",
        "CONFIDENTIAL": "Need-to-know only. Store locked; do not copy or forward.",
        "SECRET": "Named readers only. Store in an approved container; do not copy.",
    },
    "fr": {
        "RESTRICTED": "Usage officiel uniquement. Ne pas diffuser hors de l’administration.",
        "CONFIDENTIAL": "Besoin d’en connaître. Conserver sous clé ; ne pas copier ni transmettre.",
        "SECRET": "Lecteurs désignés uniquement. Conserver en coffre agréé ; ne pas copier.",
    },
    "ru": {
        "RESTRICTED": "Только для служебного пользования. Не передавать за пределы ведомства.",
        "CONFIDENTIAL": "Только для допущенных лиц. Хранить под замком; не копировать.",
        "SECRET": "Только для указанных лиц. Хранить в сейфе; копирование запрещено.",
    },
}

# Marking names as each language prints them on every page.
MARKING_NAMES: dict[str, dict[str, str]] = {
    "fr": {
        "UNCLASSIFIED": "NON CLASSIFIÉ",
        "RESTRICTED": "DIFFUSION RESTREINTE",
        "CONFIDENTIAL": "CONFIDENTIEL",
        "SECRET": "SECRET",
    },
    "ru": {
        "UNCLASSIFIED": "НЕСЕКРЕТНО",
        "RESTRICTED": "ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ",
        "CONFIDENTIAL": "КОНФИДЕНЦИАЛЬНО",
        "SECRET": "СЕКРЕТНО",
    },
}

# How a pack names an outcome document of its own meeting when it speaks ("The communiqué:").
DOCUMENT_SHORT: dict[str, dict[str, str]] = {
    "en": {
        "communique": "The communiqué",
        "action-plan": "The joint action plan",
        "declaration": "The declaration",
        "joint-statement": "The joint statement",
    },
    "fr": {
        "communique": "Le communiqué",
        "action-plan": "Le plan d’action conjoint",
        "declaration": "La déclaration",
        "joint-statement": "La déclaration commune",
    },
    "ru": {
        "communique": "Коммюнике",
        "action-plan": "План совместных действий",
        "declaration": "Декларация",
        "joint-statement": "Совместное заявление",
    },
}


_FR_SPACES = (
    ("« ", "«\u00a0"),
    (" »", "\u00a0»"),
    (" :", "\u00a0:"),
    (" ;", "\u202f;"),
    (" ?", "\u202f?"),
    (" !", "\u202f!"),
)


def typeset(text: str, language: str) -> str:
    """Text as the language sets it: in French, no line may start with "»", ":" or ";"
    (the space before them becomes non-breaking). Never applied to quotes, which stay
    exactly as the source wrote them."""
    if language != "fr":
        return text
    for plain, tied in _FR_SPACES:
        if plain in text:
            text = text.replace(plain, tied)
    return text


def marking_name(code: str, language: str) -> str:
    """The marking as ``language`` prints it ("DIFFUSION RESTREINTE"); unknown codes as is."""
    return MARKING_NAMES.get(language, {}).get(code, code)


CONFIDENCE_LABELS: dict[str, dict[str, str]] = {
    "en": {"confirmed": "Confirmed", "reported": "Reported", "assessed": "Assessed"},
    "fr": {"confirmed": "Confirmé", "reported": "Rapporté", "assessed": "Évalué"},
    "ru": {"confirmed": "Подтверждено", "reported": "Сообщается", "assessed": "Оценка"},
}


def labels_for(language: str) -> Labels:
    """The labels for ``language`` (one of LANGUAGES); unknown languages get English."""
    return _LABELS.get(language, _LABELS["en"])


# Dossiers in English follow British conventions ("9 October 2025"), as their language tag.
_LOCALES = {"en": "en_GB"}


@lru_cache(maxsize=1 << 15)
def format_day(day: dt.date, language: str) -> str:
    """A date as a reader of ``language`` writes it in prose ("9 octobre 2025").

    Cached: Babel parses its locale on every call, and a 10,000-fact dossier asks for a
    few hundred distinct dates 20,000 times (1 s of a 10k export). The locale and its
    pattern are cached apart, for the thousands of distinct dates of a big base. The
    cache holds ~30 years of days in each of three languages (~6 MB at most): at 4,096,
    a base spanning more than 11 years missed on every call, sections running through
    its dates in order (60,000 calls over 6,000 days: 0.33 s, now 0.06 s).
    """
    fields = _day_fields(language)
    if fields is not None:
        template, months = fields
        return template % {"d": day.day, "MMMM": months[day.month], "y": day.year}
    locale, pattern = _long_date(language)
    return str(format_date(day, format=pattern, locale=locale))


@lru_cache(maxsize=16)
def _long_date(language: str) -> tuple[Locale, str]:
    locale = Locale.parse(_LOCALES.get(language, language))
    return locale, str(get_date_format("long", locale=locale).pattern)


@lru_cache(maxsize=16)
def _day_fields(language: str) -> tuple[str, dict[int, str]] | None:
    """The long date pattern of ``language`` as a %-template over the day, the month's
    name and the year, with the month names; None when it holds any other field.

    Babel builds a formatter object and looks the locale up again for every date: 5 µs a
    date, and a big base has thousands of distinct dates (20 ms of a 10,000-fact dossier).
    The three fields are what Babel writes for "d", "MMMM" and "y" (the number unpadded,
    the wide format-context month name); the CLDR long patterns of the dossier languages
    ("d MMMM y", "d MMMM y 'г'.") hold nothing else, and a test compares every day of
    decades with Babel's own output.
    """
    import re  # once per language: only the first date of a dossier needs these

    from babel.dates import get_month_names, parse_pattern

    locale, pattern = _long_date(language)
    template = str(parse_pattern(pattern).format)  # "%(d)s %(MMMM)s %(y)s"
    if not set(re.findall(r"%\((\w+)\)s", template)) <= {"d", "MMMM", "y"}:
        return None
    months = get_month_names("wide", "format", locale)
    return re.sub(r"%\((d|y)\)s", r"%(\1)d", template), {m: str(months[m]) for m in range(1, 13)}


@lru_cache(maxsize=1024)
def language_name(code: str, language: str) -> str:
    """The name of language ``code`` as ``language`` writes it ("russe"), or the code."""
    try:
        return Locale.parse(code).get_language_name(language) or code
    except (ValueError, UnknownLocaleError):
        return code


def format_days(start: dt.date, end: dt.date | None, language: str) -> str:
    """A date or a range as prose ("19–21 September 2023", "19–21 сентября 2023 г.")."""
    if end is None or end == start:
        return format_day(start, language)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{format_day(end, language)}"
    return f"{format_day(start, language)} – {format_day(end, language)}"


# The cover line saying how many entries print in their original language because the
# dossier's language has no translation of them, or only one of an earlier wording.
# Keyed by CLDR plural category (Babel): Russian needs one/few/many.
_IN_ORIGINAL_LABEL = {"en": "Translations", "fr": "Traductions", "ru": "Переводы"}
_IN_ORIGINAL: dict[str, dict[str, str]] = {
    "en": {
        "one": "{count} entry printed in its original language",
        "other": "{count} entries printed in their original language",
    },
    "fr": {
        "one": "{count} entrée imprimée dans sa langue d’origine",
        "other": "{count} entrées imprimées dans leur langue d’origine",
    },
    "ru": {
        "one": "{count} запись приведена на языке оригинала",
        "few": "{count} записи приведены на языке оригинала",
        "other": "{count} записей приведены на языке оригинала",
    },
}
_IN_ORIGINAL_WHY: dict[str, tuple[str, str]] = {
    # (no translation, translation outdated by an edit of the original)
    "en": ("no translation: {missing}", "translation out of date: {outdated}"),
    "fr": ("sans traduction\u00a0: {missing}", "traduction périmée\u00a0: {outdated}"),
    "ru": ("нет перевода: {missing}", "перевод устарел: {outdated}"),
}


def plural_category(count: int, language: str) -> str:
    """CLDR's plural category of ``count`` in ``language`` ("one", "few", "many", "other")."""
    try:
        return str(Locale.parse(language).plural_form(count))
    except (ValueError, UnknownLocaleError):
        return "one" if count == 1 else "other"


def in_original_line(missing: int, outdated: int, language: str) -> tuple[str, str] | None:
    """(label, value) of the cover line counting entries printed in their original
    language for want of a current translation; None when there are none."""
    total = missing + outdated
    if not total:
        return None
    forms = _IN_ORIGINAL.get(language, _IN_ORIGINAL["en"])
    category = plural_category(total, language)
    text = forms.get(category, forms["other"]).format(count=total)
    why = _IN_ORIGINAL_WHY.get(language, _IN_ORIGINAL_WHY["en"])
    reasons = [
        template.format(missing=missing, outdated=outdated)
        for template, n in zip(why, (missing, outdated), strict=True)
        if n
    ]
    label = _IN_ORIGINAL_LABEL.get(language, _IN_ORIGINAL_LABEL["en"])
    separator = "\u202f; " if language == "fr" else "; "
    return label, f"{text} ({separator.join(reasons)})"
