"""A body's council of its heads of government meeting is the body's summit, as its heads of state's
council is: "the 30th meeting of the Council of Heads of Government of the CIS", "as the bloc's
prime ministers met", "独联体政府首脑理事会会议" (knowledge/events_<language>.yaml summit triggers).
The regular meeting of two countries' heads of government names no council and stays a meeting.
Texts written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article

DAY = dt.date(2021, 5, 21)


def _main_type(body: str, language: str) -> str:
    events = extract_article("councils", None, None, body, DAY, language).events
    main = [e for e in events if e.main]
    assert len(main) == 1, [e.types() for e in events]
    return main[0].mentions[0].event_type


@pytest.mark.parametrize("body, language", [
    ("MINSK, May 21 - Mikhail Mishustin on Friday attended the 30th meeting of the Council of Heads of "
     "Government of the Commonwealth of Independent States in Minsk.", "en"),
    ("MINSK, May 21 - Mikhail Mishustin urged his counterparts on Friday to trade in national currencies, "
     "as the bloc's prime ministers met in Minsk.", "en"),
    ("新华社明斯克5月21日电 俄罗斯总理米舒斯京21日在明斯克出席独联体政府首脑理事会会议。", "zh"),
])
def test_a_bodys_heads_of_government_council_is_a_summit(body, language):
    assert _main_type(body, language) == "summit"


def test_the_regular_meeting_of_two_heads_of_government_stays_a_meeting():
    body = ("MOSCOW, May 21 - Mikhail Mishustin and Li Keqiang on Friday held the 26th regular meeting of the "
            "heads of government of Russia and China in Moscow.")
    assert _main_type(body, "en") == "meeting"
