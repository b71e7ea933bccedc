"""An event's place when a story names only the estate, residence or hall it was held at, or
when the page says where it was filed in a form read only now (issue: places missing or at
the wrong grain):

- a venue the knowledge base puts in its town (knowledge/entities.yaml, places.yaml): talks
  "at Mar-a-Lago" are in Palm Beach, a ceremony "в Андреевском зале" in Moscow; the same
  venue named as a topic places nothing;
- a byline of a name, a comma and a place ("Jane Doe, Kazan": text/page_bylines.py), not one
  of a name, a comma and a job ("Jane Doe, Staff Writer");
- a city alone in capitals on the line above the date line ("LONDON" over "Wed 1 Apr 2031 21.15 BST":
  text/page_place_date_lines.py), not a section's name there ("Europe", "China"), and a
  dateline's city never wins over the place a sentence names.

Every fixture is written for these tests: other people, other events, other words than any
page of the benchmark."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article
from ruchina.text.page_bylines import byline_place
from ruchina.text.page_place_date_lines import place_above_date_line
from ruchina.text.parsing import parse_article

TODAY = dt.date(2031, 6, 1)
DAY = dt.date(2031, 4, 3)


def meeting_places(body: str, language: str = "en", place: str | None = None) -> list[str | None]:
    events = extract_article("a", None, None, body, DAY, language, place=place).events
    return [e.location_id for e in events if "meeting" in e.types()]


# --- venues the knowledge base puts in their towns

@pytest.mark.parametrize("body, city", [
    ("Xi Jinping and Justin Trudeau held talks at Mar-a-Lago on Thursday.", "palm-beach"),
    ("Xi Jinping and Justin Trudeau held talks at the Sunnylands estate on Thursday.", "rancho-mirage"),
    ("Xi Jinping and Keir Starmer held talks at Winfield House on Thursday.", "Q84"),  # London
    ("Xi Jinping and Narendra Modi held talks in Mahabalipuram on Thursday.", "mamallapuram"),
    # (a state guest house of Japan: talks at the Akasaka Palace are in Tokyo, a dinner at Kyoto's in Kyoto)
    ("Xi Jinping and Yoshihide Suga held talks at the Akasaka Palace on Thursday.", "Q1490"),
    ("Xi Jinping and Yoshihide Suga held talks at the Kyoto State Guest House on Thursday.", "kyoto"),
])
def test_talks_at_an_estate_are_held_in_its_town(body, city):
    assert city in meeting_places(body)


def test_a_ceremony_in_a_hall_of_the_kremlin_palace_is_in_moscow():
    body = ("Владимир Путин и Касым-Жомарт Токаев провели переговоры в четверг. "
            "Переговоры прошли в Андреевском зале Большого Кремлевского дворца.")
    assert "Q649" in meeting_places(body, "ru")


def test_look_alike_an_estate_named_as_a_topic_places_no_talks():
    places = meeting_places("Xi Jinping and Justin Trudeau held talks on Thursday about the sale of Mar-a-Lago.")
    assert places and "palm-beach" not in places


# --- a byline of a name, a comma and a place

@pytest.mark.parametrize("lines, place", [
    (["Anna Kovalenko, Kazan"], "Kazan"),
    (["By Anna Kovalenko and Li Wei, Shanghai"], "Shanghai"),
    (["Anna Kovalenko in Kazan"], "Kazan"),  # (the form read before)
])
def test_a_byline_with_a_comma_before_a_known_place_gives_the_place(lines, place):
    assert byline_place(lines) == place


@pytest.mark.parametrize("lines", [
    ["Anna Kovalenko, Staff Writer"],  # a job, no place
    ["Anna Kovalenko, Senior Correspondent"],
    ["Kazan, Minsk and Astana"],  # places only, no reporter
])
def test_look_alike_a_byline_with_a_comma_and_no_place_gives_none(lines):
    assert byline_place(lines) is None


# --- a city alone on the line above the date line

@pytest.mark.parametrize("lines, place", [
    (["Farm ministers agree on grain", "KAZAN", "Thu 3 Apr 2031 18.05 BST"], "Kazan"),
    (["Farm ministers agree on grain", "NIZHNY NOVGOROD", "April 03, 2031"], "Nizhny Novgorod"),
])
def test_a_city_on_the_line_above_the_date_line_is_the_place(lines, place):
    assert place_above_date_line(lines) == place


@pytest.mark.parametrize("lines", [
    ["Europe", "Thu 3 Apr 2031 18.05 BST"],  # a section's name: a region
    ["CHINA", "Thu 3 Apr 2031 18.05 BST"],  # a section's name: a country
    ["Kazan", "Thu 3 Apr 2031 18.05 BST"],  # a city's name not in a dateline's capitals: a tag's, a section's
    ["KAZAN", "By Anna Kovalenko", "Thu 3 Apr 2031 18.05 BST"],  # not right above the date line
    ["KAZAN", "Farm ministers agree on grain"],  # no date line under it
])
def test_look_alike_no_city_right_above_a_date_line_gives_none(lines):
    assert place_above_date_line(lines) is None


_PAGE = ("The Morning Record\n\nWorld\n\nTwo leaders agree on a new grain corridor\n\nBy Anna Kovalenko\n\n"
         "{place}\n\nThu 3 Apr 2031 18.05 BST\n\n"
         "Xi Jinping and Kassym-Jomart Tokayev held talks on Thursday{where}, agreeing to open a new grain "
         "corridor before the harvest.\n\n"
         "Officials said the two sides would meet again in the autumn.\n")


def _main_event_place(page: str):
    article = parse_article(page, "seeds/page.txt", today=TODAY)
    events = extract_article("x", article.title, article.subtitle, article.body, article.published_date,
                             article.language, place=article.place).events
    return article.place, next(e for e in events if e.main).location_id


def test_talks_told_under_a_city_above_the_date_line_are_held_there():
    assert _main_event_place(_PAGE.format(place="KAZAN", where="")) == ("Kazan", "kazan")


def test_look_alike_the_city_above_the_date_line_yields_to_the_place_the_story_names():
    place, location = _main_event_place(_PAGE.format(place="MOSCOW", where=" in Astana"))
    assert place == "Moscow" and location == "Q1520"  # Astana, not the reporter's Moscow
