"""Who attended a summit, told only through the talks held at it (corpus/summit_sideline_people.py):
the leaders of a meeting that is part of a summit (on its days, at its place) are the summit's
people too. Beside the look-alikes that must not give the summit anyone: two leaders who met in
the summit's city the day after it closed, and a leader who stayed away and talked by phone."""

from __future__ import annotations

import datetime as dt

from ruchina.corpus.event_parts import link_parts
from ruchina.corpus.event_rows import Event
from ruchina.corpus.summit_sideline_people import give_summits_their_talks_people
from ruchina.extract.dates import ResolvedDate
from ruchina.extract.event_mentions import ArticleEvent, EventMention

HOST, GUEST, OTHER = "kassym-jomart-tokayev", "alexander-lukashenko", "shavkat-mirziyoyev"
TASHKENT = "tashkent"
THURSDAY, FRIDAY = dt.date(2024, 7, 4), dt.date(2024, 7, 5)


def row(event_id, kind, first, last, place, people):
    """An events row as the merge makes it, reported by one article."""
    date = ResolvedDate(first, last, "day", "", 0, 0, "explicit")
    report = EventMention("a1", kind, tuple(people), place, date, "occurred", False, "", 0, 0)
    return Event(event_id, kind, event_id, first, last, "day", place, list(people), "occurred", ["a1"], "",
                 [ArticleEvent("a1", last, [report])])


def settled(*events):
    events = list(events)
    link_parts(events)
    give_summits_their_talks_people(events)
    return events


def test_leaders_who_met_on_the_sidelines_of_a_summit_attended_it():
    summit = row("summit", "summit", THURSDAY, FRIDAY, TASHKENT, [HOST, OTHER])
    talks = row("talks", "meeting", FRIDAY, FRIDAY, TASHKENT, [HOST, GUEST])
    settled(summit, talks)
    assert talks.part_of == "summit"
    assert set(summit.participant_ids) == {HOST, GUEST, OTHER}
    assert set(talks.participant_ids) == {HOST, GUEST}  # (the talks keep their own two)


def test_a_summit_whose_guests_no_sentence_lists_takes_them_from_its_talks():
    summit = row("summit", "summit", THURSDAY, THURSDAY, TASHKENT, [])
    talks = row("talks", "meeting", THURSDAY, THURSDAY, TASHKENT, [GUEST, OTHER])
    settled(summit, talks)
    assert summit.participant_ids == sorted([GUEST, OTHER])


def test_leaders_who_met_in_the_summit_s_city_the_day_after_it_closed_are_not_its_people():
    summit = row("summit", "summit", THURSDAY, THURSDAY, TASHKENT, [HOST])
    talks = row("talks", "meeting", FRIDAY, FRIDAY, TASHKENT, [GUEST, OTHER])
    settled(summit, talks)
    assert talks.part_of is None
    assert summit.participant_ids == [HOST]


def test_a_leader_who_stayed_away_and_talked_by_phone_did_not_attend():
    summit = row("summit", "summit", THURSDAY, THURSDAY, TASHKENT, [HOST])
    call = row("call", "call", THURSDAY, THURSDAY, None, [HOST, GUEST])
    settled(summit, call)
    assert summit.participant_ids == [HOST]


def test_a_three_way_meeting_beside_a_summit_gives_it_no_one():
    # (an observer state's leader meets two members on the sidelines: he came for the meeting)
    summit = row("summit", "summit", THURSDAY, FRIDAY, TASHKENT, [HOST, GUEST])
    trilateral = row("trilateral", "meeting", FRIDAY, FRIDAY, TASHKENT, [HOST, GUEST, OTHER])
    settled(summit, trilateral)
    assert trilateral.part_of == "summit"
    assert summit.participant_ids == [HOST, GUEST]
