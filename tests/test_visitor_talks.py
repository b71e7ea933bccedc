"""The visitor's other talks on a visit (events.part_of): a guest's talks in the visited country
on the visit's days with someone other than the host (the host's premier, a third leader in
town for the same celebration) are part of the visit. Beside the look-alikes that must stay
apart: the host's talks with another guest that week, a leader's trip inside his own country, the
visitor's talks the day after the visit ended, a call on a day of the visit, and a visit of
someone the knowledge base gives no office."""

from __future__ import annotations

import datetime as dt

from ruchina.corpus.event_parts import link_parts
from ruchina.corpus.event_rows import Event
from ruchina.extract.dates import ResolvedDate
from ruchina.extract.event_mentions import ArticleEvent, EventMention

PUTIN, XI, MISHUSTIN = "Q7747", "Q15031", "Q4298520"
LUKASHENKO, KIM = "alexander-lukashenko", "kim-jong-un"
MOSCOW, BEIJING, KAZAN = "Q649", "Q956", "kazan"


def row(event_id, kind, first, last, place, people):
    date = ResolvedDate(first, last, "day", "", 0, 0, "explicit")
    report = EventMention("a1", kind, tuple(people), place, date, "occurred", False, "", 0, 0)
    return Event(event_id, kind, event_id, first, last, "day", place, list(people), "occurred", ["a1"], "",
                 [ArticleEvent("a1", last, [report])])


def test_the_guest_s_talks_with_the_host_s_premier_are_part_of_the_state_visit():
    visit = row("visit", "state_visit", dt.date(2026, 4, 6), dt.date(2026, 4, 8), MOSCOW, [XI, PUTIN])
    premier = row("premier", "meeting", dt.date(2026, 4, 7), dt.date(2026, 4, 7), MOSCOW, [XI, MISHUSTIN])
    link_parts([visit, premier])
    assert premier.part_of == "visit"


def test_the_guest_s_talks_with_a_third_leader_in_the_visited_city_are_part_of_the_visit():
    visit = row("visit", "visit", dt.date(2026, 9, 1), dt.date(2026, 9, 4), BEIJING, [PUTIN, XI])
    third = row("third", "meeting", dt.date(2026, 9, 3), dt.date(2026, 9, 3), BEIJING, [PUTIN, KIM])
    link_parts([visit, third])
    assert third.part_of == "visit"


def test_the_host_s_talks_with_another_guest_that_week_are_no_part_of_the_visit():
    visit = row("visit", "state_visit", dt.date(2026, 4, 6), dt.date(2026, 4, 8), MOSCOW, [XI, PUTIN])
    other = row("other", "meeting", dt.date(2026, 4, 7), dt.date(2026, 4, 7), MOSCOW, [PUTIN, LUKASHENKO])
    link_parts([visit, other])
    assert other.part_of is None


def test_a_trip_inside_one_s_own_country_has_no_visitor_whose_talks_it_holds():
    trip = row("trip", "visit", dt.date(2026, 5, 12), dt.date(2026, 5, 13), KAZAN, [PUTIN, MISHUSTIN])
    talks = row("talks", "meeting", dt.date(2026, 5, 12), dt.date(2026, 5, 12), KAZAN, [PUTIN, XI])
    link_parts([trip, talks])
    assert talks.part_of is None


def test_talks_after_the_visit_and_a_call_during_it_are_no_part_of_it():
    visit = row("visit", "state_visit", dt.date(2026, 4, 6), dt.date(2026, 4, 8), MOSCOW, [XI, PUTIN])
    after = row("after", "meeting", dt.date(2026, 4, 9), dt.date(2026, 4, 9), MOSCOW, [XI, MISHUSTIN])
    call = row("call", "call", dt.date(2026, 4, 7), dt.date(2026, 4, 7), None, [XI, LUKASHENKO])
    link_parts([visit, after, call])
    assert after.part_of is None and call.part_of is None


def test_a_visit_of_someone_with_no_known_office_tells_no_visitor():
    visit = row("visit", "visit", dt.date(2026, 9, 1), dt.date(2026, 9, 4), BEIJING, ["an-unknown-envoy", XI])
    talks = row("talks", "meeting", dt.date(2026, 9, 2), dt.date(2026, 9, 2), BEIJING, ["an-unknown-envoy", KIM])
    link_parts([visit, talks])
    assert talks.part_of is None
