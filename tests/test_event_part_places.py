"""A part no report places, part of a visit held in a city, took place in that city (issue
23's failure class 6; corpus/event_parts.place_parts_by_their_whole). Beside it the look-alikes: a call during the
visit has no place, and talks within a visit placed only in a country stay unplaced.

Every fixture is written for these tests, with a visit and leaders of their own."""

from __future__ import annotations

import datetime as dt

from ruchina.corpus.events_table import merged_events
from ruchina.extract.extraction import extract_article

BEIJING, CHINA = "Q956", "Q148"
THURSDAY, FRIDAY = dt.date(2023, 4, 13), dt.date(2023, 4, 14)


def extract(article_id, body, published):
    return extract_article(article_id, None, None, body, published, "en")


def rows(*extractions):
    names = {m.entity_id: m.name for x in extractions for m in x.mentions}
    return merged_events(list(extractions), names)


ARRIVAL = extract("arrival", "Brazilian President Lula da Silva arrived in Beijing on Thursday for a three-day "
                             "state visit to China.", THURSDAY)


def test_talks_no_report_places_inside_a_visit_to_a_city_are_in_that_city():
    talks = extract("talks", "Lula da Silva, on a state visit to China, held talks with Chinese President Xi Jinping "
                             "on Friday.", FRIDAY)
    events = rows(ARRIVAL, talks)
    (visit,) = [e for e in events if e.event_type == "state_visit"]
    (meeting,) = [e for e in events if e.event_type == "meeting"]
    assert visit.location_id == BEIJING
    assert meeting.part_of == visit.event_id and meeting.location_id == BEIJING


def test_a_call_during_the_visit_takes_no_place():
    call = extract("call", "Lula da Silva, on a state visit to China, spoke by phone with the Argentine president "
                           "on Friday.", FRIDAY)
    calls = [e for e in rows(ARRIVAL, call) if e.event_type == "call"]
    assert calls and all(e.location_id is None for e in calls)


def test_talks_inside_a_visit_placed_only_in_a_country_stay_unplaced():
    arrival = extract("arrival", "Brazilian President Lula da Silva arrived in China on Thursday for a three-day "
                                 "state visit.", THURSDAY)
    talks = extract("talks", "Lula da Silva, on a state visit to China, held talks with Chinese President Xi Jinping "
                             "on Friday.", FRIDAY)
    (meeting,) = [e for e in rows(arrival, talks) if e.event_type == "meeting"]
    assert meeting.location_id in (None, CHINA)
