"""Talks told held "on the sidelines" with no gathering named after the words ("Lula and Ramaphosa
met on the sidelines late on Monday") are on the sidelines of the gathering the article reports:
with no place of their own, at the place of the one summit it reports (and so, across articles,
a part of it). "On the sidelines of the summit in Kazan" names its own, and is placed by
event_sidelines.place_sideline_meetings; an article reporting no summit, or summits in two
places, says nothing of where such talks were."""

from __future__ import annotations

from dataclasses import replace

from ruchina.extract.event_sidelines import MEETING, SUMMIT, sideline_role
from ruchina.extract.event_words import EventWords


def place_bare_sideline_talks(words: EventWords, events: list) -> None:
    """Give a meeting of two told on unnamed sidelines, with no place, the one summit's place."""
    places = {e.location_id for e in events if e.mentions[0].event_type == SUMMIT and not e.earlier and e.location_id}
    if len(places) != 1:
        return
    (place,) = places
    for event in events:
        role = sideline_role(event)
        if event.location_id is None and not event.earlier and role is not None and role[0] == MEETING and any(
                words.sidelines_alone.search(m.sentence, *m.scope) for m in event.mentions if m.scope[1] > m.scope[0]):
            event.add(replace(event.mentions[0], location_id=place), 0)
