"""The people a page names as its own newsroom, or as the expert it interviews, attend none of the events
it tells (extract/newsroom_people.py; knowledge ``newsroom_before``, ``newsroom_after``): a broadcast
transcript's anchor and correspondent under their labels ("JANE DOE, CORRESPONDENT:"), "our
correspondent X", "Interview by X", "X, who covers the summit for Y"; a person the knowledge base knows
keeps his part. Fixtures written for these tests, with other summits, days and people than any page
read; each beside a look-alike that must not do it."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.extract.linking import link_entities
from ruchina.extract.newsroom_people import newsroom_people

CAMERON, ABE = "Q192", "Q132345"
MONDAY, TUESDAY = dt.date(2013, 6, 17), dt.date(2013, 6, 18)


def people_of(body, language="en", published=TUESDAY, title=None):
    found = extract_article("t1", title, None, body, published, language).events
    return set().union(*(e.participants for e in found)) if found else set()


TRANSCRIPT = (
    "NORA PELLING, ANCHOR: Good evening. The summit at Lough Erne went on today. With us from the resort is our "
    "correspondent Tomas Ardley.\n\n"
    "TOMAS ARDLEY, CORRESPONDENT: Nora, this morning David Cameron stood with President Obama and Shinzo Abe and "
    "the rest to open the second day.\n\n"
    "PELLING: Did the talks go on?\n\n"
    "ARDLEY: They did. This afternoon the seven sat down with the leaders of Russia and Turkey.")


def test_a_broadcasts_anchor_and_correspondent_attend_nothing():
    people = people_of(TRANSCRIPT, title="G7 Leaders Press On at Lough Erne")
    assert not {"nora-pelling", "tomas-ardley"} & people
    assert {CAMERON, ABE} <= people


def test_the_speakers_of_a_transcript_of_the_talks_themselves_are_no_newsroom():
    body = ("The summit at Lough Erne opened on Monday.\n\n"
            "Tomas Ardley, Mayor of Enniskillen: Welcome to our town, Prime Minister.\n\n"
            "David Cameron: Thank you, it is good to be here.")
    assert newsroom_people("en", body, link_entities(body, True, "en")) == frozenset()


def test_an_interviewer_and_an_interviewed_expert_are_the_newsroom():
    body = ("Marta Kellgren, who covers the G7 for a Nordic weekly, on what the summit meant. Interview by Oskar "
            "Brandt.\n\nQ: Did the summit end on Tuesday?\n\nA: It did. David Cameron met Shinzo Abe there on Monday.")
    assert newsroom_people("en", body, link_entities(body, True, "en")) == {"marta-kellgren", "oskar-brandt"}
    assert {CAMERON, ABE} <= people_of(body)


def test_a_known_leader_after_the_same_words_keeps_his_part():
    body = "Shinzo Abe, who covers the talks for his government, met David Cameron at Lough Erne on Monday."
    assert newsroom_people("en", body, link_entities(body, True, "en")) == frozenset()
    assert {CAMERON, ABE} <= people_of(body)
