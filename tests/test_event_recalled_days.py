"""A past event a page recalls with the day its sentence states is a report of that event, up to a
year before the page (extract/recalled_days.py): "On 14 March, X and Y held talks". Not one recalled by
its month only, nor told as the last of its kind ("they last met on 14 March", "la última vez ... fue
el 4 de febrero": knowledge/events_<language>.yaml's last_of_a_series), nor one whose day is written
without its year and would lie more than half a year back. Texts written for these tests, invented
events, each beside a look-alike that must not do what it does."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

PAGE_DAY = dt.date(2031, 6, 10)
LEAD = "Li Qiang and Olaf Scholz held talks in Berlin on Tuesday, officials said.\n\n"


def days_told(body: str, language: str = "en", published: dt.date = PAGE_DAY) -> set[str]:
    """The days of the events the page reports, other than its main event's."""
    events = extract_article("a", None, None, body, published, language).events
    return {str(e.date.first) for e in events if not e.main and e.date is not None}


def test_a_meeting_recalled_with_its_day_months_back_is_reported():
    body = LEAD + ("On 14 March, Narendra Modi and Anthony Albanese held their annual meeting in New Delhi, "
                   "where they agreed on a trade pact.")
    assert "2031-03-14" in days_told(body)


def test_a_meeting_recalled_by_its_month_only_is_background():
    body = LEAD + ("In March, Narendra Modi and Anthony Albanese held their annual meeting in New Delhi, "
                   "where they agreed on a trade pact.")
    assert days_told(body) == set()


def test_a_meeting_told_as_the_last_one_is_background_even_with_its_day():
    body = LEAD + "Narendra Modi and Anthony Albanese last met on 14 March in New Delhi, to sign a trade pact."
    assert days_told(body) == set()


def test_a_spanish_last_time_with_its_day_is_background():
    body = ("Li Qiang y Olaf Scholz se reunieron este martes en Berlín.\n\n"
            "La última vez que Narendra Modi y Anthony Albanese se reunieron fue el 14 de marzo en Nueva Delhi, "
            "cuando firmaron un acuerdo comercial.")
    assert days_told(body, "es") == set()


def test_a_german_meeting_recalled_with_its_full_date_is_reported():
    body = ("Li Qiang und Olaf Scholz haben am Dienstag in Berlin Gespräche geführt.\n\n"
            "Schon das 3. Treffen von Narendra Modi und Anthony Albanese am 2. Dezember 2030 hatte nur virtuell "
            "stattgefunden.")
    assert "2030-12-02" in days_told(body, "de")


def test_a_yearless_day_read_as_most_of_a_year_back_is_no_stated_day():
    page = dt.date(2031, 12, 20)
    body = LEAD + ("On 2 January, Narendra Modi and Anthony Albanese held their annual meeting in New Delhi, "
                   "where they agreed on a trade pact.")
    assert days_told(body, published=page) == set()
    with_year = body.replace("On 2 January,", "On 2 January 2031,")
    assert "2031-01-02" in days_told(with_year, published=page)


def test_a_day_named_as_the_reference_point_of_what_the_sentence_tells_is_no_report():
    body = LEAD + ("The two leaders stressed cooperation, including following the talks of Narendra Modi and "
                   "Anthony Albanese in New Delhi on 14 March.")
    assert days_told(body) == set()
