"""A place right before a "where" clause places the event the clause tells: "Lula is in Lima
today, where he held talks with Boric this morning" puts the talks in Lima (extract/where_places.py).
The look-alikes: a place named as a topic before "where" ("talks on Syria, where the war goes
on") is no venue, and a clause that does not open with "where" keeps no place from before it.
The subject a "where he" clause refers to may follow a short aside ("As reporters know,").
Texts written for these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
TASHKENT, ASTANA = (CATALOG.named(name).entity_id for name in ("Tashkent", "Astana"))
DAY = dt.date(2034, 3, 7)


def meetings(body: str) -> list:
    return [m for m in extract_article("where", None, None, body, DAY, "en").event_mentions if m.event_type == "meeting"]


def meeting_places(body: str) -> list[str | None]:
    return [m.location_id for m in meetings(body)]


def test_talks_in_a_where_clause_are_at_the_place_it_hangs_from():
    body = "As reporters know, Kassym-Jomart Tokayev is in Tashkent today, where he held talks with Shavkat Mirziyoyev."
    assert meeting_places(body) == [TASHKENT]
    # (after a short aside, "As reporters know,", the sentence's subject is still the one "he" is)
    assert CATALOG.named("Kassym-Jomart Tokayev").entity_id in meetings(body)[0].participant_ids


def test_a_where_clause_after_a_topic_is_no_venue():
    body = "Kassym-Jomart Tokayev spoke about Afghanistan, where he held talks with Shavkat Mirziyoyev last year."
    assert TASHKENT not in meeting_places(body) and ASTANA not in meeting_places(body)
    assert CATALOG.named("Afghanistan").entity_id not in meeting_places(body)


def test_a_clause_not_opened_by_where_takes_no_place_from_before_it():
    body = "Kassym-Jomart Tokayev is in Tashkent today, and on Friday he held talks with Shavkat Mirziyoyev in Astana."
    assert meeting_places(body) == [ASTANA]


# A stop told in passing: the leader came from a place "where" he met someone, or was there the
# day the clause before names. The meeting is in that place, on that day.

def _meetings_in(language: str, body: str, published: dt.date = DAY) -> list:
    return [m for m in extract_article("stop", None, None, body, published, language).event_mentions
            if m.event_type == "meeting"]


def test_a_where_clause_after_where_one_came_from_is_at_that_place():
    body = "Kassym-Jomart Tokayev landed in Astana in the evening, coming from Tashkent, where he held talks with Shavkat Mirziyoyev."
    assert [m.location_id for m in meetings(body)] == [TASHKENT]


def test_a_where_clause_takes_the_day_of_the_clause_it_hangs_from():
    body = "On Monday Kassym-Jomart Tokayev was in Tashkent, where he held talks with Shavkat Mirziyoyev."
    (meeting,) = meetings(body)
    assert (meeting.location_id, meeting.date.first) == (TASHKENT, dt.date(2034, 3, 6))


def test_a_where_clause_with_a_year_of_its_own_keeps_it():
    # (the stop recalled from another year: the clause's own year, not the arrival's Monday)
    body = "Kassym-Jomart Tokayev flew in on Monday from Tashkent, where he had held talks with Shavkat Mirziyoyev in 2019."
    (meeting,) = meetings(body)
    assert meeting.date.first.year == 2019


def test_a_russian_stop_the_day_before_is_a_meeting_there_of_the_sentence_subject():
    body = ("Президент Казахстана Касым-Жомарт Токаев сегодня открыл форум в Астане. Накануне казахстанский "
            "президент побывал в Ташкенте, где во дворце Кок-сарой встретился с Шавкатом Мирзиёевым.")
    (meeting,) = _meetings_in("ru", body)
    assert meeting.location_id == TASHKENT and meeting.date.first == dt.date(2034, 3, 6)
    assert set(meeting.participant_ids) == {CATALOG.named("Kassym-Jomart Tokayev").entity_id,
                                            CATALOG.named("Shavkat Mirziyoyev").entity_id}


def test_a_where_clause_with_its_own_subject_does_not_take_the_sentence_subject():
    body = "Накануне Касым-Жомарт Токаев прилетел в Ташкент, где Шавкат Мирзиёев встретился с Владимиром Путиным."
    (meeting,) = _meetings_in("ru", body)
    assert CATALOG.named("Kassym-Jomart Tokayev").entity_id not in meeting.participant_ids
