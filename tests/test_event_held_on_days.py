"""A sentence opening on an event told before takes the date right after a verb that holds or ends
it ("The meeting of A and B took place on Sunday"), however long the words between; any other
date of such a sentence stays another thing's. Every fixture is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
MODI, TOKAYEV = (CATALOG.named(name).entity_id for name in ("Narendra Modi", "Kassym-Jomart Tokayev"))
PUBLISHED = dt.date(2024, 3, 12)  # a Tuesday


def meeting_days(sentence: str) -> list:
    body = "Leaders end talks in Astana.\n\n" + sentence
    mentions = extract_article("t", "Talks end in Astana", None, body, PUBLISHED, "en").event_mentions
    return [m.date and (m.date.first, m.date.last) for m in mentions
            if set(m.participant_ids) == {MODI, TOKAYEV}]


@pytest.mark.parametrize("sentence, day", [
    ("The meeting of Tokayev and Modi took place on Sunday.", dt.date(2024, 3, 10)),
    ("The talks between Kassym-Jomart Tokayev and Narendra Modi, the Indian prime minister, broke up last night "
     "without a deal.", dt.date(2024, 3, 11)),
])
def test_a_verb_of_holding_or_ending_gives_the_told_event_its_day(sentence, day):
    assert meeting_days(sentence) == [(day, day)]


def test_look_alike_another_verb_leaves_the_day_to_something_else():
    # ("was praised on Sunday": the praise's day, not the meeting's)
    assert meeting_days("The meeting of Tokayev and Modi was praised on Sunday by the press.") == [None]


def test_talks_held_with_a_word_that_refers_back_keep_the_sentences_day():
    # ("On Sunday Tokayev and Modi held their annual talks": a report of the talks, dated by its own day)
    assert meeting_days("On Sunday Tokayev and Modi held their annual talks.") == [(dt.date(2024, 3, 10),) * 2]


def test_look_alike_talks_looked_back_at_leave_the_day_to_what_followed():
    # ("The annual talks of A and B showed that trade grew on Sunday": the sentence tells of the talks, dated elsewhere)
    assert meeting_days("The annual talks of Tokayev and Modi showed that trade grew on Sunday.") == [None]
