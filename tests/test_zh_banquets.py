"""A banquet a host gives for a guest in Chinese ("设宴招待X", "设宴，招待X") is an event of its own,
`other`, as a state banquet is in English reports (knowledge/events_zh.yaml, other). Beside it, the
look-alike: talks held in a banquet hall ("宴会厅") are talks, with no banquet. Texts written for these
tests."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
LI_PENG, GORBACHEV, BEIJING = (CATALOG.named(name).entity_id for name in ("Li Peng", "Mikhail Gorbachev", "Beijing"))
DAY = dt.date(1989, 5, 17)


def _events(body: str) -> list:
    return extract_article("zh", None, None, body, DAY, "zh").events


def test_a_host_giving_a_banquet_for_a_guest_is_an_event_of_its_own():
    events = _events("1989年5月16日晚，李鹏在北京设宴，招待戈尔巴乔夫一行。")
    assert [(e.types(), sorted(e.participants), e.location_id) for e in events] == [
        ({"other"}, sorted([LI_PENG, GORBACHEV]), BEIJING)]


def test_talks_in_a_banquet_hall_are_talks_only():
    events = _events("1989年5月16日，李鹏在北京一家饭店的宴会厅同戈尔巴乔夫举行会谈。")
    assert [e.types() for e in events] == [{"meeting"}]


def test_a_welcome_dinner_given_with_the_talks_is_part_of_them():
    events = _events("1989年5月16日，李鹏在北京同戈尔巴乔夫举行了会谈，并设宴欢迎。")
    assert [e.types() for e in events] == [{"meeting"}]
