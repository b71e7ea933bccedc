"""A date line under the headline that opens with the place the story is filed from ("Kazan,
13.03.2031, 10:05 Uhr", "Minsk (Bielorrusia), 13 de marzo de 2031 - 10:05"): the place is the
story's place line and the paragraph under it the story's lead, not a dek, so the events it
reports are read (text/page_place_date_lines.py). Beside each, look-alikes: a date line that
opens with no known place, a line with a place and no date. Every fixture is written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article
from ruchina.text.page_place_date_lines import date_line_place
from ruchina.text.parsing import parse_article

TODAY = dt.date(2031, 6, 1)


def parse(page: str):
    return parse_article(page, "seeds/page.txt", today=TODAY)


@pytest.mark.parametrize("line, place", [
    ("Kazan, 13.03.2031, 10:05 Uhr", "Kazan"),
    ("Minsk (Bielorrusia), 13 de marzo de 2031 - 10:05", "Minsk"),
    ("Astana, 13 mars 2031 (10h05)", "Astana"),
])
def test_a_date_line_opening_with_a_known_place_gives_the_place(line, place):
    assert date_line_place(line) == place


@pytest.mark.parametrize("line", [
    "Aktualisiert, 13.03.2031, 10:05 Uhr",  # a word that is no place
    "13.03.2031, 10:05 Uhr",  # no place at all
    "Kazan, a city on the Volga, hosts the ministers",  # a place, and no date line after it
    "Kazan, Minsk and Astana agreed on 13.03.2031 to cut tariffs on grain after two days of talks there",  # a sentence
])
def test_look_alike_a_line_that_is_not_a_place_and_a_date_gives_none(line):
    assert date_line_place(line) is None


_PAGE = ("Morgenblatt | Ausland\n\nGetreidegipfel endet mit Zollsenkung\n\n{line}\n\n"
         "Der Getreidegipfel der Eurasischen Wirtschaftsunion in Kazan ist am Donnerstag mit einer "
         "Abschlusserklärung zu Ende gegangen.\n\n"
         "Die Minister wollen sich im Herbst wieder treffen.\n")


def test_under_a_place_date_line_the_paragraph_is_the_lead_and_the_place_the_storys():
    article = parse(_PAGE.format(line="Kazan, 13.03.2031, 18:05 Uhr"))
    assert article.place == "Kazan" and article.subtitle is None
    assert article.paragraphs[0].startswith("Der Getreidegipfel")
    events = extract_article("x", article.title, article.subtitle, article.body, article.published_date,
                             article.language, place=article.place).events
    summit = next(e for e in events if "summit" in e.types())
    assert summit.date.last == dt.date(2031, 3, 13)


def test_look_alike_under_a_date_line_with_no_place_the_page_gives_no_place():
    article = parse(_PAGE.format(line="13.03.2031, 18:05 Uhr"))
    assert article.place is None
