"""Publication dates in other languages' pages: agency datelines ("МОСКВА, 16 мая. /ТАСС/.",
"新华社北京5月16日电"), with their year from the address as English datelines take it, the
place they name, and date lines; each beside a look-alike that must not give a date. The
fixtures are written for these tests in the shapes agencies print; none is copied."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.text.page_datelines import dateline_place, opens_with_dateline, read_dateline
from ruchina.text.page_dates import read_date_line, read_url_date

TODAY = dt.date(2026, 1, 1)
D = dt.date
MAY = read_url_date("https://agency.example/politics/2025/05/16/12345", TODAY)
JANUARY = read_url_date("https://agency.example/2025/01/02/x", TODAY)


@pytest.mark.parametrize("paragraph, date, place", [
    ("МОСКВА, 16 мая. /ТАСС/. Президенты обсудили повестку саммита.", D(2025, 5, 16), "МОСКВА"),
    ("САНКТ-ПЕТЕРБУРГ, 16 мая. /ТАСС/. Форум открылся.", D(2025, 5, 16), "САНКТ-ПЕТЕРБУРГ"),
    ("НИЖНИЙ НОВГОРОД, 15 мая - РИА Новости. Делегация прибыла.", D(2025, 5, 15), "НИЖНИЙ НОВГОРОД"),
    ("新华社北京5月16日电（记者 王某）国家主席举行会谈。", D(2025, 5, 16), "北京"),
    ("新華社莫斯科5月15日電 國家主席抵達。", D(2025, 5, 15), "莫斯科"),
    ("中新社上海5月14日电 论坛开幕。", D(2025, 5, 14), "上海"),
    ("环球社广州5月12日电 展会开幕。", D(2025, 5, 12), "广州"),  # an agency the list lacks: its 社 and 电 tell it
    ("海风网青岛5月9日电 峰会闭幕。", D(2025, 5, 9), "青岛"),  # a news site's "网"
    ("Lima, 14 may (EFE).- Los cancilleres firmaron el acuerdo.", D(2025, 5, 14), "Lima"),
    ("Santo Domingo, 16 mayo (Agencia Caribe).- Comenzó la cumbre.", D(2025, 5, 16), "Santo Domingo"),
])
def test_an_agency_dateline_dates_the_article_with_the_address_year(paragraph, date, place):
    assert read_dateline(paragraph, MAY, TODAY) == date
    assert dateline_place(paragraph) == place
    assert opens_with_dateline(paragraph)


def test_a_december_dateline_under_a_january_address_is_the_year_before():
    assert read_dateline("МОСКВА, 31 декабря. /ТАСС/. Поздравления.", JANUARY, TODAY) == D(2024, 12, 31)
    assert read_dateline("新华社北京12月31日电 新年贺词。", JANUARY, TODAY) == D(2024, 12, 31)


def test_a_dateline_without_a_year_gives_no_date_without_an_address():
    assert read_dateline("МОСКВА, 16 мая. /ТАСС/. Текст.", None, TODAY) is None
    assert dateline_place("МОСКВА, 16 мая. /ТАСС/. Текст.") == "МОСКВА"


@pytest.mark.parametrize("paragraph", [
    "Путин, 16 мая, заявил журналистам о планах.",  # a sentence: no agency
    "МОСКВА, 16 процентов. /ТАСС/. Рост.",  # no month
    "国家主席5月16日在北京举行会谈。",  # a date in a sentence, no agency's 电
    "新华社记者从北京获悉，5月16日将举行会谈。",
    "合作伙伴北京5月16日电话会议。",  # no agency's 社 or 网 before the place
    "Lima, 14 de mayo, los cancilleres (de Perú) firmaron.",  # a sentence dated in passing
    "Lima, 14 may (EFE) firmaron los cancilleres.",  # no ".-" after the agency
])
def test_look_alikes_are_no_datelines(paragraph):
    assert read_dateline(paragraph, MAY, TODAY) is None
    assert dateline_place(paragraph) is None


def test_an_english_dateline_names_its_place_too():
    assert dateline_place("BEIJING, May 16 (Reuters) - Talks ended.") == "BEIJING"
    assert dateline_place("Putin, May 16, said the talks ended.") is None


@pytest.mark.parametrize("line, date", [
    ("16 мая 2025, 14:30", D(2025, 5, 16)),
    ("16 мая 2025 года, 14:30", D(2025, 5, 16)),  # the year's word after the year
    ("3 апреля 2025 г. 10:15 Москва, Кремль", D(2025, 4, 3)),
    ("2025年5月16日 14:30", D(2025, 5, 16)),
    # a Chinese page's line under its title: the time, then the source or the label
    ("2025-05-16 10:32", D(2025, 5, 16)),
    ("2025年05月16日 10:32 来源：新华社", D(2025, 5, 16)),
    ("2025年05月16日 10:32\u3000來源：新華網", D(2025, 5, 16)),
    ("2025-05-16 10:32:15 来源: 人民网 作者: 林小文", D(2025, 5, 16)),
    ("发布时间：2025-05-16 10:32", D(2025, 5, 16)),
    ("16. Mai 2025 14:30 Uhr", D(2025, 5, 16)),
    ("16 mai 2025, 14:30", D(2025, 5, 16)),
    ("16 de mayo de 2025 14:30", D(2025, 5, 16)),
])
def test_date_lines_in_other_languages(line, date):
    stated = read_date_line(line)
    assert stated is not None and stated.date == date


@pytest.mark.parametrize("line", [
    "В 2025 году товарооборот вырос на 16 процентов.",  # a sentence
    "2025年出口增长16%。",
    "2025年05月16日 10:32 两国元首在北京举行会谈",  # a time, then a sentence, not a source
    "来源：新华社 两国贸易额2025年增长16%",  # a source's label does not make a sentence a date line
    "В 2025 году 16 мая прошли выборы в городе.",
])
def test_sentences_are_no_date_lines(line):
    assert read_date_line(line) is None


def test_digits_only_dates_are_read_both_ways_as_before():
    """Another language's day-first numeric dates (16/05/2025 in French) do not decide an
    English page's 5/16/2024: the date line's own rules read digits."""
    assert read_date_line("Published: 5/16/2024 5:57:03 AM").date == D(2024, 5, 16)
    assert read_date_line("16/05/2024").date == D(2024, 5, 16)


def test_a_chinese_pages_date_line_under_its_title_dates_the_article():
    from ruchina.text.parsing import parse_article

    lead = "新华社北京5月16日电 国家主席16日在人民大会堂同来访的总统举行会谈。\n\n双方签署了联合声明。\n"
    page = "两国元首举行会谈\n\n2025年05月16日 10:32　来源：新华社\n\n" + lead
    parsed = parse_article(page, "zh-page.txt", today=TODAY)
    assert (parsed.published_date, parsed.published_date_source) == (D(2025, 5, 16), "stated")
    assert "来源" not in parsed.body
    # The look-alike: without the line, the dateline alone has no year (and no address gives one).
    assert parse_article("两国元首举行会谈\n\n" + lead, "zh-page.txt", today=TODAY).published_date is None
