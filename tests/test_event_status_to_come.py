"""An event whose day comes after the publication date, in a sentence that does not report it
as past, is planned, whatever the tense of the clause around it: a thank-you in the
conditional for the chance to attend the celebrations of 9 May, an aim of a past arrival,
"I am going to Kiev tomorrow". Texts written for the test, in Russian and English; each
beside a look-alike that must stay occurred (the same words after the day, a past report,
a deadline year, an arrival for a summit on its day)."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article

THANKS_RU = ("Александр Лукашенко: Я хотел бы поблагодарить Вас за возможность принять участие "
             "в праздновании 80-летия Победы в Великой Отечественной войне.")
THANKS_EN = "Alexander Lukashenko: I would like to thank you for the invitation to the Victory Day parade on May 9, 2025."


def statuses(language: str, body: str, published: dt.date) -> dict[str, str]:
    article = extract_article("to-come", None, None, body, published, language)
    return {m.event_type: m.status for m in article.event_mentions}


@pytest.mark.parametrize(("language", "body", "published", "kind", "status"), [
    # the conditional said two days before the parade; the same words after it
    ("ru", THANKS_RU, dt.date(2025, 5, 7), "parade", "planned"),
    ("ru", THANKS_RU, dt.date(2025, 5, 12), "parade", "occurred"),
    ("en", THANKS_EN, dt.date(2025, 5, 7), "parade", "planned"),
    ("en", "Alexander Lukashenko: We attended the Victory Day parade on May 9, 2025.", dt.date(2025, 5, 7),
     "parade", "occurred"),
    # the aim of an invitation, dated after the article; the invitation's own look-alike: the
    # guests who took part
    ("ru", ("Владимир Путин пригласил Александра Лукашенко принять участие в праздновании "
            "80-летия Победы в Великой Отечественной войне."), dt.date(2025, 3, 4), "parade", "planned"),
    ("ru", ("Владимир Путин и Александр Лукашенко приняли участие в праздновании "
            "80-летия Победы в Великой Отечественной войне."), dt.date(2025, 3, 4), "parade", "occurred"),
    ("en", "Vladimir Putin: I am going to Kiev tomorrow to meet with President Zelensky.", dt.date(2022, 2, 8),
     "meeting", "planned"),
    ("en", "Vladimir Putin: I went to Kiev yesterday to meet with President Zelensky.", dt.date(2022, 2, 8),
     "meeting", "occurred"),
    # an arrival for a summit on its day reports the summit (no date after the article's)
    ("ru", "Владимир Путин прибыл в Пекин для участия в саммите ШОС.", dt.date(2025, 9, 1), "summit", "occurred"),
    ("en", "Vladimir Putin arrived in Beijing to attend the SCO summit.", dt.date(2025, 9, 1), "summit", "occurred"),
    # a year after the date is a deadline or a period, no sign of a summit to come
    ("ru", ("Владимир Путин и Си Цзиньпин провели переговоры. По итогам саммита принят план действий "
            "до 2027 года."), dt.date(2025, 5, 8), "summit", "occurred"),
])
def test_an_event_dated_after_the_article_and_not_told_as_past_is_planned(language, body, published, kind, status):
    assert statuses(language, body, published)[kind] == status


def test_a_clause_about_the_people_met_does_not_tell_the_meetings_tense():
    """ "Putin met students who will compete at the games": the students will compete; the
    meeting was held. The clause about them was read as the meeting's, and the meeting
    became one to come, with no day. The look-alikes: a meeting still to come whose guests
    are told of in the past, and a meeting to come told in its own words, stay planned."""
    day = dt.date(2024, 3, 5)
    held = statuses("en", "Vladimir Putin met with young athletes who will compete at the Summer Games.", day)
    assert held["meeting"] == "occurred"
    to_come = statuses("en", "Vladimir Putin will meet the pupils who won the mathematics olympiad.", day)
    assert to_come["meeting"] == "planned"
    assert statuses("en", "Vladimir Putin is to meet the athletes, who will compete in Paris.", day)["meeting"] == "planned"
