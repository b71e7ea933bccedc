"""One named only as watching an act ("cut the ribbon, watched from the stage by X and Y") is at it,
but "the two leaders" of the next sentence are still the two who acted (away_people.onlookers_named,
knowledge `onlookers`, event_sentences.py). Beside it, those who act in a clause after the watching
("watched by reporters as X and Y signed") are no onlookers. Texts written for these tests, other leaders and acts than any page read."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

THURSDAY = dt.date(2018, 11, 22)
ORBAN, VUCIC = "Q57641", "aleksandar-vucic"


def events_of(body: str):
    return extract_article("o", None, None, body, THURSDAY, "en").events


def test_the_two_leaders_after_onlookers_are_the_two_who_acted():
    events = events_of("Hungary's Viktor Orban and Serbia's Aleksandar Vucic opened a new railway bridge at a "
                       "ceremony in Novi Sad on Thursday. The two leaders cut the ribbon, watched from the stage by "
                       "Austria's chancellor Sebastian Kurz and Bulgaria's prime minister Boyko Borisov. After their "
                       "talks, the two leaders signed a joint statement.")
    (statement,) = [e for e in events if "agreement" in e.types()]
    assert statement.participants == {ORBAN, VUCIC}
    ceremony_people = set().union(*(e.participants for e in events if "other" in e.types()))
    assert any("kurz" in p for p in ceremony_people), "the onlookers are at the ceremony"


def test_those_who_act_after_a_watched_clause_are_no_onlookers():
    events = events_of("The ceremony in Novi Sad on Thursday was watched by reporters as Viktor Orban and "
                       "Aleksandar Vucic signed a joint statement.")
    (statement,) = [e for e in events if "agreement" in e.types()]
    assert statement.participants == {ORBAN, VUCIC}
