"""Events an article mentions without reporting them, the tense of a polite wish, and a section break run into a
paragraph (extract/event_mentions.py, extract/sentence_reports.py). Fixtures written for these
tests in the shape of a presidency's page; each beside a look-alike that must keep its event."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

PUTIN = "Q7747"
TOKAYEV, MIRZIYOYEV = "kassym-jomart-tokayev", "shavkat-mirziyoyev"
DAY = dt.date(2021, 12, 14)
TITLE = "Meeting with President of Kazakhstan Kassym-Jomart Tokayev"
LEAD = "Vladimir Putin met with President of Kazakhstan Kassym-Jomart Tokayev in the Kremlin."


def article_events(body, title=TITLE, published=DAY):
    return extract_article("t1", title, None, body, published).events


def others(body, **kwargs):
    return [e for e in article_events(body, **kwargs) if not e.main]


def test_a_visit_with_its_visitor_stays():
    (visit,) = others(LEAD + " Shavkat Mirziyoyev will visit Moscow too.")
    assert visit.participants == {MIRZIYOYEV}


def test_an_event_that_occurred_in_a_year_and_no_closer_is_background():
    assert others(LEAD + " Shavkat Mirziyoyev held talks with him in Tashkent this year.") == []


def test_an_event_dated_to_a_day_this_week_stays():
    (talks,) = others(LEAD + " Shavkat Mirziyoyev held talks with him in Tashkent on December 13.")
    assert talks.date.first == dt.date(2021, 12, 13)


def test_a_planned_event_in_a_year_stays():
    (summit,) = others(LEAD + " Shavkat Mirziyoyev will host a summit in Tashkent next year.")
    assert summit.date.precision == "year"


def test_a_section_break_ends_the_list_of_those_attending():
    body = ("Vladimir Putin took part in a summit of the region's leaders via videoconference. Taking part in "
            "the summit were President of Kazakhstan Kassym-Jomart Tokayev and President of Uzbekistan Shavkat "
            "Mirziyoyev. * * * Opening address at the summit. Good afternoon, colleagues.")
    (main,) = [e for e in article_events(body, title="Summit of the region's leaders") if e.main]
    assert {TOKAYEV, MIRZIYOYEV} <= main.participants


def test_a_polite_wish_is_said_now_and_plans_nothing():
    body = LEAD + " Speech at the meeting. Vladimir Putin: I would like to welcome you to our meeting today."
    assert [e for e in article_events(body) if not e.main and e.mentions[0].status == "planned"] == []


def test_what_would_happen_is_planned():
    (talks,) = [e for e in others(LEAD + " Shavkat Mirziyoyev said he would hold talks with him in Tashkent.")]
    assert talks.mentions[0].status == "planned"


def test_a_habit_in_the_body_is_no_event_of_its_own():
    body = LEAD + " As you know, we meet in Tashkent twice a year with the region's leaders."
    (main,) = [e for e in article_events(body, title="Meeting with President of Kazakhstan Kassym-Jomart Tokayev")
               if e.main]
    assert main.location_id != "tashkent"
    assert others(body) == []


def test_a_meeting_in_another_city_on_a_day_stays():
    body = LEAD + " They will meet in Tashkent on December 20 with the region's leaders."
    assert [e.location_id for e in others(body)] == ["tashkent"]
