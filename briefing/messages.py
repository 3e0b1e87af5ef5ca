"""Validation messages as codes with parameters, worded in English, French and Russian.

The core reports a broken rule as a code (``too_long``) plus its parameters
(``limit=300``); ``errors.FieldError`` keeps the English wording for the CLI and the logs,
and the GUI asks for the interface language's wording with ``render``. The catalogue is
plain data, free of Qt, so the CLI could print it in another language too, and one place
holds each sentence in its three languages rather than one per face.

Templates use ``str.format`` fields named after the parameters. English keeps ``!r``
quoting (the CLI's messages are unchanged); French and Russian quote with « ».
"""

from __future__ import annotations

import re
from collections.abc import Mapping

LANGUAGES = ("en", "fr", "ru")

MESSAGES: dict[str, dict[str, str]] = {
    "required": {
        "en": "must not be empty",
        "fr": "ne doit pas être vide",
        "ru": "не может быть пустым",
    },
    "too_long": {
        "en": "is longer than {limit} characters",
        "fr": "dépasse {limit} caractères",
        "ru": "длиннее {limit} символов",
    },
    "language_unknown": {
        "en": "unknown language code {code!r} (use e.g. fr, en, ru)",
        "fr": "code de langue inconnu « {code} » (par exemple fr, en, ru)",
        "ru": "неизвестный код языка «{code}» (например, fr, en, ru)",
    },
    "language_code_unknown": {
        "en": "unknown language code {code!r}",
        "fr": "code de langue inconnu « {code} »",
        "ru": "неизвестный код языка «{code}»",
    },
    "translations_shape": {
        "en": "must map a language code to a text",
        "fr": "doit associer un code de langue à un texte",
        "ru": "должно сопоставлять коду языка текст",
    },
    "date_invalid": {
        "en": "{value!r} is not a valid date (YYYY-MM-DD)",
        "fr": "« {value} » n’est pas une date valide (JJ/MM/AAAA ou AAAA-MM-JJ)",
        "ru": "«{value}» — недопустимая дата (ДД.ММ.ГГГГ или ГГГГ-ММ-ДД)",
    },
    "date_not_a_date": {
        "en": "{value!r} is not a date",
        "fr": "« {value} » n’est pas une date",
        "ru": "«{value}» — не дата",
    },
    "date_ambiguous": {
        "en": "{value!r} is ambiguous: write day and month in the order of {example}, "
        "or YYYY-MM-DD",
        "fr": "la date « {value} » est ambiguë : écrivez le jour et le mois dans l’ordre de "
        "{example}, ou AAAA-MM-JJ",
        "ru": "дата «{value}» неоднозначна: укажите день и месяц в порядке {example} "
        "или ГГГГ-ММ-ДД",
    },
    "themes_required": {
        "en": "at least one theme is required",
        "fr": "au moins un thème est requis",
        "ru": "укажите хотя бы одну тему",
    },
    "theme_unknown": {
        "en": "unknown theme {theme!r}",
        "fr": "thème inconnu « {theme} »",
        "ru": "неизвестная тема «{theme}»",
    },
    "country_unknown_iso": {
        "en": "unknown country code {code!r} (ISO 3166 alpha-2, e.g. TJ)",
        "fr": "code de pays inconnu « {code} » (ISO 3166 alpha-2, par exemple TJ)",
        "ru": "неизвестный код страны «{code}» (ISO 3166 alpha-2, например TJ)",
    },
    "country_unknown": {
        "en": "unknown country code {code!r}",
        "fr": "code de pays inconnu « {code} »",
        "ru": "неизвестный код страны «{code}»",
    },
    "marking_unknown": {
        "en": "unknown marking {marking!r} (one of {known})",
        "fr": "classification inconnue « {marking} » (au choix : {known})",
        "ru": "неизвестный гриф «{marking}» (допустимы: {known})",
    },
    "marking_required": {
        "en": "must name a marking (e.g. UNCLASSIFIED)",
        "fr": "doit nommer une classification (par exemple UNCLASSIFIED)",
        "ru": "укажите гриф (например, UNCLASSIFIED)",
    },
    "one_of": {
        "en": "must be one of {choices}",
        "fr": "doit être l’une des valeurs suivantes : {choices}",
        "ru": "допустимые значения: {choices}",
    },
    "source_needed": {
        "en": "a quote or locator needs the source it comes from",
        "fr": "une citation ou un emplacement exige la source dont ils proviennent",
        "ru": "для цитаты или ссылки на место нужен источник",
    },
    "not_a_number": {
        "en": "{value!r} is not a number",
        "fr": "« {value} » n’est pas un nombre",
        "ru": "«{value}» — не число",
    },
    "number_too_large": {
        "en": "must be below {limit} in size",
        "fr": "doit être inférieur à {limit} en valeur absolue",
        "ru": "по модулю должно быть меньше {limit}",
    },
    "not_a_boolean": {
        "en": "must be true or false, not {value!r}",
        "fr": "doit valoir true ou false, et non « {value} »",
        "ru": "должно быть true или false, а не «{value}»",
    },
    "speaker_shape": {
        "en": 'must be null, {{"person": NAME}}, {{"document": TITLE}} or {{"country": CODE}}',
        "fr": 'doit valoir null, {{"person": NOM}}, {{"document": TITRE}} ou {{"country": CODE}}',
        "ru": 'должно быть null, {{"person": ИМЯ}}, {{"document": НАЗВАНИЕ}} или '
        '{{"country": КОД}}',
    },
    "speaker_kind": {
        "en": "unknown kind {kind!r} (person, document or country)",
        "fr": "type inconnu « {kind} » (person, document ou country)",
        "ru": "неизвестный тип «{kind}» (person, document или country)",
    },
    "unprintable": {
        "en": "contains a character that cannot be printed (U+{codepoint})",
        "fr": "contient un caractère impossible à imprimer (U+{codepoint})",
        "ru": "содержит символ, который невозможно напечатать (U+{codepoint})",
    },
    "source_shape": {
        "en": 'must be an object {{"title", "quote", "locator"}}',
        "fr": 'doit être un objet {{"title", "quote", "locator"}}',
        "ru": 'должно быть объектом {{"title", "quote", "locator"}}',
    },
    "figures_shape": {
        "en": 'must be a list of {{"label", "value", "unit"}}',
        "fr": 'doit être une liste de {{"label", "value", "unit"}}',
        "ru": 'должно быть списком {{"label", "value", "unit"}}',
    },
    "not_an_object": {
        "en": "must be an object",
        "fr": "doit être un objet",
        "ru": "должно быть объектом",
    },
    "not_text": {
        "en": "must be text, not {kind}",
        "fr": "doit être un texte, et non {kind}",
        "ru": "должно быть текстом, а не {kind}",
    },
    "not_a_count": {
        "en": "must be a whole number, 0 or more",
        "fr": "doit être un nombre entier positif ou nul",
        "ru": "должно быть целым неотрицательным числом",
    },
    "not_text_list": {
        "en": "must be a list of texts",
        "fr": "doit être une liste de textes",
        "ru": "должно быть списком строк",
    },
    "sections_required": {
        "en": "add at least one section",
        "fr": "ajoutez au moins une section",
        "ru": "добавьте хотя бы один раздел",
    },
    "sections_shape": {
        "en": "must be a list of objects",
        "fr": "doit être une liste d’objets",
        "ru": "должно быть списком объектов",
    },
    "slug_format": {
        "en": "use lower-case letters, digits and '-'",
        "fr": "utilisez des minuscules, des chiffres et « - »",
        "ru": "допустимы строчные латинские буквы, цифры и «-»",
    },
    "theme_own_parent": {
        "en": "a theme cannot be its own parent",
        "fr": "un thème ne peut pas être son propre parent",
        "ru": "тема не может входить сама в себя",
    },
    "reliability_grade": {
        "en": "use the Admiralty grades A (reliable) to F",
        "fr": "utilisez la cotation de l’Amirauté, de A (fiable) à F",
        "ru": "используйте шкалу Адмиралтейства: от A (надёжный) до F",
    },
    "end_before_start": {
        "en": "must not be before the start date",
        "fr": "ne doit pas précéder la date de début",
        "ru": "не может быть раньше даты начала",
    },
    "end_needs_start": {
        "en": "an end date needs a start date",
        "fr": "une date de fin exige une date de début",
        "ru": "при дате окончания нужна дата начала",
    },
    "marking_unknown_code": {
        "en": "unknown marking {marking!r}",
        "fr": "classification inconnue « {marking} »",
        "ru": "неизвестный гриф «{marking}»",
    },
    "section_kind_unknown": {
        "en": "unknown kind {kind!r}",
        "fr": "type de section inconnu « {kind} »",
        "ru": "неизвестный тип раздела «{kind}»",
    },
    "section_theme_required": {
        "en": "a theme is required",
        "fr": "un thème est requis",
        "ru": "укажите тему",
    },
    "section_country_required": {
        "en": "a country is required",
        "fr": "un pays est requis",
        "ru": "укажите страну",
    },
    "section_facts_required": {
        "en": "pick at least one fact",
        "fr": "choisissez au moins un fait",
        "ru": "выберите хотя бы один факт",
    },
    "section_title_required": {
        "en": "a written section needs a title",
        "fr": "une section rédigée doit avoir un titre",
        "ru": "у текстового раздела должен быть заголовок",
    },
}

