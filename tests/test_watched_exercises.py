"""Leaders who watch a military exercise attend an event of its own, typed other (events_en.yaml
triggers.other: the watching verb with the exercise's word after it); an exercise a text names with
no one watching it, or one a leader will not watch, is no report. Texts written
for the test."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
LULA, MODI = (CATALOG.named(name).entity_id for name in ("Luiz Inácio Lula da Silva", "Narendra Modi"))
SATURDAY = dt.date(2031, 5, 17)


def _events(body: str, title: str = "Leaders at the range") -> list:
    return extract_article("x", title, None, body, SATURDAY, "en").events


def test_leaders_who_watched_an_exercise_attend_it():
    body = ("Presidents Narendra Modi and Luiz Inácio Lula da Silva watched on Saturday as marines, backed by "
            "helicopters, landed on a beach in the final phase of the joint naval exercise.")
    watched = [e for e in _events(body) if e.mentions[0].event_type == "other"]
    assert watched and {MODI, LULA} <= set(watched[0].mentions[0].participant_ids)
    assert str(watched[0].date.first) == "2031-05-17"


def test_look_alike_an_exercise_with_no_one_watching_is_no_event():
    body = "Some 5,000 troops took part in the joint naval exercise on Saturday, the navy said."
    assert not [e for e in _events(body) if e.mentions[0].event_type == "other"]


def test_look_alike_a_leader_who_will_not_watch_the_drills_attends_nothing():
    body = "Narendra Modi will not watch the drills on Saturday, officials said."
    assert not [e for e in _events(body) if e.mentions[0].event_type == "other"]
