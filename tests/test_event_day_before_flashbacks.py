"""A story of the page's day that steps back to the day before and returns: "Today A and B held
talks ... The day before, both premiers attended the council in X. In the evening A flies on to Y,
where Z will receive him." The evening of a plan told after the step back is the page's evening, not
the day before's (dates_same_day_opening.py). Fixtures
written for these tests, with other people, places and days than any page read; each beside a
look-alike."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

DAY = dt.date(1998, 11, 20)


def _events(text):
    return extract_article("t1", None, None, text, DAY, "ru").events


TALKS = ("ПЕКИН, 20 ноября. Председатель правительства России Евгений Примаков и премьер Госсовета КНР Чжу "
         "Жунцзи провели сегодня в Пекине переговоры.\n\n")


def _plans(text):
    return [e for e in _events(text) if all(m.status == "planned" for m in e.mentions)]


def test_an_evening_plan_after_the_day_before_is_the_page_s_evening():
    text = TALKS + ("Накануне оба премьера участвовали в Куала-Лумпуре в заседании Совета глав правительств.\n\n"
                    "Вечером Евгений Примаков вылетает в Шанхай, где с ним встретится Цзян Цзэминь.")
    plans = _plans(text)
    assert plans and all(e.date is not None and e.date.first == DAY for e in plans)


def test_look_alike_an_evening_plan_of_a_story_told_of_the_day_before_alone_is_that_day_s():
    """The look-alike: a story that tells no day from the page's on (a wire of the day before, printed
    the next morning): its evening's plan is of the day it told."""
    text = ("ПЕКИН, 20 ноября. Вчера Евгений Примаков провел в Пекине переговоры с премьером Госсовета КНР Чжу "
            "Жунцзи.\n\nВечером Евгений Примаков вылетает в Шанхай, где с ним встретится Цзян Цзэминь.")
    plans = [e for e in _plans(text) if e.date is not None]
    assert plans and all(e.date.first == DAY - dt.timedelta(days=1) for e in plans)
