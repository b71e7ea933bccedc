"""A live page that states no date of its own but heads each day's entries with a weekday, a day
and a month ("Sunday 12 August") and carries its year in its address's slug ("...-aktau-2018"):
its publication date is its latest heading's day, where every heading's weekday agrees with that
year; the entries under each heading are of its day; a heading is never the page's title
(page_day_headings.py, live_entries.py, live_entry_reports.py). The page is written for these
tests; none is copied."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.extract.live_entries import entry_days
from ruchina.text.page_day_headings import address_year, day_heading, latest_day_heading, title_year
from ruchina.text.parsing import parse_article

TODAY = dt.date(2026, 1, 1)
URL = "https://example.org/herald/live/caspian-summit-aktau-2018"
PAGE = "\n".join([
    "The Herald | LIVE",
    "Caspian summit in Aktau: five states settle the sea's status – as it happened",
    "",
    "Sunday 12 August",
    "",
    "16:10 local time",
    "That's all from Aktau. The presidents leave tonight; Rouhani flies on to Tehran tomorrow.",
    "",
    "11:30",
    "The five presidents signed an agreement on the sea's legal status in the Kazakh port.",
    "",
    "Saturday 11 August",
    "",
    "20:00",
    "Putin met Rouhani this evening in the hotel where the delegations stay, an aide said.",
])


def _parse(text: str, url: str | None):
    return parse_article(text, "seeds/page.txt", today=TODAY, url=url)


def test_the_latest_day_heading_in_the_slugs_year_dates_the_page():
    article = _parse(PAGE, URL)
    assert article.published_date == dt.date(2018, 8, 12)
    assert article.title.startswith("Caspian summit in Aktau")


def test_headings_whose_weekdays_disagree_with_the_slugs_year_date_nothing():
    # (12 August 2019 was a Monday: the year is not the page's)
    article = _parse(PAGE, URL.replace("2018", "2019"))
    assert article.published_date is None


def test_an_address_with_no_year_or_two_years_gives_none():
    assert address_year("https://example.org/herald/live/caspian-summit-aktau", TODAY) is None
    assert address_year("https://example.org/live/summits-2018-vs-2014", TODAY) is None
    assert address_year("https://example.org/herald/live/caspian-summit-aktau-2018", TODAY) == 2018
    assert _parse(PAGE, "https://example.org/herald/live/caspian-summit-aktau").published_date is None



def test_with_no_year_in_the_address_a_year_the_title_writes_alone_dates_the_page_where_the_headings_agree():
    bare = "https://example.org/herald/live/caspian-summit-aktau"
    titled = PAGE.replace("as it happened", "Aktau 2018 as it happened")
    assert _parse(titled, bare).published_date == dt.date(2018, 8, 12)
    # the look-alikes: a year the headings' weekdays disagree with (12 August 2019 was a Monday),
    # two years, and a year written as part of a range, date nothing
    for title in ("Aktau 2019 as it happened", "Aktau 2018 after 2014 as it happened", "Aktau 2018-19 as it happened"):
        assert _parse(PAGE.replace("as it happened", title), bare).published_date is None
    assert title_year("Caspian summit 2018 - live", TODAY) == 2018
    assert title_year("Caspian summits 2018 vs 2014", TODAY) is None


def test_a_day_heading_is_a_line_of_a_weekday_a_day_and_a_month_alone():
    assert day_heading("Sunday 12 August") == (6, 8, 12)
    assert day_heading("Thursday, June 23") == (3, 6, 23)
    assert day_heading("dimanche 12 août") == (6, 8, 12)
    assert day_heading("Sunday 12 August was hot") is None
    assert day_heading("12 August") is None
    assert latest_day_heading(["Sunday 12 August", "Saturday 11 August"], URL, TODAY) == dt.date(2018, 8, 12)


def test_entries_under_a_yearless_heading_are_of_its_day_and_their_held_events_too():
    article = _parse(PAGE, URL)
    paragraphs = article.body.split("\n\n")
    days = entry_days(paragraphs, article.published_date)
    assert days[-1] == dt.date(2018, 8, 11)
    found = extract_article("t1", article.title, None, article.body, article.published_date, "en")
    dated = {m.event_type: m.date for m in found.event_mentions if m.in_body}
    assert dated["meeting"].first == dt.date(2018, 8, 11)  # ("this evening", under Saturday's heading)
    assert dated["agreement"].first == dt.date(2018, 8, 12)  # (no day of its own: its entry's)


def test_an_undated_report_on_a_page_with_no_live_entries_stays_undated():
    body = "The five presidents signed an agreement on the sea's legal status in the Kazakh port."
    found = extract_article("t1", "Caspian states settle the sea's status", None, body, dt.date(2018, 8, 12), "en")
    assert all(m.date is None for m in found.event_mentions if m.event_type == "agreement")
