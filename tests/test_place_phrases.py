"""Where a meeting is held, as the languages tell a place through another word: a capital through
its country ("la capital húngara", "la capitale du Japon", "in der ungarischen Hauptstadt", "в
столице Казахстана", "俄罗斯首都", "the capital of Japan"; extract/capital_phrases.py), a place
through its kind ("в турецком городе Анталье", "en la ciudad turca de Antalya"; each language's
venue_prepositions). A visit the lead tells as ended in the country of the dateline's city is at
the city (extract/place_line.py). Beside each, a look-alike that places nothing: a capital that is
money, a capital of no country named, a kind of place after a topic, where a statement says forces
stand, a visit to come."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article
from ruchina.knowledge.base import entity_catalog

CATALOG = entity_catalog()
FRIDAY = dt.date(2023, 3, 24)


def the_meeting_place(body: str, language: str) -> str | None:
    meetings = [e for e in extract_article("p", None, None, body, FRIDAY, language).events if e.family == "gathering"]
    assert len(meetings) == 1, meetings
    place = meetings[0].location_id
    return CATALOG.get(place).name if place and CATALOG.get(place) else place


@pytest.mark.parametrize("language, body, city", [
    ("es", "El presidente ruso, Vladímir Putin, se reunió este viernes en la capital húngara con el presidente "
           "chino, Xi Jinping.", "Budapest"),
    ("es", "El presidente ruso, Vladímir Putin, se reunió este viernes en la capital de Japón con el presidente "
           "chino, Xi Jinping.", "Tokyo"),
    ("fr", "Le président russe Vladimir Poutine a rencontré vendredi son homologue chinois Xi Jinping dans la "
           "capitale du Japon.", "Tokyo"),
    ("fr", "Le président russe Vladimir Poutine a rencontré vendredi son homologue chinois Xi Jinping dans la "
           "capitale autrichienne.", "Vienna"),
    ("de", "Der russische Präsident Wladimir Putin hat am Freitag in der ungarischen Hauptstadt den chinesischen "
           "Staatschef Xi Jinping getroffen.", "Budapest"),
    ("de", "Der russische Präsident Wladimir Putin hat am Freitag in der Hauptstadt Kasachstans den "
           "chinesischen Staatschef Xi Jinping getroffen.", "Astana"),
    ("ru", "Президент России Владимир Путин провёл в пятницу переговоры с Си Цзиньпином в столице Казахстана.",
     "Astana"),
    ("ru", "Президент России Владимир Путин провёл в пятницу переговоры с Си Цзиньпином в сербской столице.",
     "Belgrade"),
    ("zh", "3月24日，国家主席习近平在俄罗斯首都会见俄罗斯总统普京。", "Moscow"),
    ("en", "Russian President Vladimir Putin held talks with Chinese President Xi Jinping in the capital of Japan on "
           "Friday.", "Tokyo"),
])
def test_a_capital_named_through_its_country_is_the_countrys_capital(language, body, city):
    assert the_meeting_place(body, language) == city


@pytest.mark.parametrize("language, body", [
    # money, not a city ("el capital" is masculine; "capital" in French and German is money)
    ("es", "El presidente ruso, Vladímir Putin, se reunió este viernes con el presidente chino, Xi Jinping, para "
           "hablar del capital japonés."),
    ("fr", "Le président russe Vladimir Poutine a rencontré vendredi son homologue chinois Xi Jinping pour parler du "
           "capital japonais."),
    ("en", "Russian President Vladimir Putin held talks with Chinese President Xi Jinping on Friday about Hungary's "
           "capital markets."),
    # a capital of no country the sentence names ("the northern capital", St Petersburg, is not placed here)
    ("ru", "Президент России Владимир Путин провёл в пятницу переговоры с Си Цзиньпином в северной столице."),
])
def test_a_capital_that_is_money_or_of_no_country_places_nothing(language, body):
    assert the_meeting_place(body, language) is None


# (a state of the past has its capital too: "la capital soviética" of a 1980s page is Moscow, not the
# whole country)
@pytest.mark.parametrize("language, body", [
    ("es", "El primer ministro soviético, Nikolái Ryzhkov, se reunió el viernes en la capital soviética con Zhao "
           "Ziyang."),
    ("de", "Nikolai Ryschkow hat am Freitag in der sowjetischen Hauptstadt den chinesischen Regierungschef Zhao "
           "Ziyang getroffen."),
    ("fr", "Le chef du gouvernement soviétique Nikolaï Ryjkov a rencontré vendredi Zhao Ziyang dans la capitale "
           "soviétique."),
    ("en", "Soviet Prime Minister Nikolai Ryzhkov held talks with Zhao Ziyang in the Soviet capital on Friday."),
])
def test_the_soviet_capital_is_moscow(language, body):
    assert the_meeting_place(body, language) == "Moscow"


@pytest.mark.parametrize("language, body", [
    # the adjective of a person or an office, not of a capital
    ("es", "El primer ministro soviético, Nikolái Ryzhkov, se reunió el viernes con Zhao Ziyang para hablar del "
           "capital soviético en empresas mixtas."),
    ("en", "Soviet Prime Minister Nikolai Ryzhkov held talks with Zhao Ziyang on Friday about Soviet capital "
           "goods."),
])
def test_soviet_money_places_nothing(language, body):
    assert the_meeting_place(body, language) is None


# --- a place told with its kind; a topic's place ---------------------------------------------

@pytest.mark.parametrize("language, body, city", [
    ("ru", "Президент России Владимир Путин провёл в пятницу переговоры с Си Цзиньпином в турецком городе Анталье.",
     "Antalya"),
    ("es", "El presidente ruso, Vladímir Putin, se reunió este viernes en la ciudad turca de Antalya con el "
           "presidente chino, Xi Jinping.", "Antalya"),
    ("fr", "Le président russe Vladimir Poutine a rencontré vendredi son homologue chinois Xi Jinping dans la "
           "station balnéaire de Sotchi.", "Sochi"),
    ("de", "Der russische Präsident Wladimir Putin hat am Freitag in der russischen Hafenstadt Wladiwostok den "
           "chinesischen Staatschef Xi Jinping getroffen.", "Vladivostok"),
])
def test_a_place_told_with_its_kind_is_the_venue(language, body, city):
    assert the_meeting_place(body, language) == city


@pytest.mark.parametrize("language, body", [
    # (a topic before the kind: the situation in a region is what the talks are about)
    ("es", "El presidente ruso, Vladímir Putin, se reunió este viernes con el presidente chino, Xi Jinping, para "
           "hablar de la situación en la región de Asia Central."),
    ("ru", "Президент России Владимир Путин провёл в пятницу переговоры с Си Цзиньпином о ситуации в регионе "
           "Центральной Азии."),
])
def test_a_kind_of_place_after_a_topic_places_nothing(language, body):
    assert the_meeting_place(body, language) is None


def agreement_places(body: str) -> list[str | None]:
    events = extract_article("p", None, None, body, FRIDAY, "en").events
    return [e.location_id for e in events if e.family == "agreement"]


def test_where_a_statement_says_forces_stand_is_no_place_of_its_signing():
    minsk = CATALOG.named("Minsk").entity_id
    assert agreement_places("Vladimir Putin and Alexander Lukashenko signed a joint statement on Friday that "
                            "condemned the deployment of missile systems in Europe.") == [None]
    assert agreement_places("Vladimir Putin and Alexander Lukashenko signed a joint statement in Minsk on "
                            "Friday.") == [minsk]
    # (a person's presence somewhere is being there: "his presence in Minsk" places what he signs)
    assert agreement_places("Alexander Lukashenko's presence in Minsk was brief: he and Vladimir Putin signed a "
                            "joint statement on Friday and flew on.") == [minsk]


# --- the dateline's city: where a lead's held visit in its country was -------------------------

@pytest.mark.parametrize("lead, visit_place", [
    # the visit the lead tells as ended, in the country that holds the dateline's city: at the city
    ("HANOI, March 24 (Newswire) - Chinese Premier Li Qiang left Vietnam on Friday at the end of a three-day "
     "official visit, after talks with Vietnamese leaders on Thursday.", "Q1858"),
    # the look-alike: a visit the lead tells as to come stays in the country
    ("HANOI, March 24 (Newswire) - Chinese Premier Li Qiang will pay an official visit to Vietnam next week, "
     "officials said on Friday.", "vietnam"),
])
def test_a_leads_visit_in_the_datelines_country_is_at_the_datelines_city(lead, visit_place):
    events = extract_article("p", None, None, lead, FRIDAY, "en").events
    assert [e.location_id for e in events if e.family == "visit"] == [visit_place]
