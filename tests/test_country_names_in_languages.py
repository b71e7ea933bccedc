"""The countries of the knowledge base as German, French, Spanish and Chinese write them
(entities_<language>.yaml): a visit reported in one of these languages is placed in the country
the language names ("Staatsbesuch in den Vereinigten Arabischen Emiraten", "en Arabie saoudite",
"a Egipto", "对埃及进行国事访问"), and a look-alike (a first name, a Chinese country name inside a
common word or another name) links no country. Every text is written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article
from ruchina.extract.linking import link_entities
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
LUKASHENKO = CATALOG.named("Alexander Lukashenko").entity_id
THURSDAY = dt.date(2024, 5, 16)


def names(text: str, language: str) -> list[tuple[str, str]]:
    return [(m.surface, m.name) for m in link_entities(text, language=language)]


def places(text: str, language: str) -> list[tuple[str, str]]:
    """The places linked (a first name the text also names may be discovered as a person's)."""
    return [(m.surface, m.name) for m in link_entities(text, language=language) if m.entity_type in ("GPE", "LOC")]


def visits(text: str, language: str) -> set[tuple[str, tuple[str, ...], str | None]]:
    mentions = extract_article("test", None, None, text, THURSDAY, language).event_mentions
    return {(m.event_type, m.participant_ids, m.location_id) for m in mentions}


def country(name: str) -> str:
    return CATALOG.named(name).entity_id


# --- a visit is placed in the country the language names ----------------------------------

@pytest.mark.parametrize("language, text, event_type, place", [
    ("de", "Lukaschenko ist am Dienstag zu einem Besuch in den Vereinigten Arabischen Emiraten eingetroffen.",
     "visit", "United Arab Emirates"),
    ("fr", "Loukachenko est arrivé mardi en Arabie saoudite pour une visite d'État.", "state_visit", "Saudi Arabia"),
    ("fr", "Loukachenko a atterri mardi en Égypte.", "visit", "Egypt"),
    ("es", "Lukashenko llegó este martes a Egipto en visita oficial.", "visit", "Egypt"),
    ("es", "Lukashenko aterrizó este martes en Arabia Saudí.", "visit", "Saudi Arabia"),
    ("zh", "卢卡申科14日对越南进行国事访问。", "state_visit", "Vietnam"),
    ("zh", "卢卡申科14日抵达埃及，开始对埃及进行国事访问。", "state_visit", "Egypt"),
])
def test_a_visit_is_placed_in_the_country_the_language_names(language, text, event_type, place):
    assert (event_type, (LUKASHENKO,), country(place)) in visits(text, language)


@pytest.mark.parametrize("text, place", [
    # (French "aux" before a plural country's name; the leg before, "au lendemain d'une étape en X", is
    # farther from the arrival)
    ("Loukachenko est arrivé mardi aux Pays-Bas pour une visite officielle, au lendemain d'une étape en Belgique.",
     "Netherlands"),
    ("Loukachenko est arrivé mardi aux Philippines pour une visite d'État.", "Philippines"),
])
def test_a_french_visit_to_a_plural_country_is_placed_there(text, place):
    assert {location for _, people, location in visits(text, "fr") if people == (LUKASHENKO,)} == {country(place)}


def test_a_capital_named_by_a_spanish_demonym_is_that_countrys_capital():
    # ("marroquí": the demonym of a country added with its Spanish name)
    assert ("visit", (LUKASHENKO,), country("Rabat")) in visits(
        "Lukashenko llegó este martes a la capital marroquí.", "es")


# --- the names, their inflected forms, and the longer name that holds a shorter one -------

@pytest.mark.parametrize("language, text, expected", [
    # (German: the plural names in the dative after "in den", the genitive -s)
    ("de", "Gespräche in den Niederlanden und in Saudi-Arabien",
     [("Niederlanden", "Netherlands"), ("Saudi-Arabien", "Saudi Arabia")]),
    ("de", "Italiens Regierung und die Vereinigte Arabische Emirate",
     [("Italiens", "Italy"), ("Vereinigte Arabische Emirate", "United Arab Emirates")]),
    ("de", "ein Treffen in den Vereinigten Staaten", [("Vereinigten Staaten", "United States")]),
    ("fr", "la Guinée équatoriale, la Guinée-Bissau et la Papouasie-Nouvelle-Guinée",
     [("Guinée équatoriale", "Equatorial Guinea"), ("Guinée-Bissau", "Guinea-Bissau"),
      ("Papouasie-Nouvelle-Guinée", "Papua New Guinea")]),
    ("fr", "les Emirats arabes unis et l'île Maurice",
     [("Emirats arabes unis", "United Arab Emirates"), ("île Maurice", "Mauritius")]),
    ("es", "Arabia Saudita, los EAU y Sudán del Sur",
     [("Arabia Saudita", "Saudi Arabia"), ("EAU", "United Arab Emirates"), ("Sudán del Sur", "South Sudan")]),
    # (the short form agencies write for the Emirates)
    ("es", "Lukashenko cierra en Emiratos su gira", [("Lukashenko", "Alexander Lukashenko"),
                                                  ("Emiratos", "United Arab Emirates")]),
    ("zh", "沙特阿拉伯、沙特和卡塔尔", [("沙特阿拉伯", "Saudi Arabia"), ("沙特", "Saudi Arabia"), ("卡塔尔", "Qatar")]),
    # (the longest name wins where one holds another)
    ("zh", "南苏丹、巴布亚新几内亚和几内亚比绍",
     [("南苏丹", "South Sudan"), ("巴布亚新几内亚", "Papua New Guinea"), ("几内亚比绍", "Guinea-Bissau")]),
    ("zh", "利比里亚和利比亚、尼日利亚和尼日尔",
     [("利比里亚", "Liberia"), ("利比亚", "Libya"), ("尼日利亚", "Nigeria"), ("尼日尔", "Niger")]),
    ("zh", "中非共和国总统", [("中非共和国", "Central African Republic")]),
])
def test_a_country_is_linked_as_the_language_writes_it(language, text, expected):
    assert names(text, language) == expected


# --- look-alikes that name no country ------------------------------------------------------

@pytest.mark.parametrize("language, text, expected", [
    ("fr", "Maurice Dupont a reçu la délégation", []),  # (a first name, not Mauritius)
    ("es", "Mauricio Ortega recibió a la delegación", []),
    ("de", "die Rosa-Luxemburg-Stiftung an der Moldau", []),  # (a person's name; the river)
    ("zh", "中非合作论坛", []),  # (China-Africa, not the Central African Republic)
    ("zh", "文莱苏丹出席", [("文莱", "Brunei")]),  # (苏丹: the sultan, not Sudan)
    ("zh", "马里乌波尔", []),  # (Mariupol, not Mali)
    ("zh", "双方关系更加蓬勃发展", []),  # (加蓬, Gabon, inside 更加蓬勃)
    ("zh", "增加纳入范围", []),  # (加纳, Ghana, inside 增加纳入)
    ("zh", "内蒙古巴彦淖尔", []),  # (古巴, Cuba, inside 内蒙古巴彦淖尔)
])
def test_a_look_alike_links_no_country(language, text, expected):
    assert places(text, language) == expected


@pytest.mark.parametrize("text, place", [
    # (what the talks were about, now that Spanish names the country: no venue)
    ("Lukashenko, que llegó el jueves, ha mantenido tres rondas de conversaciones con Tokáyev, centradas en Camboya.",
     None),
    ("Lukashenko mantuvo el jueves conversaciones con Tokáyev en Camboya.", "Cambodia"),
])
def test_a_country_spanish_talks_centre_on_is_no_venue(text, place):
    (talks,) = extract_article("test", None, None, text, THURSDAY, "es").event_mentions
    assert talks.location_id == (country(place) if place else None)
