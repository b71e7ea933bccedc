"""A gathering's session told apart from the gathering in one article, and the people at it.

A forum told over its days ("opened on Monday and closes on Thursday") and its plenary session told
on one of them ("the forum's plenary session on Wednesday", "The plenary session is under way") are
two events: the session is its own, part of the forum (event_compatibility._session_of_whole; the
English possessive before a session word, event_word_patterns ``session_after``; a bare "the plenary
session", events_en.yaml). Those on its stage are at the forum too (session_people.py). Fixtures
written for these tests, with other forums, people and places than any page read; each beside a
look-alike that must not trigger."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

PUTIN, TOKAYEV, MIRZIYOYEV = "Q7747", "kassym-jomart-tokayev", "shavkat-mirziyoyev"
MONDAY = dt.date(2023, 6, 12)


def events(text, published=MONDAY, language="en"):
    return extract_article("t1", None, None, text, published, language).events


def forums(found):
    return sorted(((e.date.first, e.date.last) if e.date else None, sorted(e.participants))
                  for e in found if "forum" in e.types())


def test_the_forum_s_plenary_session_on_one_of_its_days_is_its_own_event():
    found = events("The Astana International Forum opened in Astana on Monday and closes on Thursday. Vladimir "
                   "Putin will join Kassym-Jomart Tokayev on the stage of the forum's plenary session on Wednesday.")
    days = [days for days, _ in forums(found)]
    assert (dt.date(2023, 6, 14), dt.date(2023, 6, 14)) in days
    assert (dt.date(2023, 6, 12), dt.date(2023, 6, 15)) in days


def test_the_forum_told_twice_over_its_days_is_one_event():
    found = events("The Astana International Forum opened in Astana on Monday and closes on Thursday. Vladimir "
                   "Putin will join Kassym-Jomart Tokayev on the stage of the forum on Wednesday.")
    assert len(forums(found)) == 1


def test_those_on_the_stage_of_a_bare_plenary_session_are_at_it_and_at_the_forum():
    """A live page, latest first: the plenary under way on the page's day, the forum over its days."""
    found = extract_article("t1", "LIVE: Tokayev's Astana forum - speech and guests", None,
                            "The plenary session is under way. On stage with Tokayev: Vladimir Putin and Shavkat "
                            "Mirziyoyev.\n\nGood morning from Astana, on the third day of the Astana International "
                            "Forum (12-15 June).", dt.date(2023, 6, 14), "en").events
    people = {days: people for days, people in forums(found)}
    assert people == {(dt.date(2023, 6, 14), dt.date(2023, 6, 14)): sorted({PUTIN, TOKAYEV, MIRZIYOYEV}),
                      (dt.date(2023, 6, 12), dt.date(2023, 6, 15)): sorted({PUTIN, TOKAYEV, MIRZIYOYEV})}


def test_the_plenary_session_of_a_summit_is_no_forum():
    found = events("Kassym-Jomart Tokayev opened the SCO summit in Astana on Monday. He spoke at the plenary "
                   "session of the summit.")
    assert not forums(found)


def test_in_german_a_forum_told_with_no_day_and_its_plenum_on_a_day_are_two_events():
    """"X nimmt zum ersten Mal an dem Forum teil. Am Mittwoch wollen A und X auf dem Plenum des Forums
    auftreten": the forum told with no day of its own is the whole, not the plenum's session."""
    found = events("Narendra Modi nimmt zum ersten Mal an dem Östlichen Wirtschaftsforum in Wladiwostok teil.\n\n"
                   "Am Mittwoch wollen Putin und Modi gemeinsam auf dem Plenum des Forums auftreten.",
                   dt.date(2023, 6, 12), "de")
    days = [days for days, _ in forums(found)]
    assert len(days) == 2 and (dt.date(2023, 6, 14), dt.date(2023, 6, 14)) in days
