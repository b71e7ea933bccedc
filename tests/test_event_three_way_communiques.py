"""A three-way format ends in its communique: a document told held, with no day and no place of its own,
in the sentence right after the three-way meeting's report, is adopted at that meeting, on its day, at
its place, by those it names (none named: the meeting's people), even where the article's main event is
a leader's reception of one of the ministers that day (extract/documents_after_summits.py). Beside it,
a communique told two sentences on, or naming one who was not at the meeting, is not put in it.
Fixtures written for these tests (other ministers, another city)."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge.base import entity_catalog

FRIDAY = dt.date(2023, 3, 3)
TITLE = "India, Russia and China pledge closer ties at New Delhi ministers' meeting"
LEAD = ("NEW DELHI, March 3 - The foreign ministers of India, Russia and China met in New Delhi on Friday.\n\n"
        "Subrahmanyam Jaishankar chaired the talks with Russia's Sergei Lavrov and China's Wang Yi, the fifth such "
        "trilateral meeting.")
RECEPTION = "\n\nLater on Friday, Prime Minister Narendra Modi received Lavrov at his residence."


def communiques(body: str):
    events = extract_article("c", TITLE, None, body + RECEPTION, FRIDAY, "en").events
    return [e for e in events if e.family == "agreement"]


def test_the_communique_told_right_after_the_three_way_meeting_is_adopted_there_by_the_three():
    body = LEAD + " In a joint communique adopted at the end, the three ministers called for reform."
    (communique,) = communiques(body)
    assert communique.date.first == FRIDAY
    assert communique.location_id == entity_catalog().named("New Delhi").entity_id
    assert {entity_catalog().get(p).name for p in communique.participants} == {
        "Subrahmanyam Jaishankar", "Sergei Lavrov", "Wang Yi"}


def test_look_alike_a_communique_naming_someone_not_at_the_meeting_is_not_put_in_it():
    body = (LEAD + " Prime Minister Mikhail Mishustin had adopted a joint communique with them.")
    assert not any(c.date is not None and c.date.first == FRIDAY
                   and entity_catalog().named("Mikhail Mishustin").entity_id in c.participants
                   and "wang-yi" in c.participants for c in communiques(body))
