"""A summit or visit told opening on one day and closing on a later one in the present or future
("opened on Wednesday, closes on Friday") spans both days (knowledge/event_spans.yaml, English
`until`: the day it ends on, in a present or future tense, as Spanish "concluye el viernes").
Beside it, look-alikes that keep the one day: the closing told of something else in another
sentence, and a past "closed on", which dates a report and states no span. Fixtures written
for these tests."""

import datetime as dt

from ruchina.extract.extraction import extract_article

WEDNESDAY, THURSDAY, FRIDAY = dt.date(2023, 11, 1), dt.date(2023, 11, 2), dt.date(2023, 11, 3)


def _gathering_days(body: str, published: dt.date = WEDNESDAY):
    events = extract_article("x", None, None, body, published, "en").events
    gatherings = [e for e in events if {"summit", "forum", "visit", "state_visit"} & e.types()]
    assert len(gatherings) == 1, [e.types() for e in events]
    return gatherings[0].date.first, gatherings[0].date.last


def test_a_summit_that_opened_today_and_closes_on_a_later_day_spans_both():
    body = ("The summit of the Organization of Turkic States, hosted by Kazakh President Kassym-Jomart Tokayev, "
            "opened in Astana on Wednesday and closes on Friday.")
    assert _gathering_days(body) == (WEDNESDAY, FRIDAY)


def test_a_visit_that_will_end_on_a_later_day_spans_it():
    body = ("Kazakh President Kassym-Jomart Tokayev arrived in Tashkent on Wednesday for a state visit "
            "that will end on Thursday.")
    assert _gathering_days(body) == (WEDNESDAY, THURSDAY)


def test_a_closing_told_in_another_sentence_does_not_stretch_the_summit():
    body = ("The summit of the Organization of Turkic States opened in Astana on Wednesday. "
            "The trade fair in the city closes on Friday.")
    assert _gathering_days(body) == (WEDNESDAY, WEDNESDAY)


def test_a_summit_that_opens_on_a_later_day_is_not_ended_by_it():
    body = ("Kazakh President Kassym-Jomart Tokayev arrived in Astana on Wednesday; the summit of the "
            "Organization of Turkic States opens on Friday.")
    events = extract_article("x", None, None, body, WEDNESDAY, "en").events
    summits = [e for e in events if "summit" in e.types()]
    assert [(s.date.first, s.date.last) for s in summits] == [(FRIDAY, FRIDAY)]
