"""A summit told by its body's name in its own sentence is that body's summit; a body's summit
told with no place, on the days of one of its editions, is held in that edition's city
(extract/body_summits.py); a summit told as the setting of talks on one of the days of the one
summit its article reports is that summit (extract/summit_settings.py). Fixtures written for
these tests, each beside a look-alike that must not do what it does."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge.base import entity_catalog

PUTIN, XI, MODI, ABE = "Q7747", "Q15031", "Q1058", "Q132345"


def summits(body: str, published: dt.date, language: str = "en", title: str = "Leaders meet"):
    events = extract_article("a1", title, None, body, published, language).events
    return [e for e in events if "summit" in e.types()]


def city(name: str) -> str:
    return entity_catalog().named(name).entity_id


def test_a_summit_whose_sentence_names_one_body_is_that_bodys_summit():
    (told,) = summits("Leaders of the Group of 20 gathered on Tuesday for a two-day summit by the sea. "
                      "Vladimir Putin and Xi Jinping took part.", dt.date(2031, 5, 14))
    assert told.own_names == {"G20 Summit"}
    # (a sentence naming two bodies says of neither which summit it tells)
    (unnamed,) = summits("Leaders of the BRICS and the SCO gathered on Tuesday for a two-day summit by the sea. "
                         "Vladimir Putin and Xi Jinping took part.", dt.date(2031, 5, 14))
    assert unnamed.own_names == frozenset()
    # (a sentence naming a known event of the body, its session with guests, names that event)
    (session,) = summits("On Wednesday Vladimir Putin will also speak at a 'BRICS Plus' session with the leaders of "
                         "several invited states.", dt.date(2031, 5, 12))
    assert "BRICS Summit" not in session.event_names


def test_a_bodys_summit_with_no_place_on_an_editions_days_is_in_its_city():
    # (Thursday 9 July 2015: the SCO's summit of 9-10 July 2015 was held in Ufa)
    (held,) = summits("The Shanghai Cooperation Organization opened its annual summit on Thursday. "
                      "Vladimir Putin welcomed Xi Jinping and Narendra Modi.", dt.date(2015, 7, 9))
    assert held.location_id == city("Ufa")
    # (a week later no edition of the body was held: no place is told, none is given)
    (later,) = summits("The Shanghai Cooperation Organization opened its annual summit on Thursday. "
                       "Vladimir Putin welcomed Xi Jinping and Narendra Modi.", dt.date(2015, 7, 16))
    assert later.location_id is None


SETTING = ("La cumbre del G20, de dos días, terminó este sábado en Osaka con una declaración sobre el comercio. "
           "El primer ministro japonés, Shinzo Abe, anfitrión de la cumbre, la presentó como un éxito. "
           "El presidente ruso tuvo agenda con los otros grandes emergentes. {day}, al margen de la cumbre, se sentó "
           "con Xi Jinping y con el primer ministro indio, Narendra Modi, en el primer encuentro trilateral de los tres "
           "países en diez años.")


def test_a_setting_on_a_day_of_the_summit_told_is_that_summit_and_its_people_attend():
    # (Saturday 29 June 2019: the summit of 28-29 June; the talks of Friday were held at it)
    (summit,) = summits(SETTING.format(day="El viernes"), dt.date(2019, 6, 29), "es", "El G20 cierra en Osaka")
    assert {ABE, XI, MODI} <= summit.participants
    assert (summit.date.first, summit.date.last) == (dt.date(2019, 6, 28), dt.date(2019, 6, 29))
    # (talks on the Wednesday before were held at another summit than the two-day one that
    # ended on Saturday: two summits, the host alone at the one told)
    told, other = summits(SETTING.format(day="El miércoles"), dt.date(2019, 6, 29), "es", "El G20 cierra en Osaka")
    assert told.participants == {ABE} and {XI, MODI} <= other.participants
