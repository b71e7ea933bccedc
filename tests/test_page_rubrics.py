"""A page's rubric (the section label printed above the headline) is page text, not the
title; a headline may name a year; the lead under the page's date line is the story, not a
dek. Each shape beside a look-alike that must stay. Every fixture is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.text.parsing import parse_article

TODAY = dt.date(2026, 1, 1)


def parse(text: str, url: str | None = None):
    return parse_article(text, "seeds/page.txt", today=TODAY, url=url)


LEAD = ("Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol agreed on Sunday "
        "to resume regular visits between their capitals.")
MORE = "The two leaders also discussed export controls and a new dialogue on supply chains."


def test_a_rubric_above_the_headline_and_its_dek_is_page_text():
    article = parse("Japan-Korea ties\n\nKishida and Yoon pledge to revive shuttle diplomacy\n\n"
                    "Leaders of the two neighbours meet in Seoul for the first time in years\n\n"
                    f"Published 7 May 2023\n\n{LEAD}\n\n{MORE}\n")
    assert article.title == "Kishida and Yoon pledge to revive shuttle diplomacy"
    assert article.subtitle == "Leaders of the two neighbours meet in Seoul for the first time in years"
    assert "Japan-Korea ties" in article.boilerplate and "Japan-Korea ties" not in article.body


def test_look_alike_a_short_headline_over_its_dek_stays_the_title():
    article = parse("Kishida meets Yoon\n\nJapanese leader makes first bilateral trip to Korea in twelve years\n\n"
                    f"Published 7 May 2023\n\n{LEAD}\n\n{MORE}\n")
    assert article.title == "Kishida meets Yoon"
    assert article.subtitle == "Japanese leader makes first bilateral trip to Korea in twelve years"


@pytest.mark.parametrize(
    "rubric, headline, lead",
    [
        ("Общество", "В Новосибирске открыли новый мост через Обь",
         "НОВОСИБИРСК, 12 октября. Движение по новому мосту через Обь открыли в среду, сообщили в мэрии."),
        ("Mundo", "Lula y Petro se reúnen en Bogotá para hablar de la Amazonía",
         "Bogotá, 8 ago (Agencia).- Los presidentes de Brasil y Colombia se reunieron este martes en Bogotá. Hablaron de la selva."),
        ("Ausland", "Scholz trifft Macron in Paris",
         "PARIS, 26. Oktober. Bundeskanzler Olaf Scholz ist am Mittwoch in Paris mit Emmanuel Macron zusammengetroffen."),
    ],
)
def test_a_rubric_word_of_the_pages_language_above_the_headline_is_page_text(rubric, headline, lead):
    article = parse(f"{rubric}\n\n{headline}\n\n{lead}\n\n{MORE}\n")
    assert article.title == headline and article.subtitle is None
    assert rubric not in article.body


@pytest.mark.parametrize("headline", ["Политика Пекина в Арктике меняется", "Mundo árabe pide un alto el fuego"])
def test_look_alike_a_headline_opening_with_a_rubric_word_stays_the_title(headline):
    assert parse(f"{headline}\n\n{LEAD}\n\n{MORE}\n").title == headline


def test_a_headline_may_name_a_year_under_a_breadcrumb():
    headline = "India-UAE trade climbs to a record in 2023 as oil deals grow"
    lead = ("Trade between India and the United Arab Emirates reached a record last year, officials said on "
            "Monday. Payments in rupees and dirhams grew.")
    article = parse(f"BUSINESS | ENERGY\n\n{headline}\n\nMar 4, 2024 | 09:15 AM\n\n{lead}\n\n{MORE}\n")
    assert article.title == headline and article.subtitle is None
    assert article.body.startswith(lead) and headline not in article.body
    assert article.published_date == dt.date(2024, 3, 4)


def test_look_alike_a_line_holding_a_days_date_is_no_headline():
    caption = "Kishida and Yoon at the harbour in Busan, 7 May 2023"
    assert parse(f"{caption}\n\n{LEAD}\n\n{MORE}\n").title is None, "a caption is no title"
