"""An open window hears of facts other people save (gui/live.py), on both backends."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from briefing.gui.bus import Bus, Changes
from briefing.gui.live import LiveUpdates
from briefing.store import FactDraft, Store


def test_a_save_elsewhere_is_announced_once(store: Store, qtbot: QtBot) -> None:
    bus = Bus()
    heard: list[tuple[Changes, object]] = []
    bus.changes_applied.connect(lambda changes, initiator: heard.append((changes, initiator)))
    live = LiveUpdates(store, bus, interval_ms=20)
    elsewhere = Store.open(store.engine.url.render_as_string(hide_password=False))
    try:
        added = elsewhere.add(FactDraft("Saved in another office.", ["security"]))
        qtbot.waitUntil(lambda: bool(heard), timeout=5000)
        changes, initiator = heard[0]
        assert changes.facts and changes.uuids == {added.uuid} and initiator is live
        draft = added.to_draft()
        draft.statement = "Corrected in another office."
        elsewhere.update(added.uuid, draft, added.version)
        qtbot.waitUntil(lambda: len(heard) == 2, timeout=5000)
        assert heard[1][0].uuids == {added.uuid}
    finally:
        elsewhere.close()
    live.timer.stop()
    mine = store.add(FactDraft("Saved in this window.", ["security"]))
    bus.publish(Changes(facts=True, uuids=frozenset({mine.uuid})), object())  # as a command does
    live.poll()
    assert len(heard) == 3  # this window's own write: announced by its command, not again
