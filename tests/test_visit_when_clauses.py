"""An act told in a "when" clause right after a visit's words, "to prepare Modi's visit to Astana in
September, when he and Tokayev are expected to sign a rail treaty", is held in the visit's month at
its place, and "he" is the visitor; a visit a meeting serves "to prepare" is to come, its month the
next one (issue 23, visits40; extract/visit_when_clauses.py, events_en.yaml ``ahead``). Beside it the
look-alike: a "when" clause after a year ("in 2019, when he was ill") dates no act by a visit.

Every fixture is written for these tests, with visits and leaders of their own."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

DAY = dt.date(2031, 11, 14)


def events(body: str):
    return extract_article("a", "Rail ministers meet in Tashkent", None, body, DAY, "en").events


def test_an_act_in_a_visits_when_clause_is_on_the_visits_month_with_the_visitor():
    found = events("Rail ministers of six nations met in Tashkent on Friday. Officials said the meeting also served "
                   "to prepare Narendra Modi's visit to Astana in February, when he and Kassym-Jomart Tokayev are "
                   "expected to sign a rail treaty.")
    visit = next(e for e in found if e.family == "visit")
    assert (visit.date.first, visit.date.last) == (dt.date(2032, 2, 1), dt.date(2032, 2, 29))
    treaty = next(e for e in found if e.family == "agreement" and "kassym-jomart-tokayev" in e.participants)
    assert treaty.participants == {"Q1058", "kassym-jomart-tokayev"}
    assert treaty.date is not None and (treaty.date.first, treaty.date.last) == (visit.date.first, visit.date.last)
    assert treaty.location_id == visit.location_id


def test_a_when_clause_after_other_words_dates_no_act_by_a_visit():
    """The look-alike: the clause follows the visit's sentence's other words ("in talks"), not the
    visit's: the treaty keeps no month of the visit."""
    found = events("Rail ministers of six nations met in Tashkent on Friday. Officials recalled Narendra Modi's "
                   "visit to Astana in February and the talks that followed, when he said Kassym-Jomart Tokayev "
                   "was expected to sign a rail treaty.")
    assert not any(e.family == "agreement" and e.date is not None and e.date.first.month == 2 for e in found)
