"""A forum thread's page (text/page_layout.py, text/parsing.py): its board's name over a trail of
sections that points left ("Board index ‹ Sport ‹ Football") is page text, and the thread's title
under it is the title; the first post's labelled date line ("Posted: Tue Mar 11, 2031 9:05 am"),
under the reply bar and the poster's name, is the page's date. A page of prose whose labelled line
stands further down, after its story has begun, gives no date from it. Texts written for these
tests, invented pages, each beside a look-alike that must not do what it does."""

from __future__ import annotations

import datetime as dt

from ruchina.text.parsing import parse_article

TODAY = dt.date(2031, 6, 1)

THREAD = """Harbour Talk Forum
Board index ‹ Politics ‹ Asia
Modi and Albanese agree trade pact by video
Post Reply   Search this topic…   3 posts • Page 1 of 1
#1 gull_watch
Senior Member | Joined: Mar 2024 | Posts: 4118
Posted: Tue Mar 11, 2031 9:05 am
Reposting from a wire for the record:
Quote:
Modi and Albanese agree trade pact by video
March 11, 2031
Narendra Modi and Anthony Albanese agreed a trade pact by video link on Tuesday, officials said.
Both sides called it a first step.
"""


def test_a_threads_title_stands_under_its_boards_left_pointing_trail():
    assert parse_article(THREAD, today=TODAY).title == "Modi and Albanese agree trade pact by video"


def test_a_threads_first_post_date_line_is_the_pages_date():
    article = parse_article(THREAD, today=TODAY)
    assert (article.published_date, article.published_date_source) == (dt.date(2031, 3, 11), "stated")


def test_a_date_line_after_the_story_has_run_for_paragraphs_is_not_the_pages():
    text = """Modi and Albanese agree trade pact by video
Narendra Modi and Anthony Albanese agreed a trade pact by video link on Tuesday, officials said.
Both sides called it a first step.
Talks on the details are to follow.
Officials gave no timetable.
Ministers will meet again later.
Posted: Tue Mar 11, 2031 9:05 am
A reader asked what the pact covers.
Officials said goods and services.
Another reader asked about farm goods.
Officials gave no answer to that.
"""
    assert parse_article(text, today=TODAY).published_date is None


def test_a_first_posts_date_line_under_the_reply_bars_is_the_pages_date():
    text = """Modi and Albanese agree trade pact by video
Post Reply   Search this topic…   3 posts • Page 1 of 1
Jump to: Politics
#1 gull_watch
Posted: Tue Mar 11, 2031 9:05 am
Narendra Modi and Anthony Albanese agreed a trade pact by video link on Tuesday, officials said.
Both sides called it a first step.
"""
    assert parse_article(text, today=TODAY).published_date == dt.date(2031, 3, 11)
