"""One named only as watching an act ("gave the signal, watched on stage by X and Y") takes no part
in it, and "the two leaders" after it are still the two who acted (away_people.without_onlookers,
knowledge `onlookers`); at a signing the leaders who watch it are its people (jpn66's witnessed
signings). Texts written for these tests, other leaders and acts than any page read."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

THURSDAY = dt.date(2018, 11, 22)
ORBAN, VUCIC = "Q57641", "aleksandar-vucic"


def events_of(body: str):
    return extract_article("o", None, None, body, THURSDAY, "en").events


def test_onlookers_are_neither_at_the_act_nor_the_two_leaders_after_it():
    events = events_of("Hungary's Viktor Orban and Serbia's Aleksandar Vucic opened a new railway bridge at a "
                       "ceremony in Novi Sad on Thursday. The two leaders cut the ribbon, watched from the stage by "
                       "Austria's chancellor Sebastian Kurz and Croatia's Andrej Plenkovic. After their talks, the "
                       "two leaders signed a joint statement.")
    people = set().union(*(e.participants for e in events))
    assert {ORBAN, VUCIC} <= people
    assert not any("kurz" in p or "plenkovic" in p for p in people)


def test_leaders_who_watch_a_signing_are_its_people():
    events = events_of("The two foreign ministers signed a transit agreement in Novi Sad on Thursday, watched by "
                       "Viktor Orban and Aleksandar Vucic.")
    (signing,) = [e for e in events if "agreement" in e.types()]
    assert {ORBAN, VUCIC} <= signing.participants
