"""A summit told on its first day beside the same gathering's next day, told as another named event
(extract/summit_days_told_apart.py): the first day is a sitting of the gathering, its own row, part
of the gathering another article tells over both days, which takes its people
(corpus/event_sessions.py). Beside the look-alikes that must stay one summit: a first day's page
telling "the summit continues tomorrow" (no other event named), and two articles that both tell the
summit over its days. Written for these tests; none is copied."""

from __future__ import annotations

import datetime as dt

from ruchina.corpus.event_merge import merge_across_articles
from ruchina.extract.extraction import extract_article

RAMAPHOSA = "Q1148669"
EVE = dt.date(2030, 8, 21)  # the day before the summit
PLANNING = dt.date(2030, 8, 2)

ANNOUNCEMENT = ("On August 22, Cyril Ramaphosa will take part in the BRICS summit, which the chair holds by video "
                "link. The leaders will review the bank's lending. On August 23, Cyril Ramaphosa will also speak at "
                "a BRICS+ session with the heads of the invited states.")
WHOLE = "The Brazilian presidency said the BRICS summit would be held on August 22-23 by video link."
FIRST_DAY_PAGE = ("The BRICS summit opened by video link on August 22, with Cyril Ramaphosa speaking first. The summit "
                  "continues tomorrow, when the leaders are expected to adopt a declaration.")


def extract(article_id, title, body, published):
    return extract_article(article_id, title, None, body, published, "en")


def summit_of(extraction, day):
    return next(e for e in extraction.events if e.types() == {"summit"} and e.date and e.date.first == day)


def rows(*extractions):
    events = [event for extraction in extractions for event in extraction.events]
    return merge_across_articles(events, {})


def row_of(events, article_id, day):
    return next(e for e in events if article_id in e.article_ids and e.event_type == "summit" and e.start_date == day)


def test_a_first_day_told_beside_the_next_day_s_named_session_is_a_session():
    announcement = extract("ann", "Ramaphosa to join BRICS summit", ANNOUNCEMENT, EVE)
    first = summit_of(announcement, dt.date(2030, 8, 22))
    assert all(m.session for m in first.mentions)
    assert all(m.session for m in summit_of(announcement, dt.date(2030, 8, 23)).mentions)  # (a sitting too)


def test_look_alike_a_first_day_page_telling_the_summit_continues_tomorrow_stays_the_summit():
    page = extract("live", "BRICS summit opens", FIRST_DAY_PAGE, dt.date(2030, 8, 22))
    assert not any(m.session for e in page.events for m in e.mentions)


def test_the_first_day_is_its_own_row_part_of_the_gathering_which_takes_its_people():
    events = rows(extract("ann", "Ramaphosa to join BRICS summit", ANNOUNCEMENT, EVE),
                  extract("plan", "BRICS dates set", WHOLE, PLANNING))
    day, whole = row_of(events, "ann", dt.date(2030, 8, 22)), row_of(events, "plan", dt.date(2030, 8, 22))
    assert day is not whole and "ann" not in whole.article_ids  # (nor does its next day join the whole)
    assert (day.start_date, day.end_date) == (dt.date(2030, 8, 22), dt.date(2030, 8, 22))
    assert (whole.start_date, whole.end_date) == (dt.date(2030, 8, 22), dt.date(2030, 8, 23))
    assert day.part_of == whole.event_id
    assert RAMAPHOSA in whole.participant_ids


def test_look_alike_a_summit_told_over_its_days_by_two_articles_is_one_row():
    events = rows(extract("live", "BRICS summit opens", FIRST_DAY_PAGE, dt.date(2030, 8, 22)),
                  extract("plan", "BRICS dates set", WHOLE, PLANNING))
    whole = row_of(events, "plan", dt.date(2030, 8, 22))
    assert "live" in whole.article_ids
    assert whole.end_date == dt.date(2030, 8, 23) and whole.part_of is None


def test_look_alike_two_bodies_summits_on_consecutive_days_are_each_whole():
    body = ("On August 22, Cyril Ramaphosa will take part in the BRICS summit, which the chair holds by video link. "
            "On August 23, Cyril Ramaphosa will also take part in the SCO summit as a guest of the chair.")
    announcement = extract("two", "Ramaphosa's week of summits", body, EVE)
    assert not any(m.session for e in announcement.events for m in e.mentions)