# What each field is called in a message that names it ("Figure 2, value: …").
FIELDS: dict[str, dict[str, str]] = {
    "statement": {"en": "Statement", "fr": "Énoncé", "ru": "Формулировка"},
    "language": {"en": "Language", "fr": "Langue", "ru": "Язык"},
    "translations": {"en": "Translations", "fr": "Traductions", "ru": "Переводы"},
    "translation": {
        "en": "Translation ({code})",
        "fr": "Traduction ({code})",
        "ru": "Перевод ({code})",
    },
    "date": {"en": "Date", "fr": "Date", "ru": "Дата"},
    "event": {"en": "Event", "fr": "Événement", "ru": "Мероприятие"},
    "themes": {"en": "Themes", "fr": "Thèmes", "ru": "Темы"},
    "countries": {"en": "Countries", "fr": "Pays", "ru": "Страны"},
    "people": {"en": "People", "fr": "Personnes", "ru": "Лица"},
    "organisations": {"en": "Organisations", "fr": "Organisations", "ru": "Организации"},
    "documents": {"en": "Documents", "fr": "Documents", "ru": "Документы"},
    "marking": {"en": "Marking", "fr": "Classification", "ru": "Гриф"},
    "max_marking": {
        "en": "Marking ceiling",
        "fr": "Classification maximale",
        "ru": "Предельный гриф",
    },
    "confidence": {"en": "Confidence", "fr": "Fiabilité", "ru": "Достоверность"},
    "source": {"en": "Source", "fr": "Source", "ru": "Источник"},
    "source.title": {"en": "Source", "fr": "Source", "ru": "Источник"},
    "source.quote": {"en": "Quote", "fr": "Citation", "ru": "Цитата"},
    "source.locator": {"en": "Locator", "fr": "Emplacement", "ru": "Место в источнике"},
    "figures": {"en": "Figures", "fr": "Chiffres", "ru": "Цифры"},
    "figure": {"en": "Figure {n}", "fr": "Chiffre {n}", "ru": "Цифра {n}"},
    "label": {"en": "label", "fr": "intitulé", "ru": "название"},
    "value": {"en": "value", "fr": "valeur", "ru": "значение"},
    "unit": {"en": "unit", "fr": "unité", "ru": "единица"},
    "qualifier": {"en": "qualifier", "fr": "précision", "ru": "уточнение"},
    "key": {"en": "Key fact", "fr": "Fait clé", "ru": "Ключевой факт"},
    "speaker": {"en": "Speaker", "fr": "Locuteur", "ru": "Кто говорит"},
    "title": {"en": "Title", "fr": "Titre", "ru": "Заголовок"},
    "page_size": {"en": "Page size", "fr": "Format de page", "ru": "Формат страницы"},
    "sections": {"en": "Sections", "fr": "Sections", "ru": "Разделы"},
    "section": {"en": "Section {n}", "fr": "Section {n}", "ru": "Раздел {n}"},
    "name": {"en": "Name", "fr": "Nom", "ru": "Имя"},
    "name_en": {"en": "Name (English)", "fr": "Nom (anglais)", "ru": "Название (английский)"},
    "slug": {"en": "Identifier", "fr": "Identifiant", "ru": "Идентификатор"},
    "parent": {"en": "Inside theme", "fr": "Dans le thème", "ru": "Входит в тему"},
    "reliability": {"en": "Reliability", "fr": "Fiabilité", "ru": "Надёжность"},
    "kind": {"en": "Kind", "fr": "Type", "ru": "Вид"},
    "start_date": {"en": "Start date", "fr": "Date de début", "ru": "Дата начала"},
    "end_date": {"en": "End date", "fr": "Date de fin", "ru": "Дата окончания"},
    "country": {"en": "Country", "fr": "Pays", "ru": "Страна"},
}

_INDEXED = re.compile(r"^(figures|sections)\[(\d+)\](?:\.(\w+))?")


def render(code: str, params: Mapping[str, object], language: str, fallback: str = "") -> str:
    """The message ``code`` in ``language`` (English when the language has none).

    ``fallback`` is returned for a code the catalogue does not hold (a message raised
    without a code keeps its own English wording).
    """
    templates = MESSAGES.get(code)
    if templates is None:
        return fallback
    template = templates.get(language) or templates["en"]
    return template.format(**params)


def field_label(field: str, language: str) -> str:
    """A field as a reader of ``language`` names it ("Chiffre 2, valeur"); else as is."""

    def word(key: str, **params: object) -> str:
        names = FIELDS.get(key)
        if names is None:
            return key
        return (names.get(language) or names["en"]).format(**params)

    indexed = _INDEXED.match(field)
    if indexed:
        head, index, sub = indexed.groups()
        name = word("figure" if head == "figures" else "section", n=int(index) + 1)
        return f"{name}, {word(sub)}" if sub and sub in FIELDS else name
    if field.startswith("translations."):
        return word("translation", code=field.split(".", 1)[1])
    if field.startswith("speaker."):
        return word("speaker")
    return word(field)
