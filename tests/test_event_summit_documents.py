"""A summit's common document told as adopted or approved ("ont adopté une déclaration",
"aprobaron la declaración", "утвердили декларацию"), or adopted by the leaders counted ("the five
leaders", "los cinco", "die drei Staatschefs"): one agreement of the summit's people. Beside each,
a look-alike that tells no document adopted: a law, a plan, a negation, a count of countries, and
talks a document only backs. The sentences are written for these tests; none is copied from a page.
"""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract import extraction
from ruchina.extract.event_sentences import extract_event_mentions
from ruchina.extract.extraction import extract_article

PUBLISHED = dt.date(2021, 3, 13)  # (the Saturday after the summit of 11-12 March 2021)
LEADS = {
    "en": ("Danube summit in Vienna",
           "Leaders of the Danube states, among them Vladimir Putin, Recep Tayyip Erdogan and Alexander "
           "Lukashenko, met in Vienna on 11-12 March for a two-day summit on the river. "),
    "fr": ("Sommet du Danube à Vienne",
           "Les dirigeants des pays du Danube, dont Vladimir Poutine, Recep Tayyip Erdogan et Alexandre "
           "Loukachenko, se sont réunis à Vienne les 11 et 12 mars pour un sommet sur le fleuve. "),
    "es": ("Cumbre del Danubio en Viena",
           "Los líderes de los países del Danubio, entre ellos Vladímir Putin, Recep Tayyip Erdogan y "
           "Alexandr Lukashenko, se reunieron en Viena los días 11 y 12 de marzo en una cumbre sobre el río. "),
    "de": ("Donau-Gipfel in Wien",
           "Die Staatschefs der Donauländer, darunter Wladimir Putin, Recep Tayyip Erdogan und Alexander "
           "Lukaschenko, kamen am 11. und 12. März in Wien zu einem Gipfel über den Fluss zusammen. "),
    "ru": ("Дунайский саммит в Вене",
           "Лидеры придунайских стран, в том числе Владимир Путин, Реджеп Тайип Эрдоган и Александр "
           "Лукашенко, провели 11-12 марта в Вене саммит, посвящённый реке. "),
}


def _events(language: str, sentence: str):
    title, lead = LEADS[language]
    return extract_article("t1", title, None, lead + sentence, PUBLISHED, language).events


def _agreements(language: str, sentence: str) -> list:
    return [event for event in _events(language, sentence) if "agreement" in event.types()]


@pytest.mark.parametrize("language, sentence", [
    ("en", "The five leaders adopted a declaration on shipping."),
    ("en", "The three leaders signed a joint statement on shipping."),
    ("fr", "Les trois dirigeants ont adopté une déclaration commune."),
    ("es", "Los tres aprobaron una declaración conjunta sobre la navegación."),
    ("de", "Die drei Staatschefs unterzeichneten eine Erklärung zur Schifffahrt."),
    ("ru", "По итогам лидеры утвердили Венскую декларацию."),
])
def test_a_summit_document_adopted_is_an_agreement_of_the_summit_people(language, sentence):
    events = _events(language, sentence)
    summit = next(event for event in events if "summit" in event.types())
    agreements = [event for event in events if "agreement" in event.types()]
    assert len(agreements) == 1
    assert len(summit.participants) >= 2 and agreements[0].participants >= summit.participants


@pytest.mark.parametrize("language, sentence", [
    ("fr", "Le parlement a adopté une loi sur la navigation."),
    ("fr", "Les dirigeants n'ont pas adopté de déclaration commune."),
    ("es", "Los líderes aprobaron iniciar el proceso de adhesión."),
    ("es", "Los líderes no aprobaron una declaración conjunta."),
    ("ru", "Главы государств утвердили план работы."),
    ("ru", "Лидеры не утвердили декларацию."),
])
def test_look_alike_no_document_adopted_is_no_agreement(language, sentence):
    assert _agreements(language, sentence) == []


def test_look_alike_a_count_of_countries_refers_to_no_leaders():
    """ "Los tres países" counts countries, not the leaders named before: none of them signs."""
    assert all(not event.participants
               for event in _agreements("es", "Los tres países firmaron más tarde un convenio sobre la navegación."))


def test_look_alike_talks_a_document_backs_are_no_meeting(monkeypatch):
    """ "una declaración que apoya las conversaciones entre Moscú y Kiev": the talks are what the
    document backs, no report of a meeting (the leaders counted before would be its people)."""
    told = []

    def kept(*args, **kwargs):
        told.extend(mentions := extract_event_mentions(*args, **kwargs))
        return mentions

    monkeypatch.setattr(extraction, "extract_event_mentions", kept)
    sentence = "Los tres aprobaron una declaración que apoya las conversaciones entre Moscú y Kiev."
    assert _agreements("es", sentence)
    assert not [m for m in told if m.event_type == "meeting" and "Kiev" in m.sentence]


# --- a summit's document in an article whose title tells no event (no main event lends its day)

BRIEFING_TITLE = "Press room > Transcripts"
BRIEFING = ("Good evening, and thank you for joining this briefing.\n\n"
            "Chancellor Karl Nehammer chaired the summit of the Danube states this afternoon in Vienna. It "
            "was attended by President Vladimir Putin, President Recep Tayyip Erdogan and President "
            "Alexander Lukashenko.\n\n")
BRIEFED = dt.date(2021, 3, 12)


def _briefing(sentence: str) -> list:
    return extract_article("t1", BRIEFING_TITLE, None, BRIEFING + sentence, BRIEFED, "en").events


def test_a_document_the_summit_leaders_adopted_is_of_the_summit_day_under_a_title_of_no_event():
    events = _briefing("The leaders adopted the Vienna Declaration on the river.")
    summit = next(event for event in events if "summit" in event.types())
    signing = next(event for event in events if "agreement" in event.types())
    assert not summit.main and summit.date.first == signing.date.first == BRIEFED
    assert signing.participants == summit.participants and len(signing.participants) >= 3
    assert signing.location_id == summit.location_id


@pytest.mark.parametrize("sentence", [
    "The leaders adopted the Vienna Declaration in 2009.",   # dated by the text: another time's
    "The leaders will adopt a declaration on the river.",    # to come: no document adopted yet
])
def test_look_alike_a_document_of_another_time_is_not_the_summit_day(sentence):
    for signing in (event for event in _briefing(sentence) if "agreement" in event.types()):
        assert signing.date is None or signing.date.first != BRIEFED
