"""An event dated by a day its sentence calls its last or its n-th counts back from that day:
"flew out on Wednesday at the end of a three-day state visit" began on Monday; "on Wednesday,
the second day of their fourth summit" began on Tuesday, an ordinal before the event word too
("au deuxième jour de leur quatrième sommet"). The sentences are written for these tests; none
is copied; each beside a look-alike that must not count back."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

PUBLISHED = dt.date(2022, 11, 24)  # a Thursday
MONDAY, TUESDAY, WEDNESDAY, FRIDAY = (dt.date(2022, 11, d) for d in (21, 22, 23, 25))


def _days(body: str, event_types: set, language: str = "en", title: str = "Ministers in Lima") -> tuple:
    events = extract_article("t1", title, None, body, PUBLISHED, language).events
    dates = [e.date for e in events if event_types & e.types() and e.date is not None]
    assert dates, [(e.types(), e.date) for e in events]
    return dates[0].first, dates[0].last


def test_a_departure_at_the_end_of_a_stated_length_counts_back():
    body = "The Chilean president flew out of Hanoi on Wednesday at the end of a three-day state visit."
    assert _days(body, {"state_visit", "visit"}) == (MONDAY, WEDNESDAY)


def test_an_arrival_at_the_start_of_a_stated_length_counts_forward():
    body = "The Chilean president landed in Hanoi on Wednesday at the start of a three-day state visit."
    assert _days(body, {"state_visit", "visit"}) == (WEDNESDAY, FRIDAY)


def test_the_nth_day_of_an_event_with_an_ordinal_before_its_word_counts_back():
    body = ("Les ministres des cinq pays ont signé mercredi à Lima, au deuxième jour de leur quatrième sommet, "
            "un accord commercial.")
    assert _days(body, {"summit"}, "fr")[0] == TUESDAY
    body = "The ministers signed a trade accord in Lima on Wednesday, the second day of their fourth summit."
    assert _days(body, {"summit"})[0] == TUESDAY


def test_a_day_told_beside_an_event_it_is_no_day_of_does_not_count_back():
    body = ("Les ministres des cinq pays ont signé mercredi à Lima un accord commercial, deux jours avant "
            "l'ouverture de leur quatrième sommet.")
    events = extract_article("t1", "Ministres à Lima", None, body, PUBLISHED, "fr").events
    assert all(e.date is None or e.date.first != TUESDAY for e in events if "summit" in e.types())


def test_an_event_counted_back_from_its_nth_day_still_lasts_until_the_day_it_is_stated_to_end():
    # (told on the Friday it ends: its days run from the Tuesday before the Wednesday, its second)
    body = ("Les ministres ont signé mercredi à Lima, au deuxième jour de leur quatrième sommet, un accord "
            "commercial. Le sommet s'achève ce vendredi.")
    events = extract_article("t1", "Sommet andin à Lima", None, body, FRIDAY, "fr").events
    summit = next(e for e in events if "summit" in e.types())
    assert (summit.date.first, summit.date.last) == (TUESDAY, FRIDAY)
