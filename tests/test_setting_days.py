"""A gathering the talks' guest came to attend, named after the talks' word in a language that
puts an event's time first ("会见来华出席峰会的某某"), takes no day standing before the talks'
word: that day is the talks' (extract/setting_days.py). Fixtures written for these tests, with
other leaders, cities and gatherings; each beside a look-alike that keeps its day."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

WEDNESDAY = dt.date(2025, 6, 4)
JUNE_4 = (dt.date(2025, 6, 4), dt.date(2025, 6, 4))


def events(body, title="普京会见莫迪", language="zh"):
    return extract_article("t1", title, None, body, WEDNESDAY, language).events


def days_of(found, kind):
    return [(m.date.first, m.date.last) for e in found if kind in e.types() for m in e.mentions
            if m.date is not None and m.event_type == kind]


def test_a_summit_the_guest_came_to_attend_takes_not_the_talks_day():
    found = events("新华社莫斯科6月4日电 俄罗斯总统普京4日在克里姆林宫会见来俄出席上海合作组织成员国元首理事会"
                   "第二十次会议的印度总理莫迪。\n\n峰会将于6月5日至6日在莫斯科举行。")
    assert JUNE_4 in days_of(found, "meeting")
    assert JUNE_4 not in days_of(found, "summit")
    assert (dt.date(2025, 6, 5), dt.date(2025, 6, 6)) in days_of(found, "summit")


def test_a_forum_the_guest_came_to_attend_takes_not_the_talks_day():
    found = events("新华社莫斯科6月4日电 俄罗斯总统普京4日在克里姆林宫会见来俄出席东方经济论坛的印度总理莫迪。")
    assert JUNE_4 in days_of(found, "meeting")
    assert JUNE_4 not in days_of(found, "forum")


def test_a_summit_named_before_the_talks_shares_their_day():
    found = events("新华社莫斯科6月4日电 俄罗斯总统普京4日在莫斯科出席上海合作组织峰会期间会见印度总理莫迪。")
    assert JUNE_4 in days_of(found, "meeting")
    assert JUNE_4 in days_of(found, "summit")


def test_a_language_that_puts_the_time_after_keeps_the_sentence_day_for_its_setting():
    found = events("On Wednesday Putin met Modi, who came to Moscow to attend the summit of the Shanghai "
                   "Cooperation Organisation.", title="Putin meets Modi", language="en")
    assert JUNE_4 in days_of(found, "meeting")
