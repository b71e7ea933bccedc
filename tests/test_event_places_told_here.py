"""Where an event is, told in ways a place's name alone does not say: "here" under a dateline
(extract/here_places.py), a city after an adjective ("im kasachischen Astana", "в далёком
Владивостоке": knowledge/events_<language>.yaml's
venue_prepositions) and a city by another language's name for it ("Canton", Guangzhou;
"Ufá", Ufa: knowledge/places.yaml). Texts written for these tests, other events and other
names than any page's; each beside a look-alike that must not do what it does."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

DAY = dt.date(2031, 3, 12)


def places_of(body: str, event_type: str, language: str = "en", place: str | None = None) -> list[str | None]:
    extraction = extract_article("a", None, None, body, DAY, language, place=place)
    return [m.location_id for m in extraction.event_mentions if m.event_type == event_type]


# --- "here" is the dateline's city

def test_a_forum_that_opened_here_is_at_the_datelines_city():
    body = ("KAZAN, March 12 (Wire) - Trade ministers of a dozen states spoke at the regional "
            "investment forum that opened here on Wednesday.")
    assert "kazan" in places_of(body, "forum")


def test_here_in_a_quotation_is_the_speakers_place_not_the_datelines():
    body = ('KAZAN, March 12 (Wire) - "The forum we will hold here next spring matters," a minister '
            'of Kazakhstan said in a video address.')
    assert "kazan" not in places_of(body, "forum")


def test_here_without_a_dateline_places_nothing():
    body = "Trade ministers of a dozen states spoke at the regional investment forum that opened here on Wednesday."
    assert places_of(body, "forum") == [None]


def test_a_place_the_sentence_names_wins_over_here():
    body = ("KAZAN, March 12 (Wire) - Ministers who met here said the next forum opens in Astana "
            "on Wednesday.")
    assert "kazan" not in places_of(body, "forum")


def test_french_ici_is_the_place_lines_city_but_d_ici_is_a_deadline():
    here = places_of("Le forum économique s'est ouvert ici mercredi.", "forum", "fr", place="Sotchi")
    assert here == ["sochi"]
    by = places_of("Un forum économique sera organisé d'ici 2033.", "forum", "fr", place="Sotchi")
    assert by == [None]


# --- a city after an adjective, or told with its kind

def test_a_german_city_after_a_country_adjective_is_a_venue():
    assert places_of("Die Minister treffen sich im Mai beim Forum im kasachischen Astana.", "forum", "de") == ["Q1520"]


def test_a_german_adjective_before_a_common_noun_places_nothing():
    # ("im russischen Fernsehen ... Moskaus": the broadcaster's country is no venue of the forum)
    places = places_of("Das Forum wurde im russischen Fernsehen als Erfolg Moskaus gefeiert.", "forum", "de")
    assert "Q649" not in places


def test_a_russian_city_after_an_adjective_is_a_venue():
    places = places_of("Форум пройдёт в мае в казахстанской Астане.", "forum", "ru")
    assert places == ["Q1520"]


# --- a city by another language's name for it

def test_canton_in_french_is_guangzhou_and_a_swiss_canton_is_no_city():
    assert places_of("Le forum s'est ouvert mercredi à Canton.", "forum", "fr") == ["guangzhou"]
    assert places_of("Le forum s'est ouvert mercredi dans le canton de Vaud.", "forum", "fr") != ["guangzhou"]


def test_a_spanish_name_with_an_accent_links_its_city():
    assert places_of("El foro regional se inauguró el miércoles en Ufá.", "forum", "es") == ["ufa"]

