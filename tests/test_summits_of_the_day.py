"""A summit told on a day with no place, naming only a leader common in the corpus, is the summit
another article places that day with its leaders (corpus/summits_of_the_day.py). Beside look-alikes
that must stay apart: the summit told on a day outside the other's days, two summits of the leader
on that day (which one is not known), and a meeting of the leader that day.
Written for these tests; none is copied."""

from __future__ import annotations

import datetime as dt

from ruchina.corpus.event_reports import Commonness
from ruchina.corpus.events_table import merged_events
from ruchina.extract.extraction import extract_article

PUBLISHED = dt.date(2019, 7, 1)
MODI, MACRON, ABE = "Q1058", "Q3052772", "Q132345"
#: Modi named in nearly every article of the corpus, as a country's own leader is in its press.
MODI_COMMON = Commonness(frozenset({MODI}), frozenset({"Narendra Modi"}))
FULL = ("Emmanuel Macron, Narendra Modi and Shinzo Abe attended the G20 summit in Osaka on June 28 and 29, "
        "where the leaders discussed trade.")


def merged(*bodies, common=MODI_COMMON):
    extractions = [extract_article(f"s{n}", None, None, body, PUBLISHED) for n, body in enumerate(bodies)]
    names = {m.entity_id: m.name for x in extractions for m in x.mentions}
    return merged_events(extractions, names, common=common)


def rows_of(events, article_id):
    return [e for e in events if article_id in e.article_ids]


def test_an_unplaced_summit_of_a_common_leader_on_the_day_is_the_placed_summit():
    events = merged(FULL, "Narendra Modi addressed the summit on June 28, urging action on climate.")
    (summit,) = [e for e in events if e.event_type == "summit"]
    assert summit.article_ids == ["s0", "s1"]
    assert summit.location_id == "osaka"
    assert {MODI, MACRON, ABE} <= set(summit.participant_ids)


def test_look_alike_the_summit_told_on_a_day_outside_its_days_stays_apart():
    events = merged(FULL, "Narendra Modi addressed the summit on June 30, urging action on climate.")
    assert [e.article_ids for e in events if e.event_type == "summit"] in ([["s0"], ["s1"]], [["s1"], ["s0"]])


def test_look_alike_two_summits_of_the_leader_that_day_it_joins_neither():
    events = merged(FULL, "Narendra Modi addressed the summit on June 28, urging action on climate.",
                    "Narendra Modi and Jair Bolsonaro attended the BRICS summit in Kobe on June 28.")
    (vague,) = rows_of(events, "s1")
    assert vague.article_ids == ["s1"], "which of the two summits it is, is not known"
    assert [e.article_ids for e in rows_of(events, "s0")] == [["s0"]]
    assert [e.article_ids for e in rows_of(events, "s2")] == [["s2"]]


def test_look_alike_a_meeting_of_the_leader_that_day_is_no_summit():
    events = merged(FULL, "Narendra Modi held a meeting with business leaders on June 28.")
    assert all(e.article_ids == ["s0"] for e in events if e.event_type == "summit")
    assert all("s0" not in e.article_ids for e in events if e.event_type == "meeting")
