"""A newspaper archive's page keeps the day its story was printed in its address ("/1987/10/02/"),
years before the web: that day dates a page that states none of its own, a live page of yearless
day headings included (page_dates.py, EARLIEST_ARCHIVE_DAY). Beside look-alikes that stay no date:
a year alone or eight digits before 1990 are ids as often as years. Written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.text.page_dates import read_url_date
from ruchina.text.parsing import parse_article

TODAY = dt.date(2026, 1, 1)


def test_an_archive_address_gives_its_day():
    found = read_url_date("https://paper.example/archive/1987/10/02/summit-talks-open", TODAY)
    assert (found.year, found.month, found.day) == (1987, 10, 2)


@pytest.mark.parametrize("url", [
    "https://paper.example/items/19871002/summit",  # (eight digits: an id as often as a day)
    "https://paper.example/topics/1987/summit",  # (a year alone)
    "https://paper.example/archive/1987/13/40/summit",  # (no valid day)
])
def test_look_alikes_before_1990_give_no_date(url):
    assert read_url_date(url, TODAY) is None


def test_a_recent_address_reads_as_before():
    found = read_url_date("https://paper.example/2021/06/28/treaty", TODAY)
    assert (found.year, found.month, found.day) == (2021, 6, 28)


def test_a_live_page_of_yearless_headings_is_dated_by_its_archive_address():
    text = ("Summit talks live\n\nFriday 2 October\n\n"
            "18:10\n\nThe two delegations have left the palace after a long session.\n\n"
            "Thursday 1 October\n\n"
            "09:00\n\nThe leaders are expected to arrive in the capital this morning.\n")
    article = parse_article(text, "seeds/live.txt", today=TODAY, url="https://paper.example/live/1987/10/02/summit-talks-live")
    assert article.published_date == dt.date(1987, 10, 2)
