"""A summit told by its name and days, naming none of its leaders, holds a summit told on one of
those days with no place (or only the article's place line) and the one leader a story is about
(corpus/summits_of_the_day.py: ``named_summit_of_no_one``). Beside look-alikes that must stay
apart: the leader's summit on a day outside its days, two named summits of no one on that day
(which one is not known), a meeting of the leader that day, a place line naming another city, and
the leader's summit placed by its own words in another city.
Written for these tests; none is copied."""

from __future__ import annotations

import datetime as dt

from ruchina.corpus.event_reports import Commonness
from ruchina.corpus.events_table import merged_events
from ruchina.extract.extraction import extract_article

PUBLISHED = dt.date(2016, 11, 22)
ABE = "Q132345"
#: Abe named in nearly every article of the corpus, as a country's own leader is in its press.
ABE_COMMON = Commonness(frozenset({ABE}), frozenset({"Shinzo Abe"}))
NO_ONE = "The APEC summit was held in Da Nang on November 19 and 20 and closed with a pledge on open trade."
ABE_THERE = "Shinzo Abe spoke at the summit on November 20 about fishing rights."


def merged(*articles, common=ABE_COMMON):
    extractions = [extract_article(f"s{n}", None, None, body, PUBLISHED, place=place)
                   for n, (body, place) in enumerate(a if isinstance(a, tuple) else (a, None) for a in articles)]
    names = {m.entity_id: m.name for x in extractions for m in x.mentions}
    return merged_events(extractions, names, common=common)


def summits(events):
    return sorted(e.article_ids for e in events if e.event_type == "summit")


def test_a_leaders_summit_of_a_day_is_the_named_summit_of_those_days_naming_no_one():
    events = merged(NO_ONE, ABE_THERE)
    (summit,) = [e for e in events if e.event_type == "summit"]
    assert summit.article_ids == ["s0", "s1"]
    assert summit.location_id == "da-nang"
    assert ABE in summit.participant_ids


def test_a_place_line_is_no_place_of_the_report():
    # (a correspondent's dateline at the summit: it may contradict, and ties nothing)
    events = merged(NO_ONE, (ABE_THERE, "Da Nang"))
    assert summits(events) == [["s0", "s1"]]


def test_look_alike_a_place_line_in_another_city_stays_apart():
    events = merged(NO_ONE, (ABE_THERE, "Osaka"))
    assert summits(events) == [["s0"], ["s1"]]


def test_look_alike_the_leaders_summit_on_a_day_outside_its_days_stays_apart():
    events = merged(NO_ONE, "Shinzo Abe spoke at the summit on November 21 about fishing rights.")
    assert summits(events) == [["s0"], ["s1"]]


def test_look_alike_two_named_summits_of_no_one_that_day_it_joins_neither():
    events = merged(NO_ONE, ABE_THERE, "The G20 summit was held in Hamburg on November 20 and 21, and ended without a statement.")
    assert ["s1"] in summits(events), "which of the two summits it is, is not known"
    assert all(len(ids) == 1 for ids in summits(events))


def test_look_alike_a_meeting_of_the_leader_that_day_is_no_summit():
    events = merged(NO_ONE, "Shinzo Abe held talks with fishing executives on November 20.")
    assert summits(events) == [["s0"]]
    assert all("s0" not in e.article_ids for e in events if e.event_type == "meeting")


def test_look_alike_a_summit_placed_in_another_city_by_its_own_words_stays_apart():
    events = merged(NO_ONE, "Shinzo Abe spoke at the summit in Osaka on November 20 about fishing rights.")
    assert summits(events) == [["s0"], ["s1"]]
