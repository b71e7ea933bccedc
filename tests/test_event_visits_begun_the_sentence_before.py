"""A visit told by its end ("Sein offizieller Besuch endet am Donnerstag", "His visit ends on
Thursday") right after a sentence of its paragraph that tells its visitor in a place since a day and
reports no event: the visit began that day, there, and is under way (visits_under_way_since.py). The
German possessive "sein" before a noun stands for the one named before, as "his" does. Beside them,
look-alikes: the sentence before tells someone else's stay, or names no day after its since-word
(short texts written for the tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article

MODI, HANOI = "Q1058", "Q1858"
WEDNESDAY = dt.date(2026, 6, 3)


def visits(body, language):
    return [e for e in extract_article("a", None, None, body, WEDNESDAY, language).events if e.family == "visit"]


@pytest.mark.parametrize("body, language", [
    ("Der vietnamesische Präsident hat Narendra Modi am Mittwoch empfangen.\n\n"
     "Modi ist seit Montag in Hanoi. Sein offizieller Besuch endet am Freitag.", "de"),
    ("The Vietnamese president received Narendra Modi on Wednesday.\n\n"
     "Modi has been in Hanoi since Monday. His official visit ends on Friday.", "en"),
])
def test_a_visit_after_its_visitor_is_told_in_the_place_since_a_day_began_that_day(body, language):
    [visit] = visits(body, language)
    assert MODI in visit.participants and visit.location_id == HANOI
    assert (visit.date.first, visit.date.last) == (dt.date(2026, 6, 1), dt.date(2026, 6, 5))
    assert all(m.status == "occurred" for m in visit.mentions)


@pytest.mark.parametrize("body", [
    # (someone else's stay)
    "The Vietnamese president received Narendra Modi on Wednesday.\n\n"
    "Xi Jinping has been in Hanoi since Monday. Modi's official visit ends on Friday.",
    # (no day after the since-word)
    "The Vietnamese president received Narendra Modi on Wednesday.\n\n"
    "Modi has been in Hanoi since his election. His official visit ends on Friday.",
])
def test_look_alikes_keep_the_visit_from_its_own_words(body):
    for visit in visits(body, "en"):
        if MODI in visit.participants:
            assert visit.date is None or visit.date.first != dt.date(2026, 6, 1)
