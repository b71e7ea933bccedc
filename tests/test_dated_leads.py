"""A lead taken for a dek, and a city lent by a report of another event.

A one-sentence paragraph right under a headline found in the page's text that reports on a weekday
and ends in its stop is the story's lead, not its dek (text/page_deks.py): its report, its place and
its day are read with the story's. Under a title that tells no event, that lead still heads the
story's events as a dek would (extract/dek_headlines.py). Two reports of one article that the text
dates to a day and to a month that does not hold it are two events (event_compatibility.py):
the one dated to the day does not take the other's city.

Texts written for these tests, with invented gatherings, days and words; each beside a look-alike
that must not do what it does."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.dek_headlines import line_under_title
from ruchina.extract.extraction import extract_article
from ruchina.knowledge.base import entity_catalog
from ruchina.text.parsing import parse_article

TODAY = dt.date(2032, 1, 1)
DAY = dt.date(2031, 3, 12)  # a Wednesday
TOKAYEV, MIRZIYOYEV = "kassym-jomart-tokayev", "shavkat-mirziyoyev"


def parse(text: str):
    return parse_article(text, "seeds/page.txt", today=TODAY)


def events(body: str, title: str | None = None, subtitle: str | None = None):
    return extract_article("t", title, subtitle, body, DAY, "en").events


def of_type(found, kind: str):
    return [e for e in found if kind in e.types()]


def city(name: str) -> str:
    return entity_catalog().named(name).entity_id


# --- a lead that reports on a weekday is the story's, not a dek

PAGE = ("Tokayev calls on Mirziyoyev at lakeside villa\n\n"
        "{line}\n\n"
        "The two leaders discussed water sharing on the rivers that cross both countries, aides said.\n\n"
        "They are due to meet again at a regional forum later this year.\n")


def test_a_one_sentence_lead_that_reports_on_a_weekday_is_the_story_s():
    lead = ("Kazakh President Kassym-Jomart Tokayev met Uzbek President Shavkat Mirziyoyev on Wednesday "
            "at a lakeside villa outside Samarkand, at the start of a two-day visit.")
    article = parse(PAGE.format(line=lead))
    assert article.title == "Tokayev calls on Mirziyoyev at lakeside villa"
    assert article.subtitle is None
    assert article.body.startswith("Kazakh President Kassym-Jomart Tokayev met")


def test_look_alike_a_standfirst_of_no_day_stays_the_dek():
    dek = "The Kazakh leader makes his first trip abroad since the election as both sides talk up water deals."
    article = parse(PAGE.format(line=dek))
    assert article.subtitle == dek
    assert article.body.startswith("The two leaders discussed")


def test_look_alike_a_dek_naming_days_that_ends_no_sentence_stays_the_dek():
    dek = ("Tokayev met Mirziyoyev on Wednesday at the villa outside Samarkand, where the two talked water and "
           "trade for three hours; their ministers are due to meet again on Thursday")
    article = parse(PAGE.format(line=dek))
    assert article.subtitle == dek


def test_a_lead_that_repeats_the_headline_makes_one_report_of_the_title_s_meeting():
    """The look-alike of a second report: the lead tells the headline's talks again, with their day
    and place, and is the same meeting."""
    article = parse("Tokayev holds talks with Mirziyoyev in Samarkand\n\n"
                    "Kassym-Jomart Tokayev held talks with Shavkat Mirziyoyev in Samarkand on Wednesday.\n\n"
                    "The two leaders discussed water sharing on the rivers that cross both countries, aides said.\n")
    assert article.subtitle is None
    found = events(article.body, title=article.title)
    (meeting,) = of_type(found, "meeting")
    assert {TOKAYEV, MIRZIYOYEV} <= meeting.participants
    assert meeting.location_id == city("Samarkand")
    assert meeting.date.first == DAY


def test_a_dated_lead_stands_under_the_title_as_a_dek_would():
    lead = "Kassym-Jomart Tokayev hosted the leaders by video link on Wednesday for the union's annual summit."
    assert line_under_title(None, lead + "\n\nThe talks lasted three hours.") == lead
    assert line_under_title("A dek of its own", lead) == "A dek of its own"


def test_look_alike_a_lead_of_no_day_or_of_two_sentences_is_no_line_under_the_title():
    assert line_under_title(None, "Tokayev hosted the leaders by video link for the union's annual summit.") is None
    assert line_under_title(None, "Tokayev hosted the leaders on Wednesday. They spoke by video link.") is None


# --- a report dated to a day outside another's month is another event, at its own place

@pytest.mark.parametrize("title, next_summit", [
    (None, "the summit of the Shanghai Cooperation Organisation"),
    ("Tokayev and Mirziyoyev meet as summit opens", "the SCO summit"),
])
def test_a_summit_dated_to_a_day_does_not_take_the_city_of_one_told_for_another_month(title, next_summit):
    found = events("Kassym-Jomart Tokayev and Shavkat Mirziyoyev held talks on Wednesday, hours before the two-day "
                   "summit opened at a lakeside congress hall. The summit ends on Thursday. The two leaders are next "
                   f"due to meet at {next_summit} in Samarkand in April.", title=title)
    summits = of_type(found, "summit")
    (in_samarkand,) = [s for s in summits if s.location_id == city("Samarkand")]
    assert in_samarkand.date.first == dt.date(2031, 4, 1)
    (this_week,) = [s for s in summits if s is not in_samarkand]
    assert this_week.location_id is None and this_week.date.first.month == 3


def test_look_alike_a_summit_dated_to_a_day_inside_the_month_told_is_the_same_summit():
    found = events("Leaders gather for the summit in Samarkand this month, officials said. "
                   "The summit opens on Thursday with a session on water.")
    (summit,) = of_type(found, "summit")
    assert summit.location_id == city("Samarkand")
    assert summit.date.first == dt.date(2031, 3, 13)
