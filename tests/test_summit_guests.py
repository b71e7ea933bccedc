"""Reports of one summit that name other guests are one summit row (corpus/summit_guests.py):
one article tells two leaders at a body's summit in a city, another two others at that body's
summit on the same day. Beside look-alikes that must stay apart: that body's summit told on the
next day, another body's summit in the city that day, and talks of two on its sidelines.
Written for these tests; none is copied."""

from __future__ import annotations

import datetime as dt

from ruchina.corpus.events_table import merged_events
from ruchina.extract.extraction import extract_article

PUBLISHED = dt.date(2019, 6, 16)
MODI, MACRON, ERDOGAN, ABE = "Q1058", "Q3052772", "Q39259", "Q132345"
IN_HALL = "Emmanuel Macron and Narendra Modi attended the SCO summit in Bishkek on June 14, where the leaders discussed trade."


def extract(article_id, body):
    return extract_article(article_id, None, None, body, PUBLISHED)


def summits(*bodies):
    extractions = [extract(f"s{n}", body) for n, body in enumerate(bodies)]
    names = {m.entity_id: m.name for x in extractions for m in x.mentions}
    return [e for e in merged_events(extractions, names) if e.event_type == "summit"]


def test_two_reports_of_a_bodys_summit_naming_other_guests_are_one_row():
    (summit,) = summits(IN_HALL, "Recep Tayyip Erdogan and Shinzo Abe spoke at the SCO summit on June 14, calling "
                                 "for open markets.")
    assert summit.article_ids == ["s0", "s1"]
    assert summit.location_id == "bishkek"
    assert {MODI, MACRON, ERDOGAN, ABE} <= set(summit.participant_ids), "its guests: everyone either names"


def test_look_alike_that_bodys_summit_told_on_the_next_day_stays_apart():
    found = summits(IN_HALL, "Recep Tayyip Erdogan and Shinzo Abe spoke at the SCO summit on June 15, calling for "
                             "open markets.")
    assert sorted(e.article_ids for e in found) == [["s0"], ["s1"]]


def test_look_alike_another_bodys_summit_in_that_city_that_day_stays_apart():
    found = summits(IN_HALL, "Recep Tayyip Erdogan and Shinzo Abe spoke at the BRICS summit in Bishkek on June 14, "
                             "calling for open markets.")
    assert sorted(e.article_ids for e in found) == [["s0"], ["s1"]]


def test_look_alike_talks_of_two_on_its_sidelines_stay_a_meeting_of_their_own():
    extractions = [extract("s0", IN_HALL), extract("s1", "Recep Tayyip Erdogan and Shinzo Abe met on the sidelines of "
                                                         "the SCO summit in Bishkek on June 14 to discuss trade.")]
    names = {m.entity_id: m.name for x in extractions for m in x.mentions}
    events = merged_events(extractions, names)
    meetings = [e for e in events if e.event_type == "meeting"]
    assert [e.article_ids for e in meetings] == [["s1"]]
    assert set(meetings[0].participant_ids) == {ERDOGAN, ABE}
    assert all(e.event_type == "summit" for e in events if len(e.article_ids) > 1)
