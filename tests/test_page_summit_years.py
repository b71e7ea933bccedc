"""A live page that states no year, dated by the summit edition it follows: its yearless day
headings on the days of one edition the knowledge base lists, the page naming that edition's
body and host city; beside look-alikes that must give no date. The pages are written for these
tests; none is copied."""

from __future__ import annotations

import datetime as dt

from ruchina.knowledge.base import read_knowledge_file
from ruchina.text.page_summit_years import _editions, summit_edition_year
from ruchina.text.parsing import parse_article

TODAY = dt.date(2026, 1, 1)
D = dt.date


def parse(text: str, url: str | None = None):
    return parse_article(text, "seeds/page.txt", today=TODAY, url=url)


LIVE_PAGE = """{title}

Our reporters: Ines Calder and Tomasz Wren

{first}

6.10pm
The leaders have left the venue; the final communique is due within the hour.

10.02am
Delegations are arriving for the closing session.

{second}

9.15pm
Host and guests posed for the group photograph before the working dinner.

8.30am
Good morning and welcome to our coverage of the summit.
"""


def test_a_live_page_of_a_summit_takes_that_editions_year():
    # The G20 in Hamburg, 7-8 July 2017: a Friday and a Saturday.
    page = LIVE_PAGE.format(title="G20 summit in Hamburg - live", first="Saturday 8 July", second="Friday 7 July")
    article = parse(page, url="https://paper.example/world/live/g20-hamburg-live")
    assert (article.published_date, article.published_date_source) == (D(2017, 7, 8), "stated")


def test_the_body_may_be_named_in_another_language():
    page = LIVE_PAGE.format(title="Саммит ШОС в Самарканде: главное", first="пятница, 16 сентября",
                            second="четверг, 15 сентября")
    assert summit_edition_year([(4, 9, 16), (3, 9, 15)], page) == 2022
    assert parse(page, url="https://paper.example/live/shos").published_date == D(2022, 9, 16)


def test_headings_off_the_editions_days_give_no_year():
    # Hamburg named, but the headings are a week later: no edition's days.
    page = LIVE_PAGE.format(title="After the G20 in Hamburg: the week in Europe", first="Saturday 15 July",
                            second="Friday 14 July")
    assert parse(page, url="https://paper.example/world/live/week").published_date is None


def test_weekdays_that_disagree_with_the_editions_year_give_no_year():
    # 7-8 July on a Monday and Tuesday: not 2017's.
    page = LIVE_PAGE.format(title="G20 summit in Hamburg - live", first="Tuesday 8 July", second="Monday 7 July")
    assert parse(page, url="https://paper.example/world/live/g20").published_date is None


def test_a_page_naming_no_body_or_no_city_gives_no_year():
    no_body = LIVE_PAGE.format(title="Leaders meet in Hamburg - live", first="Saturday 8 July", second="Friday 7 July")
    no_city = LIVE_PAGE.format(title="G20 summit - live", first="Saturday 8 July", second="Friday 7 July")
    for page in (no_body, no_city):
        assert parse(page, url="https://paper.example/world/live/x").published_date is None


def test_the_addresss_year_still_comes_first():
    page = LIVE_PAGE.format(title="G20 summit in Hamburg - live", first="Saturday 8 July", second="Friday 7 July")
    assert parse(page, url="https://paper.example/2023/live/g20").published_date == D(2023, 7, 8)


def test_every_edition_is_a_known_place_in_order():
    assert _editions()
    for summit in read_knowledge_file("summit_editions")["summits"]:
        for edition in summit["editions"]:
            assert isinstance(edition["start"], dt.date) and edition["start"] <= edition["end"]


def test_the_body_by_its_earlier_name_and_an_early_edition_give_the_year():
    # BRIC, before South Africa joined: Brasília, 15 April 2010, a Thursday; and the SCO in
    # Dushanbe, 28 August 2008, a Thursday (the SCO met in Dushanbe again in 2014, in September).
    bric = LIVE_PAGE.format(title="BRIC leaders in Brasília - live", first="Thursday 15 April",
                            second="Wednesday 14 April")
    sco = LIVE_PAGE.format(title="SCO summit in Dushanbe - live", first="Thursday 28 August",
                           second="Wednesday 27 August")
    assert parse(bric, url="https://paper.example/world/live/bric").published_date == D(2010, 4, 15)
    assert parse(sco, url="https://paper.example/world/live/sco").published_date == D(2008, 8, 28)


def test_the_earlier_name_off_the_editions_days_gives_no_year():
    page = LIVE_PAGE.format(title="BRIC leaders in Brasília - live", first="Thursday 22 April",
                            second="Wednesday 21 April")
    assert parse(page, url="https://paper.example/world/live/bric").published_date is None
