"""A meeting held by video link is a call, and so are the body's reports of that meeting
(extract/video_meetings.py). Fixtures written for these tests, in the shape of a
presidency's page: a title naming a meeting, a lead saying it was held by video link."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

DAY = dt.date(2025, 3, 12)
PUTIN = "Q7747"


def events_of(title, body, language="ru"):
    return extract_article("v1", title, None, body, DAY, language).events


def kinds(events):
    return sorted(e.mentions[0].event_type for e in events)


RU_TITLE = "Совещание с членами Правительства"
RU_LEAD = "Владимир Путин по видеосвязи провёл совещание с членами Правительства."


def test_the_body_reports_of_a_meeting_held_by_video_link_are_the_call():
    body = (RU_LEAD + "\n\n12 марта 2025 года Совещание с членами Правительства. Основная тема совещания – ремонт "
            "сельских дорог. В начале сегодняшнего совещания обсудили паводок.")
    events = events_of(RU_TITLE, body)
    assert kinds(events) == ["call"]
    (call,) = events
    assert call.main and PUTIN in call.participants and call.location_id is None


def test_a_meeting_of_another_place_day_or_people_stays_a_meeting():
    for other in ("Вчера в Казани прошло совещание по паводку.",  # (another place)
                  "Совещание с Сергеем Лавровым пройдёт 20 марта 2025 года.",  # (another day, another person)
                  "Прошлое совещание было посвящено паводку."):  # (an earlier one)
        body = RU_LEAD + "\n\nОсновная тема совещания – ремонт сельских дорог. " + other
        events = events_of(RU_TITLE, body)
        assert "call" in kinds(events), other
        (main,) = [e for e in events if e.main]
        assert main.mentions[0].event_type == "call" and all(
            "Казан" not in m.sentence and "Лавров" not in m.sentence and "Прошлое" not in m.sentence
            for m in main.mentions), other


def test_without_a_call_in_the_lead_the_meeting_is_a_meeting():
    body = ("Владимир Путин провёл в Кремле совещание с членами Правительства.\n\nОсновная тема совещания – ремонт "
            "сельских дорог.")
    assert kinds(events_of(RU_TITLE, body)) == ["meeting"]

