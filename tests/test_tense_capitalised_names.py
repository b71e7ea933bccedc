"""A capitalised word inside prose is a name, not a verb of the past (issue 23, class 7): "the
United Arab Emirates", "Crown Prince Mohammed" end like a past ("-ed") but tell no time, so a
sentence in the present of a schedule ("X travels to the United States on Monday") points its
weekday to the coming one, as a sentence with no cue does. A real past ("met") still points it
back, and a headline in title case ("X Arrived In Y On Monday") keeps its capitals' verbs.

Fixtures are written for these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.tenses import sentence_tense

FRIDAY = dt.date(2030, 3, 15)


def test_a_name_ending_like_a_past_is_no_cue_of_the_past():
    assert sentence_tense("Lula travels to the United States on Monday and to Canada on Tuesday.") == "present"
    assert sentence_tense("Modi will see Crown Prince Ahmed Ali on Monday.") == "future"
    assert sentence_tense("Modi sees Sheikh Mohammed on Monday.") == "present"


def test_a_verb_of_the_past_beside_such_a_name_still_tells_the_past():
    assert sentence_tense("Lula travelled to the United States on Monday.") == "past"
    assert sentence_tense("Modi received Sheikh Mohammed on Monday.") == "past"


def test_a_headline_in_title_case_keeps_its_capitalised_past():
    assert sentence_tense("Lula Arrived In Washington On Monday") == "past"


def test_a_trip_told_in_the_present_with_such_a_name_is_to_come():
    from ruchina.extract.extraction import extract_article
    events = extract_article("a", None, None, "Lula travels to Canada on Monday and to the United States on "
                             "Tuesday.", FRIDAY).events
    days = {e.date.first for e in events if "visit" in e.types() and e.date}
    assert days and all(day > FRIDAY for day in days)
