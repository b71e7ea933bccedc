"""One more attendee of the event the sentence before reported, told with the attendance cue right
before the event's word and no day of its own (« X, venu en Russie en fin de semaine, a assisté au
défilé »): one of that event's people (extract/attended_again.py). Beside it, the same cue before an
event of its own day, another event. Fixtures written for these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

ERDOGAN, TOKAYEV = "Q39259", "kassym-jomart-tokayev"
SUNDAY = dt.date(2023, 7, 30)
LEAD = "Recep Tayyip Erdogan a assisté dimanche au défilé naval à Saint-Pétersbourg. "


def with_erdogan(sentence):
    """The people of each event the article reports beside Erdogan's."""
    events = extract_article("t1", "Défilé naval", None, LEAD + sentence, SUNDAY, "fr").events
    return [e.participants for e in events if ERDOGAN in e.participants]


def test_an_attendee_of_the_parade_told_after_it_takes_part():
    (people,) = with_erdogan("Le président kazakh Kassym-Jomart Tokaïev, venu en Russie en fin de semaine, "
                             "a assisté au défilé.")
    assert TOKAYEV in people


def test_an_attendee_told_with_no_aside_and_no_day_takes_part():
    (people,) = with_erdogan("Le président kazakh Kassym-Jomart Tokaïev a également assisté au défilé.")
    assert TOKAYEV in people


def test_a_parade_of_its_own_day_is_another():
    for people in with_erdogan("Le président kazakh Kassym-Jomart Tokaïev a assisté au défilé d'Astana le 6 juillet."):
        assert TOKAYEV not in people
