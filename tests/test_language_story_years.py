"""A page that tells its story as held years before it (story_years.py, anniversary_titles.py): its
days named without their year are of the story's year, a Chinese count of tens reads whole
("六十年前", not its tail "十年前"), and under a history rubric ("历史上的今天") the lead counted back
heads the story; beside look-alikes: a news page keeps the tense's reading of a yearless day, a
round count still reads as before. Every fixture is written for these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.dates_ago import dates_ago
from ruchina.extract.extraction import extract_article

KOSYGIN, LIU = "alexei-kosygin", "liu-shaoqi"


def _events(body: str, language: str, published: dt.date, title: str | None = None):
    return extract_article("t1", title, None, body, published, language).events


def _meeting(events):
    (meeting,) = [e for e in events if e.mentions[0].event_type == "meeting"]
    return meeting


def test_a_yearless_day_under_an_anniversary_title_is_of_the_storys_year():
    """ "Vor 60 Jahren: ..." over "Am 6. Februar 1965 ... Am 10. Februar traf X Y": the 10th of 1965,
    not the 10 February before the page."""
    events = _events("Am 6. Februar 1965 landete Alexei Kossygin in Hanoi. Am 10. Februar traf Kossygin in Peking "
                     "Liu Shaoqi.", "de", dt.date(2025, 2, 6), title="Vor 60 Jahren: Kossygin in Hanoi")
    meeting = _meeting(events)
    assert meeting.date.first == dt.date(1965, 2, 10)
    assert meeting.participants == {KOSYGIN, LIU}


def test_look_alike_a_yearless_day_on_a_news_page_keeps_the_tenses_reading():
    """No anniversary title: "am 10. Februar" after a year named in passing (a year alone, no day of it)
    is read from the page's day."""
    events = _events("Im Jahr 1965 landete Alexei Kossygin in Hanoi, schreiben Historiker in einem neuen Buch. "
                     "Am 10. Februar traf Kossygin in Peking Liu Shaoqi.", "de", dt.date(2025, 2, 12),
                     title="Historiker würdigen Kossygin")
    assert _meeting(events).date.first == dt.date(2025, 2, 10)


def test_a_count_of_tens_in_chinese_reads_whole():
    """ "六十五年前的今天": sixty-five years back, not fifteen (its tail)."""
    (date,) = dates_ago("六十五年前的今天，一支代表团抵达河内。", dt.date(2030, 2, 6), "zh")
    assert date.first == dt.date(1965, 2, 6)
    (twenty,) = dates_ago("二十年前的今天", dt.date(2030, 2, 6), "zh")
    assert twenty.first == dt.date(2010, 2, 6)


def test_look_alike_a_count_under_twenty_still_reads_as_before():
    (date,) = dates_ago("十五年前的今天", dt.date(2030, 2, 6), "zh")
    assert date.first == dt.date(2015, 2, 6)


def test_under_a_history_rubric_the_lead_counted_back_heads_the_story():
    """ "历史上的今天 | 2月6日" over "六十年前的今天，X抵达河内。2月10日，X同Y举行会谈": the arrival is the
    story's main event, of 1965, and the talks of the 10th are of 1965 too."""
    events = _events("六十年前的今天，柯西金抵达河内。2月10日，柯西金在北京同刘少奇举行会谈。", "zh",
                     dt.date(2025, 2, 6), title="历史上的今天 | 2月6日")
    main = next(e for e in events if e.main)
    assert main.date.first == dt.date(1965, 2, 6)
    assert _meeting(events).date.first == dt.date(1965, 2, 10)
