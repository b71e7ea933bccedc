"""A live page's entry that tells the gathering opened or closed ("The leaders opened the summit",
"the host is closing the summit as we type") dates it by the entry's day, though "the summit"
refers back (extract/live_entry_reports.py, knowledge gathering_opened); an entry that only
speaks of the summit ("the leaders talked about the summit") gives it no day. And a title's "SCO
leaders gather" is the group's summit (a meeting trigger in knowledge/events_en.yaml, named by
summit_bodies.py), "world leaders gather" none. The page is written for these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

MONDAY = dt.date(2030, 6, 17)


def _page(entry: str) -> str:
    return "\n\n".join([
        "Refresh for updates. All times local.",
        "Monday 17 June",
        "18:00 That is all for today from the lakeside.",
        "14:20 Cyril Ramaphosa met Luiz Inácio Lula da Silva for an hour in a tent by the water.",
        "09:40 And we are off. " + entry,
        "Sunday 16 June",
        "21:00 Good evening from the lakeside, where the motorcades are arriving.",
    ])


def _summit_days(entry: str) -> list:
    found = extract_article("a", "LIVE: Leaders gather by the lake", None, _page(entry), MONDAY, "en")
    return [m.date for m in found.event_mentions if m.event_type == "summit"]


def test_an_entry_telling_the_summit_opened_dates_it_by_the_entrys_day():
    (day,) = _summit_days("The member states' leaders opened the summit in a lakeside hall.")
    assert day is not None and day.first == day.last == MONDAY


def test_an_entry_that_only_speaks_of_the_summit_gives_it_no_day():
    (day,) = _summit_days("The member states' leaders talked about the summit in a lakeside hall.")
    assert day is None


# knowledge/events_en.yaml (meeting triggers) with extract/summit_bodies.py: "SCO leaders gather" over a
# live page is the group's summit, named by it; "world leaders gather" names no group and no summit.
def _title_events(title: str) -> list:
    found = extract_article("a", title, None, _page("The member states' leaders opened the summit in a lakeside hall."),
                            MONDAY, "en")
    return [m for m in found.event_mentions if not m.in_body]


def test_a_groups_leaders_gathering_in_a_title_is_its_summit():
    (told,) = _title_events("LIVE: SCO leaders gather by the lake")
    assert told.event_type == "summit" and told.event_names == ("SCO Summit",)


def test_world_leaders_gathering_in_a_title_is_no_summit_of_a_group():
    assert not any(m.event_names for m in _title_events("LIVE: World leaders gather by the lake"))
