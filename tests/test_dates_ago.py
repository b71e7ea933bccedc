"""A day counted back from the publication date in words of the very day ("three years ago
today", "on this day in 2027", "ровно год назад") is that day, not the article's own (issue 23
class 4): the "today" of "three years ago today" had dated a retold meeting to the day of an
anniversary piece, and its opening line became a new event of that year. A report so dated
well before the article looks back at an earlier event: the piece retells it, it does not
report it. The look-alikes: a count of years that names no day ("after three years of
talks", "three years ago"), and a count back of a few days, which is still the news. Texts
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.dates_ago import dates_ago
from ruchina.extract.extraction import extract_article

PUBLISHED = dt.date(2031, 3, 14)


@pytest.mark.parametrize(("language", "text", "day"), [
    ("en", "Three years ago today, the treaty entered into force.", dt.date(2028, 3, 14)),
    ("en", "Three years ago tonight, the treaty entered into force.", dt.date(2028, 3, 14)),
    ("en", "On this day in 2027 the bridge was opened.", dt.date(2027, 3, 14)),
    ("en", "On this very day four years ago, the line was closed.", dt.date(2027, 3, 14)),
    ("en", "It was signed exactly a month ago.", dt.date(2031, 2, 14)),
    ("ru", "Ровно год назад мост был открыт.", dt.date(2030, 3, 14)),
    ("ru", "Пять лет назад, в этот день, договор вступил в силу.", dt.date(2026, 3, 14)),
    ("zh", "三年前的今天，大桥正式通车。", dt.date(2028, 3, 14)),
    ("de", "Heute vor drei Jahren wurde die Brücke eröffnet.", dt.date(2028, 3, 14)),
    ("fr", "Il y a trois ans jour pour jour, le pont était ouvert.", dt.date(2028, 3, 14)),
    ("es", "Hoy hace tres años se inauguró el puente.", dt.date(2028, 3, 14)),
])
def test_words_of_the_very_day_count_back_to_that_day(language, text, day):
    found = dates_ago(text, PUBLISHED, language)
    assert [(d.first, d.last, d.precision) for d in found] == [(day, day, "day")]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "After three years of talks the treaty entered into force today."),
    ("en", "The treaty entered into force three years ago."),
    ("ru", "Несколько дней назад мост был открыт."),
    ("ru", "Пару лет назад мост был открыт."),
    ("zh", "三年前，大桥正式通车。"),
])
def test_a_count_of_years_without_words_of_the_day_names_no_day(language, text):
    assert dates_ago(text, PUBLISHED, language) == []


def events_of(body: str, published: dt.date = PUBLISHED):
    return extract_article("anniversary", None, None, body, published, "en").events


def test_an_anniversary_piece_retelling_talks_reports_no_event():
    body = ("Five years ago today, Recep Tayyip Erdogan sat down with Kassym-Jomart Tokayev in Astana, "
            "and the two signed a declaration on a new rail corridor.\n\n"
            "What has changed since then? Freight volumes have tripled.")
    assert events_of(body) == []


def test_talks_held_today_after_years_of_talks_are_reported():
    body = ("After five years of talks, Recep Tayyip Erdogan sat down with Kassym-Jomart Tokayev in Astana today, "
            "and the two signed a declaration on a new rail corridor.\n\n"
            "What has changed since then? Freight volumes have tripled.")
    events = events_of(body)
    assert events and any(e.main and e.date is not None and e.date.first == PUBLISHED for e in events)


def test_talks_counted_back_a_few_days_are_still_the_news():
    body = ("Exactly three days ago, Recep Tayyip Erdogan sat down with Kassym-Jomart Tokayev in Astana, "
            "and the two signed a declaration on a new rail corridor.")
    events = events_of(body)
    assert any(e.main and e.date is not None and e.date.first == dt.date(2031, 3, 11) for e in events)
