"""What an agreement reached in an event says tells no tense of the event (knowledge/events_en.yaml
``agreed_content``, extract/event_tense.py): "ended two days of talks today with an agreement that
the envoys would meet again" tells talks held; its "would" is of what the agreement settles. A
clause with no such words keeps its cue ("said the talks would go on" is a plan).

Texts written for these tests, with invented talks and words; each beside a look-alike that must not
do what it does."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.event_compatibility import status_of
from ruchina.extract.extraction import extract_article

DAY = dt.date(2034, 10, 4)
ERDOGAN, ALIYEV = "Q39259", "ilham-aliyev"


def talks(body: str):
    events = extract_article("t", None, None, body, DAY, "en").events
    return [e for e in events if "meeting" in e.types() and {ERDOGAN, ALIYEV} <= e.participants]


def test_talks_ended_with_an_agreement_on_what_would_follow_were_held():
    (found,) = talks("Recep Tayyip Erdogan and Ilham Aliyev ended two days of talks in Baku today with an "
                     "agreement that their envoys would meet again in the spring.")
    assert status_of(found) == "occurred"


def test_talks_a_sentence_says_would_go_on_are_still_to_come():
    (found,) = talks("Recep Tayyip Erdogan and Ilham Aliyev would hold two days of talks in Baku next week, "
                     "officials said.")
    assert status_of(found) == "planned"
