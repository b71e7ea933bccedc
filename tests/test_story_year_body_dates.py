"""A page of history whose story's year is written in a sentence that reports no event, and a run of
days written without its year (story_years.py): both read in the story's year. Beside each, the
look-alike that must not move: a news page whose sentence of no event names a recent day, and a run of
days on a page that names no year long before it. Every fixture is written for these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

KOSYGIN, LIU = "alexei-kosygin", "liu-shaoqi"


def _events(body: str, published: dt.date, language: str = "en", title: str | None = None):
    return extract_article("t1", title, None, body, published, language).events


def _reports(body: str, published: dt.date):
    return extract_article("t1", None, None, body, published, "en").event_mentions


def _of_type(events, kind: str):
    (event,) = [e for e in events if e.mentions[0].event_type == kind]
    return event


def test_a_year_written_in_a_sentence_of_no_event_gives_the_storys_year():
    """ "On 3 March 1966 the harbour froze over" tells no event; "On 5 March Kosygin met Liu Shaoqi"
    after it is of 1966, not the 5 March before a page of 2026."""
    body = ("On 3 March 1966 the harbour at Dalian froze over for the first time in decades.\n\n"
            "On 5 March Alexei Kosygin met Liu Shaoqi in Beijing.")
    meeting = _of_type(_events(body, dt.date(2026, 3, 3), title="Sixty years ago: the winter of 1966"), "meeting")
    assert meeting.date.first == dt.date(1966, 3, 5)
    assert {KOSYGIN, LIU} <= meeting.participants


def test_look_alike_a_recent_day_of_no_event_keeps_the_tenses_reading():
    """The sentence of no event writes a day of the page's year: the meeting after it stays near the page."""
    body = ("On 3 March 2026 the harbour at Dalian froze over for the first time in decades.\n\n"
            "On 5 March Alexei Kosygin met Liu Shaoqi in Beijing.")
    meeting = _of_type(_events(body, dt.date(2026, 3, 6)), "meeting")
    assert meeting.date.first == dt.date(2026, 3, 5)


def test_a_run_of_days_without_its_year_moves_as_its_first_day():
    """ "from 14 to 16 June" after "on 12 June 1970": 14-16 June 1970, not June of the page's year."""
    body = ("Fifty years ago today, on 12 June 1970, Alexei Kosygin met Liu Shaoqi in Beijing. "
            "He then attended the summit in Sofia from 14 to 16 June.")
    (summit,) = [m for m in _reports(body, dt.date(2020, 6, 12)) if m.event_type == "summit"]
    assert (summit.date.first, summit.date.last) == (dt.date(1970, 6, 14), dt.date(1970, 6, 16))


def test_look_alike_a_run_of_days_on_a_news_page_stays_near_the_page():
    body = ("Alexei Kosygin met Liu Shaoqi in Beijing on Monday. "
            "He then attended the summit in Sofia from 14 to 16 June.")
    (summit,) = [m for m in _reports(body, dt.date(2020, 6, 20)) if m.event_type == "summit"]
    assert (summit.date.first, summit.date.last) == (dt.date(2020, 6, 14), dt.date(2020, 6, 16))


def test_look_alike_a_run_beside_talks_does_not_date_them():
    """Talks are held on one day: "from 14 to 18 June" after "Kosygin met Liu" dates the delegates'
    gathering of its own clause, and the talks keep the tense's reading (no run of days of 1970)."""
    body = ("Fifty years ago today, on 12 June 1970, Alexei Kosygin arrived in Beijing. "
            "Kosygin met Liu Shaoqi in Beijing, and from 14 to 18 June delegates of forty parties gathered there.")
    for talks in (m for m in _reports(body, dt.date(2020, 6, 12)) if m.event_type == "meeting"):
        assert talks.date is None or not (talks.date.first.year == 1970 and talks.date.first != talks.date.last)
