"""A leader's words to another told as said at a seat of power ("X assured Y, Z's president, in the
Kremlin on Friday that ...") report their meeting there, though no meeting word is written: the
event word is the verb of telling with a named person for its object and the seat right after
(knowledge/events_en.yaml, triggers.meeting). Beside it the look-alikes: words to reporters there,
and words to someone with no seat named (a statement, a letter, a call). Fixtures written for these
tests (other people than any benchmark page's)."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

PUTIN, TOKAYEV, MOSCOW = "Q7747", "kassym-jomart-tokayev", "Q649"
FRIDAY = dt.date(2019, 4, 5)


def _meetings(body: str):
    events = extract_article("t1", None, None, body, FRIDAY, "en").events
    return [e for e in events if e.mentions[0].event_type == "meeting"]


def test_words_said_to_a_leader_in_the_kremlin_report_their_meeting():
    (meeting,) = _meetings("President Vladimir Putin assured Kassym-Jomart Tokayev, Kazakhstan's new president, in "
                           "the Kremlin on Friday that Russian grain deliveries would continue.")
    assert meeting.participants == {PUTIN, TOKAYEV}
    assert meeting.location_id == MOSCOW or meeting.location_id == "moscow-kremlin"
    assert meeting.date.first == FRIDAY


def test_look_alike_words_to_reporters_in_the_kremlin_are_no_meeting():
    assert _meetings("President Vladimir Putin told reporters in the Kremlin on Friday that Russian grain "
                     "deliveries to Kazakhstan would continue.") == []


def test_look_alike_words_to_a_leader_with_no_seat_named_are_no_meeting():
    assert _meetings("President Vladimir Putin assured Kassym-Jomart Tokayev on Friday that Russian grain "
                     "deliveries would continue.") == []

