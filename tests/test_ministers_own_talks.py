"""Officials' meeting told beside the leaders' talks is another meeting (extract/event_officials.py);
but where the talks the article tells are ministers' own (a visiting foreign minister and his
counterpart), "the first meeting of the two foreign ministers" is those talks told again, no
meeting apart. Written for these tests (other names and places than the benchmark pages)."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

WEDNESDAY = dt.date(2019, 6, 12)


def gatherings(body: str) -> list[set]:
    events = extract_article("o1", None, None, body, WEDNESDAY, "en").events
    return [e.participants for e in events if e.family == "gathering"]


def test_the_ministers_meeting_told_again_is_their_talks():
    found = gatherings("BEIJING - Indian External Affairs Minister Subrahmanyam Jaishankar and his Chinese "
                       "counterpart Wang Yi held talks in Beijing on Wednesday on trade.\n\nIt was the first meeting "
                       "of the two foreign ministers in Beijing since 2012.")
    assert len(found) == 1 and "subrahmanyam-jaishankar" in found[0]


def test_a_ministers_meeting_of_an_article_naming_no_one_at_it_stays_apart():
    # (no talks of named people stand beside it: still a meeting of officials, which no leaders' report joins)
    events = extract_article("o2", None, None, "Foreign ministers of India and Japan met in Tokyo on Wednesday to "
                             "discuss trade.", WEDNESDAY, "en").events
    assert [m.officials for e in events for m in e.mentions] == [True]


def test_beside_the_leaders_talks_the_ministers_meeting_is_another():
    found = gatherings("TOKYO - Narendra Modi and Shinzo Abe held talks in Tokyo on Wednesday on trade.\n\nThe "
                       "foreign ministers met separately on Wednesday.")
    assert len(found) == 2
