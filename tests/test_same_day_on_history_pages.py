""""The same day" after a report told as looking back years ("三十年前的今天，邓小平会见了戈尔巴乔夫。同一天，
李鹏同戈尔巴乔夫举行会谈"): on a page of history the retold day is the story's, and the talks "the same
day" are of it (extract/dates_same_day_opening.py). Beside it, the look-alike that must not: a report
looking back two weeks lends no day to "the same day" (a retelling of the page's own weeks is
background). Fixtures written for these tests (Gorbachev in Beijing, 1989)."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

LI_PENG, GORBACHEV = "li-peng", "mikhail-gorbachev"
STORY_DAY = dt.date(1989, 5, 16)


def li_pengs_talks(body: str, published: dt.date, language: str):
    mentions = extract_article("same-day", "历史上的今天", None, body, published, language).event_mentions
    return [m for m in mentions if LI_PENG in m.participant_ids]


def test_the_same_day_after_a_day_retold_thirty_years_on_is_that_day():
    body = "三十年前的今天，邓小平在北京人民大会堂会见了苏联领导人戈尔巴乔夫。同一天，李鹏同戈尔巴乔夫举行会谈。"
    [talks] = li_pengs_talks(body, dt.date(2019, 5, 16), "zh")
    assert talks.date is not None and (talks.date.first, talks.date.last) == (STORY_DAY, STORY_DAY)


def test_the_same_day_in_english_after_thirty_years_ago_today():
    body = ("Thirty years ago today, Deng Xiaoping received Mikhail Gorbachev in Beijing. "
            "The same day, Li Peng held talks with Gorbachev.")
    [talks] = li_pengs_talks(body, dt.date(2019, 5, 16), "en")
    assert talks.date is not None and talks.date.first == STORY_DAY


def test_the_same_day_after_a_day_retold_two_weeks_on_stays_undated():
    body = ("Two weeks ago today, Deng Xiaoping received Mikhail Gorbachev in Beijing. "
            "The same day, Li Peng held talks with Gorbachev.")
    [talks] = li_pengs_talks(body, dt.date(1989, 5, 30), "en")
    assert talks.date is None
