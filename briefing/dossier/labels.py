"""Printed labels in the three dossier languages, and locale-aware dates (Babel / CLDR)."""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date

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
    ),
}

CONFIDENCE_LABELS: dict[str, dict[str, str]] = {
    "en": {"confirmed": "Confirmed", "reported": "Reported", "assessed": "Assessed"},
    "fr": {"confirmed": "Confirmé", "reported": "Rapporté", "assessed": "Évalué"},
    "ru": {"confirmed": "Подтверждено", "reported": "Сообщается", "assessed": "Оценка"},
}


def labels_for(language: str) -> Labels:
    """The labels for ``language`` (one of LANGUAGES); unknown languages get English."""
    return _LABELS.get(language, _LABELS["en"])


def format_day(day: dt.date, language: str) -> str:
    """A date as a reader of ``language`` writes it in prose ("9 octobre 2025")."""
    return str(format_date(day, format="long", locale=language))
