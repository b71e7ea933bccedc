"""An interview page's blurb, "X talks to our editor Y about Tuesday's meeting between A and B": the
meeting is A's and B's, dated Tuesday; X and Y only speak of it ("talks to our editor" is no talks).
Look-alikes: one who attends the meeting between A and B ("X attended ...") stays one of its people, and
talks with no interviewer ("X talks with Y in Berlin") stay talks. Every fixture is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
MACRON, SCHOLZ = (CATALOG.named(name).entity_id for name in ("Emmanuel Macron", "Olaf Scholz"))
PUBLISHED = dt.date(2024, 3, 15)  # a Friday
TUESDAY = dt.date(2024, 3, 12)


def reports(sentence: str) -> list[tuple[set[str], tuple | None]]:
    mentions = extract_article("t", "Interview", None, sentence, PUBLISHED, "en").event_mentions
    return [(set(m.participant_ids), m.date and (m.date.first, m.date.last)) for m in mentions
            if MACRON in m.participant_ids]


@pytest.mark.parametrize("blurb", [
    "Anna Berg, who studies energy at the Elm Institute, talks to our editor Tom Wade about Tuesday's meeting "
    "between Emmanuel Macron and Olaf Scholz in Berlin.",
    "Anna Berg spoke to the show's host Tom Wade about Tuesday's meeting between Emmanuel Macron and Olaf Scholz.",
])
def test_those_who_talk_about_a_meeting_between_two_are_none_of_its_people(blurb):
    assert reports(blurb) == [({MACRON, SCHOLZ}, (TUESDAY, TUESDAY))]


def test_look_alike_one_who_attended_the_meeting_between_two_stays_one_of_its_people():
    found = reports("Anna Berg attended Tuesday's meeting between Emmanuel Macron and Olaf Scholz in Berlin.")
    assert [people for people, _ in found] == [{MACRON, SCHOLZ, "anna-berg"}]  # (a discovered person's id)


def test_look_alike_talks_with_no_interviewer_stay_talks():
    assert reports("Emmanuel Macron talks with Olaf Scholz in Berlin on Tuesday.") == [
        ({MACRON, SCHOLZ}, (TUESDAY, TUESDAY))]
