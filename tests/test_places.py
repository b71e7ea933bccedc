"""The places news of summits names, as data (knowledge/places.yaml): each place with its names in
every language the knowledge base reads, so that a meeting written up "в Вене", "à Varsovie",
"en Estocolmo", "in Kopenhagen" or "在布达佩斯" is placed in that city, and a capital is its
country's `capital`. Beside each, a look-alike that must not be read as a city: a country whose
name holds the city's ("в Бразилии", "Guinea-Bissau"), a name inside a longer one ("The New York
Times", "平台北京"), and the words that are places as rarely as they are words."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.errors import RuchinaError
from ruchina.extract.extraction import extract_article
from ruchina.extract.linking import link_entities
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
FRIDAY = dt.date(2023, 3, 24)


def the_meeting_place(body: str, language: str) -> str | None:
    (meeting,) = [e for e in extract_article("p", None, None, body, FRIDAY, language).events if e.family == "gathering"]
    return CATALOG.get(meeting.location_id).name if CATALOG.get(meeting.location_id or "") else meeting.location_id


@pytest.mark.parametrize("language, body, city", [
    ("ru", "Президент России Владимир Путин провёл в пятницу переговоры с председателем КНР Си Цзиньпином в Вене.",
     "Vienna"),
    ("fr", "Le président russe Vladimir Poutine a rencontré vendredi à Varsovie son homologue chinois Xi Jinping.",
     "Warsaw"),
    ("es", "El presidente ruso, Vladímir Putin, se reunió este viernes en Estocolmo con el presidente chino, "
           "Xi Jinping.", "Stockholm"),
    ("de", "Der russische Präsident Wladimir Putin hat am Freitag in Kopenhagen den chinesischen Staatschef Xi "
           "Jinping zu Gesprächen getroffen.", "Copenhagen"),
    ("en", "Russian President Vladimir Putin held talks with Chinese President Xi Jinping in Canberra on Friday.",
     "Canberra"),
])
def test_a_meeting_in_a_city_named_in_its_language_is_placed_there(language, body, city):
    assert the_meeting_place(body, language) == city


@pytest.mark.parametrize("language, text, expected", [
    ("ru", "Переговоры прошли в Хельсинки и в Кишинёве", [("Хельсинки", "Helsinki"), ("Кишинёве", "Chisinau")]),
    ("zh", "习近平在布达佩斯会见普京", [("习近平", "Xi Jinping"), ("布达佩斯", "Budapest"), ("普京", "Vladimir Putin")]),
    ("en", "leaders met in Mexico City, and Mexico signed", [("Mexico City", "Mexico City"), ("Mexico", "Mexico")]),
    # (a city of talks away from the capitals: its names in each language, Russian in its case forms)
    ("ru", "Министры встретились в Гуйлине", [("Гуйлине", "Guilin")]),
    ("zh", "两国外长在桂林会谈", [("桂林", "Guilin")]),
    ("fr", "Les ministres se sont vus à Guilin", [("Guilin", "Guilin")]),
    # look-alikes: the country whose name the city's holds, the city inside a longer name
    ("ru", "Переговоры прошли в Бразилии", [("Бразилии", "Brazil")]),
    ("en", "a summit in Guinea-Bissau", [("Guinea-Bissau", "Guinea-Bissau")]),
    ("en", "The New York Times reported it", [("The New York Times", "The New York Times")]),
    ("zh", "数字平台北京峰会", [("北京", "Beijing")]),
    ("zh", "如果阿斯塔纳同意", [("阿斯塔纳", "Astana")]),
])
def test_place_names_link_and_their_look_alikes_do_not(language, text, expected):
    assert [(m.surface, m.name) for m in link_entities(text, language=language) if m.linked] == expected


def test_a_capital_is_its_countrys_capital_unless_the_country_names_one():
    assert CATALOG.named("Austria").capital == "Vienna"
    assert CATALOG.named("Vienna").located_in == "Austria"
    assert CATALOG.named("Kazakhstan").capital == "Astana"  # (entities.yaml's; Almaty is no capital)


@pytest.mark.parametrize("word", ["Nice", "Split", "Male", "Bar", "Mobile", "Reading", "Bath", "Victoria", "Sofia",
                                  "Santiago", "Florence", "Kingston", "Lima", "Lagos", "Colombo", "Davos"])
def test_a_city_named_by_a_common_word_or_a_persons_name_is_not_linked(word):
    text = f"{word} said the talks went well"
    assert not [m for m in link_entities(text) if m.linked and m.surface == word]


# --- the data's own rules --------------------------------------------------------------------

def _places_of(monkeypatch, entries, places):
    monkeypatch.setattr(base, "_place_entries", lambda: tuple(places))
    monkeypatch.setattr(base, "entity_name_languages", lambda: ("ru",))
    return base._new_places(entries)


def test_a_new_place_is_an_entity_in_its_country_and_a_capital_sets_a_capital_none_is_given(monkeypatch):
    entries = [{"name": "Kamaland", "type": "GPE"}, {"name": "Ostria", "type": "GPE", "capital": "Old Ostro"}]
    added = _places_of(monkeypatch, entries, [
        {"name": "Kama City", "in": "Kamaland", "capital": True, "ru": ["Кама-Сити"]},
        {"name": "New Ostro", "in": "Ostria", "capital": True},
    ])
    assert added[0] == {"name": "Kama City", "type": "GPE", "aliases": [], "located_in": "Kamaland"}
    assert [entry.get("capital") for entry in entries] == ["Kama City", "Old Ostro"]


def test_a_place_entities_yaml_has_takes_only_names_in_other_languages_from_here(monkeypatch):
    entities = [{"name": "Kama City", "type": "GPE"}]
    assert _places_of(monkeypatch, entities, [{"name": "Kama City", "ru": ["Кама-Сити"]}]) == []
    with pytest.raises(RuchinaError, match="Kama City"):
        _places_of(monkeypatch, entities, [{"name": "Kama City", "in": "Kamaland"}])


# --- a known place in a visit told as a recent past ------------------------------------------

@pytest.mark.parametrize("tail, visits", [
    ("not so long ago to discuss new projects.", []),  # told in passing: no report of a visit
    ("on Thursday to discuss new projects.", ["Q1741"]),  # the look-alike: a visit reported, to Vienna
])
def test_a_visit_told_as_a_recent_past_is_no_report_of_one(tail, visits):
    # (once the city is known, the past visit would carry its place into the article's visit)
    body = ("Kazakh President Kassym-Jomart Tokayev held talks with Vladimir Putin in Moscow on Friday. "
            "Foreign Minister Sergei Lavrov visited Vienna " + tail)
    events = extract_article("p", None, None, body, FRIDAY, "en").events
    assert [e.location_id for e in events if e.family == "visit"] == visits
