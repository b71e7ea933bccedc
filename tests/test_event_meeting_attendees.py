"""A closing line that is only names and attending the meeting puts them at the meeting the article
reports: "丁薛祥参加会见。" ("Ding Xuexiang attended the meeting"), "Also present at the talks was Yuri
Ushakov.", "Во встрече также принял участие Юрий Ушаков." (knowledge/events_<language>.yaml
``meeting_attendees``, read by extract/meeting_attendees.py). A line naming its people as the first
of more ("丁薛祥等参加会见", "... and others") tells no one in particular, and is left. Texts written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
DING, USHAKOV, MANTUROV = (CATALOG.named(name).entity_id
                           for name in ("Ding Xuexiang", "Yuri Ushakov", "Denis Manturov"))
DAY = dt.date(2024, 3, 12)


def _meeting_people(body: str, language: str) -> set[str]:
    events = extract_article("attendees", None, None, body, DAY, language).events
    meetings = [e for e in events if "meeting" in e.types()]
    assert len(meetings) == 1, [e.types() for e in events]
    return set(meetings[0].participants)


@pytest.mark.parametrize("body, language, attendee", [
    ("新华社北京3月12日电 国家主席习近平12日在北京会见俄罗斯总理米舒斯京。\n\n双方就经贸合作交换了意见。\n\n丁薛祥参加会见。",
     "zh", DING),
    ("Vladimir Putin met Xi Jinping in the Kremlin on Tuesday. The two leaders discussed energy trade.\n\n"
     "Also present at the talks was Yuri Ushakov.", "en", USHAKOV),
    ("Владимир Путин во вторник встретился в Кремле с Си Цзиньпином. Стороны обсудили торговлю.\n\n"
     "Во встрече также принял участие Юрий Ушаков.", "ru", USHAKOV),
    # (the names after their offices, the line ending on its verb: "the vice premiers A and B attended")
    # (the lead telling first the visit under way: the line is the meeting's all the same)
    ("新华社北京3月12日电 正在中国进行正式访问的俄罗斯总理米舒斯京12日在北京同国务院总理李强举行中俄总理第二十九次定期会晤。"
     "\n\n双方就经贸合作交换了意见。\n\n国务院副总理丁薛祥和俄罗斯第一副总理曼图罗夫出席。", "zh", MANTUROV),
])
def test_a_closing_attendance_line_puts_its_names_at_the_meeting(body, language, attendee):
    assert attendee in _meeting_people(body, language)


@pytest.mark.parametrize("body, language, attendee", [
    ("新华社北京3月12日电 国家主席习近平12日在北京会见俄罗斯总理米舒斯京。\n\n双方就经贸合作交换了意见。\n\n丁薛祥等参加会见。",
     "zh", DING),
    # (a line telling more than names: its own day and place, maybe another meeting's)
    ("新华社北京3月12日电 国家主席习近平12日在北京会见俄罗斯总理米舒斯京。\n\n双方就经贸合作交换了意见。\n\n丁薛祥次日在天津参加会见。",
     "zh", DING),
    # (an office before the name that is more than an office: a clause, "who had arrived the day before")
    ("新华社北京3月12日电 正在中国进行正式访问的俄罗斯总理米舒斯京12日在北京同国务院总理李强举行中俄总理第二十九次定期会晤。"
     "\n\n双方就经贸合作交换了意见。\n\n前一天抵达北京的俄罗斯第一副总理曼图罗夫出席。", "zh", MANTUROV),
])
def test_a_line_naming_the_first_of_more_attendees_adds_no_one(body, language, attendee):
    assert attendee not in _meeting_people(body, language)
