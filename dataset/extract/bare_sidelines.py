"""Talks told held "on the sidelines" with no gathering named after the words ("Lula and Ramaphosa
met on the sidelines late on Monday") are on the sidelines of the gathering the article reports:
with no place of their own, at the place of the one summit it reports (and so, across articles,
a part of it). So are talks told held "here" in an article that has no place line to read it by
("Putin held talks here on Thursday with X", in a story of the summit). "On the sidelines of the
summit in Kazan" names its own, and is placed by event_sidelines.place_sideline_meetings; an article reporting no summit, or summits in two
places, says nothing of where such talks were.

Those who hold such talks are at that summit too ("En marge des travaux, A et B se sont
entretenus"): the sidelines are the summit's, and no sentence of the summit need name them (a summit
told as the setting of named talks, "on the sidelines of the summit", takes their people where it is
marked: summit_settings.py)."""

from __future__ import annotations

from dataclasses import replace

from ruchina.extract.event_sidelines import MEETING, SUMMIT, sideline_role
from ruchina.extract.event_words import EventWords, listed_words


def place_bare_sideline_talks(words: EventWords, events: list) -> None:
    """Give a meeting of two told on unnamed sidelines, or told held "here" (the language's
    ``here_words``) where no line placed it, with no place, the one summit's place."""
    places = {e.location_id for e in events if e.mentions[0].event_type == SUMMIT and not e.earlier and e.location_id}
    if len(places) != 1:
        return
    (place,) = places
    # ("Путин провел здесь же переговоры с X", with no place line to read "here" by: here_places.py)
    here = listed_words(words.language, "here_words")
    for event in events:
        role = sideline_role(event)
        if event.location_id is None and not event.earlier and role is not None and role[0] == MEETING and any(
                words.sidelines_alone.search(m.sentence, *m.scope) or (here and here.search(m.sentence, *m.scope))
                for m in event.mentions if m.scope[1] > m.scope[0]):
            event.add(replace(event.mentions[0], location_id=place), 0)


def bare_sideline_talkers_attend(words: EventWords, events: list) -> None:
    """Give the article's one summit the people of the talks told on unnamed sidelines on its days."""
    summits = [e for e in events if e.mentions[0].event_type == SUMMIT and not e.earlier]
    if len(summits) != 1:
        return
    (summit,) = summits
    for talks in events:
        role = sideline_role(talks)
        if talks.earlier or role is None or role[0] != MEETING or not _within_days(talks, summit) or not any(
                words.sidelines_alone.search(m.sentence, *m.scope) for m in talks.mentions if m.scope[1] > m.scope[0]):
            continue
        # (not one leader's round, "held meetings with A, B and C on the sidelines": talks of two with
        # each (meetings_with_each.py), whose list is no summit's list of those attending)
        if any(words.meetings_with_each.search(m.sentence) for m in talks.mentions):
            continue
        # (only a summit that names others than the talks' people: one naming no one, or only them,
        # may be their meeting told another way, and their people would make it look like it)
        if summit.participants - talks.participants:
            summit.add_people(p for p in dict.fromkeys(p for m in talks.mentions for p in m.participant_ids)
                              if p not in summit.participants)


def _within_days(talks, summit) -> bool:
    """Whether talks are dated within a summit's days, or either is undated."""
    if talks.date is None or summit.date is None:
        return True
    return summit.date.first <= talks.date.first <= talks.date.last <= summit.date.last
