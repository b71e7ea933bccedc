"""Page dates from an address that writes the year last (/21-10-2023/) and from a line of
cells ("Source: ... | 2023-10-21 07:05:12 | Editor: ..."), each beside a look-alike
(issue 23, classes 1 and 2). The fixtures are written for these tests; none is copied."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.text.page_dates import read_date_line, read_url_date
from ruchina.text.parsing import parse_article

TODAY = dt.date(2026, 1, 1)
D = dt.date


@pytest.mark.parametrize(
    "url, date",
    [
        ("https://wire.example/mir/21-10-2023/lavrov-wang-yi-talks", D(2023, 10, 21)),  # day first: 21 is no month
        ("https://wire.example/world/10-21-2023/lavrov-wang-yi-talks", D(2023, 10, 21)),  # month first: 21 is no month
        ("https://wire.example/story-21.10.2023.html", D(2023, 10, 21)),
    ],
)
def test_an_address_with_the_year_last_dates_the_page(url, date):
    assert read_url_date(url, TODAY).date == date


@pytest.mark.parametrize(
    "url, year",
    [
        # 06-07-2023 reads as 6 July or as 7 June: the year is sure, the day is not guessed
        ("https://wire.example/mir/06-07-2023/minsk-visit", 2023),
        ("https://wire.example/mir/41-13-2023/minsk-visit", None),  # no such day either way
        ("https://wire.example/mir/774106-07-2023/minsk-visit", None),  # an id ending like a date
    ],
)
def test_an_ambiguous_or_impossible_year_last_address_gives_no_day(url, year):
    found = read_url_date(url, TODAY)
    assert (found.year if found else None) == year
    assert found is None or found.date is None


def test_the_date_cell_of_a_source_line_is_the_page_date():
    line = "Source: Wire Service | 2023-10-21 07:05:12 | Editor: zhangwei"
    assert read_date_line(line).date == D(2023, 10, 21)
    assert read_date_line("Opinion | Analysis | 2023-10-21 07:05 | by lena").date == D(2023, 10, 21)


@pytest.mark.parametrize(
    "line",
    [
        "Harvest Festival | October 21, 2023",  # a headline and a date, no time nor label
        "Talks in Minsk | 2023-10-20 | 2023-10-21 09:00",  # two dates: not one date cell
    ],
)
def test_look_alike_cell_lines_give_no_date(line):
    assert read_date_line(line) is None


def test_a_stamp_wins_over_the_dateline_day_before_it():
    page = ("Lavrov and Wang Yi meet in Minsk\n"
            "Source: Wire Service | 2023-10-21 07:05:12 | Editor: zhangwei\n\n"
            "MINSK, Oct. 20 (Wire) -- Russian Foreign Minister Sergei Lavrov met his Chinese counterpart "
            "Wang Yi on Friday.\n")
    article = parse_article(page, "seeds/page.txt", today=TODAY, url="https://wire.example/2023-10/21/c_minsk.htm")
    assert (article.published_date, article.published_date_source) == (D(2023, 10, 21), "stated")


def test_a_year_last_address_gives_a_yearless_dateline_its_year():
    page = ("Лавров и Ван И провели переговоры\n\n"
            "МИНСК, 20 октября - РИА Новости. Министр иностранных дел России Сергей Лавров провел переговоры.\n")
    article = parse_article(page, "seeds/page.txt", today=TODAY, url="https://wire.example/mir/20-10-2023/minsk")
    assert article.published_date == D(2023, 10, 20)
    ambiguous = parse_article(page, "seeds/page.txt", today=TODAY, url="https://wire.example/mir/06-07-2023/minsk")
    assert ambiguous.published_date == D(2023, 10, 20), "the year alone still dates the dateline"


def test_a_yearless_date_line_under_the_headline_takes_the_addresss_year():
    page = ("Лавров и Ван И провели переговоры\n21 октября, 07:05\nобновлено: 21 октября, 09:30\n\n"
            "Министр иностранных дел России Сергей Лавров провел переговоры в Минске.\n")
    article = parse_article(page, "seeds/page.txt", today=TODAY, url="https://wire.example/mir/06-07-2023/minsk")
    assert (article.published_date, article.published_date_source) == (D(2023, 10, 21), "stated")


@pytest.mark.parametrize(
    "line",
    [
        "21 октября",  # a day and a month with no time: a list's heading as much as a date line
        "обновлено: 21 октября, 09:30",  # the update's time, not the page's
    ],
)
def test_look_alike_yearless_lines_give_no_page_date(line):
    page = f"Лавров и Ван И провели переговоры\n{line}\n\nМинистр Сергей Лавров провел переговоры в Минске.\n"
    article = parse_article(page, "seeds/page.txt", today=TODAY, url="https://wire.example/mir/06-07-2023/minsk")
    assert article.published_date is None
