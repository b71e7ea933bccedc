"""Russian "Переговоры министров иностранных дел запланированы на четверг": the talks of the two
ministers of that office named before, the people they name as a group (knowledge/events_ru.yaml
``group``). Fixtures written for these tests, with other ministers than any page read; beside a
page that names no one before the talks, which gives them no one."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

LAVROV, WANG = "sergei-lavrov", "wang-yi"
DAY = dt.date(2024, 10, 7)  # a Monday
STAY = "МОСКВА, 7 октября. Ван И находится в России с официальным визитом по приглашению Лаврова. "


def meetings(text):
    return [m for m in extract_article("t1", None, None, text, DAY, "ru").event_mentions if m.event_type == "meeting"]


def test_the_talks_of_the_foreign_ministers_are_the_two_named_before():
    found = [m for m in meetings(STAY + "Переговоры министров иностранных дел запланированы на четверг.")
             if m.date is not None and m.date.first == dt.date(2024, 10, 10)]
    assert [set(m.participant_ids) for m in found] == [{LAVROV, WANG}]


def test_the_ministers_talks_with_no_one_named_before_name_no_one():
    """The look-alike: no two people told before, no one is made up for the talks."""
    found = meetings("ПЕКИН, 7 октября. Переговоры министров иностранных дел запланированы на четверг.")
    assert all(not m.participant_ids for m in found)
