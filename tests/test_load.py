"""Records read back from the store are whole: every field set, equal to a fresh one."""

from __future__ import annotations

from dataclasses import fields, replace

from briefing.store import FactRecord, Store
from briefing.store.records import SourceRecord


def test_loaded_records_carry_every_field_and_compare_equal(seeded: Store) -> None:
    records = seeded.facts()
    assert records
    names = {f.name for f in fields(FactRecord)}
    source_names = {f.name for f in fields(SourceRecord)}
    for record in records:
        assert set(vars(record)) == names  # built without __init__: none may be missing
        assert set(vars(record.source)) == source_names
        assert replace(record) == record  # through __init__: the same record
        assert replace(record.source) == record.source
    spoken = [r for r in records if r.speaker is not None]
    assert spoken and all(r.speaker and r.speaker.ref for r in spoken)
