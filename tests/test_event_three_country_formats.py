"""A format of three countries' ministers named by them ("the foreign ministers of A,
B and C", "the three foreign ministers", "中俄蒙外长会晤", "die Außenminister As, Bs und Cs") is a
three-way meeting (knowledge three_way, extract/event_three_way.py), apart from two of its
members' talks held before it or beside it. Fixtures written for these tests, with other formats,
ministers and places; each beside a look-alike that must not be read so."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.event_three_way import told_three_way
from ruchina.extract.extraction import extract_article

LAVROV, WANG = "sergei-lavrov", "wang-yi"
DAY = dt.date(2022, 9, 14)


class _Clause:
    """A report's sentence and the part of it that speaks of the event (EventMention's fields)."""

    def __init__(self, sentence, scope=(0, 0)):
        self.sentence, self.scope = sentence, scope


def _meetings(title, body, language="en"):
    events = extract_article("t1", title, None, body, DAY, language).events
    return sorted((e.participants for e in events if "meeting" in e.types()), key=len)


def test_a_format_named_by_its_three_countries_is_three_way_in_every_language():
    for sentence in ("The foreign ministers of Mongolia, Russia and China met in Ulaanbaatar.",
                     "The three foreign ministers then met the press.",
                     "Прошла встреча министров иностранных дел Монголии, России и Китая.",
                     "王毅出席中俄蒙外长会晤。", "会晤后，三国外长共同会见记者。",
                     "Die Außenminister Japans, Südkoreas und Chinas trafen sich in Busan.",
                     "Au terme de la rencontre, les trois ministres ont adopté une déclaration."):
        assert told_three_way(_Clause(sentence)), sentence


def test_look_alike_two_countries_or_a_third_country_as_a_topic_is_no_format_of_three():
    # (nor, for now, leaders named by their countries: at a summit's margins their meetings are
    #  merged by rules of their own, and a word of three is not yet weighed against them)
    for sentence in ("An informal meeting of the leaders of Mongolia, Russia and China followed.",
                     "The foreign ministers of Russia and China met in Beijing.",
                     "Lavrov and Wang held a face-to-face meeting on the situation in Mongolia.",
                     "Lavrov met Wang in Beijing, and they spoke of Mongolia, Japan and Korea.",
                     "Министры иностранных дел России и Китая провели встречу.",
                     "王毅出席中俄外长会晤。", "Die Außenminister Russlands und Chinas trafen sich in Peking.",
                     "Les deux ministres ont adopté une déclaration."):
        assert not told_three_way(_Clause(sentence)), sentence


def test_the_three_way_meeting_is_apart_from_two_members_talks_before_it():
    body = ("ULAANBAATAR, Sept 14 - Sergei Lavrov and Wang Yi on Wednesday joined Mongolia's foreign minister "
            "for a meeting of the foreign ministers of Mongolia, Russia and China. "
            "Before the meeting, Lavrov held talks with Wang Yi at the same hotel.")
    meetings = _meetings("Ministers meet in Ulaanbaatar", body)
    assert len(meetings) == 2 and {LAVROV, WANG} in meetings


def test_look_alike_talks_of_two_naming_a_third_country_stay_one_meeting():
    body = ("ULAANBAATAR, Sept 14 - Sergei Lavrov and Wang Yi on Wednesday held a meeting on the ties of "
            "Mongolia, Russia and China. Before the meeting, Lavrov and Wang Yi toured the city.")
    assert _meetings("Ministers meet in Ulaanbaatar", body) == [{LAVROV, WANG}]


def test_a_chinese_format_of_three_is_apart_from_the_talks_before_it():
    body = ("新华社乌兰巴托9月14日电 外交部长王毅14日在乌兰巴托同俄罗斯外长拉夫罗夫出席中俄蒙外长会晤。\n\n"
            "会晤前，王毅同拉夫罗夫举行双边会谈。")
    assert len(_meetings("王毅出席中俄蒙外长会晤", body, "zh")) == 2


def test_look_alike_a_chinese_format_of_two_is_the_talks_told_again():
    body = ("新华社北京9月14日电 外交部长王毅14日在北京同俄罗斯外长拉夫罗夫举行中俄外长会晤。\n\n"
            "会晤中，王毅同拉夫罗夫举行会谈。")
    assert _meetings("王毅同拉夫罗夫会晤", body, "zh") == [{LAVROV, WANG}]
