"""A page of history (issue 25): its main event held years before the page, what it tells of those weeks
(the talks four days on) is its story, not background to the page's day; an event years after that
story but before the page is not. Beside a news page of the day that retells the same talks: they stay
background. Every fixture is written for these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

MAO, KHRUSHCHEV = "mao-zedong", "nikita-khrushchev"
TALKS = "1957年11月6日，赫鲁晓夫在克里姆林宫会见毛泽东。"


def _events(title, body, published):
    return extract_article("t1", title, None, body, published, "zh").events


def test_a_history_pages_talks_of_the_story_are_reported():
    events = _events("1957年11月2日 毛泽东抵达莫斯科",
                     f"1957年11月2日中午，毛泽东抵达莫斯科，开始对苏联的访问。\n\n{TALKS}\n\n1964年10月，赫鲁晓夫会见了来访的客人。",
                     dt.date(2017, 11, 2))
    talks = [e for e in events if e.family == "gathering" and {MAO, KHRUSHCHEV} <= e.participants]
    assert [t.date.first for t in talks] == [dt.date(1957, 11, 6)]
    # (the meeting of 1964, years after the story and before the page, is told in passing)
    assert not any(e.date and e.date.first.year == 1964 for e in events)


def test_look_alike_a_news_page_retelling_the_same_talks_keeps_them_background():
    events = _events("普京会见中国客人", f"普京2日在克里姆林宫会见来访的中国客人。\n\n{TALKS}", dt.date(2017, 11, 2))
    assert not any(e.date and e.date.first.year == 1957 for e in events)
