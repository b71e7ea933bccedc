"""A commentary whose title tells an event with no day, over sentences that recall meetings by
their month only, reports no event: its title's event is not held on the page's day
(extract/recalled_mains.py). Fixtures written for these tests, each beside a look-alike that
must keep its event of the day."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

ERDOGAN, TOKAYEV = "Q39259", "kassym-jomart-tokayev"
DAY = dt.date(2019, 6, 3)
TITLE = "The summit beside the summit"


def events(body, title=TITLE, day=DAY):
    return extract_article("t1", title, None, body, day).events


def on_the_page_day(found, day=DAY):
    return [e for e in found if e.date is not None and e.date.first == day]


def test_a_commentary_recalling_meetings_by_month_tells_no_event_of_its_day():
    body = ("Ankara and Astana like to talk where others watch. A look back.\n\n"
            "In May 2014 Recep Tayyip Erdogan and Kassym-Jomart Tokayev met in Shanghai, before the "
            "conference summit had even opened.\n\n"
            "The pattern has not changed since.")
    found = events(body)
    assert on_the_page_day(found) == []
    assert not any(e.main for e in found)


def test_look_alike_a_summit_told_in_a_sentence_of_its_own_is_the_pages_event():
    body = ("Ankara and Astana like to talk where others watch.\n\n"
            "The summit of Turkic states opens in Baku with Recep Tayyip Erdogan and Kassym-Jomart Tokayev.\n\n"
            "In May 2014 the two men met in Shanghai.")
    found = events(body)
    main = next(e for e in found if e.main)
    assert main.date is not None and main.date.first == DAY


def test_look_alike_talks_of_the_day_beside_an_old_month_stay_the_days():
    body = ("Recep Tayyip Erdogan and Kassym-Jomart Tokayev held a summit in Baku on Monday, their first "
            "since the meeting of March 2017.")
    found = events(body)
    assert any(e.main and {ERDOGAN, TOKAYEV} <= e.participants for e in on_the_page_day(found))


def test_look_alike_a_sentence_stating_the_days_news_beside_an_old_year_keeps_its_event():
    body = ("Two countries became full members of the council on Monday, the largest growth of the club that "
            "Turkey and Kazakhstan set up in 2009, at a two-day summit that closed in the congress hall.")
    found = events(body, title="Council grows as leaders gather")
    assert any(e.main for e in found)
