"""A leader receiving a group in Chinese, "接见" ("在莫斯科大学接见中国留学生"), is a meeting
(knowledge/events_zh.yaml, meeting). Beside it, the look-alike that holds the same two characters:
"直接见到" (saw directly) and "间接见证" (witnessed at one remove) tell no meeting. Texts written for
these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
LI_PENG, MOSCOW = (CATALOG.named(name).entity_id for name in ("Li Peng", "Moscow"))
DAY = dt.date(1994, 5, 12)


def _meetings(body: str) -> list:
    events = extract_article("zh", None, None, body, DAY, "zh").events
    return [e for e in events if "meeting" in e.types()]


def test_a_leader_receiving_students_is_a_meeting():
    meetings = _meetings("1994年5月10日，李鹏在莫斯科大学接见中国留学生代表。")
    assert [(sorted(m.participants), m.location_id) for m in meetings] == [([LI_PENG], MOSCOW)]


def test_seeing_directly_is_no_meeting():
    assert _meetings("1994年5月10日，李鹏在莫斯科直接见到了当地的中国留学生生活条件。") == []
