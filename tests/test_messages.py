"""Validation messages: codes and parameters from the core, worded per language."""

from __future__ import annotations

import string

import pytest

from briefing import messages
from briefing.errors import FieldError, ValidationError
from briefing.store import FactDraft, Store
from briefing.store.records import FactDraft as RecordDraft


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("code", sorted(messages.MESSAGES))
def test_every_message_has_three_wordings_with_the_same_parameters(code: str) -> None:
    templates = messages.MESSAGES[code]
    assert set(templates) == set(messages.LANGUAGES)
    assert fields(templates["fr"]) == fields(templates["en"]) == fields(templates["ru"])


def test_the_english_message_stays_for_the_cli_and_others_are_worded_in_their_language() -> None:
    error = FieldError.of("figures[1].value", "not_a_number", value="abc")
    assert error.message == "'abc' is not a number"
    assert str(error) == "figures[1].value: 'abc' is not a number"
    assert error.text("fr") == "« abc » n’est pas un nombre"
    assert error.describe("ru") == "Цифра 2, значение: «abc» — не число"
    assert error.describe("fr") == "Chiffre 2, valeur\u00a0: « abc » n’est pas un nombre"
    plain = FieldError("x", "as written")
    assert plain.text("ru") == "as written"


def test_shape_errors_carry_codes() -> None:
    with pytest.raises(ValidationError) as caught:
        RecordDraft.from_json({"statement": 5, "people": "Jane Doe"})
    codes = {(e.field, e.code) for e in caught.value.errors}
    assert codes == {("statement", "not_text"), ("people", "not_text_list")}
    assert caught.value.for_field("people", "fr") == ["doit être une liste de textes"]


def test_store_rules_carry_codes(store: Store) -> None:
    with pytest.raises(ValidationError) as caught:
        store.validate(FactDraft(statement="", themes=[], date="31/02/2025"))
    by_field = {e.field: e for e in caught.value.errors}
    assert by_field["statement"].code == "required"
    assert by_field["themes"].text("ru") == "укажите хотя бы одну тему"
    assert by_field["date"].message == "'31/02/2025' is not a valid date (YYYY-MM-DD)"
