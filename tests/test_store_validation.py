"""Every validation rule of the store names its field; invalid input writes nothing."""

from __future__ import annotations

import pytest

from briefing.errors import ConflictError, ValidationError
from briefing.store import FactDraft, FactQuery, FigureDraft, Store


def draft(**overrides: object) -> FactDraft:
    base = FactDraft(statement="Leaders met in Dushanbe.", themes=["security"], countries=["TJ"])
    for key, value in overrides.items():
        setattr(base, key, value)
    return base


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"statement": "   "}, "statement"),
        ({"themes": []}, "themes"),
        ({"themes": ["no-such-theme"]}, "themes"),
        ({"countries": ["XX"]}, "countries"),
        ({"countries": ["TJK"]}, "countries"),
        ({"marking": "TOP SECRET"}, "marking"),
        ({"date": "2025-02-30"}, "date"),
        ({"date": "9 octobre"}, "date"),
        ({"language": "klingon"}, "language"),
        ({"translations": {"zz9": "x"}}, "translations.zz9"),
        ({"translations": {"fr": "  "}}, "translations.fr"),
        ({"confidence": "certain"}, "confidence"),
        ({"quote": "words", "source_title": None}, "source.title"),
        ({"figures": [FigureDraft("Trade", "a lot", "USD")]}, "figures[0].value"),
        ({"figures": [FigureDraft("Trade", float("nan"), "USD")]}, "figures[0].value"),
        ({"figures": [FigureDraft("", 3, "USD")]}, "figures[0].label"),
    ],
)
def test_each_rule_names_its_field(store: Store, overrides: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as err:
        store.add(draft(**overrides))
    assert err.value.for_field(field), f"{field} not named in: {err.value}"
    assert store.count() == 0


def test_all_errors_reported_at_once(store: Store) -> None:
    with pytest.raises(ValidationError) as err:
        store.add(draft(statement="", countries=["QQ"], marking="nope"))
    assert {e.field for e in err.value.errors} == {"statement", "countries", "marking"}


def test_unknown_names_are_created_not_rejected(store: Store) -> None:
    rec = store.add(
        draft(event="Astana meeting", documents=["Joint statement"], people=["A. Person"],
              organisations=["SCO"], source_title="Cable 12")
    )  # fmt: skip
    assert rec.event == "Astana meeting"
    assert rec.documents == ("Joint statement",)
    assert (rec.people, rec.organisations, rec.source.title) == (
        ("A. Person",),
        ("SCO",),
        "Cable 12",
    )
    again = store.add(draft(event="astana MEETING", people=["a. person"]))
    assert again.event == "Astana meeting"
    assert len(store.events()) == 1 and len(store.people()) == 1


def test_valid_fact_is_normalised(store: Store) -> None:
    rec = store.add(
        draft(
            countries=["tj", "ru", "TJ"],
            marking="restricted",
            date="2025-10-09",
            figures=[FigureDraft("Students", "212 000", "students")],
        )
    )
    assert rec.countries == ("RU", "TJ")
    assert rec.marking == "RESTRICTED"
    assert rec.date is not None and rec.date.isoformat() == "2025-10-09"
    assert rec.figures[0].value == 212000
    assert rec.version == 1


def test_update_keeps_revision_and_detects_conflict(store: Store) -> None:
    rec = store.add(draft())
    edited = rec.to_draft()
    edited.statement = "Leaders met in Dushanbe on 9 October."
    saved = store.update(rec.uuid, edited, rec.version)
    assert saved.version == 2
    assert saved.statement.endswith("9 October.")
    history = store.revisions(rec.uuid)
    assert history[0][0] == 1
    assert history[0][3]["statement"] == "Leaders met in Dushanbe."
    stale = rec.to_draft()
    stale.statement = "An editor with an old copy."
    with pytest.raises(ConflictError):
        store.update(rec.uuid, stale, rec.version)
    assert store.get(rec.uuid).statement.endswith("9 October.")


def test_invalid_update_changes_nothing(store: Store) -> None:
    rec = store.add(draft())
    bad = rec.to_draft()
    bad.themes = ["nope"]
    with pytest.raises(ValidationError):
        store.update(rec.uuid, bad, rec.version)
    again = store.get(rec.uuid)
    assert again.version == 1 and again.themes == ("security",)


def test_delete_is_recoverable(store: Store) -> None:
    rec = store.add(draft())
    store.delete(rec.uuid, rec.version)
    assert store.count() == 0
    assert store.fact_ids(FactQuery(text="Dushanbe")) == []
    assert store.count(FactQuery(deleted=True)) == 1
    store.restore(rec.uuid)
    assert store.fact_ids(FactQuery(text="Dushanbe")) == [rec.key]


def test_theme_filter_includes_sub_themes(store: Store) -> None:
    child = store.add(draft(themes=["counter-terrorism"]))
    other = store.add(draft(themes=["energy"]))
    ids = store.fact_ids(FactQuery(themes=("security",)))
    assert child.key in ids and other.key not in ids


def test_max_marking_excludes_higher(store: Store) -> None:
    low = store.add(draft())
    high = store.add(draft(marking="SECRET"))
    ids = store.fact_ids(FactQuery(max_marking="CONFIDENTIAL"))
    assert low.key in ids and high.key not in ids


def test_list_order_is_date_then_order_of_entry(store: Store) -> None:
    later = store.add(draft(date="2025-10-10", source_title="A", locator="§1"))
    p2 = store.add(draft(date="2025-10-09", source_title="A", locator="§2"))
    p10 = store.add(draft(date="2025-10-09", source_title="A", locator="§10"))
    undated = store.add(draft())
    # undated facts sort first, as NULL does in SQL (dossiers print them last)
    assert store.fact_ids() == [undated.key, p2.key, p10.key, later.key]


@pytest.mark.parametrize(
    ("save", "field"),
    [
        (lambda s: s.save_person("  ", "President", "TJ"), "name"),
        (lambda s: s.save_person("Emomali Rahmon", "President", "XX"), "country"),
        (lambda s: s.save_event("Summit", country="QQ"), "country"),
        (lambda s: s.save_event(" "), "name"),
        (lambda s: s.save_organisation(""), "name"),
        (lambda s: s.save_theme("Bad Slug!", "Bad"), "slug"),
        (lambda s: s.save_theme("ok", "OK", parent="nope"), "parent"),
        (lambda s: s.save_source("Cable", reliability="Z"), "reliability"),
        (lambda s: s.save_spec(" ", {}), "name"),
    ],
)
def test_entity_rules_name_their_field(store: Store, save: object, field: str) -> None:
    with pytest.raises(ValidationError) as err:
        save(store)  # type: ignore[operator]
    assert err.value.for_field(field)


GOOD = {"statement": "Leaders met.", "themes": ["security"], "countries": ["TJ"]}


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"marking": {"code": "SECRET"}}, "marking"),
        ({"marking": 30}, "marking"),
        ({"marking": True}, "marking"),
        ({"marking": ""}, "marking"),
        ({"people": "Jane Doe"}, "people"),
        ({"themes": "security"}, "themes"),
        ({"event": ["Summit"]}, "event"),
        ({"source": ["A source"]}, "source"),
        ({"source": {"title": "Cable", "quote": 5}}, "source.quote"),
        ({"figures": [{"label": "Trade", "value": 1e25, "unit": "USD"}]}, "figures[0].value"),
        (
            {"figures": [{"label": "Trade", "value": 10**308 * 10, "unit": "USD"}]},
            "figures[0].value",
        ),
        ({"figures": "45 bn"}, "figures"),
        ({"statement": "QS \x07 QE"}, "statement"),
        ({"statement": "lone \ud800 surrogate"}, "statement"),
        ({"translations": {"fr": "bad \x0b tab"}}, "translations.fr"),
        ({"source": {"title": "Cable", "locator": "1" * 4300}}, "source.locator"),
        ({"source": {"title": "T" * 10_000}}, "source.title"),
        ({"source": {"title": "Cable", "quote": "q" * 20_001}}, "source.quote"),
        ({"key": "yes"}, "key"),
        ({"speaker": "Putin"}, "speaker"),
        ({"speaker": {"country": "XX"}}, "speaker.country"),
        ({"translations": ["en", "text"]}, "translations"),
    ],
)
def test_import_refuses_wrong_shapes_and_unprintable_values(
    store: Store, changes: dict[str, object], field: str
) -> None:
    before = store.count()
    with pytest.raises(ValidationError) as err:
        store.import_facts([GOOD, {**GOOD, **changes}])
    assert err.value.record == 1
    assert err.value.for_field(field), str(err.value)
    assert store.count() == before  # all or nothing


