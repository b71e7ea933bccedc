"""A newspaper archive's page of decades ago: the paper's stamp at its foot, its name and issue number
beside the day ("«Вечерняя газета», № 112 (9 031), среда, 5 мая 1976 года, стр. 2."), dates the page
(knowledge/boilerplate.yaml `issue_number`, text/page_dates.py, text/page_tail.py); a dateline of the
day alone, as the Soviet papers printed it ("ХЕЛЬСИНКИ, 4. (ТАСС)."), is the story's filing day in the
page's month or the one before (knowledge/calendar.yaml `datelines`, extract/datelines.py); and talks
that "lasted two days", ended that day, span both (knowledge/event_spans.yaml `lasts`, in the past).
Beside each, a look-alike that must not do what it does. Texts written for these tests, invented
stories of other leaders and other years than any benchmark's."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.datelines import filing_day
from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base
from ruchina.text.page_dates import read_date_line
from ruchina.text.parsing import parse_article

TODAY = dt.date(2026, 1, 1)
CATALOG = base.entity_catalog()
BREZHNEV = CATALOG.named("Leonid Brezhnev").entity_id
NIXON = CATALOG.named("Richard Nixon").entity_id
HELSINKI_PAGE = "https://archive.example/gazeta/1973/112/2"


def parse(text: str, url: str):
    return parse_article(text, "seeds/page.txt", today=TODAY, url=url)


STORY = ("ХЕЛЬСИНКИ, 4. (ТАСС). Сегодня здесь завершились переговоры Л. И. Брежнева и Р. Никсона, "
         "продолжавшиеся два дня.\n\n"
         "Стороны обсудили вопросы разоружения и торговли.")
STAMP = "«Вечерняя газета», № 112 (9 031), среда, 5 мая 1976 года, стр. 2."


@pytest.mark.parametrize("line", [
    STAMP,
    "The Evening Courier, No. 112, Wednesday, May 5, 1976, page 2.",
])
def test_a_papers_stamp_with_its_issue_number_is_a_date_line(line):
    assert read_date_line(line, any_language=True).date == dt.date(1976, 5, 5)


@pytest.mark.parametrize("line", [
    "«Вечерняя газета» писала 5 мая 1976 года о переговорах.",  # (a sentence naming a paper)
    "No. 112 on the list of talks, held on May 5, 1976, in the old palace",  # (a number in a sentence)
])
def test_lookalike_a_sentence_with_a_paper_or_a_number_is_no_date_line(line):
    assert read_date_line(line, any_language=True) is None


def test_the_stamp_at_an_archive_pages_foot_dates_it():
    text = ("ВСТРЕЧА В ХЕЛЬСИНКИ ЗАВЕРШИЛАСЬ\n\n" + STORY + "\n\nТекст распознан автоматически.\n\n" + STAMP)
    article = parse(text, HELSINKI_PAGE)
    assert article.published_date == dt.date(1976, 5, 5)
    assert STAMP not in article.body


def test_a_dateline_of_the_day_alone_is_the_filing_day_of_the_pages_month():
    assert filing_day(STORY, dt.date(1976, 5, 5)) == dt.date(1976, 5, 4)
    # (the day before the page's first: the month before)
    assert filing_day(STORY.replace("ХЕЛЬСИНКИ, 4.", "ХЕЛЬСИНКИ, 30."), dt.date(1976, 5, 1)) == dt.date(1976, 4, 30)


def test_lookalike_a_day_alone_after_the_pages_day_is_no_filing_day():
    assert filing_day(STORY.replace("ХЕЛЬСИНКИ, 4.", "ХЕЛЬСИНКИ, 9."), dt.date(1976, 5, 5)) is None


def test_talks_that_lasted_two_days_ended_on_the_filing_day_span_both():
    [talks] = extract_article("a", "ВСТРЕЧА В ХЕЛЬСИНКИ ЗАВЕРШИЛАСЬ", None, STORY, dt.date(1976, 5, 5), "ru").events
    assert {BREZHNEV, NIXON} <= talks.participants
    assert (talks.date.first, talks.date.last) == (dt.date(1976, 5, 3), dt.date(1976, 5, 4))
    assert talks.location_id == CATALOG.named("Helsinki").entity_id


def test_lookalike_talks_that_lasted_two_hours_keep_their_day():
    body = STORY.replace("продолжавшиеся два дня", "продолжавшиеся два часа")
    [talks] = extract_article("a", "ВСТРЕЧА В ХЕЛЬСИНКИ ЗАВЕРШИЛАСЬ", None, body, dt.date(1976, 5, 5), "ru").events
    assert (talks.date.first, talks.date.last) == (dt.date(1976, 5, 4), dt.date(1976, 5, 4))


@pytest.mark.parametrize("body, language", [
    ("HELSINKI, May 4 -- Leonid Brezhnev and Richard Nixon ended their talks here today, which lasted two days.",
     "en"),
    ("Leonid Brezhnev et Richard Nixon ont achevé aujourd'hui à Helsinki leurs entretiens, qui ont duré deux jours.",
     "fr"),
    ("Leonid Brezhnev y Richard Nixon concluyeron hoy en Helsinki sus conversaciones, que duraron dos días.", "es"),
])
def test_talks_that_lasted_two_days_in_other_languages(body, language):
    talks = [e for e in extract_article("a", None, None, body, dt.date(1976, 5, 4), language).events
             if e.family == "gathering"]
    assert [(e.date.first, e.date.last) for e in talks] == [(dt.date(1976, 5, 3), dt.date(1976, 5, 4))]


HELSINKI_WIRE = ("HELSINKI, May 4 -- Leonid Brezhnev and Richard Nixon ended two days of talks here today without "
               "an accord on trade.\n\n"
               "The meeting opened Monday at the presidential palace and ended this afternoon at the Soviet embassy.")


def _meetings(body: str):
    events = extract_article("a", "Brezhnev and Nixon end Helsinki talks", None, body, dt.date(1976, 5, 4), "en").events
    return [(sorted(e.participants), e.date.first, e.date.last) for e in events if e.family == "gathering"]


def test_the_opening_of_the_main_talks_told_apart_is_a_report_of_them():
    assert _meetings(HELSINKI_WIRE) == [(sorted([BREZHNEV, NIXON]), dt.date(1976, 5, 3), dt.date(1976, 5, 4))]


def test_lookalike_a_meeting_that_opened_on_another_day_stays_apart():
    body = HELSINKI_WIRE.replace("The meeting opened Monday", "The meeting opened Sunday")
    assert len(_meetings(body)) == 2