def test_speaker_and_key_round_trip(store: Store) -> None:
    store.save_person("Vladimir Putin", "President", "RU")
    report = store.import_facts(
        [
            {**GOOD, "key": True, "speaker": {"person": "Vladimir Putin"}},
            {**GOOD, "speaker": {"document": "New communiqué"}},
        ]
    )
    first, second = (store.get(u) for u in report.added)
    assert first.is_key and first.speaker is not None and first.speaker.ref == "Vladimir Putin"
    assert second.speaker is not None and second.speaker.kind == "document"
    assert "New communiqué" in {d.title for d in store.documents()}  # created with the fact
    assert first.to_json()["speaker"] == {"person": "Vladimir Putin"}


def test_speaker_of_unknown_kind_is_refused(store: Store) -> None:
    from briefing.store.records import Speaker

    with pytest.raises(ValidationError) as err:
        store.add(draft(speaker=Speaker("organisation", "UN")))
    assert err.value.for_field("speaker")
    assert not store.documents()  # not taken for a new document


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"people": ["P" * 201]}, "people"),
        ({"speaker": {"person": "P" * 201}}, "speaker.person"),
        ({"speaker": {"document": "D" * 301}}, "speaker.document"),
    ],
)
def test_names_fit_their_columns_on_every_backend(
    store: Store, changes: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as err:
        store.import_facts([{**GOOD, **changes}])
    assert err.value.for_field(field)


def test_resolved_fact_made_fast_is_the_same_frozen_record() -> None:
    import dataclasses

    from briefing.store.validation import ResolvedFact

    values: dict[str, object] = {f.name: None for f in dataclasses.fields(ResolvedFact)}
    values.update(statement="S", language="fr", theme_ids=(1,), countries=("TJ",))
    made = ResolvedFact.of(**values)
    assert made == ResolvedFact(**values)  # type: ignore[arg-type]
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.statement = "changed"  # type: ignore[misc]
    del values["quote"]
    with pytest.raises(TypeError, match="quote"):
        ResolvedFact.of(**values)
    with pytest.raises(TypeError):
        ResolvedFact.of(**values, quote=None, extra=1)
